package redis_test

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

func TestFeedState(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			ws := redistest.Workspace(t, s)
			const u = "https://news.example/rss.xml"

			st, err := s.FeedState(ctx, ws, u)
			if err != nil || !reflect.DeepEqual(st, bot.FeedState{}) {
				t.Fatalf("FeedState of a feed never polled = %+v, %v; want the zero state", st, err)
			}
			want := bot.FeedState{
				LastFetch: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
				Status:    200, Failures: 2, LastError: "fetch: server answered 500 Internal Server Error",
				ETag: `W/"abc"`, LastModified: "Mon, 30 Nov 2026 09:00:00 GMT",
				NextPoll: time.Date(2026, 11, 30, 9, 15, 0, 0, time.UTC), Queued: 12,
			}
			if err := s.PutFeedState(ctx, ws, u, want); err != nil {
				t.Fatal(err)
			}
			if got, err := s.FeedState(ctx, ws, u); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("FeedState = %+v, %v; want %+v", got, err, want)
			}

			if err := s.DeleteFeedState(ctx, ws, u); err != nil {
				t.Fatal(err)
			}
			if got, err := s.FeedState(ctx, ws, u); err != nil || !reflect.DeepEqual(got, bot.FeedState{}) {
				t.Errorf("FeedState after DeleteFeedState = %+v, %v; want the zero state", got, err)
			}
		})
	}
}

func TestFeedsWithState(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			ws := redistest.Workspace(t, s)
			added := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
			b := bot.Feed{URL: "https://b.example/rss", Story: "Port strike", Channel: "C1", Added: added,
				Include: []string{"port"}, Exclude: []string{"football"}}
			a := bot.Feed{URL: "https://a.example/atom", Added: added}
			for _, f := range []bot.Feed{b, a} {
				if err := s.PutFeed(ctx, ws, f); err != nil {
					t.Fatal(err)
				}
			}
			// A state left by a feed since removed is not listed.
			for u, st := range map[string]bot.FeedState{
				b.URL:                  {Status: 200, LastFetch: added.Add(time.Hour), Queued: 3},
				"https://gone.example": {Status: 500, Failures: 1},
			} {
				if err := s.PutFeedState(ctx, ws, u, st); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.FeedsWithState(ctx, ws)
			if err != nil {
				t.Fatal(err)
			}
			b.State = bot.FeedState{Status: 200, LastFetch: added.Add(time.Hour), Queued: 3}
			if want := []bot.Feed{a, b}; !reflect.DeepEqual(got, want) {
				t.Errorf("FeedsWithState =\n%+v\nwant\n%+v", got, want)
			}

			if got, err := s.FeedsWithState(ctx, redistest.Workspace(t, s)); err != nil || len(got) != 0 {
				t.Errorf("FeedsWithState of an empty workspace = %v, %v", got, err)
			}
		})
	}
}

func TestSeenEntries(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			ws := redistest.Workspace(t, s)
			const feedA, feedB = "https://a.example/rss", "https://b.example/rss"
			now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

			seen := func(feed string, want []bool, entries ...[]string) {
				t.Helper()
				got, err := s.SeenEntries(ctx, ws, feed, entries, now)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want) {
					t.Errorf("SeenEntries(%s, %q) = %v, want %v", feed, entries, got, want)
				}
			}
			mark := func(feed string, keys []string, want bool) {
				t.Helper()
				marked, capped, err := s.MarkEntry(ctx, ws, feed, keys, now, 0)
				if err != nil || capped || marked != want {
					t.Errorf("MarkEntry(%s, %q) = %v, %v, %v; want %v", feed, keys, marked, capped, err, want)
				}
			}
			e1 := []string{"guid-1", "link:https://a.example/1"}
			e2 := []string{"guid-2", "link:https://a.example/2"}
			seen(feedA, []bool{false, false}, e1, e2)
			seen(feedA, []bool{false, false}, e1, e2) // asking marks nothing
			mark(feedA, e1, true)
			mark(feedA, e1, false)
			// Another GUID with the link of entry 1 is entry 1.
			mark(feedA, []string{"guid-1b", "link:https://a.example/1"}, false)
			seen(feedA, []bool{true, false, true}, e1, e2, []string{"guid-rotated", "link:https://a.example/1"})
			seen(feedB, []bool{false}, e1) // feeds are apart
			key := seenKey(t, s, ws, feedA)
			if s.Client().ZScore(ctx, key, "guid-rotated").Err() != goredis.Nil {
				t.Error("a rotated GUID of a seen entry is added: such a feed grows the set on every poll")
			}
			// An entry first known by its GUID becomes known by its link.
			mark(feedA, []string{"guid-3"}, true)
			seen(feedA, []bool{true}, []string{"guid-3", "link:https://a.example/3"})
			seen(feedA, []bool{true}, []string{"guid-3-rotated", "link:https://a.example/3"})

			// The set expires when the feed goes quiet.
			if ttl := s.Client().TTL(ctx, key).Val(); ttl <= 0 || ttl > redis.SeenRetention {
				t.Errorf("TTL of %s = %s, want up to %s", key, ttl, redis.SeenRetention)
			}

			// An entry the feed stopped listing long ago is pruned, and
			// new again if it comes back; one it still lists is not, however
			// old its first sighting.
			old := now.Add(-redis.SeenRetention - time.Hour).UnixMilli()
			if err := s.Client().ZAdd(ctx, key, goredis.Z{Score: float64(old), Member: "guid-old"}).Err(); err != nil {
				t.Fatal(err)
			}
			now = now.Add(redis.SeenRetention - time.Hour)
			seen(feedA, []bool{true}, e1) // listed: refreshed
			now = now.Add(2 * time.Hour)
			seen(feedA, []bool{false, true, false}, []string{"guid-old"}, e1, e2)

			// Unmarking makes an entry new again.
			if err := s.UnmarkEntry(ctx, ws, feedA, e1, now, false); err != nil {
				t.Fatal(err)
			}
			seen(feedA, []bool{false}, e1)

			// Removing the feed forgets its entries, and only its.
			mark(feedA, e1, true)
			mark(feedB, e1, true)
			if err := s.DeleteFeedState(ctx, ws, feedA); err != nil {
				t.Fatal(err)
			}
			if n := s.Client().Exists(ctx, key).Val(); n != 0 {
				t.Errorf("%s survives DeleteFeedState", key)
			}
			seen(feedA, []bool{false}, e1)
			seen(feedB, []bool{true}, e1)
		})
	}
}

// TestMarkEntryHourlyQuota: a workspace's entries counted in one hour
// stop at the quota, across its feeds; nothing is marked beyond it, an
// unmarked entry gives its count back, and the next hour starts afresh.
func TestMarkEntryHourlyQuota(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			ws := redistest.Workspace(t, s)
			now := time.Date(2026, 11, 30, 9, 10, 0, 0, time.UTC)
			mark := func(feed, k string) (bool, bool) {
				t.Helper()
				marked, capped, err := s.MarkEntry(ctx, ws, feed, []string{k}, now, 3)
				if err != nil {
					t.Fatal(err)
				}
				return marked, capped
			}
			for i, feed := range []string{"https://a.example/rss", "https://b.example/rss", "https://a.example/rss"} {
				if marked, capped := mark(feed, fmt.Sprint("e", i)); !marked || capped {
					t.Fatalf("entry %d: marked %v, capped %v; want marked", i, marked, capped)
				}
			}
			if marked, capped := mark("https://b.example/rss", "e3"); marked || !capped {
				t.Errorf("fourth entry: marked %v, capped %v; want capped", marked, capped)
			}
			if got, _ := s.SeenEntries(ctx, ws, "https://b.example/rss", [][]string{{"e3"}}, now); got[0] {
				t.Error("a capped entry was marked seen")
			}
			if marked, capped := mark("https://a.example/rss", "e0"); marked || capped {
				t.Errorf("a seen entry: marked %v, capped %v; want neither", marked, capped)
			}
			if err := s.UnmarkEntry(ctx, ws, "https://a.example/rss", []string{"e0"}, now, true); err != nil {
				t.Fatal(err)
			}
			if marked, capped := mark("https://b.example/rss", "e3"); !marked || capped {
				t.Errorf("after a count given back: marked %v, capped %v; want marked", marked, capped)
			}
			now = now.Add(time.Hour)
			if marked, capped := mark("https://b.example/rss", "e4"); !marked || capped {
				t.Errorf("next hour: marked %v, capped %v; want marked", marked, capped)
			}
		})
	}
}

// TestSeenEntriesBounded: the set is bounded by SeenMax, evicting what
// was listed longest ago, never what the current poll lists.
func TestSeenEntriesBounded(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			ws := redistest.Workspace(t, s)
			const feed = "https://busy.example/rss"
			now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
			listed := [][]string{{"current-1"}, {"current-2"}}
			for _, k := range listed {
				if _, _, err := s.MarkEntry(ctx, ws, feed, k, now.Add(-48*time.Hour), 0); err != nil {
					t.Fatal(err)
				}
			}
			key := seenKey(t, s, ws, feed)
			// Fill the set beyond the bound with entries listed an hour ago.
			base := float64(now.Add(-time.Hour).UnixMilli())
			zs := make([]goredis.Z, redis.SeenMax)
			for i := range zs {
				zs[i] = goredis.Z{Score: base + float64(i), Member: fmt.Sprintf("e%05d", i)}
			}
			if err := s.Client().ZAdd(ctx, key, zs...).Err(); err != nil {
				t.Fatal(err)
			}
			got, err := s.SeenEntries(ctx, ws, feed, listed, now)
			if err != nil || !slices.Equal(got, []bool{true, true}) {
				t.Fatalf("SeenEntries = %v, %v; want both seen", got, err)
			}
			if n := s.Client().ZCard(ctx, key).Val(); n != redis.SeenMax {
				t.Errorf("%d keys kept, want %d", n, redis.SeenMax)
			}
			for _, gone := range []string{"e00000", "e00001"} {
				if s.Client().ZScore(ctx, key, gone).Err() != goredis.Nil {
					t.Errorf("the entry listed longest ago, %s, is still kept", gone)
				}
			}
			got, err = s.SeenEntries(ctx, ws, feed, listed, now)
			if err != nil || !slices.Equal(got, []bool{true, true}) {
				t.Errorf("the entries the poll lists were evicted: %v, %v", got, err)
			}
		})
	}
}

// seenKey is the key of a feed's seen set, as the package doc lays it
// out; it fails t when MarkEntry has not made it.
func seenKey(t *testing.T, s *redis.Store, ws, feed string) string {
	t.Helper()
	sum := sha1.Sum([]byte(feed))
	key := "sb:{" + ws + "}:feedseen:" + hex.EncodeToString(sum[:])[:12]
	if typ := s.Client().Type(context.Background(), key).Val(); typ != "zset" {
		t.Fatalf("%s is a %q, want the zset of the seen entries of %s", key, typ, feed)
	}
	return key
}

func TestWorkspaces(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			w1, w2 := redistest.Workspace(t, s), redistest.Workspace(t, s)
			for _, ws := range []string{w2, w1} {
				if err := s.AddWorkspace(ctx, ws); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.Workspaces(ctx)
			if err != nil {
				t.Fatal(err)
			}
			// A shared Redis may hold other workspaces too.
			if !slices.Contains(got, w1) || !slices.Contains(got, w2) || !slices.IsSorted(got) {
				t.Errorf("Workspaces = %v, want %s and %s among them, sorted", got, w1, w2)
			}
		})
	}
}
