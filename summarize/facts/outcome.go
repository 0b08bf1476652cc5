package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A count of people is a count of what befell them or what they did: the
// dead and the injured of one blast are two counts, as are the nurses who
// walked out and all the nurses who work at the hospitals.

// outcomes maps the verbs said of counted people to the class of what
// they say.
var outcomes = map[string]string{
	"killed": "dead", "died": "dead", "dead": "dead", "dying": "dead", "perished": "dead", "killing": "dead",
	"injured": "hurt", "wounded": "hurt", "hurt": "hurt", "injuring": "hurt", "wounding": "hurt", "hospitalised": "hurt",
	"hospitalized": "hurt", "missing": "missing", "arrested": "held", "detained": "held", "evacuated": "moved",
	"displaced": "moved", "walked": "strike", "struck": "strike", "striking": "strike", "strike": "strike",
	"work": "all", "works": "all", "worked": "all", "employed": "all", "employs": "all", "employ": "all",
	"represents": "all", "represent": "all", "belong": "all", "attend": "all", "attends": "all",
	"marched": "crowd", "protested": "crowd", "rallied": "crowd", "gathered": "crowd", "demonstrated": "crowd",
	"voted": "voted", "signed": "signed",
}

// maxAside is the most words between commas after a count that its verb
// may follow.
const maxAside = 8

// outcomeSkip are the words between a counted noun and its verb ("were",
// "have been").
var outcomeSkip = map[string]bool{"were": true, "was": true, "are": true, "is": true, "have": true, "has": true,
	"had": true, "been": true, "be": true, "being": true, "reportedly": true, "also": true, "who": true, "that": true,
	"now": true, "still": true, "later": true}

// Outcome returns the class of what a count of people says befell them or
// they did ("dead" for "60 people died" and "the blast killed 60 people",
// "hurt" for "40 were injured", "all" for "4,000 nurses work at"), or ""
// when no such verb stands next to it.
func Outcome(s string, f Fact) string {
	if f.Kind != Count {
		return ""
	}
	if f.Of == Dead {
		return Dead // a toll
	}
	toks := lex.Tokens(s)
	at, next := span(toks, f)
	if next < len(toks) && next > 0 && strings.HasPrefix(strings.TrimSpace(s[toks[next-1].End:toks[next].Start]), ",") {
		// "About 200 people, many of them in uniform, protested": past
		// the words between commas.
		for k := next + 1; k < len(toks) && k <= next+maxAside; k++ {
			if gap := s[toks[k-1].End:toks[k].Start]; strings.Contains(gap, ",") {
				next = k
				break
			}
			if punctBefore(toks, k) {
				break
			}
		}
	}
	for k := next; k < len(toks) && k < next+4 && (k == next || !punctBefore(toks, k)); k++ {
		if c, ok := outcomes[toks[k].Lower]; ok {
			return c
		}
		if !outcomeSkip[toks[k].Lower] {
			break
		}
	}
	// "killed 60 people", "injuring about 40".
	for k := at - 1; k >= 0 && k >= at-3 && !punctBefore(toks, k+1); k-- {
		if c, ok := outcomes[toks[k].Lower]; ok {
			return c
		}
		if !lex.IsStop(toks[k].Lower) && !hedges[toks[k].Lower] {
			break
		}
	}
	return ""
}
