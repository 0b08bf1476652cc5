package summarize

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// A rebuttal (attrib.Rebuttal) is a side's sentence too thin to be a
// claim that denies, rejects or disputes what another side said just
// before ("Ferrer rejected that account.", "The union disputes those
// figures."). It is no claim, but it is the plainest dispute there is:
// the statement rejected against the sentence rejecting it.

// rebuttalScore is the strength of a rebuttal's dispute: a side that
// calls another's words untrue turns on it, as one that accuses another
// by name, though it says nothing of its own on the point.
const rebuttalScore = minPointSim + accuseBonus

// rebuttalDisputes returns the disputes the rebuttals of claims make:
// the side rejecting against the claim's statement it rejects. Its point
// is the charge when that statement turns on someone ("Charges against
// the union"), else what the statement speaks of (rebuttedPoint).
func rebuttalDisputes(cw []*claimWords, df map[string]int, nameStems map[string]bool, keys map[string]actorKeys) []*sideDispute {
	var out []*sideDispute
	next := nextStatements(cw)
	for _, a := range cw {
		for _, r := range a.c.rebuttals {
			if oneActor(keys[a.c.party], keys[r.party]) {
				continue
			}
			b := wordsOf(&claim{party: r.party, members: []*statement{r}, articles: []string{r.article}}, nameStems)
			d := &sideDispute{a: a, b: b, sa: r.answers, sb: r, score: rebuttalScore, rebutted: true}
			if n := next[sentenceAt{r.article, r.st.Sentence + 1}]; n != nil && n.party == r.party && !fragment(n) {
				// "The authority rejected that claim." and, next, what
				// it says instead: its position on the point.
				d.sb = n
			}
			if t := toneOfText(r.answers.st.Text).tone; t.against && accusesSomeone(t) {
				d.accused = true
			} else {
				d.topic = rebuttedPoint(a, r.answers, df)
			}
			out = append(out, d)
		}
	}
	return out
}

// accusesSomeone reports a statement with a word of accusation: what it
// says of another is a charge.
func accusesSomeone(t tone) bool {
	for _, s := range t.stances {
		if s == lex.Accusation {
			return true
		}
	}
	return false
}

// rebuttedPoint returns the stem of the statement's head noun that weighs
// most (the fewest of the story's claims use it: "phone" in "The only
// thing in his hand was a phone"), the first of those tied, or "" when it
// has none: the point a rebuttal of the statement disputes, as the
// weightiest shared word is the point of two claims.
func rebuttedPoint(a *claimWords, s *statement, df map[string]int) string {
	text := s.st.Text
	if s.st.Quote != "" {
		text = s.st.Quote // the speaker's words, not who they are
	}
	tw := tagged(text)
	who := map[string]bool{}
	for _, t := range terms(s.speaker.Name + " " + s.speaker.Role) {
		who[t] = true
	}
	best, bestDF := "", 0
	for i, t := range tw.toks {
		if !tw.commonNoun(i) || i+1 < len(tw.toks) && tw.commonNoun(i+1) {
			continue // not a noun, or a modifier of the next
		}
		w := t.Lower
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "ing") || attrib.IsCue(w) ||
			emptyHead(w) || !nameable(w) || lex.StanceOf(w) != lex.NoStance {
			continue // a possessive modifies; a cue or a gerund the tagger took for a noun ("Ada suggests")
		}
		for _, stem := range terms(w) {
			if _, ok := a.stems[stem]; !ok || a.proper[stem] || who[stem] {
				continue
			}
			if n := df[stem]; n > 0 && (best == "" || n < bestDF) {
				best, bestDF = stem, n
			}
		}
	}
	return best
}

// answeredIn returns the statement a rebuttal answers among one
// article's statements: the last of the speaker answered up to the
// sentence answered (a run of that speaker's sentences opens before it),
// or nil when that speaker's statement is no side's (a commentator's, a
// reporting outlet's).
func answeredIn(stmts []*statement, r attrib.Rebuttal) *statement {
	var out *statement
	for _, s := range stmts {
		if s.answers == nil && s.st.Sentence <= r.Answers && s.st.Speaker.Name == r.Answered && (out == nil || s.st.Sentence >= out.st.Sentence) {
			out = s
		}
	}
	return out
}

// nextStatements indexes the claims' statements by where they stand, for
// a rebuttal to find what its side says in the sentence after it.
func nextStatements(cw []*claimWords) map[sentenceAt]*statement {
	out := map[sentenceAt]*statement{}
	for _, w := range cw {
		for _, p := range w.c.points {
			for _, s := range p.all {
				out[sentenceAt{s.article, s.st.Sentence}] = s
			}
		}
	}
	return out
}
