package summarize

import (
	"slices"
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/internal/linkage"
	"github.com/storybot/storybot/summarize/lex"
)

// Outlets tell one statement in their own words: one writes that a
// spokeswoman "ruled out compulsory redundancies", another that she said
// "there would be no compulsory redundancies". Average linkage can keep
// such statements apart when each has joined a claim of its own whose
// other statements pull the average down. sameStatements joins two claims
// of one side when the sentences they show are one speaker's, in two
// articles, with the same content words: rare words that are neither
// names nor figures, the words a reader recognises a statement by; or
// when one of them quotes only words the other quotes at length
// ("betrayal" in "have led to betrayal"). Only
// the sentences shown are compared, and the joined claim shows one of
// them, so a point a claim showed is never hidden by the join.
// The pairs are found through an index of content words, never by
// comparing every two claims.

// sameStatementSim is how much of the cosine of two sentences the content
// words they share must carry for the two to be one statement told twice.
// It is above sameArticleSim and well above sameSpeakerSim: this join is
// not averaged with any other pair, so it needs clearer evidence than one
// pair inside a cluster; two points of one speaker that share a clause
// ("since the war began") or a loose synonym carry about 0.25.
const sameStatementSim = 0.3

// sameStatementWords is the least number of content words two sentences
// share to be one statement: one word in common ("denied", "talks") is
// what two points of one speaker share too.
const sameStatementWords = 2

// sameStatements joins the claims of one side (in story order) whose shown
// sentences are one speaker's same statement in two articles, and returns
// the claims in story order.
func sameStatements(claims []*claim) []*claim {
	if len(claims) < 2 {
		return claims
	}
	shown := make([]*statement, len(claims))
	content := make([]vector, len(claims))
	keys := make([][]string, len(claims))
	for i, c := range claims {
		shown[i] = c.shown()
		stems := contentStems(shown[i].st.Text)
		for t := range stems {
			keys[i] = append(keys[i], t)
		}
		sort.Strings(keys[i])
		content[i] = contentTerms(shown[i].terms, stems)
	}
	u := linkage.NewUnionFind(len(claims))
	eachCandidate(keys, nil, nil, func(i, j int) bool {
		if u.Find(i) != u.Find(j) && sameStatement(shown[i], shown[j], content[i], content[j]) {
			u.Union(i, j)
		}
		return true
	})
	roots, groups := u.Groups()
	if len(roots) == len(claims) {
		return claims
	}
	out := make([]*claim, 0, len(roots))
	for _, r := range roots {
		g := groups[r]
		if len(g) == 1 {
			out = append(out, claims[g[0]])
			continue
		}
		cs := make([]*claim, len(g))
		var heads []*statement
		for k, i := range g {
			cs[k] = claims[i]
			heads = append(heads, shown[i])
		}
		c := joinClaims(cs)
		c.heads = heads
		out = append(out, c)
	}
	return out
}

// contentTerms returns the entries of a statement's term vector whose
// terms are content stems (contentStems), in the vector's order.
func contentTerms(v vector, stems map[string]bool) vector {
	var out vector
	for _, w := range v {
		if stems[w.term] {
			out = append(out, w)
		}
	}
	return out
}

// sameStatement reports whether x and y, of one side, are one speaker's
// statement in two articles: they share at least sameStatementWords
// content words (cx and cy are the entries of their term vectors that
// are content stems, contentTerms), which carry at least sameStatementSim
// of their cosine.
func sameStatement(x, y *statement, cx, cy vector) bool {
	if x.party != y.party || x.article == y.article {
		return false
	}
	if x.who != y.who {
		if !sameVoice(x, y) || measuresDiffer(measuresOf(x.st.Text), measuresOf(y.st.Text)) {
			return false // not "1,900 signatures" and, from the group, "2,300"
		}
		// A side speaking as itself and its spokesman: one voice when they
		// give one figure of one thing ("roughly 12 tonnes escaped", the
		// company said; "about twelve tonnes, not the forty", said its
		// spokeswoman), with a content word in common; else as one
		// speaker's statement told twice.
		if sharedWords(cx, cy) >= 1 && sharesCount(x.st.Text, y.st.Text) {
			return true
		}
	}
	if quotedWithin(x.st.Quote, y.st.Quote) || quotedWithin(y.st.Quote, x.st.Quote) {
		return true
	}
	var sim float64
	shared := 0
	cx.common(cy, func(_ string, w float64) {
		sim += w
		shared++
	})
	if shared >= sameStatementWords && sharedWords(cx, cy) >= sameStatementWords && sharesCount(x.st.Text, y.st.Text) {
		return true // "said 11,000 jobs were at risk", in two articles
	}
	return shared >= sameStatementWords && sim >= sameStatementSim
}

// sharedWords counts the content words two statements share, a unit's
// word ("percent") left out: it says nothing of what was counted.
func sharedWords(cx, cy vector) int {
	n := 0
	cx.common(cy, func(t string, _ float64) {
		if !unitWords[t] {
			n++
		}
	})
	return n
}

// sharesCount reports two sentences that give one figure of one thing:
// the same count of the same noun ("11,000 jobs", "six thousand people"
// and "6,000 workers"), the same share ("40 percent", "forty per cent")
// or the same amount, however written (measuresOf). One speaker giving
// it in two articles, with content words in common, tells one statement
// twice: a figure counts what a point is about, and a second point of
// the speaker would count another thing ("40 empty beds", "40 nurses").
// A figure under ten or a year is none a reader knows a statement by.
func sharesCount(a, b string) bool {
	ma := measuresOf(a)
	if len(ma) == 0 {
		return false
	}
	mb := measuresOf(b)
	for ka, va := range ma {
		for kb, vb := range mb {
			if !sameMeasure(ka, kb) {
				continue
			}
			for _, x := range va {
				if x >= 10 && !(strings.HasPrefix(ka, "count:") && x >= 1900 && x <= 2100 && x == float64(int(x))) && slices.Contains(vb, x) {
					return true
				}
			}
		}
	}
	return false
}

// sameMeasure reports two keys of measuresOf that measure one thing: the
// same key, or counts of people in general or by their work ("six
// thousand people", "6,000 workers").
func sameMeasure(a, b string) bool {
	if a == b {
		return true
	}
	kindA, restA, _ := strings.Cut(a, ":")
	kindB, restB, _ := strings.Cut(b, ":")
	ofA, unitA, _ := strings.Cut(restA, ":")
	ofB, unitB, _ := strings.Cut(restB, ":")
	return kindA == kindB && unitA == unitB && peopleStems[ofA] && peopleStems[ofB]
}

// peopleStems name people in general, or as those who work.
var peopleStems = map[string]bool{"peopl": true, "person": true, "worker": true, "employe": true, "member": true, "staff": true}

// unitWords are the stems of words that name a figure's unit.
var unitWords = map[string]bool{"percent": true, "cent": true, "per": true, "million": true, "billion": true, "pc": true}

// contentStems returns the terms of text's content words that are neither
// names nor figures: a word written capitalised inside a sentence is a
// name, and so is every use of its stem in text.
func contentStems(text string) map[string]bool {
	names := map[string]bool{}
	var words []string
	for _, t := range lex.Tokens(text) {
		for _, term := range terms(t.Text) { // a compound of common words is its words
			switch {
			case isFigure(term):
			case t.Capitalized && !t.SentenceStart:
				names[term] = true
			default:
				words = append(words, term)
			}
		}
	}
	out := map[string]bool{}
	for _, w := range words {
		if !names[w] {
			out[w] = true
		}
	}
	return out
}

// quotedWithin reports a quotation every part of which stands in another
// quotation of the same speaker: one outlet quotes a word or a phrase of
// what another quotes at length ("treason" in "have led to treason").
func quotedWithin(part, whole string) bool {
	if part == "" || whole == "" {
		return false
	}
	w := " " + quoteWords(whole) + " "
	content := false
	for _, p := range strings.Split(part, "…") {
		pw := quoteWords(p)
		if pw == "" || !strings.Contains(w, " "+pw+" ") {
			return false
		}
		content = content || slices.ContainsFunc(strings.Fields(pw), func(x string) bool { return !lex.IsStop(x) })
	}
	return content // not "we" or "no" alone
}

// quoteWords returns the words of a quotation, lower case, one space apart.
func quoteWords(q string) string {
	var ws []string
	for _, t := range lex.Tokens(q) {
		ws = append(ws, t.Lower)
	}
	return strings.Join(ws, " ")
}
