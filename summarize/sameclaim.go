package summarize

import (
	"math"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// When two statements of one side say the same thing. Outlets reword what
// a speaker said, shorten it and quote different fragments of it, so a
// statement is compared by the rare words it shares with another (weighted
// by how few of the story's statements use them), by its best-matching
// clause, by the figures it gives and by its quotations.
const (
	// sharedRun consecutive quoted words in common make two statements one.
	sharedRun = 4
	// sameSpeakerSim and otherSpeakerSim are the similarities above which
	// two statements of one side are one claim, when one speaker made
	// them and when two speakers of the side did ("the Kremlin said" and
	// "Kremlin aide Yuri Ushakov said").
	sameSpeakerSim  = 0.12
	sameArticleSim  = 0.25
	otherSpeakerSim = 0.2
	// quoteBorrowSim is how alike a claim's text and another statement of
	// the claim must be for the text to carry that statement's quotation.
	quoteBorrowSim = 0.5
	// simCap bounds what one pair adds to a group's average, so that two
	// statements quoting the same words cannot carry a third that says
	// something else into their claim.
	simCap = 0.5
	// minPairSim is the similarity below which two statements share too
	// little to be in one claim, whatever else links them.
	minPairSim = 0.1
	// figureBonus is added for each figure (a number that is not a year)
	// both statements give.
	figureBonus = 0.15
	// minClauseTerms is the least number of terms a clause needs to be
	// compared alone.
	minClauseTerms = 3
)

// clauseBreaks split a statement into the clauses compared one by one: a
// reporter joins two points of a speaker with "but", "and that", "adding".
var clauseBreaks = []string{", but ", " but ", "; ", ", and that ", " and that ", ", adding ",
	", while ", " while ", ", although ", " although ", ", saying ", ", as ", " and said ",
	" and insisted ", " and warned ", " and stressed ", ": "}

// terms returns the stems of text's content words, each as its
// paraphrase class (lex.Class).
func terms(text string) []string {
	out := lex.Terms(text)
	for i := 0; i+1 < len(out); i++ {
		if c, ok := lex.Phrasal(out[i], out[i+1]); ok {
			out[i] = c
			out = append(out[:i+1], out[i+2:]...)
		}
	}
	for i, t := range out {
		out[i] = lex.Class(t)
	}
	return out
}

// features is what a statement is compared by.
type features struct {
	terms   vector    // stems weighted by IDF, unit length
	clauses []vector  // the same for each clause
	figures []string  // numbers other than years, as written without commas, sorted
	quote   quotation // the quoted words
}

// idf holds the document frequencies of stems over a story's statements.
type idf struct {
	n  int
	df map[string]int
}

// newIDF weighs the terms of texts; memo keeps each distinct text's terms
// (a wire story's sentences recur across a story) for later vectors.
func newIDF(texts []string, memo termMemo) idf {
	lists := make([][]string, len(texts))
	for i, t := range texts {
		lists[i] = memo.terms(t)
	}
	return idfOf(lists)
}

// termMemo holds the terms of the texts already cut, by text. The slices
// it returns are shared: callers only read them.
type termMemo map[string][]string

// terms returns the terms of text, cutting it only the first time.
func (m termMemo) terms(text string) []string {
	if ts, ok := m[text]; ok {
		return ts
	}
	ts := terms(text)
	m[text] = ts
	return ts
}

// idfOf is newIDF over texts already cut into terms.
func idfOf(lists [][]string) idf {
	f := idf{n: len(lists), df: map[string]int{}}
	seen := map[string]int{} // stem -> the last text it was counted for, plus one
	for i, ts := range lists {
		for _, s := range ts {
			if seen[s] != i+1 {
				seen[s] = i + 1
				f.df[s]++
			}
		}
	}
	return f
}

func (f idf) weight(stem string) float64 {
	return math.Log(1 + float64(f.n)/float64(max(f.df[stem], 1)))
}

// vectorOf returns the IDF-weighted unit vector of a text's terms (ts),
// leaving out the stems in skip (the speaker's own name and role).
func (f idf) vectorOf(ts []string, skip map[string]bool) vector {
	m := map[string]float64{}
	for _, s := range ts {
		if !skip[s] && !isYear(s) { // a year dates a statement more than it says one
			m[s] += f.weight(s)
		}
	}
	return unitVector(m)
}

// featuresOf computes what a statement is compared by, leaving out the
// words that name who speaks (its speaker, role, side, "the union").
func (f idf) featuresOf(text, quote string, speakerWords ...string) features {
	return f.featuresOfTerms(text, terms(text), quote, speakerWords...)
}

// featuresOfTerms is featuresOf for a text already cut into terms (ts).
func (f idf) featuresOfTerms(text string, ts []string, quote string, speakerWords ...string) features {
	skip := map[string]bool{}
	for _, s := range terms(strings.Join(speakerWords, " ")) {
		skip[s] = true
	}
	parts := partsOf(text)
	ft := features{terms: f.vectorOf(ts, skip), figures: parts.figures, quote: quotationOf(quote)}
	for _, c := range parts.clauses {
		if v := f.vectorOf(c, skip); len(v) >= minClauseTerms {
			ft.clauses = append(ft.clauses, v)
		}
	}
	return ft
}

// clauses splits text at the words that join two points.
func clauses(text string) []string {
	parts := []string{text}
	for _, b := range clauseBreaks {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, b)...)
		}
		parts = next
	}
	if len(parts) == 1 {
		return nil
	}
	return parts
}

// figures returns the numbers of text other than years: "3,000" and
// "3000" are one figure.
func figures(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range lex.Tokens(text) {
		w := figureValue(t.Lower)
		if !isFigure(w) {
			continue
		}
		if isYear(w) {
			continue
		}
		out[w] = true
	}
	return out
}

// figureValue is the number a token writes, without thousands commas and
// without what is glued after it: an ordinal's suffix ("1st", "June 1"), a
// unit ("15km", "15 kilometres"), a hyphenated noun ("12-month").
func figureValue(tok string) string {
	w := strings.ReplaceAll(tok, ",", "")
	end := 0
	for end < len(w) && (w[end] >= '0' && w[end] <= '9' || w[end] == '.' && end+1 < len(w) && w[end+1] >= '0' && w[end+1] <= '9') {
		end++
	}
	if end == 0 {
		return w
	}
	return w[:end]
}

func isFigure(term string) bool { return term != "" && term[0] >= '0' && term[0] <= '9' }

func isYear(term string) bool {
	return len(term) == 4 && isFigure(term) && (strings.HasPrefix(term, "19") || strings.HasPrefix(term, "20"))
}

// wholeSimilarity compares two statements whole, by their words and the
// figures both give, leaving their clauses and quotations out.
func wholeSimilarity(a, b features) float64 {
	return a.terms.dot(b.terms) + sharedFigures(a, b)
}

// sharedFigures adds figureBonus for each figure both statements give,
// walking their two sorted lists: it is compared for every candidate pair
// of a side's statements.
func sharedFigures(a, b features) float64 {
	fa, fb := a.figures, b.figures
	sim := 0.0
	for i, j := 0, 0; i < len(fa) && j < len(fb); {
		switch {
		case fa[i] < fb[j]:
			i++
		case fa[i] > fb[j]:
			j++
		default:
			sim += figureBonus
			i++
			j++
		}
	}
	return sim
}

// similarity says how nearly two statements say the same thing, from 0;
// a shared run of quoted words, or a short quotation the other holds
// whole, is 1.
func similarity(a, b features) float64 {
	if sameQuote(a.quote, b.quote) {
		return 1
	}
	sim := a.terms.dot(b.terms)
	for _, ca := range a.clauses {
		for _, cb := range b.clauses {
			sim = max(sim, ca.dot(cb))
		}
		sim = max(sim, ca.dot(b.terms))
	}
	for _, cb := range b.clauses {
		sim = max(sim, a.terms.dot(cb))
	}
	return sim + sharedFigures(a, b)
}

// quotation is a statement's quoted words, ready to compare.
type quotation struct {
	words  []string        // stems of the words, lower case
	joined string          // " w1 w2 ... ", to find a short quotation whole
	grams  map[string]bool // runs of sharedRun words
}

func newQuotation(q string) quotation {
	var out quotation
	for _, t := range lex.Tokens(q) {
		out.words = append(out.words, lex.Stem(t.Lower)) // "it takes two to tango", "it does take two to tango"
	}
	out.joined = " " + strings.Join(out.words, " ") + " "
	if len(out.words) >= sharedRun {
		out.grams = map[string]bool{}
		for i := 0; i+sharedRun <= len(out.words); i++ {
			out.grams[strings.Join(out.words[i:i+sharedRun], " ")] = true
		}
	}
	return out
}

// sameQuote reports two quotations of one statement: a run of sharedRun
// words in common, or one of at least two content words held whole by the
// other ("reckless escalation" in "a reckless escalation of the dispute").
func sameQuote(a, b quotation) bool {
	if len(a.grams) > len(b.grams) {
		a, b = b, a
	}
	if len(a.grams) > 0 {
		for g := range a.grams {
			if b.grams[g] {
				return true
			}
		}
	}
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	if len(a.words) == 0 || len(a.words) >= sharedRun || contentWords(a.words) < 2 {
		return false
	}
	return strings.Contains(b.joined, a.joined)
}

func contentWords(ws []string) int {
	n := 0
	for _, w := range ws {
		if !lex.IsStop(w) {
			n++
		}
	}
	return n
}
