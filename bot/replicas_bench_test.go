package bot_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/bot"
)

// BenchmarkReplicas measures ingest throughput through the work queue
// with 1, 2 and 3 replicas (each its own core and queue consumer) on one
// Redis: jobs for 120 article pages served locally, in 12 stories.
//
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench Replicas -benchtime 1x ./bot/
func BenchmarkReplicas(b *testing.B) {
	u := os.Getenv("REDIS_URL")
	if u == "" {
		b.Skip("REDIS_URL unset: the benchmark measures a real Redis")
	}
	srcs, _ := input.Expand([]string{filepath.Join("..", "testdata", "eval")})
	arts, _ := input.Reader{}.ReadAll(context.Background(), srcs)
	pages := map[string]string{}
	for round := range 3 {
		for i, a := range arts {
			pages[fmt.Sprintf("/a/%d/%d", round, i)] = a.Title + "\n\n" + a.Text() + fmt.Sprintf("\n\nOfficials spoke again in round %d.", round)
		}
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, pages[r.URL.Path])
	}))
	defer site.Close()
	fetcher, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}})
	if err != nil {
		b.Fatal(err)
	}
	for _, replicas := range []int{1, 2, 3} {
		b.Run(fmt.Sprintf("replicas=%d", replicas), func(b *testing.B) {
			ctx := context.Background()
			ws := fmt.Sprintf("slack:TBENCHREPL%d", replicas)
			prefix := fmt.Sprintf("sbbench%d", time.Now().UnixNano())
			rdb, err := redis.Dial(u)
			if err != nil {
				b.Fatal(err)
			}
			st := redis.New(rdb)
			defer st.Close()
			defer st.DeleteWorkspace(ctx, ws)
			q := redis.NewQueue(rdb, redis.QueueOptions{Prefix: prefix})
			for path := range pages {
				if err := q.Enqueue(ctx, bot.Job{Workspace: ws, URL: site.URL + path, Source: "bench"}); err != nil {
					b.Fatal(err)
				}
			}
			var done atomic.Int64
			total := int64(len(pages))
			run, stop := context.WithCancel(ctx)
			defer stop()
			start := time.Now()
			var wg sync.WaitGroup
			for r := range replicas {
				core := bot.New(bot.Options{Store: st, Loader: input.Loader{Reader: input.Reader{Fetcher: fetcher}}})
				cq := redis.NewQueue(rdb, redis.QueueOptions{Prefix: prefix, Consumer: fmt.Sprintf("replica-%d", r)})
				wg.Go(func() {
					cq.Consume(run, func(ctx context.Context, j bot.Job) error {
						err := core.Work(ctx, j)
						if err == nil && done.Add(1) == total {
							stop()
						}
						return err
					})
				})
			}
			wg.Wait()
			elapsed := time.Since(start)
			infos, n, _ := st.Stories(ctx, ws, 0, 100)
			stored := 0
			for _, s := range infos {
				stored += s.Articles
			}
			b.ReportMetric(float64(total)/elapsed.Seconds(), "articles/s")
			b.ReportMetric(float64(n), "stories")
			if stored != len(pages) {
				b.Errorf("%d articles stored of %d", stored, len(pages))
			}
			for i := range 8 {
				rdb.Del(ctx, fmt.Sprintf("%s:{q%d}:jobs", prefix, i), fmt.Sprintf("%s:{q%d}:dead", prefix, i))
			}
		})
	}
}
