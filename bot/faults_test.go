package bot_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// articleServer serves one article of the eval set. Its first request
// blocks until release is closed (or the client goes away); the later
// ones are answered at once.
type articleServer struct {
	*httptest.Server
	requests atomic.Int64
	first    chan struct{} // closed when the first request has arrived
	release  chan struct{}
	// releaseFirst lets the first request be answered.
	releaseFirst func()
}

func newArticleServer(t *testing.T) *articleServer {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("..", "testdata", "eval", "labour", "labour_1_carrowherald.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := &articleServer{first: make(chan struct{}), release: make(chan struct{})}
	var once, releaseOnce sync.Once
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.requests.Add(1) == 1 {
			once.Do(func() { close(s.first) })
			select {
			case <-s.release:
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(text)
	}))
	t.Cleanup(func() { releaseOnce.Do(func() { close(s.release) }); s.Close() })
	s.releaseFirst = func() { releaseOnce.Do(func() { close(s.release) }) }
	return s
}

// replica is one storybot replica: a bot whose links go through the
// shared queue, and its consumer.
type replica struct {
	bot   *bot.Bot
	queue *redis.Queue
	stop  context.CancelFunc
	done  chan struct{} // closed when Consume has returned
}

func startReplica(t *testing.T, st *redis.Store, o redis.QueueOptions) *replica {
	t.Helper()
	fetcher, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	q := redis.NewQueue(st.Client(), o)
	b := bot.New(bot.Options{Store: st, Queue: q, Loader: input.Loader{Reader: input.Reader{Fetcher: fetcher}}})
	ctx, cancel := context.WithCancel(context.Background())
	r := &replica{bot: b, queue: q, stop: cancel, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		if err := q.Consume(ctx, b.Work); err != nil {
			t.Errorf("consumer %s: %v", o.Consumer, err)
		}
	}()
	t.Cleanup(func() { cancel(); <-r.done })
	return r
}

// kill ends the replica's consumer, as a crash or SIGTERM does, and waits
// for it.
func (r *replica) kill(t *testing.T) {
	t.Helper()
	r.stop()
	select {
	case <-r.done:
	case <-time.After(5 * time.Second):
		t.Fatal("consumer did not stop within 5 s")
	}
}

// queueOpts are a private queue's options, its keys removed when t ends.
func queueOpts(t *testing.T, st *redis.Store, consumer string, claimAfter time.Duration, prefix string) redis.QueueOptions {
	t.Cleanup(func() {
		for _, k := range []string{prefix + ":{q0}:jobs", prefix + ":{q0}:dead"} {
			st.Client().Del(context.Background(), k)
		}
	})
	return redis.QueueOptions{Prefix: prefix, Shards: 1, Consumer: consumer, ClaimAfter: claimAfter,
		Block: 50 * time.Millisecond, MaxAttempts: 5}
}

// waitUntil polls cond for up to 10 s.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// articles returns the number of stories of ws and of articles in all.
func articles(t *testing.T, st *redis.Store, ws string) (stories, arts int) {
	t.Helper()
	infos, total, err := st.Stories(context.Background(), ws, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range infos {
		arts += i.Articles
	}
	return total, arts
}

// TestReplicaDiesMidIngest: replica A takes an `add` job and dies (its
// consumer's context ends) while the article server still holds its
// fetch. The job must stay pending, not be dropped as an unreadable link;
// replica B, whose ClaimAfter is 200 ms, takes it over, and the article is
// stored exactly once. The process-level variant is not possible: the
// binary's queue uses the default ClaimAfter of 2 minutes, with no
// setting to change it.
func TestReplicaDiesMidIngest(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			st := tg.Store
			ws := redistest.Workspace(t, st)
			prefix := fmt.Sprintf("sbfault%08x", rand.Uint32())
			srv := newArticleServer(t)
			a := startReplica(t, st, queueOpts(t, st, "a", 2*time.Minute, prefix))

			r := a.bot.Handle(context.Background(), bot.Request{Workspace: ws, Command: bot.CmdAdd, Target: srv.URL + "/news/1"})
			if r.Kind == bot.KindError || !strings.Contains(r.Text, "Reading") {
				t.Fatalf("add answered %+v, want the job queued", r)
			}
			select {
			case <-srv.first:
			case <-time.After(5 * time.Second):
				t.Fatal("replica a never fetched the article")
			}
			a.kill(t)
			if n, err := a.queue.Pending(context.Background()); err != nil || n != 1 {
				t.Fatalf("after a died mid-fetch: Pending = %d, %v; want the job left pending (1)", n, err)
			}
			if s, _ := articles(t, st, ws); s != 0 {
				t.Fatalf("a stored %d stories though it died before reading the page", s)
			}

			b := startReplica(t, st, queueOpts(t, st, "b", 200*time.Millisecond, prefix))
			waitUntil(t, "b to take the job over and store the article", func() bool {
				s, _ := articles(t, st, ws)
				return s > 0
			})
			time.Sleep(600 * time.Millisecond) // more claim rounds: nothing more to do
			b.kill(t)
			if s, n := articles(t, st, ws); s != 1 || n != 1 {
				t.Errorf("%d stories, %d articles; want the article stored once", s, n)
			}
			if n, _ := b.queue.Pending(context.Background()); n != 0 {
				t.Errorf("Pending = %d after b handled the job, want 0", n)
			}
			if d, _ := b.queue.Dead(context.Background(), 10); len(d) != 0 {
				t.Errorf("dead letters: %+v", d)
			}
			if n := srv.requests.Load(); n != 2 {
				t.Errorf("article server got %d requests, want 2 (a's, cut short, and b's)", n)
			}
		})
	}
}

// TestSlowReplicaOvertaken: replica A is alive but its fetch hangs past
// B's ClaimAfter, so B takes the job over and stores the article; when
// A's fetch finally completes, A's ingest of the same article is a
// duplicate. The article is stored exactly once and nothing stays
// pending.
func TestSlowReplicaOvertaken(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			st := tg.Store
			ws := redistest.Workspace(t, st)
			prefix := fmt.Sprintf("sbfault%08x", rand.Uint32())
			srv := newArticleServer(t)
			a := startReplica(t, st, queueOpts(t, st, "a", 2*time.Minute, prefix))
			if err := a.bot.DropLink(context.Background(), bot.Job{Workspace: ws, URL: srv.URL + "/news/1", Source: "link"}); err != nil {
				t.Fatal(err)
			}
			select {
			case <-srv.first:
			case <-time.After(5 * time.Second):
				t.Fatal("replica a never fetched the article")
			}
			b := startReplica(t, st, queueOpts(t, st, "b", 200*time.Millisecond, prefix))
			waitUntil(t, "b to take the job over and store the article", func() bool {
				s, _ := articles(t, st, ws)
				return s > 0
			})
			srv.releaseFirst() // a's fetch completes now
			waitUntil(t, "the queue to empty", func() bool {
				n, err := b.queue.Pending(context.Background())
				return err == nil && n == 0
			})
			time.Sleep(300 * time.Millisecond)
			a.kill(t)
			b.kill(t)
			if s, n := articles(t, st, ws); s != 1 || n != 1 {
				t.Errorf("%d stories, %d articles; want the article stored once", s, n)
			}
			if d, _ := b.queue.Dead(context.Background(), 10); len(d) != 0 {
				t.Errorf("dead letters: %+v", d)
			}
		})
	}
}
