package attrib

import "strings"

// shareWords name a share of people polled ("70 percent of", "two-thirds
// of", "a majority of"): what that share says is a poll's finding, never a
// claim of the people it is a share of.
var shareWords = setOf("percent", "cent", "majority", "minority", "half", "third", "thirds",
	"two-thirds", "quarter", "quarters", "three-quarters", "fifth", "fifths", "plurality",
	"proportion", "fraction")

// pollShare reports whether the speaker's words are, or are what follows
// "of" after, a share of people: "Two-thirds", "70 percent of Tarnians",
// "60% of voters".
func (a *article) pollShare(np []tok) bool {
	if isShare(np[0].lower) {
		return true
	}
	at := subjectStart(a.curToks, np)
	if at < 2 || at > len(a.curToks) || a.curToks[at-1].lower != "of" {
		return false
	}
	n := a.curToks[at-2]
	return isShare(n.lower) || a.percentSign(n)
}

// percentSign reports a figure written with a percent sign, which the
// tokens leave out ("60%").
func (a *article) percentSign(t tok) bool {
	end := t.start + len(t.text)
	return end < len(a.curText) && strings.HasPrefix(a.curText[end:], "%") && strings.HasPrefix(a.curText[t.start:], t.text)
}

// isShare reports a word that names a share.
func isShare(w string) bool { return shareWords[w] }

// shareLead is how many words into a sentence a share may open it
// ("Some 51 percent say").
const shareLead = 4

// opensWithShare reports a sentence that opens with a share of people
// before any quotation ("Fifty-one percent say that “...”"): the
// quotation is the wording a poll put to them, not the last speaker's
// words going on.
func opensWithShare(toks []tok) bool {
	for i, t := range toks {
		if i >= shareLead || t.quote > 0 || t.punct {
			return false
		}
		if isShare(t.lower) {
			return true
		}
	}
	return false
}
