package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A count is a number and the noun it counts: "3,100 nurses", "420
// planned operations", "300 Wagner fighters".

// restriction returns the stem of the verb of a restrictive relative
// clause right after the counted noun at toks[noun] ("actors who cast
// ballots", "jobs that were cut"), or "". A clause after a comma only
// describes ("3,100 nurses, who walked out on Monday"), so it restricts
// nothing. (A phrase of place, "nurses at the hospitals", restricts as
// often as it only says where the event is, and is left alone.)
func restriction(toks []lex.Token, noun int) string {
	k := noun + 1
	if k+1 >= len(toks) || punctBefore(toks, k) {
		return ""
	}
	switch toks[k].Lower {
	case "who", "that", "which":
		for k++; k < len(toks) && (auxiliaries[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ly")); k++ {
		}
		// "that the union represents": an object clause, its verb further on.
		if k >= len(toks) || toks[k].Capitalized || lex.IsStop(toks[k].Lower) || punctBefore(toks, k) {
			return ""
		}
		return lex.Stem(toks[k].Lower)
	}
	return ""
}

// auxiliaries stand between a relative pronoun and its verb.
var auxiliaries = map[string]bool{"have": true, "has": true, "had": true, "were": true, "was": true, "are": true,
	"is": true, "been": true, "be": true, "will": true, "would": true, "could": true, "did": true, "do": true,
	"not": true, "also": true, "still": true}

// countedNoun finds the noun a number counts: the last word of the run of
// lower-case words that follows it, up to three ("420 planned operations",
// "more than 40 artillery rounds"), or -1. The run may be in quotes ("20
// “spam bots”") and open with one capitalised word, a name that says
// whose they are ("300 Wagner fighters", "4,000 UAW members").
func countedNoun(s string, toks []lex.Token, j int) (int, int) {
	if j+2 < len(toks) && toks[j].Lower == "of" && partitiveDeterminers[toks[j+1].Lower] && !punctBefore(toks, j) {
		j += 2 // "nine of its employees": a part of them, counted as they are
	}
	var run []int
	for k := j; k < len(toks) && k < j+3; k++ {
		w := toks[k]
		if punctBefore(toks, k) && !quotesOnly(s[toks[k-1].End:w.Start]) {
			break
		}
		if w.Capitalized && !w.SentenceStart && k == j && k+1 < len(toks) && !toks[k+1].Capitalized &&
			isNoun(toks[k+1].Lower) && !punctBefore(toks, k+1) {
			continue // "300 Wagner fighters": the name is no noun counted
		}
		if w.Capitalized || !isNoun(w.Lower) && !(k == j && countedStops[w.Lower]) {
			break
		}
		run = append(run, k)
	}
	noun := -1
	// The first plural ("420 planned operations", "3,100 nurses walked",
	// "700 children attend"); else the words up to a verb ("six people
	// died").
	for _, k := range run {
		if w := toks[k].Lower; len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || irregularPlurals[w] {
			noun = k
			break
		}
	}
	if noun < 0 {
		for n, k := range run {
			if w := toks[k].Lower; n > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
				break
			}
			noun = k
		}
	}
	if noun < 0 || !plausibleNoun(toks[noun].Lower) {
		return -1, j
	}
	return noun, noun + 1
}

// partitiveDeterminers open the group a partitive count is part of,
// whose owner counts it ("nine of its employees", "12 of our members");
// "five of the men" is a part picked out, often for what it is ("are
// contractors"), and stays uncounted.
var partitiveDeterminers = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true}

// countedStops are stop words (as verbs) that are nouns counted just
// after a number: "31 reports of fires".
var countedStops = map[string]bool{"reports": true}

// irregularPlurals are plurals without an s.
var irregularPlurals = map[string]bool{"children": true, "people": true, "men": true, "women": true,
	"staff": true, "police": true, "personnel": true, "cattle": true, "sheep": true, "crew": true}

// quotesOnly reports text between two words that holds only spaces and
// quotation marks.
func quotesOnly(between string) bool {
	return strings.Trim(between, " \"'“”‘’") == "" && strings.ContainsAny(between, "\"'“”‘’")
}

// plausibleNoun leaves out words that follow numbers without being what
// they count ("3,100 strong", "40 percent").
func plausibleNoun(w string) bool {
	switch w {
	case "percent", "per", "cent", "times", "strong", "more", "less", "fewer", "times'", "am", "pm",
		"a.m", "p.m", "km", "kilometres", "kilometers", "miles", "metres", "meters":
		return false
	}
	return !strings.HasSuffix(w, "ly")
}
