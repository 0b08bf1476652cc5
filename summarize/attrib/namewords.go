package attrib

// The words around a name that say what it is: an age after it ("said
// Dominik, 34"), lower-case words of a role before it the subject phrase
// did not take in ("hospital administrator Vesna Korda"), a hyphenated
// adjective that is no name ("Penny-pinching shoppers"), and the kind a
// lower-case word names ("the university" of the University of
// Castelmoor).

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// reAgeAfter finds an age between commas, or before the sentence's end,
// just after a name: "Dominik, 34, a support engineer", "said Mila, 29."
var reAgeAfter = regexp.MustCompile(`^, \d{1,3}(,|\.|$)`)

// agedIn reports a sentence that gives the word an age just after it.
func agedIn(sentence, word string) bool {
	for rest := sentence; ; {
		i := strings.Index(rest, word)
		if i < 0 {
			return false
		}
		rest = rest[i+len(word):]
		if reAgeAfter.MatchString(rest) {
			return true
		}
	}
}

// LowerCompound reports a hyphenated word whose last part is written in
// lower case: an adjective that opens a sentence ("Penny-pinching
// shoppers", "Penny-pinching Finance Minister Rolf Danneker"), never a
// name, whose every part is capitalised ("Guinea-Bissau",
// "Okafor-Rhys").
func LowerCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && !startsUpper(w[i+1:])
}

// maxPreNameWords bounds the lower-case words of a role preNameWords
// takes before a name.
const maxPreNameWords = 4

// preNameWords returns the nouns and adjectives just before toks[at]
// that say what a person named there is ("hospital administrator",
// "Retired border police colonel"; the first word of the sentence may be
// capitalised), or "": no determiner, possessive, preposition or verb
// among them, and a noun last.
func preNameWords(toks []tok, at int) string {
	if at <= 0 || at >= len(toks) {
		return ""
	}
	j := at
	for j > 0 && at-j < maxPreNameWords {
		t := toks[j-1]
		if t.punct || t.quote > 0 || isFunctionWord(t.lower) || possessiveTok(t) || t.cap && j-1 > 0 || cueVerbs[t.lower] ||
			!(t.tag.Noun() || t.tag == tag.JJ || t.tag == tag.VBN && j-1 == 0) || t.tag.Verb() && !(t.tag == tag.VBN && j-1 == 0) {
			break
		}
		j--
	}
	if j == at || !toks[at-1].tag.Noun() {
		return ""
	}
	return joinText(toks[j:at])
}

// kindOfName reports a lower-case phrase that is an organisation's whole
// name or the kind its name opens with before "of" or "for" ("the
// university" of the University of Castelmoor, "the bank" of the Bank of
// Dravonia), not a first word that says something else ("Government
// House").
func kindOfName(org, phrase string) bool {
	o, f := strings.Fields(Fold(org)), strings.Fields(Fold(phrase))
	if slices.Equal(o, f) {
		return true
	}
	return len(o) > len(f) && slices.Equal(o[:len(f)], f) && (o[len(f)] == "of" || o[len(f)] == "for")
}
