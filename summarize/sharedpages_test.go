package summarize

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/storybot/storybot/summarize/extract"
)

// sharedPages are real web pages of the public article-extraction
// benchmark, kept beside the checkout (never in it) when they are there.
const sharedPages = "../../shared/eval/extraction/html"

// Every real page of the extraction benchmark is read and digested, each
// alone and all together, without a fault: real pages reach constructions
// no invented test has.
func TestSharedPagesRead(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedPages, "*.html.gz"))
	if len(files) == 0 {
		t.Skip("no extraction benchmark pages beside the checkout")
	}
	var all []Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseArticle(page, extract.HTML, filepath.Base(f), "")
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		NewStory("", []Article{a}).Digest()
		all = append(all, a)
	}
	if testing.Short() {
		return
	}
	for _, s := range Group(all) {
		s.Digest()
	}
}
