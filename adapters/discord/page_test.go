package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/discord"
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

func withPages(o *discord.Options) {
	o.Core = bot.New(bot.Options{Store: o.Core.(*bot.Bot).Store(), PageURL: pageURL})
}

// linkButtons returns the link buttons (style 5) of a message's
// components as sent to Discord.
func linkButtons(components any) []map[string]any {
	var out []map[string]any
	rows, _ := components.([]any)
	for _, row := range rows {
		rm, _ := row.(map[string]any)
		btns, _ := rm["components"].([]any)
		for _, b := range btns {
			bm, _ := b.(map[string]any)
			if bm["type"] == float64(2) && bm["style"] == float64(5) {
				out = append(out, bm)
			}
		}
	}
	return out
}

// TestDigestsLinkTheStoryPage: every digest answer, and a scheduled
// digest of what changed, carries a link button (style 5, a URL, no
// custom ID) to the story's page; without pages, none.
func TestDigestsLinkTheStoryPage(t *testing.T) {
	e := setupHTTP(t, withPages)
	d, err := e.core.Digest(context.Background(), e.ws, "carrow nurses", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := pageURL(e.ws, d.ID, time.Time{})
	for _, sub := range []string{"latest", "disputes", "claims", "sources"} {
		_, out := e.send(t, command(e.guild(), sub, map[string]string{"story": "carrow nurses"}), e.key, time.Now())
		data, _ := out["data"].(map[string]any)
		links := linkButtons(data["components"])
		if len(links) != 1 || links[0]["url"] != want || links[0]["label"] != "Open story page" || links[0]["custom_id"] != nil {
			t.Errorf("%s: link buttons %v, want one to %s", sub, links, want)
		}
	}

	since := time.Date(2020, 1, 1, 8, 0, 0, 0, time.UTC)
	r, err := bot.New(bot.Options{Store: e.core.Store(), PageURL: pageURL}).WhatChanged(context.Background(), e.ws, d.ID, since, time.Time{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.a.Post(context.Background(), "C9", "", r); err != nil {
		t.Fatal(err)
	}
	var c restCall
	for c = range e.rest.calls {
		if c.method == "POST" && strings.HasSuffix(c.path, "/channels/C9/messages") {
			break
		}
	}
	if links := linkButtons(c.body["components"]); len(links) != 1 || links[0]["url"] != pageURL(e.ws, d.ID, since) {
		t.Errorf("scheduled digest: link buttons %v, want one to %s", links, pageURL(e.ws, d.ID, since))
	}

	plain := setupHTTP(t)
	_, out := plain.send(t, command(plain.guild(), "latest", map[string]string{"story": "carrow nurses"}), plain.key, time.Now())
	data, _ := out["data"].(map[string]any)
	if links := linkButtons(data["components"]); len(links) != 0 || data["components"] == nil {
		t.Errorf("without pages: link buttons %v, components %v", links, data["components"])
	}
}
