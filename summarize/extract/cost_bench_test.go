package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"
)

// BenchmarkHTMLCost measures what reading an HTML page costs against
// go-trafilatura alone on the same pages, in one run: ns/page for each and
// their ratio. The pages are gzipped HTML files in STORYBOT_EXTRACTION_PAGES
// (for instance the extraction benchmark's html/ folder); without it the
// benchmark is skipped, since no real pages are kept in the repository.
func BenchmarkHTMLCost(b *testing.B) {
	dir := os.Getenv("STORYBOT_EXTRACTION_PAGES")
	if dir == "" {
		b.Skip("STORYBOT_EXTRACTION_PAGES is not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) > 12 {
		files = files[:12]
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	if len(pages) == 0 {
		b.Skip("no *.html.gz pages in STORYBOT_EXTRACTION_PAGES")
	}
	opts := trafilatura.Options{Focus: trafilatura.Balanced, ExcludeComments: true, Deduplicate: true,
		HtmlDateMode: trafilatura.Fast}
	var ours, alone time.Duration
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			start := time.Now()
			_, _ = trafilatura.Extract(bytes.NewReader(p), opts)
			alone += time.Since(start)
			start = time.Now()
			_, _ = Parse(p, HTML, "https://example.org/a")
			ours += time.Since(start)
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(ours.Nanoseconds())/n, "ns/page")
	b.ReportMetric(float64(alone.Nanoseconds())/n, "trafilatura-ns/page")
	b.ReportMetric(float64(ours)/float64(alone), "x-trafilatura")
}
