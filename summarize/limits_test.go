package summarize

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/lex"
)

// hostileArticle is a page of about size bytes made of one short quoted
// statement said over and over: in one paragraph, or (distinct) one
// paragraph each, every statement a little different so that no cleaning
// drops them as repeats.
func hostileArticle(size int, distinct bool) []byte {
	var b strings.Builder
	b.Grow(size + 100)
	b.WriteString("Harbour mayor digs in over ferry terminal plan\n\n")
	for i := 0; b.Len() < size; i++ {
		if distinct {
			fmt.Fprintf(&b, "\"We will not give an inch on berth %d,\" said Mayor Tobin Harle.\n\n", i)
			continue
		}
		b.WriteString(`"We will not give an inch on this," said Mayor Tobin Harle. `)
	}
	return []byte(b.String())
}

// ferryText is a short normal article.
const ferryText = `Ferry operator rejects harbour mayor's terminal plan
The operator of the Lindqvist ferry line said on Tuesday it would not move its boats to the new terminal that Mayor Tobin Harle wants built by 2028.
"The new berth is too shallow for our largest ships," said Oskar Lindqvist, the line's chief executive.
Harle said the city would go ahead with the terminal whatever the operator decided.
`

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// digestHostile reads a hostile page and digests the story it makes.
func digestHostile(tb testing.TB, data []byte) Digest {
	tb.Helper()
	a, err := ParseArticle(data, extract.Text, "hostile.txt", "")
	if err != nil {
		tb.Fatal(err)
	}
	return NewStory("", []Article{a}).Digest()
}

// An article of many short quoted statements costs about linear memory:
// reading and digesting it allocates a bounded number of bytes per byte
// of input (quadratic work allocated tens of thousands).
func TestHostileArticleAllocationsPerByte(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's own allocations would be counted")
	}
	const maxPerByte = 1000
	for _, tc := range []struct {
		name     string
		size     int
		distinct bool
	}{
		{"one paragraph 40KB", 40_000, false},
		{"one paragraph 400KB", 400_000, false},
		{"a paragraph each 40KB", 40_000, true},
		{"a paragraph each 400KB", 400_000, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := hostileArticle(tc.size, tc.distinct)
			var d Digest
			n := allocated(func() { d = digestHostile(t, data) })
			if perByte := n / uint64(len(data)); perByte > maxPerByte {
				t.Errorf("%d bytes of input allocated %d bytes (%d per byte), want at most %d per byte",
					len(data), n, perByte, maxPerByte)
			}
			if len(d.Parties) == 0 {
				t.Error("no claims: the mayor's statement is lost")
			}
		})
	}
}

// An article longer than the limits is cut to them, says so, and keeps
// what it read.
func TestArticleLimits(t *testing.T) {
	data := hostileArticle(2_800_000, true)
	a, err := ParseArticle(data, extract.Text, "hostile.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Truncated == nil {
		t.Fatal("Truncated is nil for a 2.8 MB article")
	}
	if a.Truncated.PageBytes == 0 || a.Truncated.Sentences == 0 && a.Truncated.Chars == 0 || a.Truncated.Statements == 0 {
		t.Errorf("Truncated = %+v, want page bytes, sentences or chars, and statements counted", *a.Truncated)
	}
	if n := len(a.Text()); n > MaxArticleChars {
		t.Errorf("body of %d bytes kept, want at most %d", n, MaxArticleChars)
	}
	if n := len(a.Analysis.Statements); n != MaxArticleStatements {
		t.Errorf("%d statements kept, want %d", n, MaxArticleStatements)
	}
	ref, _ := json.Marshal(a.Ref())
	if !strings.Contains(string(ref), `"truncated":{`) {
		t.Errorf("the digest's article does not say it was truncated: %s", ref)
	}

	normal := article(t, "ferry.txt", "", ferryText)
	if normal.Truncated != nil {
		t.Errorf("a short article is marked truncated: %+v", *normal.Truncated)
	}
	if ref, _ := json.Marshal(normal.Ref()); strings.Contains(string(ref), "truncated") {
		t.Errorf("a short article's reference names truncation: %s", ref)
	}
}

// A story holding a hostile article, even one stored whole before the
// limits existed, digests at about the cost of a story of normal articles.
func TestPoisonedStoryDigest(t *testing.T) {
	files, _ := filepath.Glob("../testdata/eval/labour/*.txt")
	var normal []Article
	for _, f := range files {
		normal = append(normal, readArticle(t, f))
	}
	hostile, err := ParseArticle(hostileArticle(2_800_000, false), extract.Text, "hostile.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	// The same article as stored before the limits: its whole text and
	// every statement it was found to hold.
	stored := hostile
	stored.Truncated = nil
	stored.Body = extract.Body{{Text: string(hostileArticle(2_800_000, false))}}
	for len(stored.Analysis.Statements) < 20*MaxArticleStatements {
		stored.Analysis.Statements = append(stored.Analysis.Statements, hostile.Analysis.Statements...)
	}

	// Each digest is measured as the first of its story: nothing kept.
	lex.SetMemos(false)
	defer lex.SetMemos(true)
	cost := func(arts []Article) uint64 {
		return allocated(func() { NewStory("", arts).Digest() })
	}
	base := cost(normal)
	for _, tc := range []struct {
		name string
		a    Article
	}{{"read now", hostile}, {"stored before the limits", stored}} {
		t.Run(tc.name, func(t *testing.T) {
			// The hostile article is cut to the limits, a long read's
			// size (some 25 short articles), not to a short article's: it
			// may cost what a few stories do (about 5 to 8 times this
			// one), not what a quadratic pass over it would (hundreds of
			// times).
			got := cost(append([]Article{tc.a}, normal...))
			if got > 12*base {
				t.Errorf("digest of a %d-article story with a hostile article allocated %d KB, without it %d KB; want at most 12 times as much",
					len(normal)+1, got>>10, base>>10)
			}
		})
	}
}

// The digest of a story is the same every time it is made.
func TestDigestDeterministic(t *testing.T) {
	set := loadEvalSet(t, "../testdata/eval")
	for _, s := range Group(set.articles) {
		first := s.Digest()
		for range 5 {
			if d := s.Digest(); !reflect.DeepEqual(first, d) {
				t.Fatalf("story %q: two digests of one story differ", s.Title)
			}
		}
	}
}

// BenchmarkHostileArticle reads and digests an article of one short
// quoted statement repeated, at growing sizes.
func BenchmarkHostileArticle(b *testing.B) {
	for _, size := range []int{94_000, 376_000, 2_800_000} {
		data := hostileArticle(size, false)
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				digestHostile(b, data)
			}
		})
	}
}

// A fault while a page is analysed loses that page, with ErrAnalysis,
// and the next page is read as ever.
func TestAnalysisFaultLosesOnePage(t *testing.T) {
	text := []byte("Harbour strike\n\nThe union said the strike would go on until Friday.")
	defer func(f func([]string) attrib.Analysis) { analyse = f }(analyse)
	analyse = func([]string) attrib.Analysis { panic("index out of range") }
	if _, err := ParseArticle(text, extract.Text, "a.txt", ""); !errors.Is(err, ErrAnalysis) {
		t.Fatalf("err = %v, want ErrAnalysis", err)
	}
	analyse = attrib.Extract
	a, err := ParseArticle(text, extract.Text, "b.txt", "")
	if err != nil || len(a.Analysis.Statements) != 1 {
		t.Fatalf("the next page: %v, %d statements", err, len(a.Analysis.Statements))
	}
}
