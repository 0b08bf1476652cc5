package feed_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// TestFeedToStories: a feed's entries go through the work queue to two
// workers and into the story, each once, as new entries appear between
// polls.
func TestFeedToStories(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "eval", "portstrike", "*.txt"))
	var mu sync.Mutex
	listed := 1 // entries the feed lists so far
	now := time.Now().UTC()
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rss" {
			mu.Lock()
			n := listed
			mu.Unlock()
			var items strings.Builder
			for i := range n {
				fmt.Fprintf(&items, "<item><title>Port strike %d</title><link>http://%s/news/%d</link><guid>port-%d</guid><pubDate>%s</pubDate></item>",
					i, r.Host, i, i, now.Add(time.Duration(i-10)*time.Minute).Format(time.RFC1123Z))
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>%s</channel></rss>`, items.String())
			return
		}
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/news/%d", &i); err != nil || i >= len(files) {
			http.NotFound(w, r)
			return
		}
		b, _ := os.ReadFile(files[i])
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(b)
	}))
	defer site.Close()
	fetcher, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}})
	if err != nil {
		t.Fatal(err)
	}
	targets := redistest.Targets(t)
	st := targets[len(targets)-1].Store
	ws := redistest.Workspace(t, st)
	ctx := context.Background()
	prefix := fmt.Sprintf("sbtest%d", time.Now().UnixNano())
	q := redis.NewQueue(st.Client(), redis.QueueOptions{Prefix: prefix, Block: 100 * time.Millisecond})
	t.Cleanup(func() {
		for i := range q.Options().Shards {
			st.Client().Del(ctx, fmt.Sprintf("%s:{q%d}:jobs", prefix, i), fmt.Sprintf("%s:{q%d}:dead", prefix, i))
		}
	})
	run, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	for w := range 2 {
		core := bot.New(bot.Options{Store: st, Loader: input.Loader{Reader: input.Reader{Fetcher: fetcher}}})
		cq := redis.NewQueue(st.Client(), redis.QueueOptions{Prefix: prefix, Consumer: fmt.Sprintf("w%d", w), Block: 100 * time.Millisecond})
		wg.Go(func() { cq.Consume(run, core.Work) })
	}
	if err := st.PutFeed(ctx, ws, bot.Feed{URL: site.URL + "/rss", Added: now}); err != nil {
		t.Fatal(err)
	}
	poller := feed.NewPoller(feed.Options{Store: st, Fetcher: fetcher, Queue: q})
	poll := func() {
		feeds, err := st.FeedsWithState(ctx, ws)
		if err != nil || len(feeds) != 1 {
			t.Fatalf("feeds: %v %v", feeds, err)
		}
		if err := poller.Poll(ctx, ws, feeds[0]); err != nil {
			t.Fatal(err)
		}
	}
	waitStored := func(want int) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			infos, _, _ := st.Stories(ctx, ws, 0, 10)
			n := 0
			for _, s := range infos {
				n += s.Articles
			}
			if n == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d articles stored, want %d", n, want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	poll()
	waitStored(1)
	mu.Lock()
	listed = len(files)
	mu.Unlock()
	poll()
	poll() // nothing new: nothing queued again
	waitStored(len(files))
	time.Sleep(300 * time.Millisecond) // a duplicate would land by now
	waitStored(len(files))
	_, total, _ := st.Stories(ctx, ws, 0, 10)
	if total != 1 {
		t.Errorf("the feed's entries made %d stories, want the one port strike", total)
	}
	if dead, _ := q.Dead(ctx, 10); len(dead) != 0 {
		t.Errorf("dead letters: %+v", dead)
	}
	stop()
	wg.Wait()
}
