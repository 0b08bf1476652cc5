package redis

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// PutFollow implements bot.Store.
func (s *Store) PutFollow(ctx context.Context, ws string, f bot.Follow) error {
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("redis: follow: %w", err)
	}
	if err := s.rdb.HSet(ctx, keyFollows(ws), followField(f.Channel, f.StoryID), b).Err(); err != nil {
		return fmt.Errorf("redis: follow: %w", err)
	}
	return nil
}

// DeleteFollow implements bot.Store.
func (s *Store) DeleteFollow(ctx context.Context, ws, channel, storyID string) (bool, error) {
	n, err := s.rdb.HDel(ctx, keyFollows(ws), followField(channel, storyID)).Result()
	if err != nil {
		return false, fmt.Errorf("redis: unfollow: %w", err)
	}
	return n > 0, nil
}

// Follows implements bot.Store.
func (s *Store) Follows(ctx context.Context, ws string) ([]bot.Follow, error) {
	return hashValues[bot.Follow](ctx, s.rdb, keyFollows(ws), func(f bot.Follow) string { return f.Channel + "\x00" + f.StoryID })
}

// PutFeed implements bot.Store.
func (s *Store) PutFeed(ctx context.Context, ws string, f bot.Feed) error {
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("redis: feed: %w", err)
	}
	if err := s.rdb.HSet(ctx, keyFeeds(ws), f.URL, b).Err(); err != nil {
		return fmt.Errorf("redis: feed: %w", err)
	}
	return nil
}

// DeleteFeed implements bot.Store.
func (s *Store) DeleteFeed(ctx context.Context, ws, u string) (bool, error) {
	n, err := s.rdb.HDel(ctx, keyFeeds(ws), u).Result()
	if err != nil {
		return false, fmt.Errorf("redis: remove feed: %w", err)
	}
	if n > 0 {
		if err := s.DeleteFeedState(ctx, ws, u); err != nil {
			return true, err
		}
	}
	return n > 0, nil
}

// Feeds implements bot.Store: the feeds with what polling found.
func (s *Store) Feeds(ctx context.Context, ws string) ([]bot.Feed, error) {
	return s.FeedsWithState(ctx, ws)
}

// hashValues decodes the JSON values of a hash, ordered by key(v).
func hashValues[T any](ctx context.Context, rdb goredis.UniversalClient, key string, order func(T) string) ([]T, error) {
	vals, err := rdb.HVals(ctx, key).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: read %s: %w", key, err)
	}
	out := make([]T, 0, len(vals))
	for _, v := range vals {
		var x T
		if err := json.Unmarshal([]byte(v), &x); err != nil {
			return nil, fmt.Errorf("redis: read %s: %w", key, err)
		}
		out = append(out, x)
	}
	sortBy(out, order)
	return out, nil
}

// FirstTime reports whether key is new in the workspace: the first call
// for a key within ttl gets true, later ones false, on every replica
// (SET NX PX). Chat adapters use it against events delivered twice.
func (s *Store) FirstTime(ctx context.Context, ws, key string, ttl time.Duration) (bool, error) {
	ok, err := s.rdb.SetNX(ctx, wsPrefix(ws)+"once:"+key, 1, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("redis: first time: %w", err)
	}
	return ok, nil
}

// Forget drops a key FirstTime recorded, so that the next FirstTime for it
// is true again: an event whose work could not be taken is handled when
// the platform delivers it again.
func (s *Store) Forget(ctx context.Context, ws, key string) error {
	if err := s.rdb.Del(ctx, wsPrefix(ws)+"once:"+key).Err(); err != nil {
		return fmt.Errorf("redis: forget: %w", err)
	}
	return nil
}
