package lex

// Evaluations with a lexical opposite: "safe" and "unsafe" or "risk"
// judge one thing, one for and one against, so a side that calls the
// river unsafe and one that says it poses no risk are at odds though they
// share no word. Each entry is a quality, named by its noun, with the
// words that affirm it and those that deny it; a negation before a word
// turns it over ("not safe", "no risk").
var polarLemmas = []struct {
	quality  string
	pos, neg []string
}{
	{"safety", []string{"safe", "harmless"},
		[]string{"unsafe", "risk", "risks", "danger", "dangerous", "hazard", "hazardous", "harmful", "toxic"}},
	// A measure one side calls lawful, a safeguard or self-defence, and
	// the other protectionism or aggression.
	{"legitimacy", []string{"lawful", "legal", "legitimate", "justified", "safeguard", "proportionate",
		"self-defence", "self-defense"},
		[]string{"unlawful", "illegal", "illegitimate", "unjustified", "protectionism", "protectionist",
			"disproportionate", "aggression", "escalation"}},
	// A vote or a process one side calls free and fair and the other
	// rigged.
	{"fairness", []string{"fair", "transparent", "credible"},
		[]string{"unfair", "rigged", "fraudulent", "stolen", "sham", "fraud"}},
}

// polarForms maps each word of polarLemmas to its quality and whether it
// affirms it.
var polarForms = func() map[string]polarForm {
	m := map[string]polarForm{}
	for _, e := range polarLemmas {
		for _, w := range e.pos {
			m[w] = polarForm{e.quality, true}
		}
		for _, w := range e.neg {
			m[w] = polarForm{e.quality, false}
		}
	}
	return m
}()

// polarForm is the quality a word judges and whether it affirms it.
type polarForm struct {
	quality string
	affirms bool
}

// Polar returns the quality a lower-case word judges ("safety" for
// "unsafe") and whether it affirms it; ok is false for a word that judges
// none.
func Polar(lower string) (quality string, affirms, ok bool) {
	f, ok := polarForms[lower]
	return f.quality, f.affirms, ok
}
