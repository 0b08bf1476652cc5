package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// asker returns a function that parses and answers a command line given
// in a channel of the fixture's workspace, and its reply as plain text.
func asker(t *testing.T, fx fixture) func(channel, line string) (bot.Reply, string) {
	return func(channel, line string) (bot.Reply, string) {
		t.Helper()
		req, err := bot.ParseCommand(line)
		if err != nil {
			r := bot.Reply{Kind: bot.KindError, Code: bot.ErrorCode(err), Text: bot.ErrorMessage(err)}
			return r, r.Text
		}
		req.Workspace, req.Channel = fx.ws, channel
		r := fx.bot.Handle(context.Background(), req)
		var b strings.Builder
		bot.WriteText(&b, r)
		return r, b.String()
	}
}

// TestFollowKeepsWhatItCannotRead: schedule words the parser does not
// understand are refused with the accepted forms, and the follow the
// channel has stays as it was; following again says what it replaced.
func TestFollowKeepsWhatItCannotRead(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		ingestAll(t, fx, arts[:2])
		ask := asker(t, fx)
		stored := func() bot.Follow {
			t.Helper()
			fs, err := fx.store.Follows(context.Background(), fx.ws)
			if err != nil || len(fs) != 1 {
				t.Fatalf("follows: %+v, %v; want one", fs, err)
			}
			return fs[0]
		}
		if r, text := ask("C1", "follow carrow nurses hourly"); r.Kind != bot.KindText || !strings.Contains(text, "hourly (UTC)") {
			t.Fatalf("follow hourly: %s", text)
		}
		created := stored().Created
		fx.clock.add(time.Hour)
		refused := []struct{ line, contains string }{
			{"follow carrow nurses every minute", "the shortest interval is every 5m"},
			{"follow carrow nurses every 2m Europe/London", "the shortest interval is every 5m"},
			{"follow carrow nurses daily at teatime", "daily HH:MM, hourly, every Nh"},
			{"follow carrow nurses every fortnight", "weekly DAY HH:MM, or a cron expression"},
			{"follow carrow nurses monday 9am", "IANA time zone"},
		}
		for _, tc := range refused {
			r, text := ask("C1", tc.line)
			if r.Code != bot.CodeInvalid || !strings.Contains(text, tc.contains) {
				t.Errorf("%q: code %q, want invalid containing %q:\n%s", tc.line, r.Code, tc.contains, text)
			}
			if f := stored(); f.Schedule.Spec != "hourly" || f.Schedule.TimeZone != "UTC" {
				t.Errorf("%q changed the follow to %+v", tc.line, f.Schedule)
			}
		}
		// No schedule words: the follow it has stays.
		if _, text := ask("C1", "follow carrow nurses"); !strings.Contains(text, "Already following") || !strings.Contains(text, "hourly (UTC)") {
			t.Errorf("follow again with no schedule: %s", text)
		}
		if f := stored(); f.Schedule.Spec != "hourly" {
			t.Errorf("follow with no schedule changed it to %+v", f.Schedule)
		}
		// A new schedule replaces it and says what it was.
		_, text := ask("C1", "follow carrow nurses daily 08:00 Europe/Paris")
		if !strings.Contains(text, "Now following") || !strings.Contains(text, "daily 08:00 (Europe/Paris), instead of hourly (UTC)") {
			t.Errorf("replacing the follow: %s", text)
		}
		f := stored()
		if f.Schedule.Spec != "daily 08:00" || f.Schedule.TimeZone != "Europe/Paris" || !f.Created.Equal(created) {
			t.Errorf("replaced follow %+v, created %s; want daily 08:00 Europe/Paris created %s", f.Schedule, f.Created, created)
		}
		// A zone alone moves the schedule it has to that zone.
		if _, text := ask("C1", "follow carrow nurses Europe/London"); !strings.Contains(text, "daily 08:00 (Europe/London), instead of daily 08:00 (Europe/Paris)") {
			t.Errorf("new zone only: %s", text)
		}
	})
}

func TestFollowsCommand(t *testing.T) {
	var arts []summarize.Article
	for _, name := range []string{"labour", "portstrike"} {
		arts = append(arts, readStory(t, name)...)
	}
	each(t, func(t *testing.T, fx fixture) {
		ask := asker(t, fx)
		if r, text := ask("C1", "follows"); r.Kind != bot.KindText || !strings.Contains(text, "follow STORY") {
			t.Errorf("follows with none: %s", text)
		}
		ingestAll(t, fx, arts)
		for _, l := range []struct{ ch, line string }{
			{"C1", "follow carrow nurses hourly Europe/Paris"},
			{"C1", "follow korvel port strike weekly fri 17:00 America/New_York"},
			{"C2", "follow carrow nurses daily 08:00 Europe/London"},
			{"C3", "follow korvel port strike every 6h"},
		} {
			if r, text := ask(l.ch, l.line); r.Kind != bot.KindText {
				t.Fatalf("%s: %s", l.line, text)
			}
		}
		r, text := ask("C1", "follows")
		if r.Kind != bot.KindFollows || len(r.Follows) != 4 {
			t.Fatalf("follows: kind %d, %d follows:\n%s", r.Kind, len(r.Follows), text)
		}
		// The clock stands at Mon 30 Nov 2026 09:00 UTC.
		for _, want := range []string{
			"This channel follows 2 stories; 2 other channels follow 2.",
			"Here:\n  - ",
			"hourly (Europe/Paris), next Mon 30 Nov 11:00 CET",
			"weekly fri 17:00 (America/New_York), next Fri 4 Dec 17:00 EST",
			"In C2:\n  - ",
			"daily 08:00 (Europe/London), next Tue 1 Dec 08:00 GMT",
			"In C3:\n  - ",
			"every 6h (UTC), next Mon 30 Nov 12:00 UTC",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("follows lacks %q:\n%s", want, text)
			}
		}
		if !r.Follows[0].Here || !r.Follows[1].Here || r.Follows[2].Here || r.Follows[2].Channel != "C2" {
			t.Errorf("this channel's follows first, then by channel: %+v", r.Follows)
		}
		if loc := r.Follows[0].Next.Location().String(); loc != "Europe/Paris" {
			t.Errorf("next run in %s, want the follow's zone", loc)
		}
		// From a channel with none.
		if _, text := ask("C9", "follows"); !strings.HasPrefix(text, "This channel follows no story; 3 other channels follow 4.") {
			t.Errorf("follows from a channel with none:\n%s", text)
		}
	})
}

// storyArticle is a short invented article for a story named title.
func storyArticle(t *testing.T, title, body string) summarize.Article {
	t.Helper()
	a, err := summarize.ParseArticle([]byte(title+"\n\n"+body), extract.Text, "", "")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var pageTitles = strings.Fields(`Amberley Basalt Cinderford Dunmore Elvaston Fenwick Garrowby Halsted Inchmore Jedburn
	Kelloway Larchfield Mossgiel Northolt Orrinsby Penhallow Quenby Rathmore Selkirk Tarrant Ullesby Vexford Whitlaw`)

func TestListPages(t *testing.T) {
	each(t, func(t *testing.T, fx fixture) {
		for i, name := range pageTitles {
			fx.clock.add(time.Minute)
			title := name // one word no other title has, or the stories would join
			a := storyArticle(t, title, fmt.Sprintf("Engineers inspected the %s reservoir on day %d. The water board said the dam was sound.", name, i))
			if _, err := fx.bot.Ingest(context.Background(), fx.ws, a, title); err != nil {
				t.Fatal(err)
			}
		}
		ask := asker(t, fx)
		tests := []struct {
			line  string
			first string // the first story listed
			n     int
			note  string
		}{
			{"list", "Whitlaw", 10, "page 1 of 3 — list 2 for more"},
			{"list more", "Mossgiel", 10, "page 2 of 3 — list 3 for more"},
			{"list 2", "Mossgiel", 10, "page 2 of 3 — list 3 for more"},
			{"list page 3", "Cinderford", 3, "page 3 of 3, the last — list 1 for the first"},
		}
		for _, tc := range tests {
			r, text := ask("C1", tc.line)
			if r.Kind != bot.KindStories || len(r.Stories) != tc.n || r.Stories[0].Title != tc.first || !strings.Contains(text, tc.note) {
				t.Errorf("%q: kind %d, %d stories, want %d from %q and %q:\n%s", tc.line, r.Kind, len(r.Stories), tc.n, tc.first, tc.note, text)
			}
		}
		if r, text := ask("C1", "list 4"); r.Code != bot.CodeNotFound || !strings.Contains(text, "only 3 pages of stories (23 in all): list 3 is the last") {
			t.Errorf("list 4: %s", text)
		}
	})
}

func TestNearMatch(t *testing.T) {
	each(t, func(t *testing.T, fx fixture) {
		for _, s := range []struct{ title, body string }{
			{"Ukraine talks", "Envoys met in Geneva on Monday. The foreign ministry said the meeting was useful."},
			{"Harbour bridge repairs", "Crews closed the harbour bridge overnight. The council said repairs would take a week."},
		} {
			if _, err := fx.bot.Ingest(context.Background(), fx.ws, storyArticle(t, s.title, s.body), s.title); err != nil {
				t.Fatal(err)
			}
		}
		infos, _, err := fx.store.Stories(context.Background(), fx.ws, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]string{}
		for _, s := range infos {
			ids[s.Title] = s.ID
		}
		ask := asker(t, fx)
		tests := []struct{ line, want string }{
			{"latest ukriane tlaks", fmt.Sprintf(`No story matches "ukriane tlaks". Did you mean "Ukraine talks" (%s)?`, ids["Ukraine talks"])},
			{"follow harbor bridge repiars daily", fmt.Sprintf(`Did you mean "Harbour bridge repairs" (%s)?`, ids["Harbour bridge repairs"])},
			{"latest zanzibar volcano", `No story matches "zanzibar volcano". Type list to see the stories.`},
			{"latest ukr", `No story matches "ukr". Type list`},
		}
		for _, tc := range tests {
			r, text := ask("C1", tc.line)
			if r.Code != bot.CodeNotFound || !strings.Contains(text, tc.want) {
				t.Errorf("%q: code %q, want not found with %q:\n%s", tc.line, r.Code, tc.want, text)
			}
		}
	})
}
