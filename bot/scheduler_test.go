package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// recordPoster records what is posted.
type recordPoster struct {
	mu    sync.Mutex
	posts []bot.Reply
}

func (p *recordPoster) Post(_ context.Context, channel, thread string, r bot.Reply) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.posts = append(p.posts, r)
	return fmt.Sprintf("m%d", len(p.posts)), nil
}

// fakeClock is a bot.Clock that only moves when the test says so.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []waiter
	changed chan struct{} // closed, and replaced, when waiters change
}

type waiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock {
	return &fakeClock{now: now, changed: make(chan struct{})}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, waiter{c.now.Add(d), ch})
	c.notify()
	return ch
}

// Advance moves the time on by d and wakes the waiters whose time came.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if w.at.After(c.now) {
			kept = append(kept, w)
			continue
		}
		w.ch <- c.now
	}
	c.waiters = kept
	c.notify()
}

// BlockUntil returns once n waiters wait on the clock: the goroutines
// that use it have done what the time asked of them. (The minute is a
// guard against a hang, not a measure.)
func (c *fakeClock) BlockUntil(t *testing.T, n int) {
	t.Helper()
	hung := time.After(time.Minute)
	for {
		c.mu.Lock()
		got, changed := len(c.waiters), c.changed
		c.mu.Unlock()
		if got == n {
			return
		}
		select {
		case <-changed:
		case <-hung:
			t.Fatalf("%d waiters on the clock, want %d", got, n)
		}
	}
}

func (c *fakeClock) notify() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// oneWorkspace is a store whose schedulers see one workspace and its
// follows alone, the follows kept here rather than in the store: a
// shared Redis holds other tests' workspaces, and their schedulers would
// post the follows of this one. Ticks are claimed and marked in the
// store.
type oneWorkspace struct {
	bot.TickStore
	ws      string
	follows []bot.Follow
}

func (o oneWorkspace) Workspaces(context.Context) ([]string, error) { return []string{o.ws}, nil }

func (o oneWorkspace) Follows(_ context.Context, ws string) ([]bot.Follow, error) {
	if ws != o.ws {
		return nil, nil
	}
	return o.follows, nil
}

// digestCounter counts the digest outcomes of schedulers.
type digestCounter struct {
	bot.NopMetrics
	mu       sync.Mutex
	outcomes map[string]int
}

func (m *digestCounter) Digest(outcome string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.outcomes[outcome]++
}

func (m *digestCounter) get(outcome string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.outcomes[outcome]
}

// TestOneDigestPerTick runs three replicas' schedulers on one store and
// one clock with a follow that ticks every second, while articles keep
// arriving: each tick is posted once, with exactly the article that came
// before it, and a tick with nothing new posts nothing. The clock is
// moved on a second at a time, once all three schedulers wait for it.
func TestOneDigestPerTick(t *testing.T) {
	base := readStory(t, "labour")
	var arts []summarize.Article
	for i := range 30 {
		a := base[i%len(base)]
		v, err := summarize.ParseArticle([]byte(a.Title+"\n\n"+a.Text()+fmt.Sprintf("\n\nThe talks went on for day %d, officials said.", i)), extract.Text, a.File, "")
		if err != nil {
			t.Fatal(err)
		}
		v.Published = a.Published
		arts = append(arts, v)
	}
	const replicas = 3
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			clk := newFakeClock(time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC))
			counts := &digestCounter{outcomes: map[string]int{}}
			core := bot.New(bot.Options{Store: tg.Store, Now: clk.Now, Metrics: counts})
			res, err := core.Ingest(ctx, ws, arts[0], "")
			if err != nil {
				t.Fatal(err)
			}
			sched, _ := bot.ParseSchedule("hourly", "")
			store := oneWorkspace{tg.Store, ws, []bot.Follow{{Channel: "C1", StoryID: res.Story.ID, Schedule: sched, Created: clk.Now()}}}
			poster := &recordPoster{}
			run, stop := context.WithCancel(ctx)
			var wg sync.WaitGroup
			for range replicas {
				s := bot.NewScheduler(bot.SchedulerOptions{Bot: core, Store: store, Posters: func(string) bot.Poster { return poster },
					Clock: clk, Sync: 5 * time.Second, Lease: 3 * time.Second,
					ScheduleOf: func(bot.Follow) (cron.Schedule, error) { return cron.Every(time.Second), nil }})
				wg.Go(func() { s.Run(run) })
			}
			defer func() { stop(); wg.Wait() }()
			clk.BlockUntil(t, replicas)
			clk.Advance(250 * time.Millisecond) // between two ticks

			var want []string // the article each digest should carry
			skipped := 0
			for i, a := range arts[1:] {
				if i%4 == 3 {
					skipped++ // a tick with nothing new
				} else {
					r, err := core.Ingest(ctx, ws, a, "")
					if err != nil {
						t.Fatal(err)
					}
					if r.Outcome != bot.IngestJoined {
						t.Fatalf("article %d: %s, want it joined to the story", i+1, r.Outcome)
					}
					want = append(want, a.ID)
				}
				clk.Advance(time.Second)
				clk.BlockUntil(t, replicas)
			}

			poster.mu.Lock()
			defer poster.mu.Unlock()
			if len(poster.posts) != len(want) {
				t.Errorf("%d digests posted, want %d: one per tick that had news", len(poster.posts), len(want))
			}
			for i, p := range poster.posts {
				if i >= len(want) {
					break
				}
				if got := p.Digest.Articles; len(got) != 1 || got[0].ID != want[i] {
					var ids []string
					for _, a := range got {
						ids = append(ids, a.ID)
					}
					t.Errorf("digest %d carries %v, want [%s]", i, ids, want[i])
				}
			}
			if got := counts.get(bot.DigestPosted); got != len(want) {
				t.Errorf("digests counted posted: %d, want %d", got, len(want))
			}
			if got := counts.get(bot.DigestSkipped); got != skipped {
				t.Errorf("digests counted skipped: %d, want %d", got, skipped)
			}
			if got := counts.get(bot.DigestFailed); got != 0 {
				t.Errorf("digests counted failed: %d, want 0", got)
			}
		})
	}
}

// TestMissedTickPostedOnce: a replica claimed a tick and died before
// posting it; while the claim holds, the recovery pass of another replica
// leaves the tick alone; once the claim's lease has run out (in the
// store's time), the next pass posts the tick, once.
func TestMissedTickPostedOnce(t *testing.T) {
	arts := readStory(t, "labour")
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			last := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
			due := last.Add(2 * time.Minute) // the last tick of a one-minute schedule before now
			clk := newFakeClock(last.Add(-time.Minute))
			core := bot.New(bot.Options{Store: tg.Store, Now: clk.Now})
			res, err := core.Ingest(ctx, ws, arts[0], "")
			if err != nil {
				t.Fatal(err)
			}
			clk.Advance(90 * time.Second) // between the last digest and the missed tick
			if _, err := core.Ingest(ctx, ws, arts[1], ""); err != nil {
				t.Fatal(err)
			}
			clk.Advance(2*time.Minute + 10*time.Second) // now: due + 10 s, 50 s before the next tick
			sched, _ := bot.ParseSchedule("hourly", "Asia/Tokyo")
			f := bot.Follow{Channel: "C1", StoryID: res.Story.ID, Schedule: sched, Created: last}
			store := oneWorkspace{tg.Store, ws, []bot.Follow{f}}
			if err := tg.Store.SetLastTick(ctx, ws, ws+"|C1|"+res.Story.ID, last); err != nil {
				t.Fatal(err)
			}
			// The dead replica's claim on the missed tick.
			key := fmt.Sprintf("tick:C1:%s:%d", res.Story.ID, due.Unix())
			if ok, err := tg.Store.ClaimTick(ctx, ws, key, 300*time.Millisecond); !ok || err != nil {
				t.Fatalf("claim: %v %v", ok, err)
			}
			poster := &recordPoster{}
			const syncEvery = 5 * time.Second
			s := bot.NewScheduler(bot.SchedulerOptions{Bot: core, Store: store, Posters: func(string) bot.Poster { return poster },
				Clock: clk, Sync: syncEvery, Lease: time.Second,
				ScheduleOf: func(bot.Follow) (cron.Schedule, error) { return cron.Every(time.Minute), nil }})
			run, stop := context.WithCancel(ctx)
			done := make(chan struct{})
			go func() { s.Run(run); close(done) }()
			defer func() { stop(); <-done }()
			posts := func() []bot.Reply {
				poster.mu.Lock()
				defer poster.mu.Unlock()
				return slices.Clone(poster.posts)
			}

			clk.BlockUntil(t, 1) // the first pass
			if n := len(posts()); n != 0 {
				t.Fatalf("%d posts while the dead replica's claim holds, want 0", n)
			}
			// The claim expires in the store's own time.
			for taken := true; taken; {
				if taken, err = tg.Store.TickTaken(ctx, ws, key); err != nil {
					t.Fatal(err)
				}
				time.Sleep(20 * time.Millisecond)
			}
			for range 3 { // three more recovery passes
				clk.Advance(syncEvery)
				clk.BlockUntil(t, 1)
			}
			got := posts()
			if len(got) != 1 {
				t.Fatalf("%d posts of the missed tick, want 1", len(got))
			}
			if a := got[0].Digest.Articles; len(a) != 1 || a[0].ID != arts[1].ID {
				t.Errorf("the missed tick posted %+v, want the article that came before it", a)
			}
			// What changed, in the follow's zone, of all the story's articles.
			if c := poster.posts[0].Changes; c == nil || c.Zone.String() != "Asia/Tokyo" || c.Articles != 2 ||
				!strings.HasSuffix(poster.posts[0].Text, " JST") || bot.ArticleCount(poster.posts[0]) != "1 new of 2 articles" {
				t.Errorf("the digest posted says %q, changes %+v; want 1 new of 2 articles since a time in Asia/Tokyo", poster.posts[0].Text, c)
			}
		})
	}
}
