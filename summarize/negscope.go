package summarize

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// The reach of a negation within its clause, read with the part-of-speech
// tagger: a negation denies the verb it governs and that verb's object,
// not what a question asks, what a phrase speaks about, a verb in the
// object of another verb, or a word of the clause of another subject.

// outOfScope reports a negation at the j-th word that does not reach the
// point at the i-th of a tagged statement:
//   - in a question ("you have not fixed the bridge?");
//   - the point after a preposition of what is spoken about ("never
//     received a letter about the plan");
//   - the point a verb in the object of another verb the negation governs
//     ("not giving the fans much to feel good about");
//   - the point before a new subject that the negation follows ("told
//     cheering teachers that they were not asking").
func outOfScope(text string, s taggedWords, j, i int) bool {
	if question(text, s.toks[j]) {
		return true
	}
	if j > i {
		for k := i + 1; k < j; k++ {
			if lex.SubjectPronoun(s.toks[k].Lower) {
				return true
			}
		}
		return false
	}
	for k := j + 1; k < i; k++ {
		if lex.About(s.toks[k].Lower) {
			return true
		}
	}
	return s.tags[i].Verb() && verbInObject(s, j, i)
}

// verbInObject reports the i-th word a verb in the object of another verb
// after the negation at the j-th: a verb, then a noun or pronoun, stand
// between them ("not giving them much to feel"), so that the negation
// governs the first verb.
func verbInObject(s taggedWords, j, i int) bool {
	verb := false
	for k := j + 1; k < i; k++ {
		tg := s.tags[k]
		switch {
		case tg.Verb() && !auxiliaries[s.toks[k].Lower] && !beForms[s.toks[k].Lower]:
			verb = true
		case verb && (tg.Noun() || lex.SubjectPronoun(s.toks[k].Lower) || s.toks[k].Lower == "them" || s.toks[k].Lower == "us"):
			return true
		}
	}
	return false
}

// question reports a word in a sentence that ends with a question mark.
func question(text string, t lex.Token) bool {
	rest := text[t.End:]
	if k := strings.IndexAny(rest, ".!?"); k >= 0 {
		return rest[k] == '?'
	}
	return false
}

// negatedBelief reports a negation at the j-th word that, with a second
// negation in its clause, negates a verb of belief and what it takes,
// which together affirm: "I cannot believe they would not want it".
func negatedBelief(text string, toks []lex.Token, j int) bool {
	for k := max(0, j-undoReach); k < len(toks) && k <= j+undoReach; k++ {
		if k == j || lex.StanceOf(toks[k].Lower) != lex.Negation {
			continue
		}
		outer := min(j, k)
		for b := outer + 1; b <= outer+2 && b < max(j, k); b++ {
			if lex.Belief(toks[b].Lower) && oneClause(text, toks[outer], toks[max(j, k)]) {
				return true
			}
		}
	}
	return false
}
