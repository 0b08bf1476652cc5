package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// TestReplyPageURL: digest replies carry the link to their story's page,
// a digest of changes the link to what changed since its start; other
// replies, and a bot without pages, carry none.
func TestReplyPageURL(t *testing.T) {
	type call struct {
		ws, story string
		since     time.Time
	}
	var calls []call
	link := func(ws, story string, since time.Time) string {
		calls = append(calls, call{ws, story, since})
		return "https://pages.example/" + ws + "/" + story + "/" + since.Format(time.RFC3339)
	}
	st := redistest.Targets(t)[0].Store
	ws := redistest.Workspace(t, st)
	b := bot.New(bot.Options{Store: st, PageURL: link})
	var id string
	for _, a := range readStory(t, "labour") {
		res, err := b.Ingest(context.Background(), ws, a, "")
		if err != nil {
			t.Fatal(err)
		}
		id = res.Story.ID
	}
	ctx := context.Background()
	for _, cmd := range []bot.Command{bot.CmdLatest, bot.CmdDisputes, bot.CmdClaims, bot.CmdSources} {
		r := b.Handle(ctx, bot.Request{Workspace: ws, Command: cmd, Story: "carrow nurses"})
		if want := link(ws, id, time.Time{}); r.PageURL != want {
			t.Errorf("%s: PageURL %q, want %q", cmd, r.PageURL, want)
		}
	}
	if r := b.Handle(ctx, bot.Request{Workspace: ws, Command: bot.CmdList}); r.PageURL != "" {
		t.Errorf("list: PageURL %q", r.PageURL)
	}
	if r := b.Handle(ctx, bot.Request{Workspace: ws, Command: bot.CmdLatest, Story: "zebra crossing"}); r.PageURL != "" {
		t.Errorf("a story not found: PageURL %q", r.PageURL)
	}
	since := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	r, err := b.WhatChanged(ctx, ws, id, since, time.Time{}, nil)
	if err != nil || r.PageURL != link(ws, id, since) {
		t.Errorf("what changed: PageURL %q, %v; want %q", r.PageURL, err, link(ws, id, since))
	}
	r, err = b.WhatChanged(ctx, ws, id, time.Now().Add(time.Hour), time.Time{}, nil)
	if err != nil || r.Kind != bot.KindText || r.PageURL != "" {
		t.Errorf("nothing changed: %v, PageURL %q, %v", r.Kind, r.PageURL, err)
	}
	plain := bot.New(bot.Options{Store: st})
	if r := plain.Handle(ctx, bot.Request{Workspace: ws, Command: bot.CmdLatest, Story: id}); r.Kind != bot.KindDigest || r.PageURL != "" {
		t.Errorf("without pages: %v, PageURL %q", r.Kind, r.PageURL)
	}
}
