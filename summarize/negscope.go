package summarize

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// The reach of a negation within its clause, read with the part-of-speech
// tagger: a negation denies the verb it governs and that verb's object,
// not what a question asks, what a phrase speaks about, a verb in the
// object of another verb, or a word of the clause of another subject.

// outOfScope reports a negation at the j-th word that does not reach the
// point at the i-th of a tagged statement:
//   - in a question ("you have not fixed the bridge?");
//   - the point after a preposition of what is spoken about ("never
//     received a letter about the plan") or after a negated verb of
//     comment ("couldn't comment on the investigation");
//   - the point a verb in the object of another verb the negation governs
//     ("not giving the fans much to feel good about");
//   - the point the subject of a negated verb that takes an object ("a
//     refund does not rebuild a kitchen"): the negation denies what the
//     subject does to the object, not the subject;
//   - the point the object of a first predicate, the negation in a
//     second joined to it ("attended the meeting but has no vote");
//   - the point before a new subject that the negation follows ("told
//     cheering teachers that they were not asking"), or a clause "that"
//     opens ("told the families that the board would not release") or a relative clause
//     it stands in ("cars out of steel that does not exist"), or before a negation
//     that opens a phrase of its own ("pressing higher and not giving
//     them a chance") or denies one thing to affirm another ("my role was
//     not a private channel, but the official one").
func outOfScope(text string, s taggedWords, j, i int) bool {
	if question(text, s.toks[j]) {
		return true
	}
	if j > i {
		if coordinators[s.toks[j-1].Lower] || corrective(text, s, j) {
			return true
		}
		if lex.DoubleNegation(s.toks[j].Lower) && !predicative(s, j) {
			// "a small part of the story without it": "without" denies
			// only what follows it, unless it is what the subject is
			// ("the east of the town was still without water").
			return true
		}
		for k := i + 1; k < j; k++ {
			if lex.SubjectPronoun(s.toks[k].Lower) || s.tags[k] == tag.WDT || s.tags[k] == tag.WP {
				return true // a new subject, or a relative clause: "steel that does not exist"
			}
			if s.toks[k].Lower == "that" && s.tags[k] == tag.IN {
				return true // a clause "that" opens: "told the families that the board would not release"
			}
		}
		if secondPredicate(s, j, i) {
			return true
		}
		return subjectOfTransitive(s, j, i)
	}
	for k := j + 1; k < i; k++ {
		if lex.About(s.toks[k].Lower) {
			return true
		}
		if s.tags[k] == tag.WDT || s.tags[k] == tag.WP {
			return true // "people you haven't met who are telling the story": a relative clause of its own
		}
	}
	if v := governed(s, j, i); v >= 0 && (lex.Reticence(s.toks[v].Lower) || s.toks[v].Lower == "to" && v+1 < i && lex.Reticence(s.toks[v+1].Lower)) {
		return true // "couldn't comment on the investigation", "declined to comment on the rules"
	}
	return s.tags[i].Verb() && verbInObject(s, j, i)
}

// predicative reports a word at j after a copula, maybe with an adverb
// between ("was still without water", "remain without power").
func predicative(s taggedWords, j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		switch w := s.toks[k].Lower; {
		case copulas[w]:
			return true
		case !s.tags[k].Adverb():
			return false
		}
	}
	return false
}

// copulas link a subject to what it is.
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "remain": true, "remains": true, "remained": true, "stay": true, "stays": true, "stayed": true,
	"left": true, "went": true, "go": true, "goes": true}

// objectReach is how many words before the point the verb that takes it
// as its object may stand ("attended the final meeting").
const objectReach = 3

// secondPredicate reports a negation at the j-th word in a second
// predicate, joined by "and", "but" or "or" to the one whose object is
// the point at the i-th ("attended the meeting but has no vote"): it
// denies what the subject did next, not the object of what it did first.
// A point that is the subject of both predicates ("the grant was frozen
// and was not cut") is in its scope.
func secondPredicate(s taggedWords, j, i int) bool {
	object := false
	for k := max(0, i-objectReach); k < i; k++ {
		if s.tags[k].Verb() && !auxiliaries[s.toks[k].Lower] && !beForms[s.toks[k].Lower] {
			object = true
		}
	}
	if !object {
		return false
	}
	for k := i + 1; k+1 < j; k++ {
		if w := s.toks[k].Lower; (w == "and" || w == "but" || w == "or") && s.tags[k+1].Verb() {
			return true
		}
	}
	return false
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

// coordinators join a phrase to the one before: a negation after one
// denies only its own phrase ("and not giving them a chance").
var coordinators = map[string]bool{"and": true, "or": true}

// correctiveReach is how many words after a negation "but" may stand and
// correct it ("not some private channel, but the official channel").
const correctiveReach = 8

// corrective reports a negation at the j-th word that denies one thing to
// affirm another: "but" soon after it opens a noun phrase with no verb
// after it ("not X, but the official channel"), not a clause ("not
// safe, but the union says").
func corrective(text string, s taggedWords, j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+correctiveReach; k++ {
		if s.toks[k].Lower != "but" {
			continue
		}
		for l := k + 1; l < len(s.toks); l++ {
			if s.toks[l].SentenceStart || strings.ContainsAny(text[s.toks[l-1].End:s.toks[l].Start], ",;:\"”") {
				break // the phrase ends: "but the official channel," he said
			}
			if s.tags[l].Verb() || lex.SubjectPronoun(s.toks[l].Lower) {
				return false
			}
		}
		return k+1 < len(s.toks) && !s.toks[k+1].SentenceStart
	}
	return false
}

// governed returns the index of the word a negation at the j-th word
// governs, the first after it that is no auxiliary or adverb, before the
// i-th word; -1 if none.
func governed(s taggedWords, j, i int) int {
	for k := j + 1; k < i; k++ {
		if w := s.toks[k].Lower; !auxiliaries[w] && !beForms[w] && !s.tags[k].Adverb() {
			return k
		}
	}
	return -1
}

// subjectOfTransitive reports the point at the i-th word the subject of
// the verb a negation at the j-th governs, with only auxiliaries and
// adverbs between them, when that verb is active and takes an object (a
// determiner, noun or pronoun right after it): "a refund does not
// rebuild a kitchen" denies the rebuilding, not the refund.
func subjectOfTransitive(s taggedWords, j, i int) bool {
	if !s.tags[i].Noun() {
		return false
	}
	for k := i + 1; k < j; k++ {
		if w := s.toks[k].Lower; !auxiliaries[w] && !s.tags[k].Adverb() {
			return false
		}
	}
	v := governed(s, j, len(s.toks))
	if v < 0 || v+1 >= len(s.toks) || !s.tags[v].Verb() || s.tags[v] == tag.VBN || beForms[s.toks[v].Lower] {
		return false
	}
	next := s.tags[v+1]
	return next == tag.DT || next == tag.PRPS || next.Noun() || next == tag.PRP
}

// predicateDenied returns the stance of a negation in text of the verb
// its point is the subject of (see subjectOfTransitive), when the other
// statement speaks of that verb too ("the bakery was not cutting the
// plan" against "the bakery was cutting the plan"); 0 otherwise: what
// the subject does is denied, and only a side that says it does it is
// answered.
func predicateDenied(text, other, topic string) uint8 {
	s := tagged(text)
	for i, t := range s.toks {
		if stemOf(t.Lower) != topic {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+negationReach; j++ {
			if lex.StanceAt(s.toks, j) != lex.Negation || !denies(text, s.toks, j) || !subjectOfTransitive(s, j, i) {
				continue
			}
			if v := governed(s, j, len(s.toks)); v >= 0 && speaksOf(other, stemOf(s.toks[v].Lower)) {
				return 1 << lex.Negation
			}
		}
	}
	return 0
}

// speaksOf reports a text with a word of the stem.
func speaksOf(text, stem string) bool {
	if stem == "" {
		return false
	}
	for _, t := range lex.Tokens(text) {
		if stemOf(t.Lower) == stem {
			return true
		}
	}
	return false
}
