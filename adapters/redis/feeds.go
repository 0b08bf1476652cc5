package redis

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// What polling a feed keeps: its state, the entries it has seen, and how
// many entries each workspace had queued in the current hour.
//
// The seen entries of a feed are a sorted set of entry keys (an entry's
// GUID, else its link, else "title:" and its title; and "link:" and its
// canonical link), scored by when the feed last listed the entry (unix
// ms of the poller's clock). A poll refreshes the score of every entry it
// considers, so an entry the feed still lists is never evicted; entries
// the feed has not listed for SeenRetention are pruned. SeenMax bounds
// the set against a runaway feed, evicting the entries listed longest
// ago: a poll refreshes at most a few hundred keys, so those of the
// current poll are always the newest and never evicted. The key itself
// expires SeenRetention after the last poll, so an abandoned feed leaves
// nothing behind.
const (
	// SeenRetention is how long an entry is remembered after the feed
	// last listed it.
	SeenRetention = 90 * 24 * time.Hour
	// SeenMax bounds the keys remembered per feed: those listed most
	// recently are kept.
	SeenMax = 50000
)

func keyFeedState(ws string) string { return wsPrefix(ws) + "feedstate" }

// keyFeedSeen names a feed's seen set by a short hash of its URL, which
// may be long and hold any character.
func keyFeedSeen(ws, feedURL string) string {
	sum := sha1.Sum([]byte(feedURL))
	return wsPrefix(ws) + "feedseen:" + hex.EncodeToString(sum[:])[:12]
}

// keyFeedQuota counts the feed entries a workspace queued in the hour of
// t (UTC); it expires when the hour is long past.
func keyFeedQuota(ws string, t time.Time) string {
	return wsPrefix(ws) + "feedquota:" + t.UTC().Format("2006010215")
}

// feedQuotaTTL is how long an hour's count is kept.
const feedQuotaTTL = 2 * time.Hour

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

// seenScript reports which of a poll's entries were seen before and
// records that the feed lists them now.
//
//	KEYS: the feed's seen set
//	ARGV: now (ms), the pruning cutoff (ms), TTL (ms), SeenMax, then per
//	      entry: its number of keys, its keys
//
// An entry is seen when any of its keys is in the set. A seen entry's
// keys that are in the set get now as their score, and its "link:" key
// is added when missing (so that an entry first known by its GUID is
// known by its link too); other keys are not added, so a feed whose GUIDs
// change on every fetch does not grow the set. It returns a 0/1 per
// entry.
var seenScript = goredis.NewScript(`
local key, now, cutoff, ttl, max = KEYS[1], ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. cutoff)
local out, i = {}, 5
while i <= #ARGV do
  local n = tonumber(ARGV[i])
  local seen = 0
  for j = i + 1, i + n do
    if redis.call('ZSCORE', key, ARGV[j]) then seen = 1 end
  end
  if seen == 1 then
    for j = i + 1, i + n do
      if string.sub(ARGV[j], 1, 5) == 'link:' then
        redis.call('ZADD', key, now, ARGV[j])
      else
        redis.call('ZADD', key, 'XX', now, ARGV[j])
      end
    end
  end
  out[#out + 1] = seen
  i = i + n + 1
end
redis.call('ZREMRANGEBYRANK', key, 0, -max - 1)
if redis.call('EXISTS', key) == 1 then redis.call('PEXPIRE', key, ttl) end
return out
`)

// markScript marks an entry seen unless one of its keys is already, or
// the workspace's hourly quota is used up.
//
//	KEYS: the feed's seen set, the workspace's quota counter of the hour
//	ARGV: now (ms), TTL of the set (ms), the quota (0: not counted), TTL
//	      of the counter (ms), the entry's keys...
//
// It returns 1 when it marked the entry (and counted it), 0 when the
// entry was seen already, 2 when the quota is used up (nothing changed).
var markScript = goredis.NewScript(`
for i = 5, #ARGV do
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) then return 0 end
end
local quota = tonumber(ARGV[3])
if quota > 0 then
  if tonumber(redis.call('GET', KEYS[2]) or '0') >= quota then return 2 end
  redis.call('INCR', KEYS[2])
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
end
for i = 5, #ARGV do redis.call('ZADD', KEYS[1], ARGV[1], ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`)

// SeenEntries reports, for each entry of a poll of the feed at feedURL
// (each given by its keys), whether it was seen before: whether any of
// its keys was. It records, as of now, that the feed lists the seen
// ones, so that they are not pruned while it does; it marks nothing new
// (MarkEntry does).
func (s *Store) SeenEntries(ctx context.Context, ws, feedURL string, entries [][]string, now time.Time) ([]bool, error) {
	args := []any{now.UnixMilli(), now.Add(-SeenRetention).UnixMilli(), SeenRetention.Milliseconds(), SeenMax}
	for _, keys := range entries {
		args = append(args, len(keys))
		for _, k := range keys {
			args = append(args, k)
		}
	}
	res, err := seenScript.Run(ctx, s.rdb, []string{keyFeedSeen(ws, feedURL)}, args...).Int64Slice()
	if err != nil {
		return nil, fmt.Errorf("redis: feed entries seen: %w", err)
	}
	if len(res) != len(entries) {
		return nil, fmt.Errorf("redis: feed entries seen: %d answers for %d entries", len(res), len(entries))
	}
	out := make([]bool, len(res))
	for i, r := range res {
		out[i] = r == 1
	}
	return out, nil
}

// MarkEntry marks an entry of the feed at feedURL, given by its keys,
// as seen (listed at now) and reports whether it did: marked is false
// when one of its keys was seen already (another poller took it). With
// hourlyMax > 0 the entry also counts against the workspace's entries
// queued in the hour of now, shared by every replica; when hourlyMax of
// them were counted already, nothing is marked and capped is true.
func (s *Store) MarkEntry(ctx context.Context, ws, feedURL string, keys []string, now time.Time, hourlyMax int) (marked, capped bool, err error) {
	args := []any{now.UnixMilli(), SeenRetention.Milliseconds(), hourlyMax, feedQuotaTTL.Milliseconds()}
	for _, k := range keys {
		args = append(args, k)
	}
	r, err := markScript.Run(ctx, s.rdb, []string{keyFeedSeen(ws, feedURL), keyFeedQuota(ws, now)}, args...).Int()
	if err != nil {
		return false, false, fmt.Errorf("redis: mark feed entry: %w", err)
	}
	return r == 1, r == 2, nil
}

// UnmarkEntry undoes MarkEntry for an entry whose job could not be
// queued, so that the next poll takes it again; counted gives its count
// of the hour of now back.
func (s *Store) UnmarkEntry(ctx context.Context, ws, feedURL string, keys []string, now time.Time, counted bool) error {
	if len(keys) == 0 {
		return nil
	}
	_, err := s.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		members := make([]any, len(keys))
		for i, k := range keys {
			members[i] = k
		}
		p.ZRem(ctx, keyFeedSeen(ws, feedURL), members...)
		if counted {
			p.Decr(ctx, keyFeedQuota(ws, now))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: unmark feed entry: %w", err)
	}
	return nil
}
