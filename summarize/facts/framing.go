package facts

import "github.com/storybot/storybot/summarize/lex"

// How a sentence frames a figure by the words just before it: as round,
// or as what someone asks for rather than what is given.

// hedges are the words before a figure that make it round ("about 700").
var hedges = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "some": true, "estimated": true, "close": true}

// Hedged reports a figure a sentence gives as round: "about 700 pupils",
// "nearly 700 children", "an estimated 4,000".
func Hedged(s string, f Fact) bool {
	toks := lex.Tokens(s)
	for i, t := range toks {
		if t.End > f.Start {
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if hedges[toks[k].Lower] {
					return true
				}
				if toks[k].Lower != "to" || punctBefore(toks, k+1) { // "close to"
					break
				}
			}
			return false
		}
	}
	return false
}

// demands are the words that make a figure what one side asks for, not
// what is given or offered: "seeking an 18% rise" is no value of "a 9%
// pay rise offered".
var demands = map[string]bool{"seeking": true, "seeks": true, "seek": true, "sought": true, "wants": true,
	"want": true, "wanted": true, "demand": true, "demands": true, "demanding": true, "demanded": true,
	"asking": true, "asks": true, "asked": true, "calling": true, "calls": true, "claim": true, "claims": true,
	"suing": true, "sues": true, "sued": true, "sue": true} // "suing for 7 million crowns" asks for them

// Demand reports a figure a sentence gives as what someone asks for: a
// word of demanding in the words just before it, in its clause ("the
// union is seeking a 12% pay rise", "members want 15 percent").
func Demand(s string, f Fact) bool {
	toks := lex.Tokens(s)
	at, _ := span(toks, f)
	reach := 4
	if f.Kind == Duration {
		reach = 8 // "wants a 20 percent rise over two years": the length of what is asked for
	}
	for k := at - 1; k >= 0 && k >= at-reach; k-- {
		if demands[toks[k].Lower] {
			return true
		}
		if punctBefore(toks, k+1) {
			break
		}
	}
	return false
}
