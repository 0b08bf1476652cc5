package attrib

import "strings"

// An absolute clause of "with" gives a statement to the phrase after
// "with", not to the main clause's subject: "The draft disappointed
// Western leaders, with the European Union and Canada calling for
// stronger language." The subject of the -ing cue is the first name of
// that phrase.

// maxAbsoluteWords is how many words may stand between "with" and its
// -ing cue: a list of four or five names, as such clauses hold.
const maxAbsoluteWords = 16

// absoluteQuantifiers may stand between the names and the cue ("all
// calling for", "both urging").
var absoluteQuantifiers = setOf("all", "both", "each", "also", "now", "still", "together")

// absoluteCue returns the first name after ", with" and the position of
// the -ing cue it is the subject of, or nil and -1. Between "with" and
// the cue stand only names, determiners, commas, "and" and quantifiers.
func absoluteCue(toks []tok) ([]tok, int) {
	for w := 1; w+2 < len(toks); w++ {
		if toks[w].lower != "with" || toks[w-1].text != "," {
			continue
		}
		for g := w + 2; g < len(toks) && g-w <= maxAbsoluteWords; g++ {
			t := toks[g]
			if gerundCue(toks, g) {
				if np := firstName(toks[w+1 : g]); len(np) > 0 {
					return np, g
				}
				break
			}
			if t.quote > 0 || t.punct && t.text != "," || !t.punct && !t.cap && !nameListWord(t.lower) {
				break
			}
		}
	}
	return nil, -1
}

// nameListWord reports a lower-case word that may stand in a list of
// names before an absolute clause's cue.
func nameListWord(w string) bool {
	return w == "the" || w == "and" || w == "of" || absoluteQuantifiers[w]
}

// firstName returns the first name of a list ("the European Union, the
// United States and France" -> "the European Union").
func firstName(ts []tok) []tok {
	end := 0
	for end < len(ts) && ts[end].text != "," && ts[end].lower != "and" && !absoluteQuantifiers[ts[end].lower] {
		end++
	}
	if !hasCap(ts[:end]) {
		return nil
	}
	return ts[:end]
}

// gerundCue reports an -ing cue at g: "saying", or the verb of a phrasal
// cue with its particle ("calling for").
func gerundCue(toks []tok, g int) bool {
	if _, ok := cueGerunds[toks[g].lower]; ok {
		return true
	}
	p, ok := phrasal[toks[g].lower]
	return ok && strings.HasSuffix(toks[g].lower, "ing") && g+1 < len(toks) && toks[g+1].lower == p
}
