package attrib

import "strings"

// A speech verb inside a concessive clause reports only that clause: in
// "While he said the pause had to do with spam accounts, other theories
// began to circulate" the theories are the reporter's, and in "The meeting
// ended without a deal, even as the treasury reaffirmed the June 1
// deadline" the meeting is. The statement is the clause, as written.

// concessiveClause returns the clause of text that holds the cue at toks[v]
// when a concessive conjunction ("while", "whereas", "although",
// "though", "even as") opens it at the start of the sentence or after a
// comma, and a main clause of other words goes with it; ok is false
// otherwise.
func concessiveClause(text string, toks []tok, v int) (string, bool) {
	if v <= 0 || v >= len(toks) {
		return "", false
	}
	s := -1
	for j := v - 1; j >= 0 && !toks[j].punct && toks[j].quote == 0; j-- {
		if concessives[toks[j].lower] || toks[j].lower == "as" && j > 0 && toks[j-1].lower == "even" {
			s = j
			break
		}
	}
	if s < 0 {
		return "", false
	}
	if toks[s].lower == "as" {
		s-- // "even as"
	}
	if s > 0 && toks[s-1].text != "," {
		return "", false
	}
	end := len(toks) - 1
	if s == 0 {
		// The clause opens the sentence: it ends at the comma before the
		// main clause, which must have words of its own.
		k := v + 1
		for k < len(toks) && toks[k].text != "," && toks[k].quote == 0 {
			k++
		}
		if k >= len(toks)-2 || toks[k].text != "," {
			return "", false
		}
		end = k - 1
	}
	from, to := toks[s].start, toks[end].start+len(toks[end].text)
	if from < 0 || to > len(text) || from >= to {
		return "", false
	}
	return strings.TrimSpace(text[from:to]), true
}

// concessives open a clause set against the main one.
var concessives = setOf("while", "whereas", "although", "though")
