package bot

import (
	"fmt"
	"time"
)

// The times a reply shows. A digest of changes has a time zone (the
// follow's) and shows its articles' times in it; any other reply shows how
// long ago they were published, counted from when the reply was made
// (Reply.Now), so no reader has to convert a time from another zone. Chat
// platforms that render a time in each reader's own zone get the time
// itself as well (see the Slack and Discord adapters).

// PublishedText shows an article's RFC 3339 publication time as a reply
// shows it: in the zone of a digest of changes, else how long before the
// reply, else (a reply with no time, as the command line prints a digest)
// as a date and time in UTC. Text that is no time is returned as it is.
func PublishedText(published string, r Reply) string {
	t, err := time.Parse(time.RFC3339, published)
	switch {
	case err != nil:
		return published
	case r.Changes != nil && r.Changes.Zone != nil:
		return t.In(r.Changes.Zone).Format("Mon 2 Jan 15:04 MST")
	case !r.Now.IsZero():
		return Ago(t, r.Now)
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// Ago says how long before now t was, as people say it in chat: "just
// now", "5 min ago", "3 h ago", "2 d ago"; past a fortnight, or in the
// future (a clock out of step), the date.
func Ago(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < -time.Minute:
		return t.UTC().Format("2 Jan 2006")
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d/time.Hour))
	case d < 14*24*time.Hour:
		return fmt.Sprintf("%d d ago", int(d/(24*time.Hour)))
	}
	return t.UTC().Format("2 Jan 2006")
}
