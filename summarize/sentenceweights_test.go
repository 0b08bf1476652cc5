package summarize

import (
	"maps"
	"testing"

	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/lex"
)

// The weights of words kept per article are those of every sentence of
// the story weighed at once, however often the articles are read.
func TestSentenceWeights(t *testing.T) {
	tests := []struct {
		name  string
		paras [][]string // per article, its paragraphs
	}{
		{name: "no articles"},
		{name: "one sentence", paras: [][]string{{"The ferry crews walked out on Monday."}}},
		{
			name:  "a word twice in one sentence counts once",
			paras: [][]string{{"Crews said the crews would stay out. Talks resumed on Tuesday."}},
		},
		{
			name: "a wire sentence in two articles counts twice",
			paras: [][]string{
				{"Talks on the Velmar pay offer broke down.", "The union said 400 crew members were on strike."},
				{"The union said 400 crew members were on strike.\nA spokeswoman called the offer final."},
			},
		},
		{
			name: "paragraphs that join to the same text are not the same paragraphs",
			paras: [][]string{
				{"Harbour staff met at noon. They voted to strike."},
				{"Harbour staff met at noon.", "They voted to strike."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var arts []Article
			var sentences []string
			for _, ps := range tc.paras {
				var body extract.Body
				for _, p := range ps {
					body = append(body, extract.Block{Text: p})
					sentences = append(sentences, lex.Sentences(p)...)
				}
				arts = append(arts, Article{Body: body})
			}
			want := newIDF(sentences, termMemo{})
			for round := range 2 { // the second time from the memo
				got := sentenceWeights(arts)
				if got.n != want.n || !maps.Equal(got.df, want.df) {
					t.Errorf("round %d: got n=%d df=%v, want n=%d df=%v", round, got.n, got.df, want.n, want.df)
				}
			}
		})
	}
}
