package facts

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A count counts someone's things, or things added to others: "310
// Kestranian soldiers" one side holds are not the "250 Valdorian soldiers"
// the other holds, "the coalition holds 131 seats" counts other seats
// than "the PRP and its allies hold 104 seats", and "20 additional boats"
// are not the "45 boats" at work. Counts of two holders, or an increment
// and a total, are two facts, whatever the noun they share.

// Whose returns the lower-cased name between a count's figure and its
// noun ("kestranian" for "310 Kestranian soldiers"), or "".
func Whose(f Fact) string {
	if f.Kind != Count {
		return ""
	}
	toks := lex.Tokens(f.Text)
	for k := 1; k < len(toks); k++ {
		if toks[k].Capitalized {
			return strings.TrimSuffix(toks[k].Lower, "'s")
		}
	}
	return ""
}

// increments are the words that make a count one of things added to
// others ("20 additional boats", "another 300 troops").
var increments = map[string]bool{"additional": true, "extra": true, "further": true, "another": true,
	"more": true}

// Added reports a count of things added to others: an increment word
// between its figure and noun ("20 additional boats") or just before it
// ("another 300 troops", "a further 20 boats").
func Added(s string, f Fact) bool {
	if f.Kind != Count {
		return false
	}
	toks := lex.Tokens(s)
	at, next := span(toks, f)
	for k := max(0, at-1); k < next; k++ {
		if k != at && increments[toks[k].Lower] {
			return true
		}
	}
	return false
}

// holding are the verbs whose subject holds what their object counts.
var holding = map[string]bool{"hold": true, "holds": true, "held": true, "holding": true, "has": true,
	"have": true, "had": true, "control": true, "controls": true, "controlled": true, "won": true,
	"wins": true, "win": true, "secured": true, "keeps": true, "keep": true, "kept": true, "command": true,
	"commands": true}

// offering are the verbs whose subject holds the offer or demand their
// object gives the value of ("Orla Air put 9% on the table", "the union
// wants 15%").
var offering = map[string]bool{"offered": true, "offers": true, "offer": true, "proposed": true,
	"proposes": true, "propose": true, "tabled": true, "put": true, "puts": true, "wants": true, "want": true,
	"demands": true, "demanded": true, "seeks": true, "sought": true}

// maxHolderWords is the most words of a holder read before its verb.
const maxHolderWords = 5

// anyHolder are the words that may stand for any holder a name names
// ("the company" for Tarnco): a holder of no other word is unknown.
var anyHolder = map[string]bool{"compani": true, "firm": true, "group": true, "busi": true, "govern": true,
	"side": true, "countri": true, "parti": true, "offici": true, "author": true}

// Holder returns the stems of the words of the subject of a verb of
// holding a count is the object of ("coalit" for "the coalition holds 131
// seats", "prp alli" for "the PRP and its allies hold 104 seats"), or of
// a verb of offering a count, a percentage or an amount is the object of
// ("orla air" for "Orla Air put 9% on the table"); nil when none is
// written or it names no one ("the company has").
func Holder(s string, f Fact) []string {
	if f.Kind != Count && f.Kind != Percent && f.Kind != Money {
		return nil
	}
	toks := lex.Tokens(s)
	at, _ := span(toks, f)
	v := at - 1
	for v >= 0 && (tallySkip[toks[v].Lower] || hedges[toks[v].Lower]) && !punctBefore(toks, v+1) {
		v--
	}
	if v < 1 || punctBefore(toks, v+1) || !offering[toks[v].Lower] && !(f.Kind == Count && holding[toks[v].Lower]) {
		return nil
	}
	var out []string
	known := false
	for k := v - 1; k >= 0 && k >= v-maxHolderWords && !clauseBreak(s, toks, k+1); k-- {
		w := toks[k].Lower
		if reporting[w] || w == "that" {
			break // "officials said Vesk holds"
		}
		if modals[w] || lex.IsStop(w) {
			continue
		}
		st := lex.Stem(strings.TrimSuffix(w, "'s"))
		known = known || !anyHolder[st]
		out = append(out, st)
	}
	if !known {
		return nil
	}
	slices.Reverse(out)
	return out
}

// TwoHolders reports two holders both known that share no word.
func TwoHolders(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// termLinks join a figure to the length of time it is spread over ("9%
// over three years", "$40m across two years").
var termLinks = map[string]bool{"over": true, "across": true, "during": true, "within": true, "for": true}

// maxTermWords is the most words between a figure and its term.
const maxTermWords = 4

// TermOf returns the index of the percentage or amount that the duration
// fs[d] of a sentence s is the term of (the "9%" of "a 9% pay rise over
// three years"), or -1: a term is the length of that offer or demand.
func TermOf(s string, fs []Fact, d int) int {
	if d < 1 || fs[d].Kind != Duration {
		return -1
	}
	p := fs[d-1]
	if p.Kind != Percent && p.Kind != Money || p.End > fs[d].Start {
		return -1
	}
	toks := lex.Tokens(s[p.End:fs[d].Start])
	if len(toks) == 0 || len(toks) > maxTermWords || !termLinks[toks[len(toks)-1].Lower] ||
		strings.ContainsAny(s[p.End:fs[d].Start], ",;:") {
		return -1
	}
	for _, t := range toks[:len(toks)-1] {
		if !isNoun(t.Lower) {
			return -1
		}
	}
	return d - 1
}

// WhoseIn returns whose a count is: Whose, or, in a sentence that counts
// the subject's own people ("Tarsenia's army said four of its soldiers
// were killed and seven wounded"), the subject's name ("tarsenia") for
// every count of the sentence; "" when it says of no one. Two sides'
// counts of their own dead are two facts, not one told two ways.
func WhoseIn(s string, f Fact) string {
	if w := Whose(f); w != "" || f.Kind != Count {
		return w
	}
	own := false
	for _, g := range Extract(s) {
		if g.Kind == Count && (strings.Contains(g.Text, " of its ") || strings.Contains(g.Text, " of their ")) {
			own = true
		}
	}
	if !own {
		return ""
	}
	return subjectOpening(lex.Tokens(s))
}

// subjectOpening returns the lower-cased name that opens a sentence as
// its subject or its subject's owner ("Tarsenia's army said",
// "Vellmark says", "The Vellmark military said"), or "".
func subjectOpening(toks []lex.Token) string {
	k := 0
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].Capitalized {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(toks[k].Lower, "'s"), "’s")
}
