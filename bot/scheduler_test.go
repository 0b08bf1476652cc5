package bot_test

import (
	"context"
	"fmt"
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

// TestOneDigestPerTick runs three replicas' schedulers on one store with
// a follow that ticks every second while articles keep arriving: each
// tick is posted once, so no article is ever posted twice.
func TestOneDigestPerTick(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for twelve seconds")
	}
	base := readStory(t, "labour")
	var arts []summarize.Article
	for i := range 40 {
		a := base[i%len(base)]
		v, err := summarize.ParseArticle([]byte(a.Title+"\n\n"+a.Text()+fmt.Sprintf("\n\nThe talks went on for day %d, officials said.", i)), extract.Text, a.File, "")
		if err != nil {
			t.Fatal(err)
		}
		v.Published = a.Published
		arts = append(arts, v)
	}
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			core := bot.New(bot.Options{Store: tg.Store})
			res, err := core.Ingest(ctx, ws, arts[0], "")
			if err != nil {
				t.Fatal(err)
			}
			sched, _ := bot.ParseSchedule("hourly", "")
			if err := tg.Store.PutFollow(ctx, ws, bot.Follow{Channel: "C1", StoryID: res.Story.ID, Schedule: sched, Created: time.Now().UTC()}); err != nil {
				t.Fatal(err)
			}
			poster := &recordPoster{}
			run, stop := context.WithCancel(ctx)
			var wg sync.WaitGroup
			for range 3 {
				s := bot.NewScheduler(bot.SchedulerOptions{Bot: core, Store: tg.Store, Posters: func(string) bot.Poster { return poster },
					Sync: 500 * time.Millisecond, Lease: 5 * time.Second,
					ScheduleOf: func(bot.Follow) (cron.Schedule, error) { return cron.Every(time.Second), nil }})
				wg.Go(func() { s.Run(run) })
			}
			start := time.Now()
			for _, a := range arts[1:] {
				if time.Since(start) > 11*time.Second {
					break
				}
				if _, err := core.Ingest(ctx, ws, a, ""); err != nil {
					t.Error(err)
				}
				time.Sleep(300 * time.Millisecond)
			}
			time.Sleep(1500 * time.Millisecond) // the last tick
			stop()
			wg.Wait()
			elapsed := time.Since(start)

			poster.mu.Lock()
			defer poster.mu.Unlock()
			if len(poster.posts) < 10 {
				t.Errorf("%d digests in %v, want one per tick (at least 10)", len(poster.posts), elapsed.Round(time.Second))
			}
			if len(poster.posts) > int(elapsed.Seconds())+2 {
				t.Errorf("%d digests in %v: more than one per tick", len(poster.posts), elapsed.Round(time.Second))
			}
			postedIn := map[string]int{}
			for i, p := range poster.posts {
				if p.Digest.Empty() {
					t.Errorf("digest %d is empty", i)
				}
				for _, a := range p.Digest.Articles {
					if j, ok := postedIn[a.ID]; ok {
						t.Errorf("article %s posted in digest %d and again in %d", a.ID, j, i)
					}
					postedIn[a.ID] = i
				}
			}
			if len(postedIn) < 25 {
				t.Errorf("only %d of the new articles were posted", len(postedIn))
			}
			t.Logf("%s: %d digests in %v for %d articles", tg.Name, len(poster.posts), elapsed.Round(time.Second), len(postedIn))
		})
	}
}

// TestMissedTickPostedOnce: a replica claimed a tick and died before
// posting it; when the claim's lease runs out, another replica's recovery
// pass posts the tick, once.
func TestMissedTickPostedOnce(t *testing.T) {
	arts := readStory(t, "labour")
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			last := time.Now().UTC().Truncate(time.Second).Add(-3 * time.Minute)
			due := last.Add(2 * time.Minute) // the last tick of a one-minute schedule before now
			past := &clock{t: last.Add(-time.Minute)}
			core := bot.New(bot.Options{Store: tg.Store, Now: past.now})
			res, err := core.Ingest(ctx, ws, arts[0], "")
			if err != nil {
				t.Fatal(err)
			}
			past.add(90 * time.Second) // between the last digest and the missed tick
			if _, err := core.Ingest(ctx, ws, arts[1], ""); err != nil {
				t.Fatal(err)
			}
			sched, _ := bot.ParseSchedule("hourly", "Asia/Tokyo")
			f := bot.Follow{Channel: "C1", StoryID: res.Story.ID, Schedule: sched, Created: last}
			if err := tg.Store.PutFollow(ctx, ws, f); err != nil {
				t.Fatal(err)
			}
			if err := tg.Store.SetLastTick(ctx, ws, ws+"|C1|"+res.Story.ID, last); err != nil {
				t.Fatal(err)
			}
			// The dead replica's claim on the missed tick.
			key := fmt.Sprintf("tick:C1:%s:%d", res.Story.ID, due.Unix())
			if ok, err := tg.Store.ClaimTick(ctx, ws, key, 700*time.Millisecond); !ok || err != nil {
				t.Fatalf("claim: %v %v", ok, err)
			}
			poster := &recordPoster{}
			s := bot.NewScheduler(bot.SchedulerOptions{Bot: core, Store: tg.Store, Posters: func(string) bot.Poster { return poster },
				Sync: 200 * time.Millisecond, Lease: time.Second,
				ScheduleOf: func(bot.Follow) (cron.Schedule, error) { return cron.Every(time.Minute), nil }})
			run, stop := context.WithCancel(ctx)
			done := make(chan struct{})
			go func() { s.Run(run); close(done) }()
			deadline := time.Now().Add(5 * time.Second)
			for time.Now().Before(deadline) {
				poster.mu.Lock()
				n := len(poster.posts)
				poster.mu.Unlock()
				if n > 0 {
					break
				}
				time.Sleep(50 * time.Millisecond)
			}
			time.Sleep(500 * time.Millisecond) // a few more recovery passes
			stop()
			<-done
			poster.mu.Lock()
			defer poster.mu.Unlock()
			if len(poster.posts) != 1 {
				t.Fatalf("%d posts of the missed tick, want 1", len(poster.posts))
			}
			if got := poster.posts[0].Digest.Articles; len(got) != 1 || got[0].ID != arts[1].ID {
				t.Errorf("the missed tick posted %+v, want the article that came before it", got)
			}
			// What changed, in the follow's zone, of all the story's articles.
			if c := poster.posts[0].Changes; c == nil || c.Zone.String() != "Asia/Tokyo" || c.Articles != 2 ||
				!strings.HasSuffix(poster.posts[0].Text, " JST") || bot.ArticleCount(poster.posts[0]) != "1 new of 2 articles" {
				t.Errorf("the digest posted says %q, changes %+v; want 1 new of 2 articles since a time in Asia/Tokyo", poster.posts[0].Text, c)
			}
		})
	}
}
