package redis

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// What polling a feed keeps: its state, and the entries it has seen.
//
// The seen entries of a feed are a sorted set scored by when each entry
// was last seen in the feed (unix ms). Polling sees every current entry
// each time, so an entry stays while the feed lists it; entries the feed
// dropped SeenRetention ago are pruned, and the set never holds more than
// SeenMax entries. The key itself expires SeenRetention after the last
// entry was seen, so an abandoned feed leaves nothing behind.
const (
	// SeenRetention is how long an entry is remembered after the feed
	// last listed it.
	SeenRetention = 90 * 24 * time.Hour
	// SeenMax bounds the entries remembered per feed: the most recently
	// seen are kept.
	SeenMax = 10000
)

func keyFeedState(ws string) string { return wsPrefix(ws) + "feedstate" }

// keyFeedSeen names a feed's seen set by a short hash of its URL, which
// may be long and hold any character.
func keyFeedSeen(ws, feedURL string) string {
	sum := sha1.Sum([]byte(feedURL))
	return wsPrefix(ws) + "feedseen:" + hex.EncodeToString(sum[:])[:12]
}

// Workspaces returns the workspaces that exist (see AddWorkspace), sorted.
func (s *Store) Workspaces(ctx context.Context) ([]string, error) {
	ws, err := s.rdb.SMembers(ctx, keyWorkspaces).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: workspaces: %w", err)
	}
	slices.Sort(ws)
	return ws, nil
}

// FeedState returns what polling the feed at url has found so far; the
// zero FeedState when it was never polled.
func (s *Store) FeedState(ctx context.Context, ws, url string) (bot.FeedState, error) {
	var st bot.FeedState
	raw, err := s.rdb.HGet(ctx, keyFeedState(ws), url).Result()
	if errors.Is(err, goredis.Nil) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("redis: feed state: %w", err)
	}
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		return st, fmt.Errorf("redis: feed state of %s: %w", url, err)
	}
	return st, nil
}

// PutFeedState stores the polling state of the feed at url.
func (s *Store) PutFeedState(ctx context.Context, ws, url string, st bot.FeedState) error {
	b, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("redis: feed state: %w", err)
	}
	if err := s.rdb.HSet(ctx, keyFeedState(ws), url, b).Err(); err != nil {
		return fmt.Errorf("redis: feed state: %w", err)
	}
	return nil
}

// DeleteFeedState forgets the polling state and the seen entries of the
// feed at url; removing a feed calls it after DeleteFeed.
func (s *Store) DeleteFeedState(ctx context.Context, ws, url string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.HDel(ctx, keyFeedState(ws), url)
		p.Del(ctx, keyFeedSeen(ws, url))
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: delete feed state: %w", err)
	}
	return nil
}

// FeedsWithState returns the feeds of a workspace, ordered by URL, each
// with its State filled in, in one round trip.
func (s *Store) FeedsWithState(ctx context.Context, ws string) ([]bot.Feed, error) {
	p := s.rdb.Pipeline()
	feedsCmd := p.HVals(ctx, keyFeeds(ws))
	statesCmd := p.HGetAll(ctx, keyFeedState(ws))
	if _, err := p.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redis: feeds: %w", err)
	}
	vals, states := feedsCmd.Val(), statesCmd.Val()
	out := make([]bot.Feed, 0, len(vals))
	for _, v := range vals {
		var f bot.Feed
		if err := json.Unmarshal([]byte(v), &f); err != nil {
			return nil, fmt.Errorf("redis: feeds: %w", err)
		}
		if raw, ok := states[f.URL]; ok {
			if err := json.Unmarshal([]byte(raw), &f.State); err != nil {
				return nil, fmt.Errorf("redis: feed state of %s: %w", f.URL, err)
			}
		}
		out = append(out, f)
	}
	sortBy(out, func(f bot.Feed) string { return f.URL })
	return out, nil
}

// SeenEntry records that the feed at feedURL lists the entry entryKey and
// reports whether that is news: true the first time (within
// SeenRetention of the feed last listing it), false after. Since it
// records as it answers, two pollers of one feed never both get true for
// an entry.
func (s *Store) SeenEntry(ctx context.Context, ws, feedURL, entryKey string) (bool, error) {
	key := keyFeedSeen(ws, feedURL)
	now := time.Now()
	var added *goredis.IntCmd
	_, err := s.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		added = p.ZAdd(ctx, key, goredis.Z{Score: float64(now.UnixMilli()), Member: entryKey})
		p.ZRemRangeByScore(ctx, key, "-inf", "("+strconv.FormatInt(now.Add(-SeenRetention).UnixMilli(), 10))
		p.ZRemRangeByRank(ctx, key, 0, -SeenMax-1)
		p.Expire(ctx, key, SeenRetention)
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("redis: feed entry seen: %w", err)
	}
	return added.Val() == 1, nil
}
