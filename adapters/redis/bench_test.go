package redis

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// The benchmarks run against the Redis at REDIS_URL (they fill it with
// 200,000 articles in a workspace of their own, removed afterwards):
//
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run XXX -bench . -benchtime 20000x ./adapters/redis/
const (
	benchStories  = 10_000
	benchArticles = 20
)

func benchStore(b *testing.B) *Store {
	b.Helper()
	u := os.Getenv("REDIS_URL")
	if u == "" {
		b.Skip("REDIS_URL unset: the benchmarks measure a real Redis")
	}
	rdb, err := Dial(u)
	if err != nil {
		b.Fatal(err)
	}
	return New(rdb)
}

// variants returns n distinct articles made from the eval set's: each
// copy ends with a sentence of its own, so it has its own content ID.
func variants(b *testing.B, story string, n int) []summarize.Article {
	b.Helper()
	srcs, _ := input.Expand([]string{filepath.Join("..", "..", "testdata", "eval", story)})
	base, _ := input.Reader{}.ReadAll(context.Background(), srcs)
	if len(base) == 0 {
		b.Fatalf("no articles in %s", story)
	}
	out := make([]summarize.Article, n)
	for i := range out {
		a := base[i%len(base)]
		text := a.Title + "\n\n" + a.Text() + fmt.Sprintf("\n\nOfficials said on day %d that talks would go on.", i)
		v, err := summarize.ParseArticle([]byte(text), extract.Text, fmt.Sprintf("%s-%d.txt", story, i), "")
		if err != nil {
			b.Fatal(err)
		}
		v.Outlet, v.Published = a.Outlet, a.Published
		if !a.Published.IsZero() {
			v.Published = a.Published.Add(time.Duration(i) * time.Minute)
		}
		out[i] = v
	}
	return out
}

// BenchmarkIngest measures ingest throughput: reading nothing, it adds
// already cleaned articles of several stories to a workspace, each
// joining its story (which gets its digest recomputed) or starting one.
func BenchmarkIngest(b *testing.B) {
	s := benchStore(b)
	defer s.Close()
	ctx := context.Background()
	ws := "slack:TBENCHINGEST"
	defer s.DeleteWorkspace(ctx, ws)
	var arts []summarize.Article
	for _, story := range []string{"labour", "aviation", "trade", "recall", "steel"} {
		arts = append(arts, variants(b, story, 20)...)
	}
	bt := bot.New(bot.Options{Store: s})
	b.ResetTimer()
	n := 0
	for b.Loop() {
		a := arts[n%len(arts)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, n) // a new article each time
		if _, err := bt.Ingest(ctx, ws, a, ""); err != nil {
			b.Fatal(err)
		}
		n++
		if n%len(arts) == 0 {
			b.StopTimer()
			s.DeleteWorkspace(ctx, ws) // stories stay at most 20 articles
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

var (
	bigOnce sync.Once
	bigErr  error
	bigWS   = "slack:TBENCHLATEST"
	bigMem  string
)

// fillBig makes a workspace of benchStories stories of benchArticles
// articles: one story ingested for real, then copied under new ids,
// titles, article ids and search terms.
func fillBig(b *testing.B, s *Store) {
	ctx := context.Background()
	s.DeleteWorkspace(ctx, bigWS)
	bt := bot.New(bot.Options{Store: s})
	arts := variants(b, "labour", benchArticles)
	var sid string
	textBytes := 0
	for _, a := range arts {
		res, err := bt.Ingest(ctx, bigWS, a, "")
		if err != nil {
			bigErr = err
			return
		}
		sid = res.Story.ID
		textBytes += len(a.Text()) + len(a.Title)
	}
	proto, err := s.Story(ctx, bigWS, sid)
	if err != nil {
		bigErr = fmt.Errorf("prototype story: %w", err)
		return
	}
	if len(proto.Articles) != benchArticles {
		bigErr = fmt.Errorf("prototype story: %d articles, want %d", len(proto.Articles), benchArticles)
		return
	}
	if proto.Digest, _, err = s.Digest(ctx, bigWS, sid, bot.FullDigest); err == nil {
		proto.Brief, proto.BriefOmitted, err = s.Digest(ctx, bigWS, sid, bot.BriefDigest)
	}
	if err != nil {
		bigErr = fmt.Errorf("prototype story's digest: %w", err)
		return
	}
	// Memory per article beyond its text, on the real story.
	var mem int64
	for _, k := range []string{keyStory(bigWS, sid), keyStoryArticles(bigWS, sid), keyStoryFeatures(bigWS, sid)} {
		n, _ := s.rdb.MemoryUsage(ctx, k, 0).Result()
		mem += n
	}
	bigMem = fmt.Sprintf("story %s: MEMORY USAGE %d bytes for %d articles holding %d bytes of text: %d bytes per article, %d beyond its text",
		sid, mem, benchArticles, textBytes, mem/benchArticles, (mem-int64(textBytes))/benchArticles)
	before := usedMemory(ctx, s)
	defer func() {
		grown := usedMemory(ctx, s) - before
		n := int64((benchStories - 1) * benchArticles)
		bigMem += fmt.Sprintf("; the whole workspace (with its indexes) grew Redis by %d MB for %d more articles: %d bytes per article, %d beyond its text",
			grown>>20, n, grown/n, grown/n-int64(textBytes/benchArticles))
	}()

	rawArts, _ := s.rdb.HGetAll(ctx, keyStoryArticles(bigWS, sid)).Result()
	rawFeats, _ := s.rdb.HGetAll(ctx, keyStoryFeatures(bigWS, sid)).Result()
	pipe := s.rdb.Pipeline()
	for i := 1; i < benchStories; i++ {
		st := *proto
		word := codeword(i)
		st.ID = fmt.Sprintf("s%010x", i)
		st.Title = proto.Title + " " + word
		st.Digest.ID, st.Digest.Title = st.ID, st.Title
		st.Brief.ID, st.Brief.Title = st.ID, st.Title
		st.Terms = map[string]float64{word: 3}
		for t, w := range proto.Terms {
			st.Terms[t] = w
		}
		fields, err := encodeMeta(&st, true)
		if err != nil {
			bigErr = err
			return
		}
		pipe.HSet(ctx, keyStory(bigWS, st.ID), fields)
		arts := map[string]any{}
		feats := map[string]any{}
		content := map[string]any{}
		for aid, v := range rawArts {
			id := fmt.Sprintf("%s-%d", aid, i)
			arts[id], feats[id], content[id] = v, rawFeats[aid], st.ID
		}
		pipe.HSet(ctx, keyStoryArticles(bigWS, st.ID), arts)
		pipe.HSet(ctx, keyStoryFeatures(bigWS, st.ID), feats)
		for id, story := range content {
			pipe.Set(ctx, keyArticle(bigWS, id), story, 0)
		}
		pipe.ZAdd(ctx, keyStories(bigWS), goredis.Z{Score: float64(st.Updated.UnixMilli() + int64(i)), Member: st.ID})
		for t, w := range st.Terms {
			pipe.ZAdd(ctx, keyTerm(bigWS, t), goredis.Z{Score: w, Member: st.ID})
		}
		if i%200 == 0 {
			if _, err := pipe.Exec(ctx); err != nil {
				bigErr = err
				return
			}
		}
	}
	_, bigErr = pipe.Exec(ctx)
}

func usedMemory(ctx context.Context, s *Store) int64 {
	info, _ := s.rdb.Info(ctx, "memory").Result()
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(line, "used_memory:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n
		}
	}
	return 0
}

// codeword is a word of its own for story i.
func codeword(i int) string {
	syl := []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze", "bo", "da", "fi", "gu", "he", "jo", "ke", "li", "mo", "ny"}
	return syl[i%20] + syl[(i/20)%20] + syl[(i/400)%20] + "x" + syl[(i/8000)%20]
}

// BenchmarkLatest measures `latest` (match the words, read the digest,
// cut it to a chat answer) on a workspace of 10,000 stories of 20
// articles, against a Redis PING timed in the same loop.
func BenchmarkLatest(b *testing.B) {
	s := benchStore(b)
	defer s.Close()
	ctx := context.Background()
	bigOnce.Do(func() { fillBig(b, s) })
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	b.Log(bigMem)
	bt := bot.New(bot.Options{Store: s})
	for _, mode := range []string{"id", "words"} {
		b.Run(mode, func(b *testing.B) {
			var lat, ping []time.Duration
			i := 0
			for b.Loop() {
				n := 1 + i%(benchStories-1)
				story := codeword(n) + " nurses"
				if mode == "id" {
					story = fmt.Sprintf("s%010x", n)
				}
				t0 := time.Now()
				r := bt.Handle(ctx, bot.Request{Workspace: bigWS, Command: bot.CmdLatest, Story: story})
				t1 := time.Now()
				if err := s.rdb.Ping(ctx).Err(); err != nil {
					b.Fatal(err)
				}
				t2 := time.Now()
				if r.Kind != bot.KindDigest || r.Digest.ID != fmt.Sprintf("s%010x", n) {
					b.Fatalf("latest %q: %+v", story, r.Text)
				}
				lat, ping = append(lat, t1.Sub(t0)), append(ping, t2.Sub(t1))
				i++
			}
			lp50, lp99 := quantile(lat, 0.5), quantile(lat, 0.99)
			pp50 := quantile(ping, 0.5)
			b.ReportMetric(float64(lp50.Microseconds()), "p50-µs")
			b.ReportMetric(float64(lp99.Microseconds()), "p99-µs")
			b.ReportMetric(float64(pp50.Microseconds()), "ping-p50-µs")
			b.ReportMetric(float64(lp50)/float64(pp50), "x-ping")
		})
	}
}

func quantile(ds []time.Duration, q float64) time.Duration {
	s := slices.Clone(ds)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

// TestMain removes the benchmark's big workspace after a run.
func TestMain(m *testing.M) {
	code := m.Run()
	if u := os.Getenv("REDIS_URL"); u != "" && bigMem != "" {
		if rdb, err := Dial(u); err == nil {
			New(rdb).DeleteWorkspace(context.Background(), bigWS)
			rdb.Close()
		}
	}
	os.Exit(code)
}
