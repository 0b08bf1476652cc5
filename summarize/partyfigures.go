package summarize

import (
	"slices"
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/lex"
)

// Two sides dispute a figure when they give different values of one
// attribute of one thing: the union's 20% pay rise against the company's
// 12%, 900 jobs lost against 300. Figures are found through an index by
// attribute (kind of figure, unit and the nouns of facts.Slot), so only
// the statements that give a value of one attribute are compared.

// figureScore is the weight of two sides' different values of one
// attribute: as strong a sign of a dispute as an accusation.
const figureScore = 0.7

// positionNouns name a side's position on a figure rather than what it is
// a figure of: "a 20% demand" and "a 12% offer" are of one attribute.
var positionNouns = map[string]bool{"demand": true, "offer": true, "propos": true, "bid": true,
	"claim": true, "counteroff": true, "ask": true}

// givenFigure is one value a statement of a claim gives.
type givenFigure struct {
	w      *claimWords
	m      *statement
	all    []facts.Fact // every fact of the statement
	f      facts.Fact
	phrase string
	demand bool // asked for with a verb ("still wanted 12 percent")
	fate   bool // a count of people by what befell them: phrase is its verb ("detained")
}

// name is how a figure's attribute reads: its phrase, the number of what
// a count counts ("number of packs"), or "demand" for a figure a side asks
// for with a verb and no noun of its own.
func (g givenFigure) name() string {
	switch {
	case g.phrase == "" && g.demand:
		return "demand"
	case g.fate:
		return "number " + g.phrase // "number detained"
	case g.phrase != "" && g.f.Kind == facts.Count:
		return "number of " + g.phrase
	}
	return g.phrase
}

// figureDisputes returns the candidate disputes of two sides that give
// different values of one attribute.
func figureDisputes(cw []*claimWords, keys map[string]actorKeys) []*sideDispute {
	bySlot := map[string][]givenFigure{}
	var order []string
	for _, w := range cw {
		for _, m := range compared(w.c.members) {
			all := facts.Extract(m.st.Text)
			var toks []lex.Token
			for _, f := range all {
				if f.Kind != facts.Count && f.Kind != facts.Money && f.Kind != facts.Percent && f.Kind != facts.Duration {
					continue
				}
				if toks == nil {
					toks = lex.Tokens(m.st.Text)
				}
				if positionless(m.st.Text, toks, f) {
					continue
				}
				stems, phrase := facts.Slot(m.st.Text, f)
				keys := slotKeys(f, stems)
				fate := facts.Fate(m.st.Text, f)
				if fate != "" {
					// "600 supporters had been detained", "46 people were
					// detained": the number detained, whoever they are.
					keys = append(keys, slotHead(f)+fateKey+lex.Stem(fate))
				}
				// "The union still wanted 12 percent": a position, as "a
				// 12% demand" is.
				demand := facts.Demand(m.st.Text, f)
				if demand {
					if k := slotHead(f) + "~position"; !slices.Contains(keys, k) {
						keys = append(keys, k)
					}
				}
				for _, k := range keys {
					if _, ok := bySlot[k]; !ok {
						order = append(order, k)
					}
					g := givenFigure{w: w, m: m, all: all, f: f, phrase: phrase, demand: demand}
					if strings.Contains(k, fateKey) {
						g.phrase, g.fate = fate, true
					}
					bySlot[k] = append(bySlot[k], g)
				}
			}
		}
	}
	best := map[[2]*claim]*sideDispute{}
	var out []*sideDispute
	for _, k := range order {
		list := bySlot[k]
		if len(list) > MaxPostings {
			continue
		}
		for i, a := range list {
			for _, b := range list[i+1:] {
				if a.w.c.party == b.w.c.party || !differ(a, b, k) || oneActor(keys[a.w.c.party], keys[b.w.c.party]) {
					continue
				}
				pair := [2]*claim{a.w.c, b.w.c}
				if _, seen := best[pair]; seen {
					continue
				}
				// The attribute as one of them names it; two positions
				// ("demand", "offer") are set against each other.
				an, bn := a.name(), b.name()
				phrase := an
				switch pa, pb := positionNouns[lastStem(an)], positionNouns[lastStem(bn)]; {
				case pa && !pb:
					phrase = bn
				case pa && pb && an != bn:
					phrase = an + " against " + bn
				}
				d := &sideDispute{a: a.w, b: b.w, sa: a.m, sb: b.m, topic: "#" + k, score: figureScore,
					phrase: phrase, values: [2]string{a.f.Text, b.f.Text}}
				best[pair] = d
				out = append(out, d)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].sa.idx < out[j].sa.idx })
	return out
}

// slotKeys are the index keys of a figure's attribute: its kind and unit
// with each noun of its attribute, a noun of position as one.
func slotKeys(f facts.Fact, stems []string) []string {
	head := slotHead(f)
	var out []string
	for _, s := range stems {
		if positionNouns[s] {
			s = "~position"
		}
		if k := head + s; !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// slotHead is the part of a figure's index keys its kind and unit make.
func slotHead(f facts.Fact) string { return string(f.Kind) + "|" + f.Unit + "|" }

// differ reports two values of one attribute that differ, as two sides'
// figures do: not the same value, not too far apart to be one thing
// (maxRatio), and neither statement giving the other's value too ("up
// from 6% to 9%").
func differ(a, b givenFigure, key string) bool {
	if a.f.Kind != b.f.Kind || a.f.Same(b.f) || gives(a.all, b.f) || gives(b.all, a.f) {
		return false
	}
	if wa, wb := facts.WhoseIn(a.m.st.Text, a.f), facts.WhoseIn(b.m.st.Text, b.f); twoNames(wa, wb) && !demonymPair(wa, wb) {
		return false // "two Kalmoran guards" wounded, "three of their guards", say the Brevanian officials: two sets
	}
	lo, hi := min(a.f.Value, b.f.Value), max(a.f.Value, b.f.Value)
	limit := maxRatio
	if strings.Contains(key, fateKey) {
		limit = maxFateRatio // 46 detained, says the ministry; more than 600, says the party
	}
	return lo > 0 && hi/lo <= limit
}

// fateKey marks the index key of a count of people by what befell them
// (facts.Fate); maxFateRatio is how far apart two sides' counts of it
// may be: sides count the detained, the dead or the marchers wildly
// apart, and the verb says it is one thing.
const (
	fateKey      = "fate:"
	maxFateRatio = 20
)

func lastStem(phrase string) string {
	ts := terms(phrase)
	if len(ts) == 0 {
		return ""
	}
	return ts[len(ts)-1]
}

// positionless reports a figure a statement (text, its tokens) gives as no position of its
// side: a hypothetical ("A 20% rise would cost 40 million euros"), or
// what happened, in a clause of time or cause ("the drivers voted to
// strike after the company offered a 12% pay rise": the company's
// offer, not the union's figure).
func positionless(text string, toks []lex.Token, f facts.Fact) bool {
	at := slices.IndexFunc(toks, func(t lex.Token) bool { return t.End > f.Start })
	if at < 0 {
		return false
	}
	clauseBreak := func(from, to int) bool { return strings.ContainsAny(text[from:to], ",;:—–\"“”") }
	for k := at; k < len(toks) && k <= at+5; k++ {
		if toks[k].Start < f.End {
			continue
		}
		if clauseBreak(f.End, toks[k].Start) {
			break
		}
		if hypotheticalModals[toks[k].Lower] {
			return true
		}
	}
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		if clauseBreak(toks[k].End, toks[k+1].Start) {
			break
		}
		if lex.Subordinator(toks[k].Lower) {
			return true
		}
	}
	return false
}

// hypotheticalModals after a figure make it a supposition ("a 20% rise
// would cost").
var hypotheticalModals = map[string]bool{"would": true, "could": true, "might": true}
