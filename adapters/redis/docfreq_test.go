package redis_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize/group"
)

// TestDocFreqOldHash: counts a workspace holds in the one hash of
// document frequencies it was written with before read as part of its
// counts, and changes add to them; a term counted down to none in the
// buckets is no longer stored there.
func TestDocFreqOldHash(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			rdb := tg.Store.Client()
			if err := rdb.HSet(ctx, "sb:{"+ws+"}:df", "*docs", 3, "@velmont", 2, "pilot", 1).Err(); err != nil {
				t.Fatal(err)
			}
			st := &bot.StoredStory{ID: "s0000000002", Title: "T", Updated: time.Unix(1, 0)}
			steps := []struct {
				df   group.DF
				want group.DF
			}{
				{group.DF{}, group.DF{N: 3, Count: map[string]int{"@velmont": 2, "pilot": 1}}},
				{group.DF{N: 1, Count: map[string]int{"@velmont": 1, "harbour": 1}}, group.DF{N: 4, Count: map[string]int{"@velmont": 3, "pilot": 1, "harbour": 1}}},
				{group.DF{N: -1, Count: map[string]int{"@velmont": -1, "harbour": -1, "pilot": -1}}, group.DF{N: 3, Count: map[string]int{"@velmont": 2}}},
			}
			for i, s := range steps {
				st.Version = int64(i + 1)
				if err := tg.Store.SaveChange(ctx, ws, bot.Change{Writes: []bot.StoryWrite{{Story: st, Prev: int64(i)}}, DF: s.df}); err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				got, err := tg.Store.DocFreq(ctx, ws, []string{"@velmont", "pilot", "harbour", "crane"})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, s.want) {
					t.Errorf("step %d: %+v, want %+v", i, got, s.want)
				}
			}
			keys, err := rdb.Keys(ctx, "sb:{"+ws+"}:df:*").Result()
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range keys {
				if n, _ := rdb.HExists(ctx, k, "harbour").Result(); n {
					t.Errorf("%s still holds a count of harbour", k)
				}
			}
		})
	}
}
