package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A levy or a price is someone's: "the Alliance's 25 percent tariff" and
// "the Alliance drops its 25 percent tariff" are the Alliance's, and "the
// Community will impose 20 percent tariffs" gives the Community's. Two
// figures of one attribute that two owners hold ("its tariff" and the
// tariff its rival imposes in return) are two facts.

// imposing are the verbs whose subject owns the levy or price of their
// object ("Vell will impose a 20% tariff").
var imposing = map[string]bool{"impose": true, "imposes": true, "imposed": true, "imposing": true,
	"levy": true, "levies": true, "levied": true, "levying": true, "charge": true, "charges": true,
	"charged": true, "charging": true, "slap": true, "slaps": true, "slapped": true}

// modals stand between a subject and its verb ("will impose").
var modals = map[string]bool{"will": true, "would": true, "shall": true, "could": true, "can": true,
	"may": true, "might": true, "must": true, "has": true, "have": true, "had": true, "is": true, "was": true}

// Owner returns the lower-cased name of whoever holds a percentage's or an
// amount's attribute, or "": a name that owns it with a possessive ("the
// Alliance's 25 percent tariff"), the name of the subject of the verb
// before "its" or "their" ("the Alliance drops its 25 percent tariff"),
// or the name of the subject of a verb of imposing ("Vell will impose 20
// percent tariffs"). A name opening its sentence counts only as a
// subject.
func Owner(s string, f Fact) string {
	if f.Kind != Percent && f.Kind != Money {
		return ""
	}
	toks := lex.Tokens(s)
	at, _ := span(toks, f)
	k := at - 1
	for k >= 0 && (toks[k].Lower == "a" || toks[k].Lower == "an" || toks[k].Lower == "the") && !punctBefore(toks, k+1) {
		k--
	}
	if k < 0 || punctBefore(toks, k+1) {
		return ""
	}
	w := toks[k].Lower
	switch {
	case toks[k].Capitalized && strings.HasSuffix(w, "'s"):
		return strings.TrimSuffix(w, "'s")
	case w == "its" || w == "their":
		return subjectName(toks, k-1)
	case imposing[w]:
		return subjectName(toks, k)
	}
	return ""
}

// subjectName returns the lower-cased name just before the verb at
// toks[v] and its modals ("the Alliance drops", "Vell will impose"), or
// "".
func subjectName(toks []lex.Token, v int) string {
	if v < 1 || punctBefore(toks, v) {
		return ""
	}
	k := v - 1
	for k >= 0 && modals[toks[k].Lower] && !punctBefore(toks, k+1) {
		k--
	}
	if k < 0 || punctBefore(toks, k+1) || !toks[k].Capitalized || toks[k].SentenceStart && k+1 == v {
		return ""
	}
	return strings.TrimSuffix(toks[k].Lower, "'s")
}

// TwoOwners reports two owners both named and not one: neither name is
// the other's last word ("Community", "Meridian Community" are one).
func TwoOwners(a, b string) bool {
	return a != "" && b != "" && a != b && !strings.HasSuffix(a, " "+b) && !strings.HasSuffix(b, " "+a)
}
