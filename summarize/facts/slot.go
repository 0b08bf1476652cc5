package facts

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A fact is a value of an attribute of something: the pay rise offered,
// the share of the vote, the number of dead. Two values are of one fact
// only when they are values of one attribute, so a percentage of the vote
// is never compared with the percentage of stations counted.

// Slot returns the attribute a fact gives a value of, as the stems of its
// nouns and the phrase as written ("pay rise" for "a 6% pay rise", "a pay
// rise of 6%" or "the pay rise was 6%"; "vote" for "48% of the vote"):
// the nouns just after the figure, or after "of", and the nouns just
// before it and a link word ("of", "was", "at"). A count's attribute is what it counts. Empty when the
// sentence names none near the figure.
func Slot(s string, f Fact) (stems []string, phrase string) {
	if f.Kind == Count {
		if c, ok := countClasses[strings.ToLower(f.Noun)]; ok {
			return []string{c}, strings.ToLower(f.Noun) // "nine employees" and "14 miners": one workforce
		}
		return []string{f.Of}, strings.ToLower(f.Noun)
	}
	toks := lex.Tokens(s)
	at, next := span(toks, f)
	if at < 0 {
		return nil, ""
	}
	// After: "6% pay rise", "48% of the vote", "$4bn of debt".
	var after, before []int
	if next < len(toks) && strings.TrimSpace(s[f.End:toks[next].Start]) == "" {
		k := next
		if toks[k].Lower == "of" {
			k++
			for k < len(toks) && slotSkip[toks[k].Lower] {
				k++
			}
		}
		after = nounRun(toks, k, +1)
	}
	// Before: "a pay rise of 6%", "turnout was 48%", "an offer worth $4m".
	// A link word must stand between: a noun just before a figure is
	// more often a verb ("members demand 15 percent").
	// "a refund of the $279", "tariffs on $4bn of goods".
	k := at - 1
	for n := 0; n < 3 && k >= 0 && (slotLink[toks[k].Lower] || toks[k].Lower == "the"); n++ {
		k--
	}
	run := nounRun(toks, k, -1)
	if len(run) > 0 && run[0] > 0 && verbBefore[toks[run[0]-1].Lower] {
		run = run[1:] // "will impose tariffs on $4bn": the first is a verb
	}
	if k < at-1 && len(run) > 0 {
		before = run
	}
	// "valued at $7.9 billion", "values Northwind at $7.9 billion", "values
	// the firm at": the value of a deal.
	if k < at-1 && k >= 0 && valuedAt(toks, k) {
		return []string{dealValue}, "value"
	}
	// "the deficit would reach 4.2% of output": a share of a base
	// measure is the value of what reaches it, the subject before the
	// verb, not of the base.
	if len(before) == 0 && shareOfBase(toks, next) {
		k := at - 1
		n := 0
		for k >= 0 && n < 4 && (reachWords[toks[k].Lower] || verbBefore[toks[k].Lower]) {
			k--
			n++
		}
		if run := nounRun(toks, k, -1); n > 0 && len(run) > 0 {
			return slotOf(s, toks, run)
		}
	}
	// Both, when both are there: "a refund of the $279 purchase price".
	switch {
	case len(after) > 0 && len(before) > 0:
		st, _ := slotOf(s, toks, before)
		sa, phrase := slotOf(s, toks, after)
		return append(st, sa...), phrase
	case len(after) > 0:
		return slotOf(s, toks, after)
	case len(before) > 0:
		return slotOf(s, toks, before)
	}
	return nil, ""
}

// complementPrepositions open the phrase that says whose or what an
// attribute is ("a 6% rise in food prices", "a 25 percent tariff on
// steel").
var complementPrepositions = map[string]bool{"in": true, "on": true, "for": true, "of": true}

// Complement returns the stems of the nouns of the phrase after a
// percentage's or an amount's attribute that says what it is of: "food
// prices" for "a 6% rise in food prices", "steel" for "a 25 percent tariff
// on steel" or "tariffs of 25 percent on Vell steel", "transit budget" for
// "a $38 million shortfall in its transit budget". Nil when none follows. Two values whose attributes are of two
// things ("a rise in wages") are two facts.
func Complement(s string, f Fact) []string {
	if f.Kind != Percent && f.Kind != Money {
		return nil
	}
	toks := lex.Tokens(s)
	k := len(toks)
	for i, t := range toks {
		if t.Start >= f.End {
			k = i
			break
		}
	}
	if k == len(toks) || strings.TrimSpace(s[f.End:toks[k].Start]) != "" {
		return nil // the attribute, if any, is before the figure
	}
	if toks[k].Lower == "of" {
		return nil // "48% of the vote": the attribute itself
	}
	// "tariffs of 20 percent on dairy": the attribute stands before the
	// figure, the phrase of what it is of after it.
	if at, _ := span(toks, f); !(at > 1 && toks[at-1].Lower == "of" && complementPrepositions[toks[k].Lower]) {
		run := nounRun(toks, k, +1)
		if len(run) == 0 {
			return nil
		}
		k = run[len(run)-1] + 1
	}
	if k >= len(toks) || punctBefore(toks, k) || !complementPrepositions[toks[k].Lower] {
		return nil
	}
	// The determiners, and a name before the nouns that says whose they
	// are ("on Vell's electric cars", "on Vell dairy").
	for k++; k < len(toks) && (slotSkip[toks[k].Lower] || toks[k].Capitalized && (strings.HasSuffix(toks[k].Lower, "'s") ||
		k+1 < len(toks) && !toks[k+1].Capitalized && !punctBefore(toks, k+1))); k++ {
	}
	var stems []string
	for _, j := range nounRun(toks, k, +1) {
		stems = append(stems, lex.Stem(toks[j].Lower))
	}
	return stems
}

// valuing are the verbs that give the value of a deal.
var valuing = map[string]bool{"values": true, "valued": true, "valuing": true, "value": true}

// valuedAt reports a verb of valuing at toks[k], or before the company it
// values ("values Northwind", "values the firm").
func valuedAt(toks []lex.Token, k int) bool {
	if valuing[toks[k].Lower] {
		return true
	}
	if k > 0 && valuing[toks[k-1].Lower] {
		return true
	}
	return k > 1 && slotSkip[toks[k-1].Lower] && valuing[toks[k-2].Lower]
}

// dealValue stands for the attributes that are the value of a deal: an
// offer's or a bid's size, what it values a company at.
const dealValue = "deal value"

// dealWords name the value of a deal as the attribute of an amount.
var dealWords = map[string]bool{"offer": true, "bid": true, "deal": true, "takeover": true, "valu": true,
	"acquisit": true, "buyout": true}

// AttributeStem returns the stem an attribute's stem stands for when
// amounts are compared: one for the words of a deal's value.
func AttributeStem(k Kind, stem string) string {
	if k == Money && dealWords[stem] {
		return dealValue
	}
	return stem
}

// slotSkip are the words between "of" and the attribute's nouns.
var slotSkip = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "a": true,
	"an": true, "all": true, "total": true}

// slotLink are the words between an attribute before a figure and the
// figure ("a rise of", "turnout was", "offer worth").
var slotLink = map[string]bool{"of": true, "was": true, "is": true, "were": true, "are": true, "at": true,
	"to": true, "by": true, "worth": true, "stood": true, "be": true, "been": true, "reached": true,
	"totalled": true, "totaled": true, "about": true, "around": true, "nearly": true, "some": true,
	"just": true, "over": true, "than": true, "more": true, "less": true, "only": true, "a": true, "an": true, "on": true, "roughly": true, "approximately": true, "almost": true}

// maxSlotNouns is the most nouns an attribute's phrase holds.
const maxSlotNouns = 3

// nounRun returns the indexes of the run of lower-case nouns from k in
// direction dir (+1 after, -1 before), up to maxSlotNouns, in text order.
func nounRun(toks []lex.Token, k, dir int) []int {
	var run []int
	for ; k >= 0 && k < len(toks) && len(run) < maxSlotNouns; k += dir {
		t := toks[k]
		if t.Capitalized && !t.SentenceStart || !isNoun(t.Lower) || reporting[t.Lower] || !plausibleNoun(t.Lower) ||
			slotLink[t.Lower] || isVerbForm(t.Lower, dir > 0) {
			break
		}
		if _, ok := weekdays[t.Lower]; ok || timeWords[t.Lower] {
			break // "a $8.1 billion offer hours after"
		}
		run = append(run, k)
		if dir > 0 && punctAfter(toks, k) || dir < 0 && punctBefore(toks, k) {
			break
		}
	}
	if dir < 0 {
		for i, j := 0, len(run)-1; i < j; i, j = i+1, j-1 {
			run[i], run[j] = run[j], run[i]
		}
	}
	return run
}

// isVerbForm reports a word that reads as a verb's past or -ing form, no
// attribute's noun ("rose", "offered", "counting").
// After a figure an -ing form is a modifier ("75% of polling stations").
func isVerbForm(w string, after bool) bool {
	return strings.HasSuffix(w, "ed") || !after && strings.HasSuffix(w, "ing") && len(w) > 5 || verbsOfFigures[w]
}

// verbsOfFigures are the verbs of irregular or bare form that stand
// before figures ("won 48%", "rose 6%", "wants 20%").
var verbsOfFigures = map[string]bool{"won": true, "rose": true, "fell": true, "grew": true, "got": true,
	"took": true, "gave": true, "hit": true, "cut": true, "paid": true, "lost": true, "went": true,
	"came": true, "saw": true, "had": true, "has": true, "have": true, "want": true, "wants": true,
	"seek": true, "seeks": true, "sought": true, "say": true, "says": true, "said": true, "put": true,
	"puts": true, "set": true, "sets": true, "made": true, "makes": true, "gets": true, "gives": true}

// verbBefore are the words that make the word after them a verb ("will
// borrow", "to raise").
// shareOfBase reports "of" at k and a base measure after it ("of
// output", "of GDP", "of national income").
func shareOfBase(toks []lex.Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "of" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if shareBases[lex.Stem(toks[j].Lower)] {
			return true
		}
		if toks[j].Capitalized && !shareBases[lex.Stem(toks[j].Lower)] || lex.IsStop(toks[j].Lower) && toks[j].Lower != "the" {
			return false
		}
	}
	return false
}

// shareBases are the measures a share is "of" that are no attribute of
// their own (stems): "4.2% of output", "3% of GDP", "a tenth of revenue".
var shareBases = map[string]bool{"output": true, "gdp": true, "incom": true, "revenu": true, "sale": true,
	"earn": true, "turnov": true, "budget": true, "economi": true}

// reachWords link the subject of a share to its value: "would reach",
// "rose to", "stood at", "hit".
var reachWords = map[string]bool{"reach": true, "reaches": true, "reached": true, "hit": true, "hits": true,
	"rise": true, "rises": true, "rose": true, "risen": true, "fall": true, "falls": true, "fell": true,
	"fallen": true, "stand": true, "stands": true, "stood": true, "at": true, "equal": true, "equals": true,
	"equalled": true, "equaled": true, "total": true, "totals": true, "totalled": true, "totaled": true,
	"was": true, "is": true, "were": true, "are": true, "of": true}

var verbBefore = map[string]bool{"be": true, "been": true, "being": true, "will": true, "would": true, "to": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "shall": true}

func punctAfter(toks []lex.Token, k int) bool {
	return k+1 < len(toks) && punctBefore(toks, k+1)
}

func slotOf(s string, toks []lex.Token, run []int) ([]string, string) {
	var stems []string
	for _, k := range run {
		stems = append(stems, lex.Stem(toks[k].Lower))
	}
	return stems, strings.ToLower(s[toks[run[0]].Start:toks[run[len(run)-1]].End])
}
