package attrib

import (
	"slices"

	"github.com/storybot/storybot/summarize/tag"
)

// The words about a person's name that are no part of it: a title with
// the department it heads ("Secretary of Commerce Ivo Maric"), an adverb
// set off by commas ("Ivo Maric, however,"), and the body a long phrase
// after "of" names ("Ivo Maric of the ... Department of Health").

// postOf reports a title word that takes its department with "of" before
// the name of who holds it ("Secretary of", "Minister of").
func postOf(t tok) bool {
	return t.cap && (titles[t.lower] || personRoles[t.lower])
}

// departmentAndName reports capitalised words after a title's "of" that
// hold a department and then a name of two words: at least three words,
// the last two no body's ("Commerce Ivo Maric", not "Tarn Holdings
// Group").
func departmentAndName(ws []tok) bool {
	n := len(ws)
	if n < 3 || !allCap(slices.DeleteFunc(slices.Clone(ws), func(t tok) bool { return t.lower == "and" || t.lower == "&" })) || !ws[0].cap {
		return false // "Environment and Water Teodor Valsic": one remit of two portfolios
	}
	for _, t := range ws[n-2:] {
		if orgHeads[t.lower] || bodyNouns[t.lower] || roleWords[t.lower] {
			return false
		}
	}
	return !isPlace(ws[n-2:])
}

// discourseWord reports an adverb set off by commas that links a sentence
// to the one before ("however", "meanwhile"), which an appositive of one
// word may be but a role never is.
func discourseWord(t tok) bool {
	return nonNames[t.lower] || t.tag == tag.RB
}

// nameBeforeOf returns where a name of two or three capitalised words
// starts that ends just before "of" at toks[j] ("Ivo Maric of" the body a
// long phrase names), or -1: the person the body's name qualifies, whom
// the phrase's length limit left out.
func nameBeforeOf(toks []tok, j int) int {
	if j < 2 || j >= len(toks) || toks[j].lower != "of" {
		return -1
	}
	k := j
	for k > 0 && j-k < 3 && toks[k-1].cap && !toks[k-1].punct && toks[k-1].quote == 0 && !roleWords[toks[k-1].lower] && !titles[toks[k-1].lower] {
		k--
	}
	if j-k < 2 || orgHeads[toks[j-1].lower] {
		return -1
	}
	return k
}

// personBeforeOf reports a phrase in which a person's name stands before
// "of" and a body ("Political analyst Mireille Dufort of the Centre for
// Public Policy"): the person speaks, whatever the body is named with.
func personBeforeOf(np []tok) bool {
	for j := 2; j < len(np); j++ {
		if np[j].lower == "of" && nameBeforeOf(np, j) >= 0 {
			return true
		}
	}
	return false
}
