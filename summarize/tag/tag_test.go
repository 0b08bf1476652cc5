package tag

import (
	"strings"
	"testing"
	"time"
)

func TestTags(t *testing.T) {
	tests := []struct {
		sentence string
		want     string
	}{
		{"Call your doctor if symptoms persist .", "VB PRP$ NN IN NNS VBP ."},
		// Capitalisation outweighs the imperative for some verbs, as in prose.
		{"Stir the sauce until it thickens .", "NNP DT NN IN PRP VBZ ."},
		{"The Hollin , Brisk and Tarvo brands were sold .", "DT NNP , NNP CC NNP NNS VBD VBN ."},
		{"Nadia Korrel said the claims were false .", "NNP NNP VBD DT NNS VBD JJ ."},
		{"- :-) * 0 -LRB- info@example.org", "- SYM -NONE- -NONE- -LITERAL- NN"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		var got []string
		for _, g := range Words(words) {
			got = append(got, g.String())
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.sentence, g, tt.want)
		}
	}
}

func TestKnown(t *testing.T) {
	for w, want := range map[string]bool{"keep": true, "Quietly": true, "the": true, "Ostrevik": false, "Pellingly": false, "": false} {
		if Known(w) != want {
			t.Errorf("Known(%q) = %v", w, !want)
		}
	}
}

func TestTagNames(t *testing.T) {
	for tg := Tag(1); tg < numTags; tg++ {
		if Parse(tg.String()) != tg {
			t.Errorf("Parse(%q) = %v", tg.String(), Parse(tg.String()))
		}
	}
	if Parse("XYZ") != Invalid || Tag(200).String() != "?" {
		t.Error("unknown names and tags")
	}
	for _, tt := range []struct {
		tag                                   Tag
		verb, noun, proper, adjective, adverb bool
	}{
		{VBD, true, false, false, false, false},
		{NNPS, false, true, true, false, false},
		{NNS, false, true, false, false, false},
		{JJR, false, false, false, true, false},
		{RBS, false, false, false, false, true},
		{IN, false, false, false, false, false},
	} {
		if tt.tag.Verb() != tt.verb || tt.tag.Noun() != tt.noun || tt.tag.Proper() != tt.proper ||
			tt.tag.Adjective() != tt.adjective || tt.tag.Adverb() != tt.adverb {
			t.Errorf("%v: wrong class", tt.tag)
		}
	}
}

// The model decodes well within the start-up budget of a command that
// tags (it is read on first use only).
func TestDecodeTime(t *testing.T) {
	// maxDecode is generous against a loaded machine; decoding takes a
	// few milliseconds.
	const maxDecode = 200 * time.Millisecond
	start := time.Now()
	m, err := decode(modelData)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > maxDecode {
		t.Errorf("decode took %v", d)
	}
	if len(m.classes) != 45 || len(m.dict) == 0 || len(m.hashes) == 0 || len(m.entries) == 0 {
		t.Errorf("model: %d classes, %d words, %d features", len(m.classes), len(m.dict), len(m.hashes))
	}
	if _, err := decode(modelData[:len(modelData)/2]); err == nil {
		t.Error("a truncated model decodes")
	}
}

func BenchmarkDecode(b *testing.B) {
	for b.Loop() {
		if _, err := decode(modelData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTag reports the cost of tagging per token.
func BenchmarkTag(b *testing.B) {
	var sentences [][]string
	n := 0
	for _, s := range proseTagged {
		sentences = append(sentences, s.words)
		n += len(s.words)
	}
	Load()
	var dst []Tag
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sentences {
			dst = Append(dst[:0], s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/token")
}

// Any words, even empty or not UTF-8, get one tag each.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"The claims were false .", "", "\xff\xfe -- :-) *T*-1 a.b.c x@y.z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		tags := Words(words)
		if len(tags) != len(words) {
			t.Fatalf("%d tags for %d words", len(tags), len(words))
		}
		for _, tg := range tags {
			if tg == Invalid {
				t.Fatalf("%q: no tag", s)
			}
		}
	})
}
