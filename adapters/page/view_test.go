package page

import (
	"testing"
	"time"

	"github.com/storybot/storybot/summarize"
)

func TestChart(t *testing.T) {
	at := func(s string) time.Time {
		t.Helper()
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name        string
		times       []time.Time
		unit        string
		bars, max   int
		first, last string
	}{
		{"one article", []time.Time{at("2026-03-04T10:20:00Z")}, "hour", 1, 1, "4 Mar 10:00", "4 Mar 10:00"},
		{"by the hour", []time.Time{at("2026-03-04T10:20:00Z"), at("2026-03-04T11:50:00+01:00"), at("2026-03-04T13:05:00Z")}, "hour", 2, 2, "4 Mar 10:00", "4 Mar 13:00"},
		{"by the day", []time.Time{at("2026-03-01T23:00:00Z"), at("2026-03-09T01:00:00Z"), at("2026-03-09T05:00:00Z")}, "day", 2, 2, "1 Mar 2026", "9 Mar 2026"},
		{"by the week", []time.Time{at("2026-01-01T00:00:00Z"), at("2026-06-01T00:00:00Z")}, "week", 2, 1, "1 Jan 2026", "28 May 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newChart(tt.times)
			if c == nil || c.Unit != tt.unit || len(c.Bars) != tt.bars || c.Max != tt.max || c.First != tt.first || c.Last != tt.last {
				t.Fatalf("chart = %+v, want %d bars by %s, max %d, from %s to %s", c, tt.bars, tt.unit, tt.max, tt.first, tt.last)
			}
			for _, b := range c.Bars {
				if b.X < 0 || b.X+b.W > c.W || b.Y < chartTop-0.001 || b.Y+b.H > c.Base+0.001 || b.H <= 0 {
					t.Errorf("bar %+v outside the chart %vx%v", b, c.W, c.Base)
				}
			}
		})
	}
	if c := newChart(nil); c != nil {
		t.Errorf("no times: chart %+v", c)
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://news.example/a?b=1":  "https://news.example/a?b=1",
		"HTTP://news.example/a":       "http://news.example/a",
		" https://news.example/ ":     "https://news.example/",
		"javascript:alert(1)":         "",
		"JavaScript://x.example/%0a1": "",
		"data:text/html,<b>x</b>":     "",
		"//news.example/a":            "",
		"/relative":                   "",
		"":                            "",
		"ftp://files.example/a":       "",
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTimelineOrder(t *testing.T) {
	arts := []summarize.ArticleRef{
		{ID: "a", Title: "undated", Outlet: "A"},
		{ID: "b", Title: "late", Outlet: "B", Published: "2026-03-05T10:00:00Z", URL: "javascript:x"},
		{ID: "c", Title: "early", Outlet: "C", Published: "2026-03-04T10:00:00+02:00", URL: "https://c.example/1"},
	}
	tl, c := timeline(arts)
	if len(tl) != 3 || tl[0].Head != "early" || tl[1].Head != "late" || tl[2].Head != "undated" || tl[2].When != "" {
		t.Fatalf("timeline = %+v", tl)
	}
	if tl[0].URL != "https://c.example/1" || tl[1].URL != "" || tl[0].When != "Wed 4 Mar 2026, 08:00 UTC" {
		t.Errorf("timeline = %+v", tl)
	}
	if c == nil || c.Unit != "hour" {
		t.Errorf("chart = %+v", c)
	}
}
