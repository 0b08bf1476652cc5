package slack_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	sb "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/bot"
)

// pageURL is a stand-in for the page links of adapters/page: what the
// adapter must do is carry the link the core made.
func pageURL(ws, story string, since time.Time) string {
	u := "https://storybot.example/s/" + strings.ReplaceAll(ws, ":", "-") + "-" + story
	if !since.IsZero() {
		u += "?since=" + since.UTC().Format(time.RFC3339)
	}
	return u
}

// withPages makes the core link digests to their pages.
func withPages(o *sb.Options) {
	o.Core = bot.New(bot.Options{Store: o.Core.(*bot.Bot).Store(), PageURL: pageURL})
}

// pageButton returns the "Open story page" button of blocks, or nil.
func pageButton(t *testing.T, blocks []any) map[string]any {
	t.Helper()
	for _, b := range blocks {
		bm, _ := b.(map[string]any)
		if bm["type"] != "actions" {
			continue
		}
		els, _ := bm["elements"].([]any)
		for _, e := range els {
			em, _ := e.(map[string]any)
			if text, _ := em["text"].(map[string]any); text["text"] == "Open story page" {
				return em
			}
		}
	}
	return nil
}

// TestDigestsLinkTheStoryPage: every digest answer, and a scheduled
// digest of what changed, carries a Block Kit link button to the story's
// page (the one for changes to what changed since); without pages, none.
func TestDigestsLinkTheStoryPage(t *testing.T) {
	e := setup(t, withPages)
	d, err := e.core.Digest(context.Background(), e.ws, "carrow nurses", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := pageURL(e.ws, d.ID, time.Time{})
	for _, cmd := range []string{"latest carrow nurses", "disputes carrow nurses", "claims carrow nurses", "sources carrow nurses"} {
		body := command(e, cmd)
		_, resp := post(t, e, "/slack/commands", body, form, sign(body, time.Now(), secret))
		var msg map[string]any
		if err := json.Unmarshal([]byte(resp), &msg); err != nil {
			t.Fatalf("%s: %v: %s", cmd, err, resp)
		}
		blocks, _ := msg["blocks"].([]any)
		btn := pageButton(t, blocks)
		if btn == nil || btn["url"] != want || btn["type"] != "button" || btn["action_id"] == "" {
			t.Errorf("%s: page button %v, want a link button to %s", cmd, btn, want)
		}
	}

	since := time.Date(2020, 1, 1, 8, 0, 0, 0, time.UTC)
	r, err := bot.New(bot.Options{Store: e.store, PageURL: pageURL}).WhatChanged(context.Background(), e.ws, d.ID, since, time.Time{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.adapter.Post(context.Background(), "C1", "", r); err != nil {
		t.Fatal(err)
	}
	c := e.slack.next(t, "chat.postMessage")
	var blocks []any
	if err := json.Unmarshal([]byte(c.form.Get("blocks")), &blocks); err != nil {
		t.Fatalf("chat.postMessage blocks: %v (%v)", err, c.form)
	}
	if btn := pageButton(t, blocks); btn == nil || btn["url"] != pageURL(e.ws, d.ID, since) {
		t.Errorf("scheduled digest: page button %v, want a link to %s", btn, pageURL(e.ws, d.ID, since))
	}

	// Without a public URL no link is shown.
	plain := setup(t)
	body := command(plain, "latest carrow nurses")
	_, resp := post(t, plain, "/slack/commands", body, form, sign(body, time.Now(), secret))
	var msg slack.Msg
	if err := json.Unmarshal([]byte(resp), &msg); err != nil || strings.Contains(resp, "Open story page") || len(msg.Blocks.BlockSet) == 0 {
		t.Errorf("without pages the answer links a page or has no blocks (%v):\n%s", err, resp)
	}
}

// TestPageButtonClickIsIgnored: Slack reports a click on a link button
// too; it needs no answer.
func TestPageButtonClickIsIgnored(t *testing.T) {
	e := setup(t, withPages)
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "team": map[string]any{"id": strings.TrimPrefix(e.ws, "slack:")},
		"user": map[string]any{"id": "U1"}, "channel": map[string]any{"id": "C1"},
		"response_url": e.slack.srv.URL + "/response/9",
		"actions":      []map[string]any{{"action_id": sb.ActionPage, "block_id": "b1", "type": "button"}},
	})
	body := "payload=" + url.QueryEscape(string(payload))
	if code, _ := post(t, e, "/slack/interactivity", body, form, sign(body, time.Now(), secret)); code != 200 {
		t.Fatalf("interactivity: status %d", code)
	}
	e.adapter.Wait()
	if n := e.slack.count("/response/9"); n != 0 {
		t.Errorf("a page button click was answered %d times", n)
	}
}
