package bot

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// nextFormat is how a follow's next digest is written, in its zone.
const nextFormat = "Mon 2 Jan 15:04 MST"

// follow subscribes the channel to a story's digest of what changed. A
// schedule that does not parse is refused before anything is read or
// written. Following a story the channel already follows says what the
// follow was; with no schedule given it keeps the one it has.
func (b *Bot) follow(ctx context.Context, req Request) (Reply, error) {
	sched, err := ParseSchedule(req.Schedule, req.TimeZone)
	if err != nil {
		return Reply{}, err
	}
	if req.Channel == "" {
		return Reply{}, Errorf(CodeInvalid, "follow needs a channel to post in.")
	}
	info, err := b.story(ctx, req.Workspace, req.Story)
	if err != nil {
		return Reply{}, err
	}
	all, err := b.store.Follows(ctx, req.Workspace)
	if err != nil {
		return Reply{}, b.storeErr("follows", err)
	}
	i := slices.IndexFunc(all, func(f Follow) bool { return f.Channel == req.Channel && f.StoryID == info.ID })
	f := Follow{Channel: req.Channel, Thread: req.Thread, StoryID: info.ID, Title: info.Title, Schedule: sched, Created: b.now().UTC()}
	if i < 0 {
		if err := b.checkFollows(ctx, req.Workspace, req.Channel, info.ID); err != nil {
			return Reply{}, err
		}
		if err := b.store.PutFollow(ctx, req.Workspace, f); err != nil {
			return Reply{}, b.storeErr("put_follow", err)
		}
		return textReply(fmt.Sprintf("Following %q here: what changed, %s. First digest %s.",
			info.Title, schedText(sched), b.nextText(sched))), nil
	}
	old := all[i]
	if strings.TrimSpace(req.Schedule) == "" {
		// No schedule given: the one it has stays, in the zone given if
		// any.
		f.Schedule.Spec, f.Schedule.Cron = old.Schedule.Spec, old.Schedule.Cron
		if strings.TrimSpace(req.TimeZone) == "" {
			f.Schedule.TimeZone = old.Schedule.TimeZone
		}
	}
	// The follow goes on: what changed since it began (or since its last
	// digest) is still to come.
	f.Created, f.Sent = old.Created, old.Sent
	if f.Schedule == old.Schedule && f.Thread == old.Thread {
		return textReply(fmt.Sprintf("Already following %q here: what changed, %s. Next digest %s. To change it: follow %s SCHEDULE [TIME_ZONE].",
			info.Title, schedText(f.Schedule), b.nextText(f.Schedule), info.ID)), nil
	}
	if err := b.store.PutFollow(ctx, req.Workspace, f); err != nil {
		return Reply{}, b.storeErr("put_follow", err)
	}
	if f.Schedule == old.Schedule {
		return textReply(fmt.Sprintf("Following %q here, in this thread now: what changed, %s. Next digest %s.",
			info.Title, schedText(f.Schedule), b.nextText(f.Schedule))), nil
	}
	was := old.Schedule.Spec
	if old.Schedule.TimeZone != f.Schedule.TimeZone || old.Schedule.Spec == f.Schedule.Spec {
		was = schedText(old.Schedule)
	}
	return textReply(fmt.Sprintf("Now following %q here: what changed, %s, instead of %s. Next digest %s.",
		info.Title, schedText(f.Schedule), was, b.nextText(f.Schedule))), nil
}

// schedText is a schedule and its zone: "daily 08:00 (Europe/Paris)".
func schedText(s Schedule) string {
	return fmt.Sprintf("%s (%s)", cmp.Or(s.Spec, DefaultSchedule), cmp.Or(s.TimeZone, "UTC"))
}

// nextText is when a schedule next runs after now, in its zone.
func (b *Bot) nextText(s Schedule) string {
	n := nextIn(s, b.now())
	if n.IsZero() {
		return "never (the schedule does not run again)"
	}
	return n.Format(nextFormat)
}

// nextIn is a schedule's next run after t in the schedule's zone, or
// zero.
func nextIn(s Schedule, t time.Time) time.Time {
	n := s.Next(t)
	if n.IsZero() {
		return n
	}
	if loc, err := time.LoadLocation(cmp.Or(s.TimeZone, "UTC")); err == nil {
		n = n.In(loc)
	}
	return n
}

func (b *Bot) unfollow(ctx context.Context, req Request) (Reply, error) {
	info, err := b.story(ctx, req.Workspace, req.Story)
	if err != nil {
		return Reply{}, err
	}
	ok, err := b.store.DeleteFollow(ctx, req.Workspace, req.Channel, info.ID)
	if err != nil {
		return Reply{}, b.storeErr("delete_follow", err)
	}
	if !ok {
		return Reply{}, Errorf(CodeNotFound, "This channel does not follow %q. Type follows to see what it follows.", info.Title)
	}
	return textReply(fmt.Sprintf("Stopped following %q here.", info.Title)), nil
}

// follows lists the workspace's follows: this channel's, soonest digest
// first, then the other channels', by channel and title.
func (b *Bot) follows(ctx context.Context, req Request) (Reply, error) {
	all, err := b.store.Follows(ctx, req.Workspace)
	if err != nil {
		return Reply{}, b.storeErr("follows", err)
	}
	if len(all) == 0 {
		return textReply("No channel of this workspace follows a story. Follow one here with follow STORY [SCHEDULE] [TIME_ZONE]."), nil
	}
	now := b.now()
	var here, others []FollowLine
	for _, f := range all {
		l := FollowLine{Follow: f, Here: f.Channel == req.Channel, Next: nextIn(f.Schedule, now)}
		if l.Here {
			here = append(here, l)
		} else {
			others = append(others, l)
		}
	}
	slices.SortFunc(here, func(a, b FollowLine) int {
		if a.Next.IsZero() != b.Next.IsZero() {
			return cmpBool(a.Next.IsZero(), b.Next.IsZero())
		}
		return cmp.Or(a.Next.Compare(b.Next), strings.Compare(a.Title, b.Title), strings.Compare(a.StoryID, b.StoryID))
	})
	slices.SortFunc(others, func(a, b FollowLine) int {
		return cmp.Or(strings.Compare(a.Channel, b.Channel), strings.Compare(a.Title, b.Title), strings.Compare(a.StoryID, b.StoryID))
	})
	var o Omitted
	if len(here) > maxFollows {
		o.Follows, here = len(here)-maxFollows, here[:maxFollows]
	}
	if len(others) > maxFollows {
		o.Follows, others = o.Follows+len(others)-maxFollows, others[:maxFollows]
	}
	channels := map[string]bool{}
	nOthers := 0
	for _, f := range all {
		if f.Channel != req.Channel {
			channels[f.Channel] = true
			nOthers++
		}
	}
	nHere := len(all) - nOthers
	text := fmt.Sprintf("This channel follows %d %s", nHere, plural(nHere, "story", "stories"))
	if nHere == 0 {
		text = "This channel follows no story"
	}
	if nOthers > 0 {
		text += fmt.Sprintf("; %d other %s %d", len(channels), plural(len(channels), "channel follows", "channels follow"), nOthers)
	}
	return Reply{Kind: KindFollows, Text: text + ".", Follows: append(here, others...), Omitted: o}, nil
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// FollowText is one follow as a line of plain text: the story, its
// schedule and zone, and its next digest.
func FollowText(l FollowLine) string {
	s := fmt.Sprintf("%s (%s): %s", cmp.Or(l.Title, l.StoryID), l.StoryID, schedText(l.Schedule))
	if l.Thread != "" {
		s += ", in a thread"
	}
	if l.Next.IsZero() {
		return s + ", never runs again"
	}
	return s + ", next " + l.Next.Format(nextFormat)
}

// writeFollows prints the follows of a reply: this channel's, then the
// others' under their channel.
func writeFollows(w io.Writer, ls []FollowLine) {
	channel := ""
	for i, l := range ls {
		switch {
		case l.Here && i == 0:
			fmt.Fprintln(w, "Here:")
		case !l.Here && (i == 0 || ls[i-1].Here || l.Channel != channel):
			fmt.Fprintf(w, "In %s:\n", l.Channel)
		}
		channel = l.Channel
		fmt.Fprintf(w, "  - %s\n", FollowText(l))
	}
}
