package facts

import "github.com/storybot/storybot/summarize/lex"

// A count that a verb of reaching gives ("the petition has passed 1,900
// signatures", "has gathered more than 2,500 signatures") or that is
// dated with "by" ("had 1,900 signatures by Monday evening") is a running
// total as of a time: it grows, so another outlet's other figure tells of
// another time, not another value of one fact.

// reaching are the verbs that give a running total as a mark passed.
var reaching = map[string]bool{"passed": true, "topped": true, "surpassed": true, "exceeded": true,
	"reached": true, "gathered": true, "collected": true, "amassed": true}

// tallySkip are the words between a verb of reaching and its count.
var tallySkip = map[string]bool{"more": true, "than": true, "over": true, "some": true, "about": true,
	"around": true, "nearly": true, "almost": true, "roughly": true, "the": true, "a": true}

// Running reports a count given as a running total: after a verb of
// reaching, or with "by" and a time after it in its clause. A death toll
// is no running total: outlets that give two tolls ("the toll reached
// 17", "rose to 14") disagree on it.
func Running(s string, f Fact) bool {
	if f.Kind != Count || f.Of == Dead {
		return false
	}
	toks := lex.Tokens(s)
	at, next := span(toks, f)
	for k := at - 1; k >= 0 && k >= at-4 && !punctBefore(toks, k+1); k-- {
		if reaching[toks[k].Lower] {
			return true
		}
		if !tallySkip[toks[k].Lower] {
			break
		}
	}
	// "1,900 signatures by Monday evening", "by the weekend".
	if next+1 < len(toks) && toks[next].Lower == "by" && !punctBefore(toks, next) {
		w := toks[next+1]
		if k := next + 2; w.Lower == "the" && k < len(toks) {
			w = toks[k]
		}
		_, day := weekdays[w.Lower]
		_, month := months[w.Lower]
		return day && w.Capitalized || month && w.Capitalized || timeWords[w.Lower]
	}
	return false
}
