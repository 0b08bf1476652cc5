package attrib

import (
	"strings"
	"unicode/utf8"
)

// A quotation that fills its sentence goes on from the last speaker only
// when the sentence brings in no new speaker of its own. An indefinite
// noun phrase ("a Tarnco spokesperson", "an official") introduces someone
// not spoken of before; a pronoun, a definite description ("the group's
// leader") may refer to the speaker before. An indefinite document ("a
// statement") is a new source too: its owner is the body it is tied to,
// never the speaker of the quotation before.

// newSpeaker reports a mention that is an indefinite noun phrase naming
// a person, a body or a document.
func newSpeaker(mention string) bool {
	f := strings.Fields(strings.ToLower(mention))
	return len(f) >= 2 && indefiniteDeterminers[f[0]] // "a spokesperson", "one worker", "another official"
}

// runOnQuote returns the quotation a sentence opens and does not close,
// for the last sentence of a paragraph: news leaves the closing mark off
// a quotation that runs on past its paragraph, and what the sentence says
// is all inside it ("“After four weeks of talks, the studios remain
// unwilling ..."). A cue inside it is the quoted speaker's words, not an
// attribution. It reports false for any other sentence.
func runOnQuote(s string) (span, bool) {
	t := strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(t)
	if r != '“' && r != '"' || strings.ContainsAny(t[n:], "”\"") {
		return span{}, false
	}
	start := strings.Index(s, t)
	return span{start: start, end: start + len(t), text: strings.TrimSpace(t[n:])}, true
}

// indefiniteSubject reports a cue at v whose subject opens with an
// indefinite determiner, right after it ("said one legal expert", "said
// a retired engineer") or as the first word of the phrase before it
// ("a retired engineer said"), however the rest of the phrase reads.
func indefiniteSubject(toks []tok, v int) bool {
	if v < 0 || v >= len(toks) {
		return false
	}
	if v+1 < len(toks) && indefiniteDeterminers[toks[v+1].lower] {
		return true
	}
	i := v - 1
	for i >= 0 && v-i <= maxIndefinitePhrase && !toks[i].punct && toks[i].quote == 0 && !toks[i].cap {
		i--
	}
	return i+1 < v && indefiniteDeterminers[toks[i+1].lower]
}

// opensIndefinite reports a sentence that opens with an indefinite
// determiner before a common noun ("One former line cook, who asked not to
// be named, said", "Another ex-employee, a former manager, claimed").
func opensIndefinite(toks []tok) bool {
	return len(toks) > 2 && indefiniteDeterminers[toks[0].lower] && !toks[1].cap && !toks[1].punct && toks[1].quote == 0
}

// maxIndefinitePhrase is how many words an indefinite subject before its
// cue may have ("a retired structural engineer").
const maxIndefinitePhrase = 5
