package redis_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize/group"
)

// TestDocFreq: a change's document frequencies add up, a term down to
// none is dropped, and a change made from a version no longer stored
// writes nothing, its counts included.
func TestDocFreq(t *testing.T) {
	feats := func(terms ...string) group.Features {
		f := group.Features{Terms: map[string]float64{}}
		for _, t := range terms {
			f.Terms[t] = 1
		}
		return f
	}
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			st := &bot.StoredStory{ID: "s0000000001", Title: "T", Updated: time.Unix(1, 0)}
			steps := []struct {
				add, remove group.Features
				prev        int64
				err         error
				want        group.DF
			}{
				{add: feats("@korvel", "strike"), prev: 0, want: group.DF{N: 1, Count: map[string]int{"@korvel": 1, "strike": 1}}},
				{add: feats("@korvel", "#37"), prev: 1, want: group.DF{N: 2, Count: map[string]int{"@korvel": 2, "strike": 1, "#37": 1}}},
				{add: feats("crane"), prev: 1, err: bot.ErrConflict, want: group.DF{N: 2, Count: map[string]int{"@korvel": 2, "strike": 1, "#37": 1}}},
				{remove: feats("@korvel", "strike"), prev: 2, want: group.DF{N: 1, Count: map[string]int{"@korvel": 1, "#37": 1}}},
			}
			for i, s := range steps {
				var df group.DF
				if s.add.Terms != nil {
					df.Add(s.add, 1)
				}
				if s.remove.Terms != nil {
					df.Add(s.remove, -1)
				}
				st.Version = s.prev + 1
				err := tg.Store.SaveChange(ctx, ws, bot.Change{Writes: []bot.StoryWrite{{Story: st, Prev: s.prev}}, DF: df})
				if !errors.Is(err, s.err) || (s.err == nil) != (err == nil) {
					t.Fatalf("step %d: %v, want %v", i, err, s.err)
				}
				got, err := tg.Store.DocFreq(ctx, ws, []string{"@korvel", "strike", "#37", "crane"})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, s.want) {
					t.Errorf("step %d: %+v, want %+v", i, got, s.want)
				}
			}
		})
	}
}
