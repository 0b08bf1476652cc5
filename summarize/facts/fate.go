package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// What befell the people a count counts is its attribute, whatever noun
// names them: "more than 600 supporters had been detained" and "46
// people were detained" are two values of the number detained, as
// "officers detained 46 people" is.

// personNouns name people of any kind, which a count of what befell them
// may name in any of its words.
var personNouns = map[string]bool{"people": true, "persons": true, "supporters": true, "protesters": true,
	"protestors": true, "demonstrators": true, "marchers": true, "activists": true, "members": true,
	"civilians": true, "residents": true, "fans": true, "students": true, "journalists": true,
	"workers": true, "migrants": true, "prisoners": true, "detainees": true, "others": true}

// fateAux stand between a count and the participle of what befell it
// ("were detained", "had been arrested").
var fateAux = map[string]bool{"were": true, "was": true, "had": true, "have": true, "has": true,
	"been": true, "being": true, "are": true, "is": true, "since": true, "all": true, "reportedly": true}

// Fate returns the verb of what befell the people a count counts, as
// written (lower-cased): a participle after it ("600 supporters had been
// detained") or a verb just before it ("officers detained 46 people");
// "" when the count is of no people or says no such verb.
func Fate(s string, f Fact) string {
	if f.Kind != Count || !personNouns[strings.ToLower(f.Noun)] {
		return ""
	}
	toks := lex.Tokens(s)
	at, next := span(toks, f)
	if at < 0 {
		return ""
	}
	k := next
	for k < len(toks) && k < next+3 && fateAux[toks[k].Lower] && !punctBefore(toks, k) {
		k++
	}
	if k > next && k < len(toks) && !punctBefore(toks, k) && participle(toks[k].Lower) {
		return toks[k].Lower
	}
	if j := at - 1; j >= 0 && !punctBefore(toks, at) && participle(toks[j].Lower) && !toks[j].Capitalized {
		return toks[j].Lower // "detained 46 people"
	}
	return ""
}

// participle reports a regular past form ("detained", "arrested",
// "killed", "injured", "evacuated"), or one of a few irregular ones.
func participle(w string) bool {
	switch w {
	case "held", "taken", "hurt", "shot", "beaten", "caught", "seized":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}
