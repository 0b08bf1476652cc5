package redis

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/storybot/storybot/bot"
)

var _ bot.Counter = (*Store)(nil)

// FeedCount implements bot.Counter: HLEN and HEXISTS of the feeds hash.
func (s *Store) FeedCount(ctx context.Context, ws, url string) (int, bool, error) {
	return s.hashCount(ctx, keyFeeds(ws), url)
}

// FollowCount implements bot.Counter: HLEN and HEXISTS of the follows
// hash.
func (s *Store) FollowCount(ctx context.Context, ws, channel, storyID string) (int, bool, error) {
	return s.hashCount(ctx, keyFollows(ws), followField(channel, storyID))
}

func (s *Store) hashCount(ctx context.Context, key, field string) (int, bool, error) {
	pipe := s.rdb.Pipeline()
	n := pipe.HLen(ctx, key)
	has := pipe.HExists(ctx, key, field)
	if _, err := pipe.Exec(ctx); err != nil {
		return 0, false, fmt.Errorf("redis: count %s: %w", key, err)
	}
	return int(n.Val()), has.Val(), nil
}

// StoryCount implements bot.Counter: ZCARD of the stories index.
func (s *Store) StoryCount(ctx context.Context, ws string) (int, error) {
	n, err := s.rdb.ZCard(ctx, keyStories(ws)).Result()
	if err != nil {
		return 0, fmt.Errorf("redis: count stories: %w", err)
	}
	return int(n), nil
}

// Hit implements bot.Counter: INCR of the user's counter for the window,
// which expires once the window is over.
func (s *Store) Hit(ctx context.Context, ws, user string, start time.Time, window time.Duration) (int, error) {
	key := keyRate(ws, user, strconv.FormatInt(start.Unix(), 10))
	pipe := s.rdb.TxPipeline()
	n := pipe.Incr(ctx, key)
	pipe.PExpire(ctx, key, 2*window) // past the window's end whatever the clocks
	if _, err := pipe.Exec(ctx); err != nil {
		return 0, fmt.Errorf("redis: count commands: %w", err)
	}
	return int(n.Val()), nil
}
