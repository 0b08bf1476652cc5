package summarize

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/tag"
)

// The topic of a dispute between sources names the attribute the outlets
// give two values of and what it is of, in words the outlets write: a
// count with the modifiers and the predicate both sides write of what it
// counts ("number of container ships at anchor", "number of people
// killed"); a time with the event it dates, as the subject and verb both
// sides write ("day school board voted", "date quotas take effect") or
// the meeting or strike it is the time of ("day of the talks"); a vote
// with who voted ("vote of the council"); an amount or a percentage with
// the phrase after it that says what it is of or measured against
// ("premium to Northwind's closing price", "tariff above the cap").
// A word of a topic one side writes and another does not is left out, so
// the topic holds what the outlets agree the fact is.

// factSite is the sentence of one side of a disputed fact, with its fact.
type factSite struct {
	s        taggedWords
	f        facts.Fact
	at, next int // the fact's first token, and the first token after it
}

func siteOf(text string, f facts.Fact) factSite {
	s := tagged(text)
	at, next := -1, len(s.toks)
	for i, t := range s.toks {
		if at < 0 && t.End > f.Start {
			at = i
		}
		if t.Start >= f.End {
			next = i
			break
		}
	}
	return factSite{s: s, f: f, at: at, next: next}
}

// writes reports whether the sentence has a word written as w (lower
// case; a possessive counts as the word).
func (c factSite) writes(w string) bool { return len(c.s.all(w)) > 0 }

// othersWrite reports whether some site other than sites[i] writes w.
func othersWrite(sites []factSite, i int, w string) bool {
	for j, c := range sites {
		if j != i && c.writes(w) {
			return true
		}
	}
	return false
}

// disputeTopic names a disputed fact of a kind, whose attribute the
// sentences name phrase, for a reader: as its sides' sentences write it
// (attributeTopic), else by its kind (factTopic).
func disputeTopic(kind facts.Fact, phrase string, sides []*factSide) string {
	if t := attributeTopic(phrase, sides); t != "" {
		return capitalise(t)
	}
	return factTopic(kind, phrase)
}

// attributeTopic names the attribute of a disputed fact as the sides'
// sentences write it, without the capital, or "" when they share no more
// than its kind and factTopic names it.
func attributeTopic(phrase string, sides []*factSide) string {
	if len(sides) < 2 {
		return ""
	}
	sites := make([]factSite, 0, len(sides))
	for _, sd := range sides {
		c := siteOf(sd.text, sd.value)
		if c.at < 0 {
			return ""
		}
		sites = append(sites, c)
	}
	switch v := sides[0].value; v.Kind {
	case facts.Count:
		return countTopic(sites)
	case facts.Measure:
		return facts.MeasureOf(v.Unit, v.Noun) // "an 8 km stretch": the length of the stretch
	case facts.Weekday, facts.Date, facts.Month:
		return timeTopic(sides[0].value.Kind, sites)
	case facts.Vote:
		return voteTopic(sites)
	case facts.Money, facts.Percent:
		if phrase == "" {
			return ""
		}
		whole := headedPhrase(phrase, sites)
		if t := complementTopic(whole, sites); t != "" {
			return t
		}
		if t := doneTo(whole, sites); t != "" {
			return t
		}
		if whole != phrase {
			return whole
		}
	}
	return ""
}

// doneTo names an attribute with the verb a side writes of it in the past
// participle, as its object: "refund offered" for "owners will be
// offered a refund of $50", "dividend declared" for "declared a $2
// dividend". The verb says which value of the attribute it is: the one
// offered, not the one asked for.
func doneTo(phrase string, sites []factSite) string {
	first := phrase
	if i := strings.IndexByte(phrase, ' '); i > 0 {
		first = phrase[:i]
	}
	for _, c := range sites {
		s := c.s
		for _, i := range s.all(first) {
			if i < c.at-maxSlotWords || i > c.next+maxSlotWords {
				continue
			}
			k := i - 1
			for n := 0; k >= 0 && n < 4 && s.joined(k) && (s.tags[k] == tag.DT || s.tags[k].Adjective() ||
				s.tags[k] == tag.CD || k >= c.at && k < c.next); n, k = n+1, k-1 {
			}
			if k >= 0 && s.joined(k) && participle(s, k) {
				return phrase + " " + s.toks[k].Lower
			}
		}
	}
	return ""
}

// headedPhrase returns an attribute's phrase that ends in a modifier
// ("low-income" of "the $35 low-income monthly pass") with the noun it
// modifies, as the first sentence that writes it has it: a modifier names
// no attribute, the noun does. Else the phrase.
func headedPhrase(phrase string, sites []factSite) string {
	last := phrase[strings.LastIndex(phrase, " ")+1:]
	for _, c := range sites {
		for _, i := range c.s.all(last) {
			if i < c.next || i > c.next+maxSlotWords || !c.s.modifiesNoun(i) {
				continue
			}
			idx := c.s.span(i)
			if len(idx) == 0 || idx[len(idx)-1] <= i {
				continue
			}
			words := []string{phrase}
			for _, k := range idx {
				if k > i {
					words = append(words, c.s.word(k))
				}
			}
			return strings.Join(words, " ")
		}
	}
	return phrase
}

// maxSlotWords is how far after its figure an attribute's phrase may end.
const maxSlotWords = 3

// nounOf returns the index of the noun a count counts, in or just after
// its figure, or -1.
func (c factSite) nounOf() int {
	noun := strings.ToLower(c.f.Noun)
	for k := c.at; k < len(c.s.toks) && k < c.next+3; k++ {
		if k > c.at && c.s.toks[k].Lower == noun {
			return k
		}
	}
	return -1
}

// countTopic names a count: "number of", the modifiers between figure
// and noun every other side writes, the noun, and a predicate of the
// counted things two sides write (countPredicates).
func countTopic(sites []factSite) string {
	a := sites[0]
	n := a.nounOf()
	if n < 0 {
		return ""
	}
	words := []string{"number", "of"}
	for k := a.at + 1; k < n; k++ {
		t := a.s.toks[k]
		if m, ok := measures[t.Lower]; ok {
			return m + " of the " + a.s.toks[n].Lower // "an 8 km stretch"
		}
		if t.Capitalized || isFigure(t.Lower) || a.s.tags[k] == tag.CD || !a.s.premodifier(k) &&
			!(a.s.commonNoun(k) && !emptyHead(t.Lower)) && a.s.tags[k] != tag.VBN {
			continue
		}
		if allWrite(sites[1:], t.Lower) {
			words = append(words, t.Lower)
		}
	}
	words = append(words, a.s.toks[n].Lower)
	mine := a.countPredicates(n)
	for _, c := range sites[1:] {
		m := c.nounOf()
		if m < 0 {
			continue
		}
		theirs := c.countPredicates(m)
		for _, p := range mine {
			if slices.Contains(theirs, p) {
				return strings.Join(append(words, p), " ")
			}
		}
	}
	if len(words) == 3 {
		return "" // factTopic says "Number of nurses" alike
	}
	return strings.Join(words, " ")
}

// measures name what a unit between a figure and a noun measures of the
// noun: "an 8 km stretch" is a length, no count of stretches.
var measures = map[string]string{"km": "length", "kilometre": "length", "kilometer": "length",
	"mile": "length", "metre": "length", "meter": "length", "foot": "length",
	"hectare": "area", "acre": "area", "tonne": "weight", "ton": "weight", "kg": "weight", "kilogram": "weight",
	"litre": "volume", "liter": "volume", "gallon": "volume"}

// figureLead are the words between a verb and the figure it takes
// ("cancelled about 380 flights", "killed at least six people").
var figureLead = map[string]bool{"about": true, "some": true, "nearly": true, "more": true, "than": true,
	"at": true, "least": true, "almost": true, "roughly": true, "around": true, "over": true, "up": true,
	"to": true, "an": true, "a": true, "estimated": true, "the": true, "another": true}

// predicatePreps open a phrase that says where or in what state counted
// things are ("at anchor", "at risk", "on strike").
var predicatePreps = map[string]bool{"at": true, "on": true, "in": true, "under": true, "off": true}

// countPredicates returns what a sentence says of the things a count at
// noun n counts, as a topic would write it after the noun: a participle
// of a verb done to them, before the figure ("cancelled 412 flights") or
// after a form of "be" ("people were killed"), or a phrase of a
// preposition and a common noun after the noun, across a form of "be" or
// an -ing form ("ships waiting at anchor", "jobs are at risk").
func (c factSite) countPredicates(n int) []string {
	s := c.s
	var out []string
	k := c.at - 1
	for k >= 0 && figureLead[s.toks[k].Lower] {
		k--
	}
	if k >= 0 && s.joined(k) && participle(s, k) {
		out = append(out, s.toks[k].Lower)
	}
	k = n + 1
	be := false
	for ; k < len(s.toks) && k <= n+3 && s.joined(k-1); k++ {
		w := s.toks[k].Lower
		if beForms[w] || haveForms[w] {
			be = true
			continue
		}
		if s.tags[k].Adverb() && !predicatePreps[w] {
			continue
		}
		break
	}
	if k >= len(s.toks) || !s.joined(k-1) {
		return out
	}
	if be && participle(s, k) {
		return append(out, s.toks[k].Lower)
	}
	if s.tags[k] == tag.VBG && k+1 < len(s.toks) && s.joined(k) {
		k++
	}
	if predicatePreps[s.toks[k].Lower] && k+1 < len(s.toks) && s.joined(k) && s.commonNoun(k+1) &&
		!emptyHead(s.toks[k+1].Lower) {
		out = append(out, s.toks[k].Lower+" "+s.toks[k+1].Lower)
	}
	return out
}

// participle reports a past form of a verb, not one of reporting, at k.
func participle(s taggedWords, k int) bool {
	w := s.toks[k].Lower
	return (s.tags[k] == tag.VBN || s.tags[k] == tag.VBD && strings.HasSuffix(w, "ed")) && !s.toks[k].Capitalized &&
		!reportingWords[w] && w != "reported" && w != "estimated"
}

// voteTopic names a vote by who voted, as every side writes it: "vote of
// the council".
func voteTopic(sites []factSite) string {
	a, s := sites[0], sites[0].s
	v := a.at - 1
	if v < 1 || !strings.HasPrefix(s.toks[v].Lower, "vot") {
		return ""
	}
	n := v - 1
	if !s.commonNoun(n) || emptyHead(s.toks[n].Lower) || !allWrite(sites[1:], s.toks[n].Lower) {
		return ""
	}
	words := []string{s.toks[n].Lower}
	for m := n - 1; m >= 0 && m >= n-2 && s.joined(m) && s.premodifier(m) && !s.name(m) &&
		allWrite(sites[1:], s.toks[m].Lower); m-- {
		words = append([]string{s.toks[m].Lower}, words...)
	}
	return "vote of the " + strings.Join(words, " ")
}

// allWrite reports whether every site writes w.
func allWrite(sites []factSite, w string) bool {
	for _, c := range sites {
		if !c.writes(w) {
			return false
		}
	}
	return true
}

// measurePreps open the phrase after an amount or a percentage that says
// what it is of or measured against ("a premium to the closing price", "a
// tariff above the cap").
var measurePreps = map[string]bool{"to": true, "on": true, "above": true, "below": true, "for": true,
	"in": true, "over": true, "against": true}

// measureWindow is how many words after a figure its phrase is looked for.
const measureWindow = 6

// complementTopic names an amount or a percentage by its attribute (the
// phrase) and the phrase after the figure that says what it is of or
// measured against, when another side writes that phrase's preposition
// and noun too: "premium to Northwind's closing price".
func complementTopic(phrase string, sites []factSite) string {
	for i, c := range sites {
		s := c.s
		if c.next >= len(s.toks) || strings.TrimSpace(s.text[c.f.End:s.toks[c.next].Start]) != "" {
			continue
		}
		for k := c.next; k < len(s.toks) && k < c.next+measureWindow && (k == c.next || s.joined(k-1)); k++ {
			if s.tags[k].Verb() {
				break
			}
			if !measurePreps[s.toks[k].Lower] {
				continue
			}
			head := -1
			for j := k + 1; j < len(s.toks) && j <= k+4 && s.joined(j-1); j++ {
				if s.commonNoun(j) && !(j+1 < len(s.toks) && s.joined(j) && s.commonNoun(j+1)) {
					head = j
					break
				}
				if !(s.tags[j] == tag.DT || s.tags[j].Adjective() || s.tags[j] == tag.VBG || s.tags[j] == tag.NN ||
					s.possessor(j)) {
					break
				}
			}
			if head < 0 || emptyHead(s.toks[head].Lower) || !otherWritesPair(sites, i, s.toks[k].Lower, s.toks[head].Lower) {
				continue
			}
			words := []string{phrase, s.toks[k].Lower}
			for j := k + 1; j <= head; j++ {
				if w := s.word(j); j == head || s.tags[j] == tag.DT || othersWrite(sites, i, s.toks[j].Lower) {
					words = append(words, w)
				}
			}
			return strings.Join(words, " ")
		}
	}
	return ""
}

// otherWritesPair reports whether a site other than sites[i] writes the
// preposition p and, within four words after it, the noun n.
func otherWritesPair(sites []factSite, i int, p, n string) bool {
	for j, c := range sites {
		if j == i {
			continue
		}
		for _, k := range c.s.all(p) {
			for m := k + 1; m < len(c.s.toks) && m <= k+5; m++ {
				if c.s.toks[m].Lower == n {
					return true
				}
			}
		}
	}
	return false
}
