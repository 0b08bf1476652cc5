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

func TestSeenEntry(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			ws := redistest.Workspace(t, s)
			const feedA, feedB = "https://a.example/rss", "https://b.example/rss"

			seen := func(feed, entry string, want bool) {
				t.Helper()
				got, err := s.SeenEntry(ctx, ws, feed, entry)
				if err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Errorf("SeenEntry(%s, %s) = %v, want %v", feed, entry, got, want)
				}
			}
			seen(feedA, "guid-1", true)
			seen(feedA, "guid-1", false)
			seen(feedA, "guid-2", true)
			seen(feedB, "guid-1", true) // feeds are apart
			seen(feedB, "guid-1", false)

			// The set expires when the feed goes quiet.
			key := seenKey(t, s, ws, feedA)
			if ttl := s.Client().TTL(ctx, key).Val(); ttl <= 0 || ttl > redis.SeenRetention {
				t.Errorf("TTL of %s = %s, want up to %s", key, ttl, redis.SeenRetention)
			}

			// An entry the feed stopped listing long ago is pruned, and
			// news again if it comes back.
			old := time.Now().Add(-redis.SeenRetention - time.Hour).UnixMilli()
			if err := s.Client().ZAdd(ctx, key, goredis.Z{Score: float64(old), Member: "guid-old"}).Err(); err != nil {
				t.Fatal(err)
			}
			seen(feedA, "guid-3", true)
			if err := s.Client().ZScore(ctx, key, "guid-old").Err(); err != goredis.Nil {
				t.Errorf("entry last seen beyond the retention is still there: %v", err)
			}
			seen(feedA, "guid-old", true)
			seen(feedA, "guid-1", false)

			// Removing the feed forgets its entries, and only its.
			if err := s.DeleteFeedState(ctx, ws, feedA); err != nil {
				t.Fatal(err)
			}
			if n := s.Client().Exists(ctx, key).Val(); n != 0 {
				t.Errorf("%s survives DeleteFeedState", key)
			}
			seen(feedA, "guid-1", true)
			seen(feedB, "guid-1", false)
		})
	}
}

// TestSeenEntryBounded checks the set keeps the SeenMax most recently
// seen entries.
func TestSeenEntryBounded(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			s := tg.Store
			ws := redistest.Workspace(t, s)
			const feed = "https://busy.example/rss"
			if _, err := s.SeenEntry(ctx, ws, feed, "first"); err != nil {
				t.Fatal(err)
			}
			key := seenKey(t, s, ws, feed)
			// Fill the set to the bound with entries seen an hour ago.
			base := float64(time.Now().Add(-time.Hour).UnixMilli())
			zs := make([]goredis.Z, redis.SeenMax)
			for i := range zs {
				zs[i] = goredis.Z{Score: base + float64(i), Member: fmt.Sprintf("e%05d", i)}
			}
			if err := s.Client().ZAdd(ctx, key, zs...).Err(); err != nil {
				t.Fatal(err)
			}
			if ok, err := s.SeenEntry(ctx, ws, feed, "newest"); err != nil || !ok {
				t.Fatalf("SeenEntry(newest) = %v, %v", ok, err)
			}
			if n := s.Client().ZCard(ctx, key).Val(); n != redis.SeenMax {
				t.Errorf("%d entries kept, want %d", n, redis.SeenMax)
			}
			for _, gone := range []string{"e00000", "e00001"} {
				if s.Client().ZScore(ctx, key, gone).Err() != goredis.Nil {
					t.Errorf("the least recently seen entry %s is still kept", gone)
				}
			}
			if s.Client().ZScore(ctx, key, "newest").Err() != nil {
				t.Error("the newest entry is not kept")
			}
		})
	}
}

// seenKey is the key of a feed's seen set, as the package doc lays it
// out; it fails t when SeenEntry has not made it.
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
