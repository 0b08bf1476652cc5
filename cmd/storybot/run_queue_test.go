package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/bot"
)

// TestRunHandsBackJobOnSIGTERM: `storybot run` gets SIGTERM while its
// worker reads a link. It exits cleanly, and the job is back in the
// queue, not held by the stopped worker: another replica, which would
// claim a stranded job only after an hour, gets it at once.
func TestRunHandsBackJobOnSIGTERM(t *testing.T) {
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Close)
	first := make(chan struct{})
	var once sync.Once
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		once.Do(func() { close(first) })
		<-r.Context().Done() // never answers: the worker is busy until stopped
	}))
	t.Cleanup(srv.Close)

	p := startProc(t, "REDIS_URL="+emb.URL(), "STORYBOT_FETCH_ALLOW=127.0.0.1/32", "STORYBOT_QUEUE_CLAIM_AFTER=1h")
	url := srv.URL + "/news/1"
	fmt.Fprintf(p.stdin, "add %s\n", url)
	select {
	case <-first:
	case <-time.After(15 * time.Second):
		t.Fatalf("the worker never fetched the link:\n%s", p.stderr)
	}
	p.stop(t)

	rdb := emb.Client()
	t.Cleanup(func() { rdb.Close() })
	q := redis.NewQueue(rdb, redis.QueueOptions{Consumer: "other-replica", ClaimAfter: time.Hour, Block: 50 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	got := make(chan bot.Job, 1)
	consumed := make(chan struct{})
	go func() {
		defer close(consumed)
		q.Consume(ctx, func(_ context.Context, j bot.Job) error {
			got <- j
			cancel()
			return nil
		})
	}()
	defer func() { <-consumed }() // settled before the client closes
	select {
	case j := <-got:
		if j.URL != url || j.Workspace != "local" {
			t.Errorf("the other replica got %+v, want %s", j, url)
		}
	case <-ctx.Done():
		t.Fatalf("the job was not handed back: no other replica got it\n%s", p.stderr)
	}
}
