package summarize

// What a dispute between sides reads in a claim: its words, the stems
// that may name a point, and the tone of each statement.

import (
	"strings"
	"unsafe"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// claimWords is what a dispute looks at in a claim.
type claimWords struct {
	c     *claim
	stems map[string]string // stem -> the word as written
	// proper are the stems written capitalised inside a sentence: names
	// the story does not list, which name no point ("Tarn").
	proper map[string]bool
	// accuses is whether some statement of the claim takes a stand against
	// someone (an accusation, denial, rejection or refusal): a claim that
	// does may turn on another side by name.
	accuses bool
	// sideClaims is how many claims the claim's side makes in the story.
	sideClaims int
	tone       map[*statement]tone
	// words are the folded words of all its statements, so that a claim
	// that names no word of a side is passed over at once (turnsOn).
	words map[string]bool
	// turns memoizes turnsOn by the words of the side turned on.
	turns map[string]*statement
}

// tone is what a dispute looks at in one statement.
type tone struct {
	contrast bool // a reporter sets it against another account
	against  bool // a word of accusation, denial, rejection or refusal
	denies   bool // a word of negation, denial, rejection or refusal
	// folded are the statement's words, folded for matching names, and
	// stances the stance of each (lex.StanceOf, with "not only" none).
	folded  []string
	stances []lex.Stance
	// judged are the qualities the statement judges (lex.Polar), +1 for
	// and -1 against ("the river poses no risk": safety +1); 0 when it
	// says both.
	judged map[string]int
}

// wordsOf reads what a dispute looks at in a claim: its words (without the
// names of sides, figures and reporting verbs), its polarity, whether it
// accuses and whether a reporter sets it against another.
func wordsOf(c *claim, nameStems map[string]bool) *claimWords {
	w := &claimWords{c: c, stems: map[string]string{}, proper: map[string]bool{}, tone: map[*statement]tone{},
		words: map[string]bool{}, turns: map[string]*statement{}}
	for _, m := range c.members {
		tt := toneOfText(m.st.Text)
		for _, f := range tt.tone.folded {
			w.words[f] = true
		}
		if tt.tone.against {
			w.accuses = true
		}
		for _, cw := range tt.words {
			// A name's word written in lower case is a common word
			// ("exporters" beside "Exporters Guild"): it may name a point.
			for _, s := range cw.terms {
				if !nameStems[s] || !cw.capitalized {
					if _, ok := w.stems[s]; !ok {
						w.stems[s] = cw.low
					}
					if cw.capitalized {
						w.proper[s] = true
					}
				}
			}
		}
		w.tone[m] = tt.tone
	}
	return w
}

// textTone is what wordsOf reads of a statement's text alone, whatever
// the story: its tone, and the words that may name a point.
type textTone struct {
	tone  tone
	words []pointWord
}

// pointWord is a word of a statement that may name a point: its terms,
// and how it is written.
type pointWord struct {
	low         string // lower case, without a possessive's "'s"
	capitalized bool
	terms       []string
}

// toneOfText returns the tone and the point words of a statement's text,
// from a memo: a story's refresh reads every claim's statements again.
// They are shared: callers only read them.
func toneOfText(text string) textTone {
	return textToneMemo.Get(text, readTone, func(tt textTone) int {
		n := len(tt.tone.folded)*int(unsafe.Sizeof("")+unsafe.Sizeof(lex.Stance(0))) + len(tt.tone.judged)*figureEntryBytes
		for _, w := range tt.words {
			n += int(unsafe.Sizeof(w)) + len(w.terms)*int(unsafe.Sizeof(""))
		}
		return n
	})
}

// textToneMemo keeps the tones of texts: those of a few stories, or
// about 20 KB for each article of a story of more than a few hundred
// (some 14 KB when each has a dozen statements).
var textToneMemo = lex.NewStoryMemo[textTone](8<<20, 20<<10)

// readTone is toneOfText, worked out.
func readTone(text string) textTone {
	var tt textTone
	tn := &tt.tone
	toks := lex.Tokens(text)
	described := descriptions(toks)
	titled := titles(toks)
	for j, t := range toks {
		low := strings.TrimSuffix(t.Lower, "'s")
		st := lex.StanceAt(toks, j)
		if st == lex.Negation && !denies(text, toks, j) {
			st = lex.NoStance
		}
		if denies(text, toks, j) {
			tn.denies = true
		}
		f := attrib.Fold(low)
		if (f == "side" || f == "party") && j > 0 && toks[j-1].Lower == "other" {
			f = otherSide // "the other side": the speaker's opponent
		}
		if q, affirms, ok := lex.Polar(low); ok && !irrealis(text, toks, j) {
			tn.judge(q, affirms != negated(text, toks, j))
		}
		tn.folded = append(tn.folded, f)
		tn.stances = append(tn.stances, st)
		switch {
		case st == lex.Contrast && !lex.Concessive(low):
			tn.contrast = true
		case st.Against() && st != lex.Negation:
			tn.against = true
		}
		if lex.IsStop(low) || reportingWords[low] || isFigure(low) || len(low) < 3 || t.Capitalized && t.SentenceStart ||
			described[j] || titled[j] {
			continue
		}
		tt.words = append(tt.words, pointWord{low: low, capitalized: t.Capitalized, terms: terms(low)})
	}
	return tt
}

// judge records that a statement judges quality q, for or against.
func (tn *tone) judge(q string, affirms bool) {
	sign := -1
	if affirms {
		sign = 1
	}
	if tn.judged == nil {
		tn.judged = map[string]int{}
	}
	if old, ok := tn.judged[q]; ok && old != sign {
		sign = 0
	}
	tn.judged[q] = sign
}

// irrealis reports the j-th word of a statement said under a condition,
// a demand, advice or a wish earlier in its clause: "any safeguard must
// be justified" judges nothing.
func irrealis(text string, toks []lex.Token, j int) bool {
	return assertionAt(text, toks, j) != asserted
}

// judgeReach is how many words before an evaluation a negation may stand
// and turn it over ("poses no risk", "is not safe").
const judgeReach = 3

// negated reports the j-th word of a statement under a negation a few
// words before it in its clause.
func negated(text string, toks []lex.Token, j int) bool {
	for k := max(0, j-judgeReach); k < j; k++ {
		if lex.StanceOf(toks[k].Lower) == lex.Negation && denies(text, toks, k) && oneClause(text, toks[k], toks[j]) {
			return true
		}
	}
	return false
}

// descriptions marks the words of a description that stands for a body
// ("the social media giant", "its parent company"): they say who, not what
// is at stake, so they name no point in dispute.
func descriptions(toks []lex.Token) map[int]bool {
	var out map[int]bool
	for j, t := range toks {
		if t.Capitalized || !attrib.IsBodyNoun(t.Lower) {
			continue
		}
		k := j - 1
		for k >= 0 && j-k <= 4 && !toks[k].Capitalized && !lex.IsStop(toks[k].Lower) {
			k--
		}
		if k < 0 || !determiners[toks[k].Lower] {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for i := k + 1; i <= j; i++ {
			out[i] = true
		}
	}
	return out
}

// titles marks the words of a role or title written capitalised before
// another capitalised word, and the capitalised words after it ("Vice
// President Biden", "former Vice President", "Prime Minister Tarn"):
// they name a person, not a point in dispute.
func titles(toks []lex.Token) map[int]bool {
	var out map[int]bool
	for j := 0; j+1 < len(toks); j++ {
		t, next := toks[j], toks[j+1]
		if !t.Capitalized || t.SentenceStart || !next.Capitalized || next.SentenceStart || !attrib.IsRoleWord(t.Lower) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		// The title and the name after it: "Vice President Biden".
		for k := j; k < len(toks) && toks[k].Capitalized && (k == j || !toks[k].SentenceStart); k++ {
			out[k] = true
		}
	}
	return out
}

// determiners open a description of a body.
var determiners = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// reportingWords say that something was said, not what.
var reportingWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "according": true,
	"statement": true, "reporters": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"insisted": true, "stressed": true, "noted": true, "confirmed": true, "claimed": true, "warned": true,
	"argued": true, "explained": true, "wrote": true, "letter": true, "interview": true, "officials": true,
	"president": true, "minister": true, "chief": true, "executive": true, "adviser": true, "aide": true}
