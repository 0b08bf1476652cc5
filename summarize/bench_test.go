package summarize

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storybot/storybot/summarize/extract"
)

// BenchmarkParseArticle is the work done once per article when it is read:
// cleaning, metadata and the attribution of its statements.
func BenchmarkParseArticle(b *testing.B) {
	path := "../testdata/eval/labour/labour_1_carrowherald.txt"
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ParseArticle(data, extract.Text, path, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStoryDigest is the work per story over analysed articles:
// sides, claims said once, overview.
func BenchmarkStoryDigest(b *testing.B) {
	files, _ := filepath.Glob("../testdata/eval/labour/*.txt")
	var arts []Article
	for _, f := range files {
		arts = append(arts, readArticle(b, f))
	}
	s := NewStory("", arts)
	for b.Loop() {
		s.Digest()
	}
}

// BenchmarkStoryDigest100 is the work per story for a story a hundred
// articles long (the four port-strike articles, each carried by 25
// outlets): every claim is said once, citing many articles.
func BenchmarkStoryDigest100(b *testing.B) {
	files, _ := filepath.Glob("../testdata/eval/portstrike/*.txt")
	var arts []Article
	for i := 0; i < 25; i++ {
		for _, f := range files {
			a := readArticle(b, f)
			a.ID = fmt.Sprintf("%s-%d", a.ID, i)
			arts = append(arts, a)
		}
	}
	s := NewStory("", arts)
	b.ResetTimer()
	for b.Loop() {
		s.Digest()
	}
}
