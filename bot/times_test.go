package bot_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

func TestAgo(t *testing.T) {
	now := time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		before time.Duration
		want   string
	}{
		{0, "just now"},
		{59 * time.Second, "just now"},
		{5 * time.Minute, "5 min ago"},
		{59 * time.Minute, "59 min ago"},
		{3*time.Hour + 20*time.Minute, "3 h ago"},
		{47 * time.Hour, "47 h ago"},
		{50 * time.Hour, "2 d ago"},
		{13 * 24 * time.Hour, "13 d ago"},
		{20 * 24 * time.Hour, "22 Feb 2026"},
		{-3 * time.Hour, "14 Mar 2026"}, // a time in the future: a clock out of step
	} {
		if got := bot.Ago(now.Add(-tt.before), now); got != tt.want {
			t.Errorf("Ago(now - %v) = %q, want %q", tt.before, got, tt.want)
		}
	}
}

func TestPublishedText(t *testing.T) {
	const published = "2026-03-14T09:00:00+01:00"
	now := time.Date(2026, 3, 14, 11, 30, 0, 0, time.UTC)
	zone := time.FixedZone("EST", -5*3600)
	for _, tt := range []struct {
		name string
		r    bot.Reply
		in   string
		want string
	}{
		{"relative to the reply", bot.Reply{Now: now}, published, "3 h ago"},
		{"in the zone of a digest of changes", bot.Reply{Now: now, Changes: &bot.Changes{Zone: zone}}, published, "Sat 14 Mar 03:00 EST"},
		{"no reply time: UTC, said so", bot.Reply{}, published, "14 Mar 2026 08:00 UTC"},
		{"not a time", bot.Reply{Now: now}, "last spring", "last spring"},
	} {
		if got := bot.PublishedText(tt.in, tt.r); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRepliesShowTimesAgo checks that a reply carries the time it was made,
// by the bot's clock, and that its sources say how long ago each article
// was published instead of printing a raw timestamp.
func TestRepliesShowTimesAgo(t *testing.T) {
	now := time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC)
	b := bot.New(bot.Options{Now: func() time.Time { return now }})
	if r := b.Handle(context.Background(), bot.Request{Command: bot.CmdHelp}); !r.Now.Equal(now) {
		t.Errorf("reply made at %v, want the clock's %v", r.Now, now)
	}
	r := bot.Reply{Kind: bot.KindDigest, View: bot.View{Sources: true}, Now: now, Digest: summarize.Digest{
		ID: "s1", Title: "Harbour strike",
		Articles: []summarize.ArticleRef{{ID: "a1", Outlet: "Portlake Daily", Title: "Dock workers walk out",
			URL: "http://www.portlake.example/strike?ref=home", Published: "2026-03-14T09:00:00Z"}},
	}}
	var out bytes.Buffer
	bot.WriteText(&out, r)
	if !strings.Contains(out.String(), "Portlake Daily: Dock workers walk out · 3 h ago\n    http://www.portlake.example/strike?ref=home") {
		t.Errorf("sources:\n%s", out.String())
	}
}
