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
)

// TestSaveDigest: a placement marks its story stale and keeps the digest
// stored; a refresh's write lands only for the story's current version,
// takes it off the stale list and moves its search terms; a removal
// takes it off too.
func TestSaveDigest(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			const id = "s00000000aa"
			digestTitle := func() string {
				t.Helper()
				d, _, err := tg.Store.Digest(ctx, ws, id, bot.FullDigest)
				if err != nil {
					t.Fatal(err)
				}
				return d.Title
			}
			stale := func() []string {
				t.Helper()
				ids, err := tg.Store.StaleStories(ctx, ws)
				if err != nil {
					t.Fatal(err)
				}
				return ids
			}
			found := func(term string) bool {
				t.Helper()
				ms, err := tg.Store.Search(ctx, ws, []string{term}, 5)
				if err != nil {
					t.Fatal(err)
				}
				return len(ms) == 1 && ms[0].ID == id
			}
			place := func(prev int64, dv int64, digest string, terms map[string]float64, old map[string]float64) error {
				st := &bot.StoredStory{ID: id, Title: "T", Version: prev + 1, DigestVersion: dv, Updated: time.Unix(int64(prev+1), 0),
					Digest: summarize.Digest{ID: id, Title: digest}, Terms: terms}
				return tg.Store.SaveChange(ctx, ws, bot.Change{Writes: []bot.StoryWrite{{Story: st, Prev: prev, OldTerms: old}}})
			}
			refresh := func(v int64, digest string, terms, old map[string]float64) error {
				st := &bot.StoredStory{ID: id, Title: "R", Version: v, Digest: summarize.Digest{ID: id, Title: digest}, Terms: terms}
				return tg.Store.SaveDigest(ctx, ws, bot.DigestWrite{Story: st, OldTerms: old})
			}

			// A new story, placed: stale, its first digest written as given.
			if err := place(0, 0, "first", map[string]float64{"alpha": 1}, nil); err != nil {
				t.Fatal(err)
			}
			if got := stale(); !slices.Equal(got, []string{id}) || digestTitle() != "first" || !found("alpha") {
				t.Fatalf("new story: stale %v, digest %q", got, digestTitle())
			}
			// Refreshed at version 1.
			if err := refresh(1, "one", map[string]float64{"beta": 2}, map[string]float64{"alpha": 1}); err != nil {
				t.Fatal(err)
			}
			st, err := tg.Store.Story(ctx, ws, id)
			if err != nil {
				t.Fatal(err)
			}
			if got := stale(); len(got) > 0 || digestTitle() != "one" || st.DigestVersion != 1 || st.Title != "R" || found("alpha") || !found("beta") {
				t.Fatalf("refreshed: stale %v, digest %q, dversion %d, title %q", got, digestTitle(), st.DigestVersion, st.Title)
			}
			// Placed again: stale, the digest of version 1 kept.
			if err := place(1, 1, "not written", map[string]float64{"beta": 2, "gamma": 1}, map[string]float64{"beta": 2}); err != nil {
				t.Fatal(err)
			}
			if got := stale(); len(got) != 1 || digestTitle() != "one" || !found("gamma") {
				t.Fatalf("placed: stale %v, digest %q", got, digestTitle())
			}
			// A refresh of version 1 is too late now.
			if err := refresh(1, "late", nil, map[string]float64{"beta": 2}); !errors.Is(err, bot.ErrConflict) {
				t.Fatalf("refresh of a moved version: %v, want ErrConflict", err)
			}
			if got := stale(); len(got) != 1 || digestTitle() != "one" {
				t.Fatalf("after the late refresh: stale %v, digest %q", got, digestTitle())
			}
			old := map[string]float64{"beta": 2, "gamma": 1}
			if err := refresh(2, "two", map[string]float64{"beta": 2}, old); err != nil {
				t.Fatal(err)
			}
			// Written already: a second write of version 2 changes nothing.
			if err := refresh(2, "again", nil, old); err != nil {
				t.Fatal(err)
			}
			if got := stale(); len(got) > 0 || digestTitle() != "two" || found("gamma") || !found("beta") {
				t.Fatalf("refreshed at 2: stale %v, digest %q", got, digestTitle())
			}
			// Placed, then removed: off the stale list.
			if err := place(2, 2, "", map[string]float64{"beta": 2}, map[string]float64{"beta": 2}); err != nil {
				t.Fatal(err)
			}
			rm := bot.StoryRemoval{ID: id, Version: 3, Terms: map[string]float64{"beta": 2}}
			if err := tg.Store.SaveChange(ctx, ws, bot.Change{Removes: []bot.StoryRemoval{rm}}); err != nil {
				t.Fatal(err)
			}
			if got := stale(); len(got) > 0 {
				t.Fatalf("removed story still stale: %v", got)
			}
			if err := refresh(3, "gone", nil, nil); !errors.Is(err, bot.ErrConflict) {
				t.Fatalf("refresh of a removed story: %v, want ErrConflict", err)
			}
		})
	}
}

// TestRefreshLeaseApart: a story's refresh lease is not its workspace's
// placement lease, nor another story's.
func TestRefreshLeaseApart(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			keys := []bot.LeaseKey{{Workspace: ws}, {Workspace: ws, Story: "s1"}, {Workspace: ws, Story: "s2"}}
			for _, k := range keys { // each taken while the others are held
				if ok, err := tg.Store.TryLease(ctx, k, "a", time.Minute); err != nil || !ok {
					t.Fatalf("%s: %v %v, want taken", k, ok, err)
				}
			}
			for _, k := range keys {
				if ok, err := tg.Store.TryLease(ctx, k, "b", time.Minute); err != nil || ok {
					t.Fatalf("%s taken twice: %v", k, err)
				}
				if err := tg.Store.ReleaseLease(ctx, k, "a"); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
