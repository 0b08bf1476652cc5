package redis

import (
	"context"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// renewScript extends a lease its holder still holds.
//
//	KEYS: the lease; ARGV: token, ttl (ms). Returns 1 if renewed.
var renewScript = goredis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`)

// releaseScript deletes a lease its holder still holds (compare and
// delete), so a holder whose lease ran out cannot free another's.
//
//	KEYS: the lease; ARGV: token. Returns 1 if released.
var releaseScript = goredis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)

// TryLease implements bot.Store: SET NX PX.
func (s *Store) TryLease(ctx context.Context, key bot.LeaseKey, token string, ttl time.Duration) (bool, error) {
	ok, err := s.rdb.SetNX(ctx, keyLease(key), token, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("redis: take lease: %w", err)
	}
	return ok, nil
}

// RenewLease implements bot.Store.
func (s *Store) RenewLease(ctx context.Context, key bot.LeaseKey, token string, ttl time.Duration) (bool, error) {
	n, err := renewScript.Run(ctx, s.rdb, []string{keyLease(key)}, token, ttl.Milliseconds()).Int()
	if err != nil {
		return false, fmt.Errorf("redis: renew lease: %w", err)
	}
	return n == 1, nil
}

// ReleaseLease implements bot.Store.
func (s *Store) ReleaseLease(ctx context.Context, key bot.LeaseKey, token string) error {
	if err := releaseScript.Run(ctx, s.rdb, []string{keyLease(key)}, token).Err(); err != nil {
		return fmt.Errorf("redis: release lease: %w", err)
	}
	return nil
}
