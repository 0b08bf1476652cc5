package bot_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// TestWhatChanged: a digest of what changed counts the new articles
// against the story's, names every article it cites by its outlet
// (older ones too, never by ID) and shows times in the follow's zone.
func TestWhatChanged(t *testing.T) {
	arts := readStory(t, "labour")
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	each(t, func(t *testing.T, fx fixture) {
		res := ingestAll(t, fx, arts[:len(arts)-2])
		fx.clock.add(time.Hour)
		mark := fx.clock.now() // 10:00 UTC, 11:00 in Paris
		fx.clock.add(time.Hour)
		ingestAll(t, fx, arts[len(arts)-2:])
		r, err := fx.bot.WhatChanged(context.Background(), fx.ws, res[0].Story.ID, mark, time.Time{}, paris)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		bot.WriteText(&b, r)
		text := b.String()
		for _, want := range []string{
			"since Mon 30 Nov 11:00 CET",
			"· 2 new of " + strconv.Itoa(len(arts)) + " articles",
			" CET\n", // a source's time
		} {
			if !strings.Contains(text, want) {
				t.Errorf("what changed lacks %q:\n%s", want, text)
			}
		}
		for _, a := range arts {
			if strings.Contains(text, a.ID) {
				t.Errorf("what changed cites article %s by its ID:\n%s", a.ID, text)
			}
		}
		later, err := fx.bot.WhatChanged(context.Background(), fx.ws, res[0].Story.ID, fx.clock.now(), time.Time{}, paris)
		if err != nil || later.Kind != bot.KindText || !later.Digest.Empty() || !strings.Contains(later.Text, "Nothing new in") {
			t.Errorf("nothing changed: %+v, %v", later, err)
		}
	})
}

// changedDigest is a story of four articles of which two are new; a new
// claim cites an old article too, as a new dispute does.
func changedDigest() (full, changed summarize.Digest) {
	arts := []summarize.ArticleRef{
		{ID: "a1111111", Title: "Talks open", Outlet: "The Harbour Gazette", URL: "https://gazette.example/1", Published: "2026-11-29T08:00:00Z"},
		{ID: "a2222222", Title: "Union walks out", Outlet: "Valley Courier", URL: "https://courier.example/2", Published: "2026-11-29T09:00:00Z"},
		{ID: "a3333333", Title: "Ministers step in", Outlet: "Northern Ledger", URL: "https://ledger.example/3", Published: "2026-11-30T10:30:00Z"},
		{ID: "a4444444", Title: "Deal in sight", Outlet: "Coastal Wire", URL: "https://wire.example/4", Published: "2026-11-30T11:15:00Z"},
	}
	full = summarize.Digest{ID: "s0123456789", Title: "Harbour strike", Articles: arts}
	changed = summarize.Digest{ID: full.ID, Title: full.Title, Articles: arts[2:],
		Parties: []summarize.Party{{Name: "Union", Claims: []summarize.Claim{
			{ID: "c1", Speaker: "Mara Quill", Text: "The offer falls short.", Articles: []string{"a1111111", "a3333333"}}}}},
		Disputes: []summarize.Dispute{{ID: "d1", Topic: "Pay rise", Kind: "between_sources", Status: "open", Summary: "The outlets give different figures.",
			Sides: []summarize.Side{{Party: "Valley Courier", Position: "A 4% rise.", Articles: []string{"a2222222"}},
				{Party: "Coastal Wire", Position: "A 6% rise.", Articles: []string{"a4444444"}}}}}}
	return full, changed
}

func TestChangesReplyText(t *testing.T) {
	full, changed := changedDigest()
	london, _ := time.LoadLocation("Europe/London")
	since := time.Date(2026, 7, 30, 9, 0, 0, 0, time.UTC)
	r := bot.ChangesReply(full, changed, since, london)
	var b strings.Builder
	bot.WriteText(&b, r)
	text := b.String()
	for _, want := range []string{
		`What changed in "Harbour strike" since Thu 30 Jul 10:00 BST`,
		"story s0123456789 · 2 new of 4 articles",
		"[The Harbour Gazette, Northern Ledger]",
		"[Valley Courier]",
		"Northern Ledger: Ministers step in · Mon 30 Nov 10:30 GMT",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "a1111111") || strings.Contains(text, "a2222222") {
		t.Errorf("cites an article by ID:\n%s", text)
	}
	if got := bot.Sources(r); len(got) != 4 {
		t.Errorf("Sources: %d articles, want the 2 new and the 2 cited", len(got))
	}
}
