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

// busyRun starts `storybot run` on an embedded store of its own, with
// claimAfter, and has its worker begin a link whose server never
// answers. It returns the store and the link once the fetch has begun.
func busyRun(t *testing.T, claimAfter string) (*proc, *redis.Embedded, string) {
	t.Helper()
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

	p := startProc(t, "REDIS_URL="+emb.URL(), "STORYBOT_FETCH_ALLOW=127.0.0.1/32", "STORYBOT_QUEUE_CLAIM_AFTER="+claimAfter)
	url := srv.URL + "/news/1"
	fmt.Fprintf(p.stdin, "add %s\n", url)
	select {
	case <-first:
	case <-time.After(15 * time.Second):
		t.Fatalf("the worker never fetched the link:\n%s", p.stderr)
	}
	return p, emb, url
}

// otherReplica runs a consumer with claimAfter on emb until it gets a job
// or 20 s have passed, and returns the job and how long it took.
func otherReplica(t *testing.T, emb *redis.Embedded, claimAfter time.Duration) (bot.Job, time.Duration, bool) {
	t.Helper()
	rdb := emb.Client()
	t.Cleanup(func() { rdb.Close() })
	q := redis.NewQueue(rdb, redis.QueueOptions{Consumer: "other-replica", ClaimAfter: claimAfter, Block: 50 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	got := make(chan bot.Job, 1)
	consumed := make(chan struct{})
	start := time.Now()
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
		return j, time.Since(start), true
	case <-ctx.Done():
		return bot.Job{}, 0, false
	}
}

// TestRunHandsBackJobOnSIGTERM: `storybot run` gets SIGTERM while its
// worker reads a link. It exits cleanly, and the job is back in the
// queue, not held by the stopped worker: another replica, which would
// claim a stranded job only after an hour, gets it at once.
func TestRunHandsBackJobOnSIGTERM(t *testing.T) {
	p, emb, url := busyRun(t, "1h")
	p.stop(t)
	j, took, ok := otherReplica(t, emb, time.Hour)
	if !ok {
		t.Fatalf("the job was not handed back: no other replica got it\n%s", p.stderr)
	}
	if j.URL != url || j.Workspace != "local" {
		t.Errorf("the other replica got %+v, want %s", j, url)
	}
	t.Logf("another replica got the job %v after the SIGTERMed one exited", took.Round(time.Millisecond))
}

// TestRunSIGKILLJobTakenOver: `storybot run` is killed while its worker
// reads a link; another replica takes the job over after the claim time
// (2 s here), and handles it: one death does not lose the link.
func TestRunSIGKILLJobTakenOver(t *testing.T) {
	p, emb, url := busyRun(t, "2s")
	p.cmd.Process.Kill()
	<-p.done
	j, took, ok := otherReplica(t, emb, 2*time.Second)
	if !ok {
		t.Fatalf("no other replica took the killed one's job within 20 s\n%s", p.stderr)
	}
	if j.URL != url {
		t.Errorf("the other replica got %+v, want %s", j, url)
	}
	t.Logf("another replica took the job over %v after the SIGKILL (claim after 2 s)", took.Round(time.Millisecond))
}
