package lex

import "strings"

// Stance is what a word says about the stand a statement takes towards
// what another side says or does.
type Stance uint8

// Stances, by what the word does.
const (
	// NoStance is a word that takes no stand.
	NoStance Stance = iota
	// Negation turns a statement into its denial ("not", "never", "none").
	Negation
	// Denial says that what another says is untrue ("deny", "refute",
	// "false", "baseless").
	Denial
	// Rejection turns down a proposal, a text or a demand ("reject",
	// "dismiss", "unacceptable", "insufficient").
	Rejection
	// Refusal says a side will not do what is asked ("refuse", "decline",
	// "balk").
	Refusal
	// Accusation turns on another side ("accuse", "blame", "condemn",
	// "aggression", "irresponsible").
	Accusation
	// Demand asks another side to do something ("demand", "urge", "call
	// on").
	Demand
	// Contrast is a reporter's word setting one account against another
	// ("but", "however", "despite").
	Contrast
)

func (s Stance) String() string {
	switch s {
	case Negation:
		return "negation"
	case Denial:
		return "denial"
	case Rejection:
		return "rejection"
	case Refusal:
		return "refusal"
	case Accusation:
		return "accusation"
	case Demand:
		return "demand"
	case Contrast:
		return "contrast"
	}
	return "none"
}

// Against reports a stance that sets a statement against what another
// side says or does: a negation, denial, rejection, refusal or accusation.
func (s Stance) Against() bool { return s >= Negation && s <= Accusation }

// StanceOf returns the stance of a lower-case word (any inflection of a
// listed verb, or a listed word as written).
func StanceOf(lower string) Stance { return stanceForms[strings.TrimSuffix(lower, "'s")] }

// The stance lexicon, by lemma: verbs are listed by their base form (with
// an irregular or doubled past after a colon) and their inflections are
// generated; other words are listed as written, one word each. Adding a
// word is one entry.
var stanceLemmas = map[Stance]struct{ verbs, words []string }{
	Negation: {words: []string{"not", "no", "never", "nothing", "none", "nobody", "neither", "nor",
		"cannot", "can't", "won't", "wouldn't", "didn't", "isn't", "wasn't", "aren't", "weren't",
		"doesn't", "don't", "hasn't", "haven't", "hadn't", "shouldn't", "couldn't", "without", "nowhere",
		"unresolved", "unable", "impasse", "deadlock", "stalemate"}},
	Denial: {
		verbs: []string{"deny", "refute", "contradict", "disavow", "debunk", "dismiss"},
		// "dispute" and "contest" are nouns as often as verbs: only the
		// forms that are verbs alone.
		words: []string{"disputed", "disputing", "contested", "contesting", "false", "untrue", "baseless", "groundless", "unfounded", "wrong", "mistaken",
			"misleading", "nonsense", "fabrication", "fabricated", "lie", "lies", "lying", "fake", "fiction",
			"myth", "disinformation", "propaganda", "denial", "absurd", "ridiculous", "pretext"},
	},
	Rejection: {
		verbs: []string{"reject", "rebuff", "oppose", "veto", "block", "spurn", "repudiate", "scrap", "overrule", "disagree"},
		words: []string{"unacceptable", "insufficient", "inadequate", "unrealistic", "unworkable",
			"rejection", "opposition", "opposed", "weak", "loopholes", "backwards", "disappointing",
			"disappointment", "flawed", "insult", "insulting", "derisory", "paltry", "meagre", "meager", "laughable",
			"unfair", "unjust", "unaffordable"},
	},
	Refusal: {
		verbs: []string{"refuse", "decline", "balk", "stonewall", "withhold:withheld", "resist", "fail"},
		words: []string{"refusal", "unwilling", "reluctant"},
	},
	Accusation: {
		verbs: []string{"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "slam", "fault",
			"attack", "breach", "violate", "betray", "threaten", "undermine", "sabotage", "mislead:misled",
			"lash", "assail", "castigate", "decry", "deplore", "provoke"},
		words: []string{"aggression", "aggressor", "aggressors", "irresponsible", "reckless", "extreme",
			"extremist", "greedy", "greed", "hypocrisy", "hypocritical", "treason", "traitor", "traitors",
			"betrayal", "treacherous", "barbaric", "terrorist", "terrorism", "provocation", "violation",
			"disgusting", "shameful", "shame", "illegal", "unlawful", "outrageous", "disregard", "perversion",
			"blatant", "culpable", "destabilising", "destabilizing"},
	},
	Demand: {
		verbs: []string{"demand", "urge", "insist", "require"},
		words: []string{"must", "should", "demands"},
	},
	Contrast: {words: []string{"but", "however", "although", "though", "yet", "despite", "instead",
		"contrary", "whereas", "still", "nevertheless", "nonetheless", "rather"}},
}

// stanceForms maps every form of the lexicon to its stance; a form in two
// lists takes the first stance in the order of the constants.
var stanceForms = func() map[string]Stance {
	m := map[string]Stance{}
	for s := Contrast; s > NoStance; s-- {
		e := stanceLemmas[s]
		for _, v := range e.verbs {
			lemma, past, _ := strings.Cut(v, ":")
			if strings.Contains(lemma, " ") {
				m[lemma] = s
				continue
			}
			for _, f := range Inflect(lemma, past) {
				m[f] = s
			}
		}
		for _, w := range e.words {
			m[w] = s
		}
	}
	return m
}()
