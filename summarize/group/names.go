package group

import (
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/lex"
)

// eventNameWeight multiplies the weight of an event name (see isEventName):
// two reports that give the same summit, flight or bill number name the
// same event more surely than two that name the same person, who may act
// in many.
const eventNameWeight = 2

// properWords returns the lower-cased words that the text capitalises in
// the middle of a sentence: the names of people, bodies and places. A word
// the text also writes in lower case is a common noun inside a name or a
// title ("United Nurses of Carrow" and "the nurses", "Mayor Tate" and "the
// mayor"): it says what an article is about, not whom, so two unions of
// nurses in two cities do not share a name.
func properWords(text string) map[string]bool {
	toks := lex.Tokens(text)
	common := map[string]bool{}
	for _, t := range toks {
		if !t.Capitalized {
			common[lex.Fold(bare(t.Lower))] = true
		}
	}
	out := map[string]bool{}
	for k, t := range toks {
		if t.Capitalized && (!t.SentenceStart || openingAcronym(toks, k)) {
			if low := lex.Fold(bare(t.Lower)); !lex.IsStop(low) && !common[low] {
				out[low] = true
			}
		}
	}
	return out
}

// openingAcronym reports an acronym that opens a sentence ("NATO said",
// "SAG-AFTRA represents"): written in capitals, it is a name wherever it
// stands, while an ordinary capitalised word there may be any word. A run
// of capitals (a headline or a label set in capitals) is no acronym.
func openingAcronym(toks []lex.Token, k int) bool {
	if !isAcronym(toks[k].Text) {
		return false
	}
	next := k + 1
	return next >= len(toks) || toks[next].SentenceStart || !isAcronym(toks[next].Text)
}

// isAcronym reports a word written in capitals with no lower-case letter:
// two capitals or more ("UAW", "SAG-AFTRA"), or one with digits ("G20").
func isAcronym(w string) bool {
	caps, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLower(r):
			return false
		}
	}
	return caps >= 2 || caps == 1 && digits > 0
}

// isEventName reports a name term that joins two letters or more and two
// digits or more in one word ("@cop31", "@mh17", "@sb-1047"): the numbered
// name of a summit, a flight, a bill or a case, which one event carries,
// unlike the name of a person or a body that acts in many. A single letter
// with a number names a quarter, a format or a model ("Q3", "G7", "A320",
// "MP3"), which many events share.
func isEventName(term string) bool {
	if !strings.HasPrefix(term, "@") {
		return false
	}
	letters, digits := 0, 0
	for _, r := range term[1:] {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2 && digits >= 2
}

// bare is a lower-cased word without a possessive ending.
// An initialism written with periods is the same word without them
// ("U.N." and "UN").
func bare(low string) string {
	low = strings.TrimSuffix(strings.TrimSuffix(low, "'s"), "'")
	if strings.Contains(low, ".") && isInitialism(low) {
		low = strings.ReplaceAll(low, ".", "")
	}
	return low
}

// isInitialism reports letters each followed by a period but the last
// ("u.n", "u.s.a"), not a decimal ("2.5").
func isInitialism(low string) bool {
	for _, p := range strings.Split(low, ".") {
		if r := []rune(p); len(r) != 1 || !unicode.IsLetter(r[0]) {
			return false
		}
	}
	return true
}
