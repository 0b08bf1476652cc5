package summarize

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// Which side a word of accusation, denial or rejection is aimed at, read
// with the part-of-speech tagger: a side named after it in its clause, or
// before it as no subject of an active verb (see turnsOn).

// afterInClause reports the i-th word of a text in the clause of the j-th
// before it: "the settlements were illegal, while the league condemned"
// names the league in a clause of its own.
func afterInClause(text string, j, i int) bool {
	toks := lex.Tokens(text)
	return i < len(toks) && oneClause(text, toks[j], toks[i])
}

// accuser reports a side named at the i-th word, before a word of
// accusation, denial or rejection at the j-th, that is no target of it:
// the word is a verb in the active voice and the side is the subject of
// it ("the union condemned the levy", "Ford and Fry disputed that") or of
// a verb above it ("Fry replied that I was threatening them"). A side
// named before a word of judgement ("the board's offer was
// unacceptable"), before a verb in the passive ("the union was blamed"),
// as the owner of the subject ("the union's blockade threatened the
// harvest") or after a preposition is its target.
func accuser(text string, i, j int) bool {
	s := tagged(text)
	if j >= len(s.tags) || !s.tags[j].Verb() || passive(s, j) {
		return false
	}
	if i > 0 && (s.tags[i-1] == tag.IN || s.tags[i-1] == tag.TO) {
		return false // named in a phrase of the subject: "the ambassador to Britain accused"
	}
	return subjectOf(s, i, j)
}

// subjectOf reports the i-th word the subject of a verb at or before the
// j-th: after it, only the rest of its noun phrase, names joined by
// "and", adverbs and auxiliaries stand before the verb ("the Tarn Farmers
// Union condemned", "Dale and Martha disputed", "Fry has since
// replied"), and no possessive ("the union's blockade").
func subjectOf(s taggedWords, i, j int) bool {
	for k := i; k < j; k++ {
		if w := s.toks[k].Lower; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false
		}
		next, tg := s.toks[k+1].Lower, s.tags[k+1]
		switch {
		case auxiliaries[next] || tg == tag.MD || tg.Adverb() || tg.Noun():
		case tg == tag.CC:
			if k+2 <= j && s.tags[k+2].Verb() {
				return false // a second predicate: "perform on the stage or block"
			}
		case tg.Verb():
			return true
		default:
			return false
		}
	}
	return false
}

// passive reports a past participle after a form of "be" ("was blamed",
// "has been accused").
func passive(s taggedWords, j int) bool {
	if s.tags[j] != tag.VBN {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if beForms[s.toks[k].Lower] {
			return true
		}
		if !s.tags[k].Adverb() {
			break
		}
	}
	return false
}

// beForms are the forms of "be" that make a passive of a participle.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "'s": true}

// inCompound reports the i-th word a common noun in a compound of common
// nouns ("security staff", "the delivery systems"): a word of a side's
// name used so names another thing than the side.
func inCompound(s taggedWords, i int) bool {
	if i >= len(s.tags) || !s.commonNoun(i) {
		return false
	}
	before := i > 0 && s.commonNoun(i-1) && !s.toks[i].SentenceStart
	after := i+1 < len(s.tags) && s.commonNoun(i+1) && !s.toks[i+1].SentenceStart
	return before || after
}
