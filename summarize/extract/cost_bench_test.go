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
	"golang.org/x/net/html"
)

// The cost of reading an HTML page, against go-trafilatura alone with the
// same options on the same pages, in one run: ns/page for each and their
// ratio (x-trafilatura). Both parse the page from bytes: trafilatura.Extract
// (which also detects the character set) and, as a stricter baseline,
// html.Parse then trafilatura.ExtractDocument (x-trafilatura-doc). The target is at
// most 1.2x: what storybot adds (line cleaning, metadata, the split-body
// check) must stay small, and readability runs only as the fallback.

// BenchmarkHTMLCost measures it on the pages in testdata.
func BenchmarkHTMLCost(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.html")
	benchmarkCost(b, readPages(b, files, false))
}

// BenchmarkHTMLCostReal measures it on real pages: the gzipped HTML files
// in STORYBOT_EXTRACTION_PAGES (for instance the extraction benchmark's
// html/ folder, 120 pages); without it the benchmark is skipped, since no
// real pages are kept in the repository.
func BenchmarkHTMLCostReal(b *testing.B) {
	dir := os.Getenv("STORYBOT_EXTRACTION_PAGES")
	if dir == "" {
		b.Skip("STORYBOT_EXTRACTION_PAGES is not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	benchmarkCost(b, readPages(b, files, true))
}

func readPages(b *testing.B, files []string, gzipped bool) [][]byte {
	b.Helper()
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		var r io.Reader = fh
		if gzipped {
			zr, err := gzip.NewReader(fh)
			if err != nil {
				b.Fatal(err)
			}
			r = zr
		}
		data, err := io.ReadAll(r)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	return pages
}

func benchmarkCost(b *testing.B, pages [][]byte) {
	opts := trafilaturaOptions(nil)
	var ours, alone, aloneDoc time.Duration
	for b.Loop() {
		for _, p := range pages {
			start := time.Now()
			_, _ = trafilatura.Extract(bytes.NewReader(p), opts)
			alone += time.Since(start)
			start = time.Now()
			if doc, err := html.Parse(bytes.NewReader(p)); err == nil {
				_, _ = trafilatura.ExtractDocument(doc, opts)
			}
			aloneDoc += time.Since(start)
			start = time.Now()
			_, _ = Parse(p, HTML, "")
			ours += time.Since(start)
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(ours.Nanoseconds())/n, "ns/page")
	b.ReportMetric(float64(alone.Nanoseconds())/n, "trafilatura-ns/page")
	b.ReportMetric(float64(ours)/float64(alone), "x-trafilatura")
	b.ReportMetric(float64(ours)/float64(aloneDoc), "x-trafilatura-doc")
}
