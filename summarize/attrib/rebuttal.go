package attrib

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// maxRebuttalReach is how many sentences back the statement a rebuttal
// answers may be.
const maxRebuttalReach = 3

// rebuttalOf returns the rebuttal that a sentence too thin to be a claim
// makes, if its cue denies, rejects or disputes: one that points back
// ("Ferrer rejected that account.") answers the last statement, made by
// someone else in the two sentences before; one that names what it
// denies ("Kestrania denied firing on the town.") answers the last
// statement of someone else, up to three sentences back, that speaks of
// it (a stem in common).
func rebuttalOf(sp *Speaker, toks []tok, text string, i int, cue string, out []Statement) (Rebuttal, bool) {
	if sp == nil || !rebuts(cue) {
		return Rebuttal{}, false
	}
	back := pointsBack(toks)
	var own map[string]bool
	if !back {
		own = contentStems(toks, cue)
		if len(own) == 0 {
			return Rebuttal{}, false
		}
	}
	for k := len(out) - 1; k >= 0; k-- {
		st := out[k]
		if st.Sentence < i-maxRebuttalReach || back && st.Sentence < i-2 {
			break
		}
		if Fold(st.Speaker.Name) == Fold(sp.Name) {
			if back {
				break // the speaker's own words before
			}
			continue
		}
		if back || sharesStem(own, st.Text) {
			return Rebuttal{Speaker: *sp, Text: strings.TrimSpace(text), Sentence: i, Answers: st.Sentence}, true
		}
	}
	return Rebuttal{}, false
}

// contentStems returns the stems of the words after the cue that are
// not function words: what a rebuttal names.
func contentStems(toks []tok, cue string) map[string]bool {
	c, _, _ := strings.Cut(strings.ToLower(cue), " ")
	out := map[string]bool{}
	after := false
	for _, t := range toks {
		if t.lower == c {
			after = true
			continue
		}
		if after && !t.punct && !lex.IsStop(t.lower) {
			out[lex.Stem(t.lower)] = true
		}
	}
	return out
}

// sharesStem reports a word of text whose stem is among stems.
func sharesStem(stems map[string]bool, text string) bool {
	for _, t := range lex.Tokens(text) {
		if stems[lex.Stem(t.Lower)] {
			return true
		}
	}
	return false
}

// rebuts reports a cue that denies, rejects or disputes what another
// said: "denied", "rejects", "dismissed", "disputes" ("dispute" and
// "contest", nouns as often as verbs elsewhere, are verbs as cues).
func rebuts(cue string) bool {
	w, _, _ := strings.Cut(strings.ToLower(cue), " ")
	switch lex.StanceOf(w) {
	case lex.Denial, lex.Rejection:
		return true
	}
	switch w {
	case "dispute", "disputes", "contest", "contests":
		return true
	}
	return false
}
