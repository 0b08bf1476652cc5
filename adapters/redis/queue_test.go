// The queue's tests are in package redis_test: redistest, which gives the
// targets, imports package redis.
package redis_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// queueKeys returns the streams of a queue, as the package doc lays them
// out.
func queueKeys(prefix string, shards int) (jobs, dead []string) {
	for i := range shards {
		jobs = append(jobs, fmt.Sprintf("%s:{q%d}:jobs", prefix, i))
		dead = append(dead, fmt.Sprintf("%s:{q%d}:dead", prefix, i))
	}
	return jobs, dead
}

// queuePrefix returns a key prefix no other test uses, whose keys are
// deleted from rdb when t ends.
func queuePrefix(t *testing.T, rdb goredis.UniversalClient, shards int) string {
	t.Helper()
	prefix := fmt.Sprintf("sbtest%08x", rand.Uint32())
	t.Cleanup(func() {
		var keys []string
		for i := range shards {
			for _, what := range []string{"jobs", "dead", "delayed", "queued", "started", "crashes"} {
				keys = append(keys, fmt.Sprintf("%s:{q%d}:%s", prefix, i, what))
			}
		}
		for _, k := range keys { // one by one: the keys are in different slots
			if err := rdb.Del(context.Background(), k).Err(); err != nil {
				t.Errorf("cleanup %s: %v", k, err)
			}
		}
	})
	return prefix
}

// testQueue returns a queue logging to t, which stops quickly.
func testQueue(t *testing.T, rdb goredis.UniversalClient, o redis.QueueOptions) *redis.Queue {
	t.Helper()
	o.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	if o.Block == 0 {
		o.Block = 100 * time.Millisecond
	}
	return redis.NewQueue(rdb, o)
}

// consume runs q.Consume until the returned stop is called, or t ends.
// stop checks that Consume returned nil, promptly.
func consume(t *testing.T, q *redis.Queue, handle func(context.Context, bot.Job) error) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Consume(ctx, handle) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			start := time.Now()
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("consumer %s: %v", q.Options().Consumer, err)
				}
				if d := time.Since(start); d > time.Second {
					t.Errorf("consumer %s took %v to stop", q.Options().Consumer, d)
				}
			case <-time.After(5 * time.Second):
				t.Errorf("consumer %s did not stop", q.Options().Consumer)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// waitFor polls cond until it holds, for a few seconds at most.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func pending(t *testing.T, q *redis.Queue) int64 {
	t.Helper()
	n, err := q.Pending(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func dead(t *testing.T, q *redis.Queue) []redis.DeadJob {
	t.Helper()
	d, err := q.Dead(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func queued(t *testing.T, q *redis.Queue, ws string) int64 {
	t.Helper()
	n, err := q.Queued(context.Background(), ws)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// groupPending sums XPENDING's count over the shards.
func groupPending(t *testing.T, rdb goredis.UniversalClient, q *redis.Queue) int64 {
	t.Helper()
	o := q.Options()
	jobs, _ := queueKeys(o.Prefix, o.Shards)
	var n int64
	for _, k := range jobs {
		p, err := rdb.XPending(context.Background(), k, o.Group).Result()
		if err != nil {
			t.Fatalf("XPENDING %s: %v", k, err)
		}
		n += p.Count
	}
	return n
}

func testJob(ws string, i int) bot.Job {
	return bot.Job{Workspace: ws, URL: fmt.Sprintf("https://news.example/%s/%d", ws, i), Source: "link", Channel: "C1"}
}

// TestQueueExactlyOnce has three consumers share jobs of several
// workspaces, some queued before any consumer ran: each job is handled
// once.
func TestQueueExactlyOnce(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			const shards = 4
			prefix := queuePrefix(t, rdb, shards)
			producer := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: shards})
			var want []bot.Job
			enqueue := func(from, to int) {
				for i := from; i < to; i++ {
					j := testJob(fmt.Sprintf("slack:T%d", i%5), i)
					want = append(want, j)
					if err := producer.Enqueue(ctx, j); err != nil {
						t.Fatal(err)
					}
				}
			}
			enqueue(0, 30)

			var mu sync.Mutex
			got := map[string][]bot.Job{} // by URL
			by := map[string]int{}        // jobs per consumer
			var stops []func()
			for c := range 3 {
				name := fmt.Sprintf("worker-%d", c)
				q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: shards, Consumer: name})
				stops = append(stops, consume(t, q, func(ctx context.Context, j bot.Job) error {
					time.Sleep(time.Duration(rand.IntN(500)) * time.Microsecond)
					mu.Lock()
					defer mu.Unlock()
					got[j.URL] = append(got[j.URL], j)
					by[name]++
					return nil
				}))
			}
			enqueue(30, 60)
			waitFor(t, "every job handled", func() bool {
				mu.Lock()
				defer mu.Unlock()
				return len(got) == len(want)
			})
			time.Sleep(50 * time.Millisecond) // room for a second delivery, if any
			for _, stop := range stops {
				stop()
			}
			mu.Lock()
			defer mu.Unlock()
			for _, w := range want {
				js := got[w.URL]
				if len(js) != 1 {
					t.Errorf("%s handled %d times", w.URL, len(js))
					continue
				}
				j := js[0]
				if j.ID == "" {
					t.Errorf("%s: no ID", w.URL)
				}
				j.ID = ""
				if j != w {
					t.Errorf("handled %+v, queued %+v", j, w)
				}
			}
			t.Logf("jobs per consumer: %v", by)
			if n := pending(t, producer); n != 0 {
				t.Errorf("Pending = %d, want 0", n)
			}
			if n := groupPending(t, rdb, producer); n != 0 {
				t.Errorf("XPENDING = %d, want 0", n)
			}
			if d := dead(t, producer); len(d) != 0 {
				t.Errorf("dead letters: %+v", d)
			}
		})
	}
}

// TestQueueShardsByWorkspace checks that a workspace's jobs are queued in
// order on one shard, and that bad jobs are refused.
func TestQueueShardsByWorkspace(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			const shards = 4
			prefix := queuePrefix(t, rdb, shards)
			q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: shards})
			for i := range 20 {
				if err := q.Enqueue(ctx, testJob(fmt.Sprintf("discord:%d", i%4), i)); err != nil {
					t.Fatal(err)
				}
			}
			jobs, _ := queueKeys(prefix, shards)
			shardOf := map[string]int{}
			last := map[string]int{}
			for s, k := range jobs {
				msgs, err := rdb.XRange(ctx, k, "-", "+").Result()
				if err != nil {
					t.Fatal(err)
				}
				for _, m := range msgs {
					raw, _ := m.Values["job"].(string)
					var j bot.Job
					if err := json.Unmarshal([]byte(raw), &j); err != nil {
						t.Fatalf("entry %s: %q: %v", m.ID, raw, err)
					}
					ws := j.Workspace
					i, _ := strconv.Atoi(j.URL[strings.LastIndexByte(j.URL, '/')+1:])
					if s0, ok := shardOf[ws]; ok && s0 != s {
						t.Errorf("workspace %s on shards %d and %d", ws, s0, s)
					}
					shardOf[ws] = s
					if l, ok := last[ws]; ok && l > i {
						t.Errorf("workspace %s: job %d after job %d", ws, i, l)
					}
					last[ws] = i
				}
			}
			if len(shardOf) != 4 {
				t.Errorf("found the jobs of %d workspaces, want 4", len(shardOf))
			}
			if n := pending(t, q); n != 20 {
				t.Errorf("Pending = %d, want 20", n)
			}
			for _, j := range []bot.Job{{Workspace: "slack:T1"}, {URL: "https://x.example/"}, {Workspace: "a{b}", URL: "https://x.example/"}} {
				if err := q.Enqueue(ctx, j); err == nil || !strings.HasPrefix(err.Error(), "redis: enqueue: ") {
					t.Errorf("Enqueue(%+v) = %v, want an error", j, err)
				}
			}
		})
	}
}

// TestQueueDeadLetter has a handler that always fails, and one that
// panics: their job is tried MaxAttempts times, then dead-lettered with
// the error, and the consumer goes on.
func TestQueueDeadLetter(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		for _, panics := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/panic=%v", tg.Name, panics), func(t *testing.T) {
				ctx := context.Background()
				rdb := tg.Store.Client()
				const shards = 2
				prefix := queuePrefix(t, rdb, shards)
				var deaths []string // OnDead's calls: URL and cause
				q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: shards, MaxAttempts: 3,
					Backoff: []time.Duration{time.Millisecond},
					OnDead: func(ctx context.Context, j bot.Job, cause error) {
						deaths = append(deaths, j.URL+": "+cause.Error())
					}})
				var mu sync.Mutex
				var attempts []int
				var fine []string
				stop := consume(t, q, func(ctx context.Context, j bot.Job) error {
					mu.Lock()
					defer mu.Unlock()
					if strings.Contains(j.URL, "/fine/") {
						fine = append(fine, j.URL)
						return nil
					}
					attempts = append(attempts, j.Attempts)
					if panics {
						panic("kaboom")
					}
					return errors.New("boom: no article there")
				})
				bad := testJob("slack:TBAD", 1)
				if err := q.Enqueue(ctx, bad); err != nil {
					t.Fatal(err)
				}
				var d []redis.DeadJob
				waitFor(t, "the dead letter", func() bool {
					d = dead(t, q)
					return len(d) > 0
				})
				good := bot.Job{Workspace: "slack:TBAD", URL: "https://news.example/fine/1", Source: "feed"}
				if err := q.Enqueue(ctx, good); err != nil {
					t.Fatal(err)
				}
				waitFor(t, "the next job", func() bool {
					mu.Lock()
					defer mu.Unlock()
					return len(fine) == 1
				})
				stop()
				mu.Lock()
				defer mu.Unlock()
				if fmt.Sprint(attempts) != "[0 1 2]" {
					t.Errorf("attempts seen: %v, want [0 1 2]", attempts)
				}
				if len(d) != 1 {
					t.Fatalf("dead letters: %+v", d)
				}
				wantErr := "boom: no article there"
				if panics {
					wantErr = "panic: kaboom"
				}
				if d[0].Error != wantErr {
					t.Errorf("dead letter error %q, want %q", d[0].Error, wantErr)
				}
				if d[0].Job.URL != bad.URL || d[0].Job.Workspace != bad.Workspace || d[0].Job.Attempts != 3 || d[0].Job.ID == "" {
					t.Errorf("dead job %+v, queued %+v", d[0].Job, bad)
				}
				if d[0].ID == "" || time.Since(d[0].Time) > time.Minute || !strings.Contains(d[0].Raw, bad.URL) {
					t.Errorf("dead letter %+v", d[0])
				}
				if n := pending(t, q); n != 0 {
					t.Errorf("Pending = %d, want 0", n)
				}
				if want := bad.URL + ": " + wantErr; len(deaths) != 1 || deaths[0] != want {
					t.Errorf("OnDead calls %q, want [%q]", deaths, want)
				}
				if n := queued(t, q, bad.Workspace); n != 0 {
					t.Errorf("Queued = %d after all were settled, want 0", n)
				}
			})
		}
	}
}

// TestQueueMalformed puts entries that are not jobs on a shard: they go to
// the dead-letter stream, and the job after them is handled.
func TestQueueMalformed(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			prefix := queuePrefix(t, rdb, 1)
			q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: 1})
			jobs, _ := queueKeys(prefix, 1)
			garbage := []map[string]any{
				{"job": "{not json"},
				{"nojob": "x"},
				{"job": `{"ws":"","url":"https://news.example/a"}`},
			}
			for _, v := range garbage {
				if err := rdb.XAdd(ctx, &goredis.XAddArgs{Stream: jobs[0], Values: v}).Err(); err != nil {
					t.Fatal(err)
				}
			}
			good := testJob("slack:TOK", 1)
			if err := q.Enqueue(ctx, good); err != nil {
				t.Fatal(err)
			}
			var mu sync.Mutex
			var handled []bot.Job
			stop := consume(t, q, func(ctx context.Context, j bot.Job) error {
				mu.Lock()
				defer mu.Unlock()
				handled = append(handled, j)
				return nil
			})
			waitFor(t, "the good job", func() bool {
				mu.Lock()
				defer mu.Unlock()
				return len(handled) > 0
			})
			stop()
			d := dead(t, q)
			mu.Lock()
			defer mu.Unlock()
			if len(handled) != 1 || handled[0].URL != good.URL {
				t.Errorf("handled %+v, want only %s", handled, good.URL)
			}
			if len(d) != len(garbage) {
				t.Fatalf("%d dead letters, want %d: %+v", len(d), len(garbage), d)
			}
			// Newest first.
			wantRaw := []string{garbage[2]["job"].(string), `{"nojob":"x"}`, "{not json"}
			for i, dj := range d {
				if !strings.HasPrefix(dj.Error, "malformed job: ") {
					t.Errorf("dead letter %d: error %q", i, dj.Error)
				}
				if dj.Raw != wantRaw[i] {
					t.Errorf("dead letter %d: raw %q, want %q", i, dj.Raw, wantRaw[i])
				}
				if dj.Job.ID == "" || dj.Job.Workspace != "" {
					t.Errorf("dead letter %d: job %+v", i, dj.Job)
				}
			}
			if n := pending(t, q); n != 0 {
				t.Errorf("Pending = %d, want 0", n)
			}
		})
	}
}
