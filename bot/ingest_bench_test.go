package bot_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/group"
	"github.com/storybot/storybot/summarize/lex"
)

// The ingest benchmarks run on the Redis at REDIS_URL when it is set,
// else on the embedded store (whose CPU then counts too):
//
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench 'IngestStorySize' -benchtime 3x -timeout 60m ./bot/
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench 'IngestText' -cpu 1 ./bot/
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench 'IngestWorkers' -benchtime 1x ./bot/
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench 'IngestBurst' -benchtime 3x ./bot/

// benchStore is the store the benchmarks measure, and a way to open
// another client of it.
func benchStore(b *testing.B) redistest.Target {
	b.Helper()
	targets := redistest.Targets(b)
	if os.Getenv("REDIS_URL") != "" {
		return targets[1]
	}
	return targets[0]
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func parsedArticles(b *testing.B, e event, from, n int) []summarize.Article {
	b.Helper()
	out := make([]summarize.Article, n)
	for i := range out {
		a, err := e.parsed(from + i)
		if err != nil {
			b.Fatal(err)
		}
		out[i] = a
	}
	return out
}

// seedStory writes a story of arts directly, as the store keeps one,
// without computing its digest: the state an ingest finds, built in
// seconds rather than by thousands of ingests.
func seedStory(b *testing.B, st *redis.Store, ws string, arts []summarize.Article) string {
	b.Helper()
	ctx := context.Background()
	s := summarize.NewStory("", arts)
	feats := map[string]group.Features{}
	terms := map[string]float64{}
	for _, a := range s.Articles {
		f := group.Extract(a.Doc())
		feats[a.ID] = f
		for _, n := range f.Names(40) {
			terms[lex.Stem(n)] = 1
		}
	}
	now := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	stored := &bot.StoredStory{ID: s.ID, Title: s.Title, Version: 1, Created: now, Updated: now,
		Articles: s.Articles, Features: feats, Seen: map[string]time.Time{}, Terms: terms,
		Digest: summarize.Digest{ID: s.ID, Title: s.Title}}
	if err := st.AddWorkspace(ctx, ws); err != nil {
		b.Fatal(err)
	}
	// In slices, so that no one command carries thousands of articles.
	for i := 0; i < len(arts); i += 200 {
		w := bot.StoryWrite{Story: stored, Put: s.Articles[i:min(i+200, len(arts))]}
		if err := st.SaveStory(ctx, ws, stored.Version-1, w); err != nil {
			b.Fatal(err)
		}
		stored.Version++
	}
	return s.ID
}

// BenchmarkIngestStorySize is the cost of one more article in a story of
// 10, 100, 1,000 and 5,000 invented articles (about 3 KB each): its
// placement (under the workspace's lease) and its refresh (the digest,
// outside it) measured apart, and both.
func BenchmarkIngestStorySize(b *testing.B) {
	e := newEvent(7)
	for _, n := range []int{10, 100, 1000, 5000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			tg := benchStore(b)
			ws := redistest.Workspace(b, tg.Store)
			id := seedStory(b, tg.Store, ws, parsedArticles(b, e, 0, n))
			placer := bot.New(bot.Options{Store: &hookStore{Store: tg.Store, noRefresh: true}})
			refresher := bot.New(bot.Options{Store: tg.Store})
			more := parsedArticles(b, e, n, b.N)
			ctx := context.Background()
			if err := refresher.RefreshStale(ctx, ws); err != nil { // the seeded story's first digest
				b.Fatal(err)
			}
			var placeCPU, placeWall, refreshCPU time.Duration
			b.ResetTimer()
			for i := range b.N {
				cpu, start := cpuTime(), time.Now()
				res, err := placer.Ingest(ctx, ws, more[i], id) // into the story: see the README
				if err != nil {
					b.Fatal(err)
				}
				placeWall += time.Since(start)
				placeCPU += cpuTime() - cpu
				if res.Story.ID != id {
					b.Fatalf("article %d went to %+v, not the story of %d", i, res, n)
				}
				cpu = cpuTime()
				if err := refresher.RefreshStale(ctx, ws); err != nil {
					b.Fatal(err)
				}
				refreshCPU += cpuTime() - cpu
			}
			ms := func(d time.Duration) float64 { return float64(d) / float64(b.N) / 1e6 }
			b.ReportMetric(ms(placeCPU), "place-cpu-ms/op")
			b.ReportMetric(ms(placeWall), "place-ms/op")
			b.ReportMetric(ms(refreshCPU), "refresh-cpu-ms/op")
			b.ReportMetric(ms(placeCPU+refreshCPU), "cpu-ms/op")
		})
	}
}

// BenchmarkIngestBurst is a burst of 30 articles into one story of 100
// (named, as add ... to STORY does), pushed by 1, 2 and 3 concurrent
// ingesters (each its own core and Redis connection, as replicas):
// articles/s, and how many digests were computed and written for the 30
// (refreshes coalesce: one covers every article placed before it read
// the story).
func BenchmarkIngestBurst(b *testing.B) {
	const seeded, burst = 100, 30
	e := newEvent(13)
	for _, workers := range []int{1, 2, 3} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			tg := benchStore(b)
			ctx := context.Background()
			var elapsed, cpu time.Duration
			var computed, written int64
			for range b.N {
				b.StopTimer()
				ws := redistest.Workspace(b, tg.Store)
				id := seedStory(b, tg.Store, ws, parsedArticles(b, e, 0, seeded))
				if err := bot.New(bot.Options{Store: tg.Store}).RefreshStale(ctx, ws); err != nil {
					b.Fatal(err)
				}
				queue := make(chan summarize.Article, burst)
				for _, a := range parsedArticles(b, e, seeded, burst) {
					queue <- a
				}
				close(queue)
				stores := make([]*hookStore, workers)
				for w := range stores {
					stores[w] = &hookStore{Store: tg.Open(b)}
				}
				b.StartTimer()
				start, cpu0 := time.Now(), cpuTime()
				var wg sync.WaitGroup
				for _, st := range stores {
					core := bot.New(bot.Options{Store: st})
					wg.Go(func() {
						for a := range queue {
							if _, err := core.Ingest(ctx, ws, a, id); err != nil {
								b.Error(err)
							}
						}
					})
				}
				wg.Wait()
				elapsed += time.Since(start)
				cpu += cpuTime() - cpu0
				for _, st := range stores {
					computed += st.saves.Load()
					written += st.written.Load()
				}
			}
			b.ReportMetric(float64(burst*b.N)/elapsed.Seconds(), "articles/s")
			b.ReportMetric(float64(cpu)/float64(burst*b.N)/1e6, "cpu-ms/article")
			b.ReportMetric(float64(computed)/float64(b.N), "digests/op")
			b.ReportMetric(float64(written)/float64(b.N), "written/op")
		})
	}
}

// BenchmarkIngestText is the throughput of a text article read and added
// to a small story (4 to 12 articles): run it with -cpu 1 for one core.
func BenchmarkIngestText(b *testing.B) {
	tg := benchStore(b)
	core := bot.New(bot.Options{Store: tg.Store})
	ctx := context.Background()
	var ws string
	var e event
	pages := make([][]byte, 0, b.N)
	for i := range b.N {
		if i%8 == 0 {
			e = newEvent(uint64(1000 + i))
		}
		pages = append(pages, []byte(e.article(100+i%8)))
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := range b.N {
		if i%8 == 0 {
			b.StopTimer()
			c := cpuTime()
			e = newEvent(uint64(1000 + i))
			ws = redistest.Workspace(b, tg.Store)
			seedStory(b, tg.Store, ws, parsedArticles(b, e, 0, 4))
			cpu += cpuTime() - c // the set-up is not counted
			b.StartTimer()
		}
		a, err := summarize.ParseArticle(pages[i], extract.Text, "", "")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := core.Ingest(ctx, ws, a, ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkIngestWorkers is the throughput of 1, 2 and 3 concurrent
// ingesters (each its own core and Redis connection, as replicas) adding
// 60 articles: to one story of 20, to 12 stories of one workspace, and
// to 12 stories of 12 workspaces.
func BenchmarkIngestWorkers(b *testing.B) {
	const total, events = 60, 12
	one := newEvent(11)
	for _, layout := range []string{"one-story", "many-stories", "many-workspaces"} {
		for _, workers := range []int{1, 2, 3} {
			b.Run(fmt.Sprintf("%s/workers=%d", layout, workers), func(b *testing.B) {
				tg := benchStore(b)
				var elapsed, cpu time.Duration
				for range b.N {
					b.StopTimer()
					type job struct {
						ws string
						a  summarize.Article
					}
					var jobs []job
					switch layout {
					case "one-story":
						ws := redistest.Workspace(b, tg.Store)
						seedStory(b, tg.Store, ws, parsedArticles(b, one, 0, 20))
						for _, a := range parsedArticles(b, one, 20, total) {
							jobs = append(jobs, job{ws, a})
						}
					default:
						ws := redistest.Workspace(b, tg.Store)
						for k := range events {
							if layout == "many-workspaces" {
								ws = redistest.Workspace(b, tg.Store)
							}
							for _, a := range parsedArticles(b, newEvent(uint64(200+k)), 0, total/events) {
								jobs = append(jobs, job{ws, a})
							}
						}
					}
					queue := make(chan job, len(jobs))
					for k := range total / events {
						for ev := range events {
							if i := ev*(total/events) + k; layout != "one-story" {
								queue <- jobs[i]
							}
						}
					}
					if layout == "one-story" {
						for _, j := range jobs {
							queue <- j
						}
					}
					close(queue)
					cores := make([]*bot.Bot, workers)
					for w := range cores {
						cores[w] = bot.New(bot.Options{Store: tg.Open(b)})
					}
					b.StartTimer()
					start, cpu0 := time.Now(), cpuTime()
					var wg sync.WaitGroup
					for _, core := range cores {
						wg.Go(func() {
							for j := range queue {
								if _, err := core.Ingest(context.Background(), j.ws, j.a, ""); err != nil {
									b.Error(err)
								}
							}
						})
					}
					wg.Wait()
					elapsed += time.Since(start)
					cpu += cpuTime() - cpu0
				}
				b.ReportMetric(float64(total*b.N)/elapsed.Seconds(), "articles/s")
				b.ReportMetric(float64(cpu)/float64(total*b.N)/1e6, "cpu-ms/article")
			})
		}
	}
}
