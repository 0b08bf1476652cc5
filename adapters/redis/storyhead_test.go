package redis_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/group"
)

// TestStoryHead: a story read without its articles' texts has the same
// fields, features and article IDs as the whole story, its articles hold
// nothing but their IDs, and an unknown story is ErrNotFound.
func TestStoryHead(t *testing.T) {
	texts := []string{
		"Dockers extend strike\n\nDock workers at the port of Selvan extended their strike into a second week on Monday, the union said.",
		"Selvan port still shut\n\nThe port of Selvan stayed shut on Tuesday as the dock workers' strike went on, the port company said.",
	}
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			var arts []summarize.Article
			feats := map[string]group.Features{}
			for _, text := range texts {
				a, err := summarize.ParseArticle([]byte(text), extract.Text, "", "")
				if err != nil {
					t.Fatal(err)
				}
				arts = append(arts, a)
				feats[a.ID] = group.Extract(a.Doc())
			}
			const id = "s00000000bb"
			now := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
			st := &bot.StoredStory{ID: id, Title: "Selvan strike", Version: 1, Created: now, Updated: now,
				Articles: arts, Features: feats, Seen: map[string]time.Time{}, Terms: map[string]float64{"selvan": 1}}
			if err := tg.Store.SaveStory(ctx, ws, 0, bot.StoryWrite{Story: st, Put: arts}); err != nil {
				t.Fatal(err)
			}
			whole, err := tg.Store.Story(ctx, ws, id)
			if err != nil {
				t.Fatal(err)
			}
			head, err := tg.Store.StoryHead(ctx, ws, id)
			if err != nil {
				t.Fatal(err)
			}
			if !head.Head || whole.Head {
				t.Errorf("Head: head %v, whole %v", head.Head, whole.Head)
			}
			if head.Title != whole.Title || head.Version != whole.Version || !head.Updated.Equal(whole.Updated) || len(head.Features) != len(whole.Features) {
				t.Errorf("head %+v, whole %+v", head, whole)
			}
			ids := func(as []summarize.Article) []string {
				var out []string
				for _, a := range as {
					out = append(out, a.ID)
				}
				slices.Sort(out)
				return out
			}
			if !slices.Equal(ids(head.Articles), ids(whole.Articles)) || len(head.Articles) != 2 {
				t.Errorf("article IDs: head %v, whole %v", ids(head.Articles), ids(whole.Articles))
			}
			for _, a := range head.Articles {
				if a.Text() != "" || a.Title != "" {
					t.Errorf("head article %s holds its text", a.ID)
				}
			}
			if _, err := tg.Store.StoryHead(ctx, ws, "s00000000cc"); !errors.Is(err, bot.ErrNotFound) {
				t.Errorf("unknown story: %v, want ErrNotFound", err)
			}
		})
	}
}
