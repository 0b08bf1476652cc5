package lex

import "strings"

// irregularPast holds the past forms of the verbs news uses that no rule
// makes: the reporting and stance verbs, and the verbs of what happened
// ("rose 40 percent", "struck a deal"), so that a paraphrase class (see
// Class) holds every form of them.
var irregularPast = map[string]string{"say": "said", "tell": "told", "write": "wrote", "think": "thought",
	"speak": "spoke", "swear": "swore", "go": "went", "take": "took", "rise": "rose",
	"hold": "held", "win": "won", "lose": "lost", "meet": "met", "break": "broke", "choose": "chose",
	"drive": "drove", "begin": "began", "bring": "brought", "buy": "bought", "seek": "sought",
	"sell": "sold", "send": "sent", "shoot": "shot", "strike": "struck", "teach": "taught",
	"throw": "threw", "know": "knew", "hear": "heard", "build": "built", "spend": "spent",
	"run": "ran", "flee": "fled", "fly": "flew", "draw": "drew", "withdraw": "withdrew",
	"shrink": "shrank", "grow": "grew", "forbid": "forbade", "steal": "stole", "freeze": "froze",
	"pay": "paid", "fall": "fell", "lead": "led", "fight": "fought", "catch": "caught", "sink": "sank", "hide": "hid"}

// irregularParticiple holds the past participles of those verbs that
// differ from their past ("has written", "had spoken").
var irregularParticiple = map[string]string{"write": "written", "speak": "spoken", "swear": "sworn", "go": "gone",
	"take": "taken", "rise": "risen", "break": "broken", "choose": "chosen",
	"drive": "driven", "begin": "begun", "throw": "thrown", "know": "known", "run": "run",
	"fly": "flown", "draw": "drawn", "withdraw": "withdrawn", "shrink": "shrunk", "grow": "grown",
	"forbid": "forbidden", "steal": "stolen", "freeze": "frozen", "sink": "sunk", "hide": "hidden", "fall": "fallen"}

// Inflect returns a verb's base, third-person singular, past and -ing
// forms by English regular morphology (the past from irregularPast when
// no rule makes it, and a past participle that differs from it): base,
// third person, then the past forms, then the -ing form last. past, when not "", is the past form (or forms,
// "labelled|labeled") to use instead.
func Inflect(v, past string) []string {
	if past == "" {
		past = irregularPast[v]
	}
	third := v + "s"
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") ||
		strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || v == "go" || v == "echo":
		third = v + "es"
	case consonantY(v):
		third = v[:len(v)-1] + "ies"
	}
	if past == "" {
		switch {
		case strings.HasSuffix(v, "e"):
			past = v + "d"
		case consonantY(v):
			past = v[:len(v)-1] + "ied"
		case doublesFinal(v):
			past = v + v[len(v)-1:] + "ed"
		default:
			past = v + "ed"
		}
	}
	ing := v + "ing"
	switch {
	case strings.HasSuffix(v, "ee"):
	case strings.HasSuffix(v, "e"):
		ing = v[:len(v)-1] + "ing"
	case doublesFinal(v):
		ing = v + v[len(v)-1:] + "ing"
	}
	pasts := strings.Split(past, "|")
	if p := pasts[0]; strings.HasSuffix(p, v+v[len(v)-1:]+"ed") {
		ing = v + v[len(v)-1:] + "ing" // "admitted", "admitting"
	}
	out := append([]string{v, third}, pasts...)
	if pp, ok := irregularParticiple[v]; ok {
		out = append(out, pp)
	}
	return append(out, ing)
}

func consonantY(v string) bool {
	n := len(v)
	return n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
}

// doublesFinal reports the one-syllable verbs of consonant, vowel,
// consonant that double their last letter ("dub"; "plead" does not).
func doublesFinal(v string) bool {
	n := len(v)
	if n < 3 || n > 4 {
		return false
	}
	c := func(b byte) bool { return !strings.ContainsRune("aeiouwxy", rune(b)) }
	v1 := strings.ContainsRune("aeiou", rune(v[n-2]))
	return c(v[n-1]) && v1 && c(v[n-3]) && (n == 3 || !strings.ContainsRune("aeiou", rune(v[n-4])))
}
