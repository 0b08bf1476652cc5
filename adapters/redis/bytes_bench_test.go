package redis

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// BenchmarkWorkspaceBytes ingests every article of testdata/eval (eval),
// and apart 20 variants of one of its stories, which make one story
// (story20, as BenchmarkLatest's), into a workspace of their own and
// reports the Redis bytes (MEMORY USAGE of each of its keys, every field
// counted) per article beyond its text: in all, and of the workspace's
// document frequencies, stories, features and articles. It measures, not
// times: run it once.
//
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench WorkspaceBytes -benchtime 1x ./adapters/redis/
func BenchmarkWorkspaceBytes(b *testing.B) {
	s := benchStore(b)
	defer s.Close()
	ctx := context.Background()
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "eval", "*"))
	var paths []string
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			paths = append(paths, d)
		}
	}
	srcs, err := input.Expand(paths)
	if err != nil {
		b.Fatal(err)
	}
	arts, err := input.Reader{}.ReadAll(ctx, srcs)
	if err != nil || len(arts) == 0 {
		b.Fatalf("eval articles: %v (%d)", err, len(arts))
	}
	b.Run("eval", func(b *testing.B) { workspaceBytes(b, s, arts) })
	b.Run("story20", func(b *testing.B) { workspaceBytes(b, s, variants(b, "labour", benchArticles)) })
}

// workspaceBytes ingests arts into a workspace of their own and reports
// its bytes.
func workspaceBytes(b *testing.B, s *Store, arts []summarize.Article) {
	ctx := context.Background()
	for b.Loop() {
		ws := "slack:TBENCHBYTES"
		s.DeleteWorkspace(ctx, ws)
		bt := bot.New(bot.Options{Store: s})
		text := 0
		for _, a := range arts {
			if _, err := bt.Ingest(ctx, ws, a, ""); err != nil {
				b.Fatal(err)
			}
			text += len(a.Text()) + len(a.Title)
		}
		byKind := map[string]int64{}
		var total int64
		iter := s.rdb.Scan(ctx, 0, wsPrefix(ws)+"*", 1000).Iterator()
		for iter.Next(ctx) {
			k := iter.Val()
			n, err := s.rdb.MemoryUsage(ctx, k, 0).Result()
			if err != nil {
				b.Fatal(err)
			}
			kind := strings.TrimPrefix(k, wsPrefix(ws))
			if i := strings.IndexAny(kind, ":"); i >= 0 {
				kind = kind[:i]
			}
			if strings.HasSuffix(k, ":articles") || strings.HasSuffix(k, ":features") {
				kind += k[strings.LastIndex(k, ":"):]
			}
			byKind[kind] += n
			if kind == "story" && strings.Count(strings.TrimPrefix(k, wsPrefix(ws)), ":") == 1 {
				fields, _ := s.rdb.HGetAll(ctx, k).Result()
				for f, v := range fields {
					byKind["story."+f] += int64(len(f) + len(v))
				}
			}
			total += n
		}
		if err := iter.Err(); err != nil {
			b.Fatal(err)
		}
		n := int64(len(arts))
		b.ReportMetric(float64(total-int64(text))/float64(n), "bytes-beyond-text/article")
		b.ReportMetric(float64(byKind["df"])/float64(n), "df-bytes/article")
		b.ReportMetric(float64(byKind["story"])/float64(n), "story-bytes/article")
		b.ReportMetric(float64(byKind["story:features"])/float64(n), "features-bytes/article")
		b.ReportMetric(float64(byKind["story:articles"])/float64(n), "articles-bytes/article")
		kinds := make([]string, 0, len(byKind))
		for k := range byKind {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		var sb strings.Builder
		fmt.Fprintf(&sb, "%d articles, %d bytes of text (%d an article)", n, text, int64(text)/n)
		for _, k := range kinds {
			fmt.Fprintf(&sb, "\n%-18s %8d bytes, %6d an article", k, byKind[k], byKind[k]/n)
		}
		b.Log(sb.String())
		s.DeleteWorkspace(ctx, ws)
	}
}
