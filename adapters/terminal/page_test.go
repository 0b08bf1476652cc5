package terminal

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

func pageURL(ws, story string, since time.Time) string {
	u := "https://storybot.example/s/" + ws + "-" + story
	if !since.IsZero() {
		u += "?since=" + since.UTC().Format(time.RFC3339)
	}
	return u
}

// TestDigestsLinkTheStoryPage: a digest ends with a line "Story page:
// URL", answers and scheduled digests alike; other answers, and digests
// without pages, have none.
func TestDigestsLinkTheStoryPage(t *testing.T) {
	ctx := context.Background()
	st := redistest.Targets(t)[0].Store
	t.Cleanup(func() { st.DeleteWorkspace(ctx, Workspace) })
	linked := bot.New(bot.Options{Store: st, PageURL: pageURL})
	srcs, _ := input.Expand([]string{filepath.Join("..", "..", "testdata", "eval", "labour")})
	arts, _ := input.Reader{}.ReadAll(ctx, srcs)
	var id string
	for _, a := range arts {
		res, err := linked.Ingest(ctx, Workspace, a, "")
		if err != nil {
			t.Fatal(err)
		}
		id = res.Story.ID
	}
	want := "\nStory page: " + pageURL(Workspace, id, time.Time{}) + "\n"
	for _, line := range []string{"latest carrow nurses", "disputes carrow nurses", "claims carrow nurses", "/story sources carrow nurses"} {
		var out strings.Builder
		Answer(ctx, linked, line, &out)
		if !strings.HasSuffix(out.String(), want) {
			t.Errorf("%s: the answer does not end with %q:\n%s", line, want, out.String())
		}
	}
	var out strings.Builder
	Answer(ctx, linked, "list", &out)
	Answer(ctx, bot.New(bot.Options{Store: st}), "latest carrow nurses", &out)
	if strings.Contains(out.String(), "Story page:") {
		t.Errorf("a list, or a digest without pages, links a page:\n%s", out.String())
	}

	since := time.Date(2020, 1, 1, 8, 0, 0, 0, time.UTC)
	r, err := linked.WhatChanged(ctx, Workspace, id, since, time.Time{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var posted strings.Builder
	if _, err := (Poster{Out: &Output{W: &posted}}).Post(ctx, Channel, "", r); err != nil {
		t.Fatal(err)
	}
	if want := "\nStory page: " + pageURL(Workspace, id, since) + "\n"; !strings.HasSuffix(posted.String(), want) {
		t.Errorf("the scheduled digest does not end with %q:\n%s", want, posted.String())
	}
}
