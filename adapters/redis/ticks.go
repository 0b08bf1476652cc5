package redis

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

var _ bot.TickStore = (*Store)(nil)

func keyTick(ws, key string) string { return wsPrefix(ws) + key }
func keyLastTick(ws string) string  { return wsPrefix(ws) + "lasttick" }

// ClaimTick implements bot.TickStore: SET NX PX with this process's
// claim.
func (s *Store) ClaimTick(ctx context.Context, ws, key string, lease time.Duration) (bool, error) {
	ok, err := s.rdb.SetNX(ctx, keyTick(ws, key), "claimed", lease).Result()
	if err != nil {
		return false, fmt.Errorf("redis: claim tick: %w", err)
	}
	return ok, nil
}

// MarkTick implements bot.TickStore.
func (s *Store) MarkTick(ctx context.Context, ws, key, messageID string, keep time.Duration) error {
	if err := s.rdb.Set(ctx, keyTick(ws, key), "sent:"+messageID, keep).Err(); err != nil {
		return fmt.Errorf("redis: mark tick: %w", err)
	}
	return nil
}

// TickTaken implements bot.TickStore.
func (s *Store) TickTaken(ctx context.Context, ws, key string) (bool, error) {
	n, err := s.rdb.Exists(ctx, keyTick(ws, key)).Result()
	if err != nil {
		return false, fmt.Errorf("redis: tick: %w", err)
	}
	return n > 0, nil
}

// LastTick implements bot.TickStore.
func (s *Store) LastTick(ctx context.Context, ws, follow string) (time.Time, error) {
	v, err := s.rdb.HGet(ctx, keyLastTick(ws), follow).Result()
	if errors.Is(err, goredis.Nil) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("redis: last tick: %w", err)
	}
	ms, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("redis: last tick %q: %w", v, err)
	}
	return time.UnixMilli(ms).UTC(), nil
}

// SetLastTick implements bot.TickStore. A tick older than the one stored
// leaves it.
func (s *Store) SetLastTick(ctx context.Context, ws, follow string, tick time.Time) error {
	err := setMaxScript.Run(ctx, s.rdb, []string{keyLastTick(ws)}, follow, tick.UnixMilli()).Err()
	if err != nil && !errors.Is(err, goredis.Nil) {
		return fmt.Errorf("redis: set last tick: %w", err)
	}
	return nil
}

// setMaxScript sets a hash field to a number unless it holds a larger
// one. KEYS: the hash; ARGV: field, number.
var setMaxScript = goredis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tonumber(ARGV[2]) > cur then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 0
`)
