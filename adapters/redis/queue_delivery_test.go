package redis_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// clock is a settable clock for the queue's Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// recorder records the jobs a handler saw.
type recorder struct {
	mu   sync.Mutex
	jobs []bot.Job
}

func (r *recorder) add(j bot.Job) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.jobs = append(r.jobs, j)
}

func (r *recorder) got() []bot.Job {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bot.Job(nil), r.jobs...)
}

// handleOK records every job and succeeds.
func (r *recorder) handleOK(_ context.Context, j bot.Job) error {
	r.add(j)
	return nil
}

// consumeUntilDeath runs q.Consume with a handler that dies (its
// goroutine ends, runtime.Goexit) at the first job, as a process killed
// while at work: the job is neither settled nor kept alive. It returns the
// job, once the consumer died.
func consumeUntilDeath(t *testing.T, q *redis.Queue) bot.Job {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	died := make(chan bot.Job, 1)
	go q.Consume(ctx, func(_ context.Context, j bot.Job) error {
		died <- j
		runtime.Goexit()
		return nil
	})
	select {
	case j := <-died:
		return j
	case <-time.After(10 * time.Second):
		t.Fatalf("consumer %s never got a job", q.Options().Consumer)
		return bot.Job{}
	}
}

// TestQueueBackpressure fills the queue past its limits: a job over them
// is refused with ErrBusy and a message for people, the other workspaces
// still queue theirs, and nothing queued is lost.
func TestQueueBackpressure(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		for _, tc := range []struct {
			name         string
			perWS, total int
			other        bool // another workspace may still queue
			wantMsg      string
		}{
			{"per workspace", 3, -1, true, "storybot is busy with 3 links queued; try again in a few minutes."},
			{"global", -1, 3, false, "storybot is busy with 3 links queued; try again in a few minutes."},
		} {
			t.Run(tg.Name+"/"+tc.name, func(t *testing.T) {
				ctx := context.Background()
				rdb := tg.Store.Client()
				const shards = 4
				prefix := queuePrefix(t, rdb, shards)
				q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: shards,
					MaxQueuedPerWorkspace: tc.perWS, MaxQueued: tc.total})
				var want []bot.Job
				for i := range 3 {
					j := testJob("slack:TFULL", i)
					if err := q.Enqueue(ctx, j); err != nil {
						t.Fatalf("job %d: %v", i, err)
					}
					want = append(want, j)
				}
				err := q.Enqueue(ctx, testJob("slack:TFULL", 3))
				if !errors.Is(err, bot.ErrBusy) || bot.ErrorCode(err) != bot.CodeUnavailable || bot.ErrorMessage(err) != tc.wantMsg {
					t.Fatalf("Enqueue over the limit = %v (code %q, message %q); want ErrBusy, %q",
						err, bot.ErrorCode(err), bot.ErrorMessage(err), tc.wantMsg)
				}
				other := testJob("slack:TOTHER", 0)
				err = q.Enqueue(ctx, other)
				switch {
				case tc.other && err != nil:
					t.Fatalf("another workspace's job: %v", err)
				case tc.other:
					want = append(want, other)
				case !errors.Is(err, bot.ErrBusy):
					t.Fatalf("another workspace's job over the global limit: %v, want ErrBusy", err)
				}
				if n := queued(t, q, "slack:TFULL"); n != 3 {
					t.Errorf("Queued = %d, want 3", n)
				}

				var rec recorder
				stop := consume(t, q, rec.handleOK)
				waitFor(t, "the queued jobs", func() bool { return len(rec.got()) >= len(want) })
				time.Sleep(50 * time.Millisecond) // room for more, if any
				stop()
				got := map[string]int{}
				for _, j := range rec.got() {
					got[j.URL]++
				}
				for _, w := range want {
					if got[w.URL] != 1 {
						t.Errorf("%s handled %d times, want 1", w.URL, got[w.URL])
					}
				}
				if len(got) != len(want) {
					t.Errorf("handled %v, want only the %d jobs queued", got, len(want))
				}
				if n := queued(t, q, "slack:TFULL"); n != 0 {
					t.Errorf("Queued = %d once all were done, want 0", n)
				}
				if err := q.Enqueue(ctx, testJob("slack:TFULL", 4)); err != nil {
					t.Errorf("Enqueue once the queue emptied: %v", err)
				}
			})
		}
	}
}

// TestQueueHandsBackOnStop stops a consumer while it handles a job: the
// job is handed back at once, and another consumer, which would claim
// nothing for an hour, handles it.
func TestQueueHandsBackOnStop(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			const shards = 2
			prefix := queuePrefix(t, rdb, shards)
			opts := func(name string) redis.QueueOptions {
				return redis.QueueOptions{Prefix: prefix, Shards: shards, Consumer: name, ClaimAfter: time.Hour}
			}
			a := testQueue(t, rdb, opts("a"))
			taken := make(chan bot.Job, 1)
			stopA := consume(t, a, func(ctx context.Context, j bot.Job) error {
				taken <- j
				<-ctx.Done()
				return fmt.Errorf("interrupted: %w", ctx.Err())
			})
			job := testJob("slack:TSTOP", 1)
			if err := a.Enqueue(ctx, job); err != nil {
				t.Fatal(err)
			}
			select {
			case <-taken:
			case <-time.After(5 * time.Second):
				t.Fatal("consumer a never got the job")
			}
			stopA()
			if n := groupPending(t, rdb, a); n != 0 {
				t.Errorf("after a stopped: XPENDING = %d, want 0 (handed back)", n)
			}
			if n := pending(t, a); n != 1 {
				t.Errorf("after a stopped: Pending = %d, want 1", n)
			}
			if n := queued(t, a, job.Workspace); n != 1 {
				t.Errorf("after a stopped: Queued = %d, want 1", n)
			}

			var rec recorder
			b := testQueue(t, rdb, opts("b"))
			stopB := consume(t, b, rec.handleOK)
			waitFor(t, "b to get the job", func() bool { return len(rec.got()) > 0 })
			stopB()
			got := rec.got()
			if len(got) != 1 || got[0].URL != job.URL || got[0].Attempts != 0 {
				t.Errorf("b handled %+v, want %s once, Attempts 0", got, job.URL)
			}
			if n := pending(t, b); n != 0 {
				t.Errorf("Pending = %d, want 0", n)
			}
			if n := queued(t, b, job.Workspace); n != 0 {
				t.Errorf("Queued = %d, want 0", n)
			}
		})
	}
}

// TestQueueHeartbeat: a job whose handler takes many times ClaimAfter is
// kept alive by its consumer and not claimed by another; the job of a
// consumer that died (its handler's goroutine gone) is claimed and done.
func TestQueueHeartbeat(t *testing.T) {
	const claimAfter = time.Second // a heartbeat every 333 ms: a loaded machine may stall one, not three
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			const shards = 2
			prefix := queuePrefix(t, rdb, shards)
			opts := func(name string) redis.QueueOptions {
				return redis.QueueOptions{Prefix: prefix, Shards: shards, Consumer: name, ClaimAfter: claimAfter}
			}
			var rec recorder
			b := testQueue(t, rdb, opts("b"))
			stopB := consume(t, b, rec.handleOK)

			// A slow but living consumer keeps its job.
			slow := testQueue(t, rdb, opts("slow"))
			taken, release := make(chan bot.Job, 1), make(chan struct{})
			var slowDone sync.WaitGroup
			slowDone.Add(1)
			stopSlow := consume(t, slow, func(_ context.Context, j bot.Job) error {
				defer slowDone.Done()
				taken <- j
				<-release
				return nil
			})
			stopB() // so that slow gets the job
			job := testJob("slack:TSLOW", 1)
			if err := slow.Enqueue(ctx, job); err != nil {
				t.Fatal(err)
			}
			select {
			case <-taken:
			case <-time.After(5 * time.Second):
				t.Fatal("the slow consumer never got the job")
			}
			stopB = consume(t, b, rec.handleOK)
			time.Sleep(6 * claimAfter) // b claims every claimAfter/2
			if got := rec.got(); len(got) != 0 {
				t.Errorf("b took %+v from a consumer at work", got)
			}
			close(release)
			slowDone.Wait()
			stopSlow()
			waitFor(t, "the slow job settled", func() bool { return pending(t, b) == 0 })

			// A dead consumer's job is claimed.
			stopB()
			dying := testQueue(t, rdb, opts("dying"))
			job = testJob("slack:TDIES", 2)
			if err := dying.Enqueue(ctx, job); err != nil {
				t.Fatal(err)
			}
			consumeUntilDeath(t, dying)
			stopB = consume(t, b, rec.handleOK)
			waitFor(t, "b to claim the dead consumer's job", func() bool { return len(rec.got()) > 0 })
			stopB()
			if got := rec.got(); len(got) != 1 || got[0].URL != job.URL || got[0].Deaths != 1 {
				t.Errorf("b handled %+v, want %s once, after one death", got, job.URL)
			}
			if d := dead(t, b); len(d) != 0 {
				t.Errorf("one death made dead letters: %+v", d)
			}
			if n := pending(t, b); n != 0 {
				t.Errorf("Pending = %d, want 0", n)
			}
		})
	}
}

// TestQueueJobKillingWorkers: a job whose handling ends with its worker
// gone twice is dead-lettered by the next consumer, without handling it
// a third time.
func TestQueueJobKillingWorkers(t *testing.T) {
	const claimAfter = 200 * time.Millisecond
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			const shards = 2
			prefix := queuePrefix(t, rdb, shards)
			var onDead []string
			opts := func(name string) redis.QueueOptions {
				return redis.QueueOptions{Prefix: prefix, Shards: shards, Consumer: name, ClaimAfter: claimAfter,
					OnDead: func(_ context.Context, j bot.Job, cause error) {
						onDead = append(onDead, j.URL+": "+cause.Error())
					}}
			}
			job := testJob("slack:TPOISON", 1)
			first := testQueue(t, rdb, opts("first"))
			if err := first.Enqueue(ctx, job); err != nil {
				t.Fatal(err)
			}
			consumeUntilDeath(t, first)
			consumeUntilDeath(t, testQueue(t, rdb, opts("second")))

			var rec recorder
			third := testQueue(t, rdb, opts("third"))
			stop := consume(t, third, rec.handleOK)
			var d []redis.DeadJob
			waitFor(t, "the dead letter", func() bool {
				d = dead(t, third)
				return len(d) > 0
			})
			stop()
			if got := rec.got(); len(got) != 0 {
				t.Errorf("the third consumer handled %+v", got)
			}
			if len(d) != 1 || d[0].Job.URL != job.URL || !strings.HasPrefix(d[0].Error, "its worker died while handling it") {
				t.Errorf("dead letters %+v, want %s: its worker died while handling it", d, job.URL)
			}
			if len(onDead) != 1 || !strings.HasPrefix(onDead[0], job.URL+": its worker died") {
				t.Errorf("OnDead calls %q", onDead)
			}
			if n := pending(t, third); n != 0 {
				t.Errorf("Pending = %d, want 0", n)
			}
			if n := queued(t, third, job.Workspace); n != 0 {
				t.Errorf("Queued = %d, want 0", n)
			}
		})
	}
}

// TestQueueRetryBackoff: a failed job waits its back-off, on the queue's
// clock, before it is tried again; the waits grow.
func TestQueueRetryBackoff(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			const shards = 2
			prefix := queuePrefix(t, rdb, shards)
			clk := newClock()
			q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: shards, Now: clk.Now,
				Block: 20 * time.Millisecond, Backoff: []time.Duration{10 * time.Second, time.Minute}})
			var mu sync.Mutex
			var attempts []int
			calls := func() int {
				mu.Lock()
				defer mu.Unlock()
				return len(attempts)
			}
			stop := consume(t, q, func(_ context.Context, j bot.Job) error {
				mu.Lock()
				defer mu.Unlock()
				attempts = append(attempts, j.Attempts)
				if len(attempts) < 3 {
					return errors.New("storage hiccup")
				}
				return nil
			})
			job := testJob("slack:TRETRY", 1)
			if err := q.Enqueue(ctx, job); err != nil {
				t.Fatal(err)
			}
			stats := func() redis.QueueStats {
				s, err := q.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			// steps: how far the clock moves, and the tries made by then.
			for i, step := range []struct {
				advance time.Duration
				calls   int
			}{
				{0, 1},
				{7 * time.Second, 1},  // under 10 s - 25 %
				{6 * time.Second, 2},  // 13 s: over 10 s + 25 %
				{40 * time.Second, 2}, // under 1 min - 25 %
				{40 * time.Second, 3}, // 80 s: over 1 min + 25 %
			} {
				clk.Advance(step.advance)
				waitFor(t, fmt.Sprintf("step %d: %d tries", i, step.calls), func() bool { return calls() >= step.calls })
				if step.calls < 3 {
					waitFor(t, "the retry delayed", func() bool { return stats().Delayed == 1 })
				}
				time.Sleep(100 * time.Millisecond) // several rounds of moving due retries
				if n := calls(); n != step.calls {
					t.Fatalf("step %d (clock +%v): %d tries, want %d", i, step.advance, n, step.calls)
				}
			}
			waitFor(t, "the job settled", func() bool { return pending(t, q) == 0 })
			stop()
			mu.Lock()
			defer mu.Unlock()
			if fmt.Sprint(attempts) != "[0 1 2]" {
				t.Errorf("attempts seen %v, want [0 1 2]", attempts)
			}
			if n := queued(t, q, job.Workspace); n != 0 {
				t.Errorf("Queued = %d, want 0", n)
			}
		})
	}
}

// TestQueueStats checks the figures of a queue with jobs waiting, a
// retry delayed and a dead letter.
func TestQueueStats(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			const shards = 3
			prefix := queuePrefix(t, rdb, shards)
			clk := &clock{t: time.Now()}
			q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: shards, Now: clk.Now, MaxAttempts: 2,
				Backoff: []time.Duration{time.Hour}})
			s, err := q.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Shards) != shards || s.Backlog != 0 || s.Delayed != 0 || s.Dead != 0 || s.OldestAge != 0 {
				t.Errorf("empty queue: %+v", s)
			}
			for i := range 5 {
				if err := q.Enqueue(ctx, testJob(fmt.Sprintf("slack:TS%d", i), i)); err != nil {
					t.Fatal(err)
				}
			}
			clk.Advance(time.Hour)
			if s, err = q.Stats(ctx); err != nil {
				t.Fatal(err)
			}
			var sum int64
			for _, sh := range s.Shards {
				sum += sh.Backlog
			}
			if s.Backlog != 5 || sum != 5 || s.OldestAge < 59*time.Minute || s.OldestAge > time.Hour+time.Minute {
				t.Errorf("5 jobs queued an hour ago: %+v", s)
			}
			// Every job fails: each waits an hour for its retry.
			stop := consume(t, q, func(context.Context, bot.Job) error { return errors.New("down") })
			waitFor(t, "the retries", func() bool {
				s, err = q.Stats(ctx)
				return err == nil && s.Delayed == 5
			})
			clk.Advance(2 * time.Hour)
			// A job is written to its dead-letter stream before it leaves
			// its shard: wait until both are done.
			waitFor(t, "the dead letters", func() bool {
				s, err = q.Stats(ctx)
				return err == nil && s.Dead == 5 && s.Backlog == 0
			})
			stop()
			if s, err = q.Stats(ctx); err != nil {
				t.Fatal(err)
			}
			if s.Dead != 5 || s.Backlog != 0 || s.Delayed != 0 || s.OldestAge != 0 {
				t.Errorf("all dead: %+v", s)
			}
		})
	}
}

// TestQueueReadsOneAtATime: a consumer at work on a job holds no other
// job; the jobs behind it stay free for other consumers.
func TestQueueReadsOneAtATime(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			rdb := tg.Store.Client()
			prefix := queuePrefix(t, rdb, 1)
			q := testQueue(t, rdb, redis.QueueOptions{Prefix: prefix, Shards: 1})
			for i := range 4 {
				if err := q.Enqueue(ctx, testJob("slack:TONE", i)); err != nil {
					t.Fatal(err)
				}
			}
			taken, release := make(chan bot.Job, 4), make(chan struct{})
			stop := consume(t, q, func(_ context.Context, j bot.Job) error {
				taken <- j
				<-release
				return nil
			})
			select {
			case <-taken:
			case <-time.After(5 * time.Second):
				t.Fatal("the consumer never got a job")
			}
			if n := groupPending(t, rdb, q); n != 1 {
				t.Errorf("XPENDING = %d while one job is handled, want 1", n)
			}
			close(release)
			waitFor(t, "every job", func() bool { return len(taken) == 3 })
			stop()
		})
	}
}
