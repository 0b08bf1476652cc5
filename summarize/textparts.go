package summarize

import (
	"maps"
	"slices"
	"unsafe"

	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/lex"
)

// textParts is what the features of a statement hold that its text alone
// gives, whatever the story: its figures, and the terms of each of its
// clauses.
type textParts struct {
	figures []string   // numbers other than years (see figures), sorted
	clauses [][]string // the terms of each clause; none when the text is one
}

// partsOf returns the parts of a statement's text, from a memo: a
// story's refresh works out the features of every statement again, and
// only the weights of their terms change. The parts are shared: callers
// only read them.
func partsOf(text string) textParts {
	return textPartsMemo.Get(text, func(text string) textParts {
		p := textParts{figures: slices.Sorted(maps.Keys(figures(text)))}
		for _, c := range clauses(text) {
			p.clauses = append(p.clauses, terms(c))
		}
		return p
	}, func(p textParts) int {
		n := len(p.figures) * figureEntryBytes
		for _, ts := range p.clauses {
			n += int(unsafe.Sizeof(ts)) + len(ts)*int(unsafe.Sizeof(""))
		}
		return n
	})
}

// textTerms is terms(text), from a memo: a story's refresh weighs the
// terms of every statement and every sentence that gives figures again.
// The terms are shared: callers only read them.
func textTerms(text string) []string {
	return textTermsMemo.Get(text, terms, func(ts []string) int { return len(ts) * int(unsafe.Sizeof("")) })
}

// quotationOf is newQuotation, from a memo. The quotation is shared:
// callers only read it.
func quotationOf(quote string) quotation {
	return quotationMemo.Get(quote, newQuotation, func(q quotation) int {
		return len(q.joined) + len(q.words)*int(unsafe.Sizeof("")) + len(q.grams)*figureEntryBytes
	})
}

// figureEntryBytes is about what an entry of a small map of strings
// costs, its string's bytes shared with the text.
const figureEntryBytes = 48

// Budgets of the memos of statements' parts and quotations: those of a
// few stories, or about textPartsArticleBytes for each article of a
// story of more than a thousand (lex.FitStory); the terms of statements
// and of sentences that give figures, some 10 KB an article.
const (
	textPartsMemoBytes, textPartsArticleBytes = 4 << 20, 4 << 10
	textTermsMemoBytes, textTermsArticleBytes = 8 << 20, 16 << 10
)

var (
	textTermsMemo = lex.NewStoryMemo[[]string](textTermsMemoBytes, textTermsArticleBytes)
	textPartsMemo = lex.NewStoryMemo[textParts](textPartsMemoBytes, textPartsArticleBytes)
	quotationMemo = lex.NewStoryMemo[quotation](textPartsMemoBytes, textPartsArticleBytes)
)

// measuresOf returns the values a text gives, by the kind of measure: a
// count by what it counts ("six payments", "41 soldiers"), an amount by
// its currency, a share, a vote. The day a statement was made dates it
// and is no measure of what it says.
func measuresOf(text string) map[string][]float64 {
	return measureMemo.Get(text, func(text string) map[string][]float64 {
		var out map[string][]float64
		for _, f := range facts.Extract(text) {
			switch f.Kind {
			case facts.Count, facts.Money, facts.Percent, facts.Vote, facts.Measure:
			default:
				continue
			}
			if out == nil {
				out = map[string][]float64{}
			}
			k := string(f.Kind) + ":" + f.Of + ":" + f.Unit
			out[k] = append(out[k], f.Value)
		}
		return out
	}, func(m map[string][]float64) int { return 64 + 48*len(m) })
}

// measureMemo keeps the measures of the texts of claims.
var measureMemo = lex.NewStoryMemo[map[string][]float64](4<<20, 4<<10)

// measuresDiffer reports two texts that give a measure of one kind
// values that share none: "six payments" and "seven payments".
func measuresDiffer(a, b map[string][]float64) bool {
	for k, va := range a {
		vb, ok := b[k]
		if !ok {
			continue
		}
		if !slices.ContainsFunc(va, func(x float64) bool { return slices.Contains(vb, x) }) {
			return true
		}
	}
	return false
}
