package lex

import "strings"

// The words that bound or undo what a stance word says, in one place:
// the scope of a negation and the constructions that make a stance word
// take no stand.

// StanceAt returns the stance of the j-th word in its construction: that
// of StanceOf, but none for a word that takes a stand only with an
// infinitive after it and has none ("failed to notify" refuses; "a valve
// had failed" reports a breakdown).
func StanceAt(toks []Token, j int) Stance {
	st := StanceOf(toks[j].Lower)
	if st != NoStance && infinitiveOnly[toks[j].Lower] && (j+1 >= len(toks) || toks[j+1].Lower != "to") {
		return NoStance
	}
	return st
}

// infinitiveOnly are the forms of the stance verbs that take a stand only
// with an infinitive after them.
var infinitiveOnly = inflected("fail")

// inflected returns the set of the forms of regular verbs (Inflect).
func inflected(verbs ...string) map[string]bool {
	m := map[string]bool{}
	for _, v := range verbs {
		for _, f := range Inflect(v, "") {
			m[f] = true
		}
	}
	return m
}

// The words that, after a negation in its clause, make it no denial of
// a fact (see Undoes):
//   - doubleNegations: a second negation, which affirms ("not one patient
//     will go without a nurse");
//   - conditions: a condition, which makes it a promise or a threat ("not
//     a single crate moves until we are paid", "no deal unless").
var (
	doubleNegations = map[string]bool{"without": true}
	conditions      = map[string]bool{"until": true, "unless": true, "till": true}
)

// Undoes reports a word that, after a negation in its clause, makes the
// negation no denial: a second negation or a condition.
func Undoes(lower string) bool { return doubleNegations[lower] || conditions[lower] }

// DoubleNegation reports a word that negates a second time after a
// negation, which then affirms ("not ... without").
func DoubleNegation(lower string) bool { return doubleNegations[lower] }

// Gerund reports a word in -ing form ("cutting"), as it reads after
// "without".
func Gerund(lower string) bool { return len(lower) > 5 && strings.HasSuffix(lower, "ing") }

// comparatives after a negative pronoun make it a superlative, no
// denial: "nothing matters more than", "no one did better than".
var comparatives = map[string]bool{"more": true, "better": true, "greater": true, "higher": true, "bigger": true,
	"less": true, "fewer": true, "worse": true}

// Comparative reports a comparative word ("more", "better").
func Comparative(lower string) bool { return comparatives[lower] }

// Directive reports a word under which what follows is advised or wished
// rather than asserted ("advised people to keep out", "wants the dockers
// back"). Words of demand are not among them (StanceOf gives Demand): a
// refusal answers what a demand asks, and that is a dispute.
func Directive(lower string) bool { return directives[lower] }

var directives = inflected("advise", "ask", "want", "plead", "encourage", "recommend")

// Subordinators open a clause of their own: a negation before one does
// not reach past it ("had no room to raise it because the money was not
// there").
var subordinators = map[string]bool{"because": true, "although": true, "though": true, "since": true,
	"when": true, "after": true, "before": true, "until": true, "unless": true, "whether": true, "if": true}

// Subordinator reports a word that opens a subordinate clause.
func Subordinator(lower string) bool { return subordinators[lower] }
