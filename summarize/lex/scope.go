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
// back", "our hope that we reach a deal"). Words of demand are not
// among them (StanceOf gives Demand): a refusal answers what a demand
// asks, and that is a dispute.
func Directive(lower string) bool { return directives[lower] }

var directives = inflected("advise", "ask", "want", "plead", "encourage", "recommend", "hope")

// Subordinators open a clause of their own: a negation before one does
// not reach past it ("had no room to raise it because the money was not
// there").
var subordinators = map[string]bool{"because": true, "although": true, "though": true, "since": true,
	"when": true, "after": true, "before": true, "until": true, "unless": true, "whether": true, "if": true}

// Subordinator reports a word that opens a subordinate clause.
func Subordinator(lower string) bool { return subordinators[lower] }

// Exception reports the words at the k-th token that make an exception
// to a negation before them, which then affirms what follows ("no
// evidence of anything other than a storm", "nothing except").
func Exception(toks []Token, k int) bool {
	w := toks[k].Lower
	if w == "except" {
		return true
	}
	return k+1 < len(toks) && (w == "other" || w == "apart") && (toks[k+1].Lower == "than" || toks[k+1].Lower == "from")
}

// Belief reports a verb of belief ("believe", "think", "imagine"): a
// negation before one and a second negation in what it takes affirm
// ("I cannot believe they would not want it").
func Belief(lower string) bool { return beliefs[lower] }

var beliefs = inflected("believe", "think", "imagine")

// About reports a preposition that names what a phrase speaks of ("a
// letter about the plan", "concerns regarding the call"): a negation
// before it does not deny what it names.
func About(lower string) bool { return abouts[lower] }

var abouts = map[string]bool{"about": true, "regarding": true, "concerning": true}

// SubjectPronoun reports a pronoun that is the subject of a clause: a
// negation after one belongs to its clause ("told the teachers that they
// were not asking").
func SubjectPronoun(lower string) bool { return subjectPronouns[lower] }

var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true}

// Possessive reports a possessive determiner or a name's possessive
// ("their", "the union's"): before "own" it says whose a thing is ("their
// own inquiry"), not the thing another side speaks of.
func Possessive(lower string) bool {
	return possessives[lower] || strings.HasSuffix(lower, "'s") || strings.HasSuffix(lower, "’s")
}

var possessives = map[string]bool{"my": true, "our": true, "your": true, "his": true, "her": true, "its": true, "their": true}

// Concessive reports a word of contrast that sets two things against each
// other within its own sentence ("although the owners blamed the crew,
// the coastguard said"), not a reporter's contrast with another account.
func Concessive(lower string) bool { return concessives[lower] }

var concessives = map[string]bool{"although": true, "though": true, "despite": true, "whereas": true}

// Reticence reports a verb of comment: negated ("couldn't comment on the
// inquiry", "would not speculate"), it withholds a word on what it would
// speak of and denies none of it.
func Reticence(lower string) bool { return reticent[lower] }

var reticent = inflected("comment", "speculate", "elaborate", "discuss")

// degrees are the adverbs that grade an adjective or a participle used as
// one ("very moved", "deeply concerned").
var degrees = setOf("very", "so", "too", "deeply", "extremely", "really", "quite", "greatly", "highly",
	"truly", "most", "more", "less", "least", "utterly", "profoundly", "somewhat", "rather", "incredibly")

// Degree reports an adverb of degree, which grades the word after it.
func Degree(lower string) bool { return degrees[lower] }

// conditionals are the modal verbs of what may be, not what is ("a
// strike would close the port").
var conditionals = setOf("would", "could", "might")

// Conditional reports a modal verb of what may be.
func Conditional(lower string) bool { return conditionals[lower] }
