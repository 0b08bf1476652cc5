package attrib

// Bodies and their people in a phrase: a person named before "of" the
// kind of a body and its name, and a state's body named in lower case
// with a remit of two words.

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// nameBeforeKindOf returns where the name starts of a person before "of
// the" and a body's kind in lower case that the body's name at j+1
// follows ("Energy analyst Anna Berg of the consultancy Halden Partners",
// "of the law firm Fenwick Lowe"), or -1: the person speaks, the body is
// whose they are.
func nameBeforeKindOf(toks []tok, j int) int {
	k := j
	for k >= 0 && j-k < 2 && !toks[k].cap && !toks[k].punct && toks[k].quote == 0 && toks[k].lower != "the" && toks[k].lower != "of" {
		k--
	}
	if k == j || k < 1 || toks[k].lower != "the" || toks[k-1].lower != "of" {
		return -1
	}
	return nameBeforeOf(toks, k-1)
}

// remitWithAnd returns where a government body named in lower case with
// its state's possessive and a remit of two words joined by "and" starts,
// the phrase ending at i: "Tarvania's water and energy ministry",
// "Tarvania's ministry of water and energy"; or -1.
func remitWithAnd(toks []tok, i int) int {
	lowerWord := func(k int) bool {
		return k >= 0 && !toks[k].cap && !toks[k].punct && toks[k].quote == 0 && !lex.IsStop(toks[k].lower)
	}
	owner := func(k int) bool { return k >= 0 && toks[k].cap && strings.HasSuffix(toks[k].lower, "'s") }
	switch {
	case i >= 4 && bodyNouns[toks[i].lower] && !toks[i].cap && lowerWord(i-1) && toks[i-2].lower == "and" && lowerWord(i-3) && owner(i-4):
		return i - 4
	case i >= 5 && lowerWord(i) && toks[i-1].lower == "and" && lowerWord(i-2) && toks[i-3].lower == "of" && bodyNouns[toks[i-4].lower] && owner(i-5):
		return i - 5
	}
	return -1
}
