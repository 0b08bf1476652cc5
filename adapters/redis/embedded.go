package redis

import (
	"fmt"
	"sync"

	"github.com/alicebob/miniredis/v2"
	goredis "github.com/redis/go-redis/v9"
)

// Embedded is an in-process Redis-protocol server (miniredis) for runs
// without REDIS_URL: laptops, demos and tests. Nothing it holds outlives
// the process. Streams with consumer groups, SET NX PX, Lua, hashes and
// sorted sets work as on Redis; TTLs expire on the wall clock.
type Embedded struct {
	srv *miniredis.Miniredis
}

// StartEmbedded starts the server on a free loopback port.
func StartEmbedded() (*Embedded, error) {
	srv := miniredis.NewMiniRedis()
	// TTLs only count down with the clock when this is set before any
	// write.
	srv.ClockTTL(true)
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("redis: start embedded server: %w", err)
	}
	embeddedAddrs.Store(srv.Addr(), true)
	return &Embedded{srv: srv}, nil
}

// embeddedAddrs are the addresses of the embedded servers started, so
// that a store on one works as suits it (see dfBuckets).
var embeddedAddrs sync.Map

// isEmbedded reports a client of an embedded server.
func isEmbedded(rdb goredis.UniversalClient) bool {
	c, ok := rdb.(*goredis.Client)
	if !ok {
		return false
	}
	_, ok = embeddedAddrs.Load(c.Options().Addr)
	return ok
}

// URL is the redis:// URL of the server.
func (e *Embedded) URL() string { return "redis://" + e.srv.Addr() }

// Client returns a new client of the server.
func (e *Embedded) Client() goredis.UniversalClient {
	opt := &goredis.Options{Addr: e.srv.Addr()}
	fast(opt)
	return goredis.NewClient(opt)
}

// Close stops the server.
func (e *Embedded) Close() { e.srv.Close() }

// Restart starts a closed server again on its address with the data it
// held, as a Redis with persistence comes back after a restart.
func (e *Embedded) Restart() error {
	if err := e.srv.Restart(); err != nil {
		return fmt.Errorf("redis: restart embedded server: %w", err)
	}
	return nil
}
