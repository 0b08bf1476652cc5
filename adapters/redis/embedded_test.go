package redis

import (
	"context"
	"errors"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// TestEmbeddedServes checks what later work relies on the embedded server
// for: keys that expire on the clock (SET NX PX locks), streams with
// consumer groups, and scripts.
func TestEmbeddedServes(t *testing.T) {
	emb, err := StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	rdb := emb.Client()
	defer rdb.Close()
	ctx := context.Background()

	ok, err := rdb.SetNX(ctx, "lock", "a", 50*time.Millisecond).Result()
	if err != nil || !ok {
		t.Fatalf("SET NX PX: %v %v", ok, err)
	}
	if ok, _ := rdb.SetNX(ctx, "lock", "b", time.Second).Result(); ok {
		t.Error("a held lock was taken again")
	}
	time.Sleep(150 * time.Millisecond)
	if err := rdb.Get(ctx, "lock").Err(); !errors.Is(err, goredis.Nil) {
		t.Errorf("the lock did not expire: %v", err)
	}

	if err := rdb.XGroupCreateMkStream(ctx, "jobs", "workers", "0").Err(); err != nil {
		t.Fatal(err)
	}
	rdb.XAdd(ctx, &goredis.XAddArgs{Stream: "jobs", Values: map[string]any{"url": "https://x.example/a"}})
	streams, err := rdb.XReadGroup(ctx, &goredis.XReadGroupArgs{Group: "workers", Consumer: "c1", Streams: []string{"jobs", ">"}, Count: 1}).Result()
	if err != nil || len(streams) != 1 || len(streams[0].Messages) != 1 {
		t.Fatalf("XREADGROUP: %v %v", streams, err)
	}
	if n, err := rdb.XAck(ctx, "jobs", "workers", streams[0].Messages[0].ID).Result(); err != nil || n != 1 {
		t.Errorf("XACK: %d %v", n, err)
	}

	if v, err := goredis.NewScript(`return redis.call('INCRBY', KEYS[1], ARGV[1])`).Run(ctx, rdb, []string{"n"}, 41).Int(); err != nil || v != 41 {
		t.Errorf("script: %d %v", v, err)
	}
}
