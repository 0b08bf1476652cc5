package summarize

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/lex"
)

// factAbout is what a sentence says of one of its facts, beside its value.
type factAbout struct {
	context map[string]bool // the words around it (facts.Context)
	slot    []string        // the stems of its attribute (facts.Slot)
	event   facts.Event     // its event, for a time (facts.EventOf)
	remark  bool            // the time of a remark (facts.Remark)
	demand  bool            // a figure asked for (facts.Demand)
	hedged  bool            // a round figure (facts.Hedged)
	change  string          // what it is a change of, or "" (facts.Change)
	outcome string          // what befell a count of people, or "" (facts.Outcome)
	of      []string        // what its attribute is of (facts.Complement)
	move    facts.Move      // the move a time dates (facts.DatedMove)
	moved   bool            // whether it dates one
	running bool            // a running total (facts.Running)
	owner   string          // who holds its attribute (facts.Owner)
	counted string          // what a count counts (facts.Counted)
	whose   string          // whose a count is: the name of what it counts, or the owner of "its" (facts.WhoseIn)
	added   bool            // a count of things added (facts.Added)
	holder  []string        // who holds what a count counts (facts.Holder)
	term    *termFigure     // the figure a duration is the term of (facts.TermOf), or nil
}

// termFigure is the figure a duration is the term of, and what its
// sentence says of it.
type termFigure struct {
	f     facts.Fact
	about factAbout
}

// aboutFacts reads what sentence s says of each of its facts, from a
// memo: a story's refresh reads every sentence that gives a figure again,
// and only the new articles' are new. The result is shared: callers only
// read it.
func aboutFacts(s string, fs []facts.Fact) []factAbout {
	key := s
	for _, f := range fs {
		// The facts as read when the article was: an article stored by
		// an earlier reading may hold other facts of the same text.
		key += "\x00" + string(f.Kind) + f.Text
	}
	return aboutMemo.Get(key, func(string) []factAbout {
		about := make([]factAbout, len(fs))
		for k, f := range fs {
			about[k] = aboutFact(s, f)
		}
		for k := range fs {
			if t := facts.TermOf(s, fs, k); t >= 0 {
				about[k].term = &termFigure{fs[t], about[t]}
			}
		}
		return about
	}, func(about []factAbout) int { return aboutBytes * len(about) })
}

// aboutMemo keeps what each sentence says of its facts; aboutBytes is
// about what one fact's reading holds.
var aboutMemo = lex.NewStoryMemo[[]factAbout](8<<20, 8<<10)

const aboutBytes = 512

// aboutFact reads what sentence s says of its fact f.
func aboutFact(s string, f facts.Fact) factAbout {
	slot, _ := facts.Slot(s, f)
	change, _ := facts.Change(s, f)
	move, moved := facts.DatedMove(s, f)
	return factAbout{move: move, moved: moved, running: facts.Running(s, f), owner: facts.Owner(s, f),
		context: facts.Context(s, f), slot: slot, event: facts.EventOf(s, f),
		remark: facts.Remark(s, f), demand: facts.Demand(s, f), hedged: facts.Hedged(s, f),
		change: change, outcome: facts.Outcome(s, f), of: facts.Complement(s, f), counted: facts.Counted(s, f),
		whose: facts.WhoseIn(s, f), added: facts.Added(s, f), holder: facts.Holder(s, f)}
}

// attributePhrase names the attribute a sentence gives a fact's value of,
// as written, or "": its slot ("pay offer"), or for a change of value
// what changed ("change in Northwind shares", "price of Northwind
// shares").
func attributePhrase(s string, f facts.Fact) string {
	if _, p := facts.Slot(s, f); p != "" {
		return p
	}
	if _, subject := facts.Change(s, f); subject != "" {
		if f.Kind == facts.Money {
			return "price of " + subject
		}
		return "change in " + subject
	}
	return ""
}

// namedFactSim is the sentence likeness needed for two values both
// sentences name one attribute or event of: "its pay offer of 6%" and "the
// company's offer of a 5.5 percent rise" are told in other words.
const namedFactSim = 0.05

// sameCounted reports two counts of one noun the story counts in no other
// way, close in value ("about 340 planned operations", "some 410
// operations"): one count told in other words.
func sameCounted(a, b facts.Fact) bool {
	if a.Kind != facts.Count || b.Kind != facts.Count || a.Of == "" || a.Of != b.Of || a.Value <= 0 || b.Value <= 0 {
		return false
	}
	if genericCounted[a.Of] || scaled(a.Text) || scaled(b.Text) {
		return false // "900 people" the shelters hold, "a village of 1,200 people"; "400 million thalers"
	}
	lo, hi := min(a.Value, b.Value), max(a.Value, b.Value)
	return lo >= minSameCount && hi/lo <= 1.5
}

// genericCounted are the stems of nouns that count anyone, which many
// attributes of a story count.
var genericCounted = map[string]bool{"peopl": true, "person": true, "men": true, "women": true, "children": true, "resid": true}

// scaled reports a count written with a scale word ("400 million
// thalers"): an amount in a currency the story does not name as one, or a
// total of many attributes.
func scaled(text string) bool {
	low := strings.ToLower(text)
	return strings.Contains(low, "million") || strings.Contains(low, "billion") || strings.Contains(low, "trillion")
}

// minSameCount is the least count sameCounted reads as one count told in
// other words: "three schools" closing and "the four receiving schools"
// are two sets of a few, "340 operations" and "410 operations" one.
const minSameCount = 10

// oneAttribute reports whether two sentences name one attribute for two
// facts of a kind (an amount's or a percentage's slot, both given or both
// asked for) or one event (a time's).
func oneAttribute(k facts.Kind, a, b factAbout) bool {
	switch k {
	case facts.Money, facts.Percent:
		if a.change != "" && b.change != "" {
			return facts.SameChange(a.change, b.change)
		}
		return len(a.slot) > 0 && len(b.slot) > 0 && sameSlot(k, a.slot, b.slot) && a.demand == b.demand
	case facts.Month:
		return false // a month is a loose time: its sentences must be alike
	}
	return facts.OneEvent(a.event, b.event)
}

// sameFact reports whether two values, given by sentences this alike
// that say ia and ib of them, may be about one fact.
func sameFact(a, b facts.Fact, ia, ib factAbout, sim float64) bool {
	need, one := factSim[a.Kind], oneAttribute(a.Kind, ia, ib)
	if one || sameCounted(a, b) {
		need = min(need, namedFactSim)
	}
	if a.Kind != b.Kind || sim < need {
		return false
	}
	// The words around the values are compared only for sentences alike
	// enough.
	context := one || sameCounted(a, b) || shareAny(ia.context, ib.context)
	if lo, hi := min(a.Value, b.Value), max(a.Value, b.Value); (a.Kind == facts.Count || a.Kind == facts.Money ||
		a.Kind == facts.Percent || a.Kind == facts.Measure) && lo > 0 && hi/lo > maxRatio && !facts.Transposed(a, b) {
		return false
	}
	if lo, hi := min(a.Value, b.Value), max(a.Value, b.Value); a.Kind == facts.Duration && lo > 0 && hi/lo > maxDurationRatio {
		return false // "14 years" and "two weeks": two lengths, not one told two ways
	}
	switch a.Kind {
	case facts.Count:
		// "about 700 pupils" is a round count of all of them; "killed
		// 23 people" and "the death toll rose to 31" count the dead.
		return ia.counted == ib.counted && !twoNames(ia.whose, ib.whose) && ia.added == ib.added && (ia.outcome == "" || ib.outcome == "" || ia.outcome == ib.outcome) &&
			(context || sim >= 0.3 || ia.hedged || ib.hedged) && ia.demand == ib.demand // "asked for 300 prisoners", "ready to release 150"
	case facts.Duration:
		// The length of what one side asks for is no length of what the
		// other offers ("a 20% rise over two years" wanted, "a 12% rise
		// over three years" offered).
		return facts.SameThing(a, b) && context && ia.demand == ib.demand && !twoTerms(ia, ib)
	case facts.Money:
		return a.Unit == b.Unit && context && ia.demand == ib.demand
	case facts.Measure:
		return a.Unit == b.Unit && context && ia.demand == ib.demand // "74 km" and "90 km", not "40 m³/s" and "90 km"
	case facts.Percent:
		return context && ia.demand == ib.demand // "wants 20 percent" is no value of "offered 12%"
	case facts.Weekday, facts.Date, facts.Month:
		return context
	case facts.DayOf:
		return context && facts.SameThing(a, b) // "the fourth day of the siege", "day five"
	}
	return true
}

// twoEvents reports two days or dates of a kind that date two events:
// two moves of a figure (facts.TwoMoves), or two events both named and
// sharing no noun (facts.Unrelated). (A month is compared only in
// sentences alike, and its event is read too loosely to part them.)
func twoEvents(k facts.Kind, a, b factAbout) bool {
	if k != facts.Weekday && k != facts.Date {
		return false
	}
	return a.moved && b.moved && facts.TwoMoves(a.move, b.move) || facts.Unrelated(a.event, b.event)
}

// sameSubject reports two values that may be of one attribute of one
// subject: when both are changes, of one subject changing one way; when
// both attributes say what they are of, of one thing ("a rise in food
// prices" is not "a rise in wages").
func sameSubject(a, b factAbout) bool {
	if facts.TwoOwners(a.owner, b.owner) || facts.TwoHolders(a.holder, b.holder) {
		return false // "its tariff" and the tariff its rival imposes; "Vesk holds 131 seats" and "Orla holds 104"
	}
	if a.change != "" && b.change != "" && !facts.SameChange(a.change, b.change) {
		return false
	}
	if len(a.of) == 0 || len(b.of) == 0 {
		return true
	}
	for _, x := range a.of {
		if slices.Contains(b.of, x) {
			return true
		}
	}
	return false
}

// sameSlot reports two values that may be of one attribute: for a
// percentage or an amount, when both sentences name the attribute near the
// figure, they must name one ("48% of the vote" is not "75% of polling
// stations counted").
func sameSlot(k facts.Kind, a, b []string) bool {
	if k != facts.Percent && k != facts.Money || len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		x = facts.AttributeStem(k, x)
		for _, y := range b {
			if x == facts.AttributeStem(k, y) {
				return true
			}
		}
	}
	return false
}

// sameRestriction reports two counts that may count the same things: a
// count a relative clause restricts ("65,000 actors who cast ballots")
// counts what the other counts only when the other's sentence says the
// same verb of them: "3,100 nurses walked out" and "the 4,000 nurses who
// walked out" are one count, "160,000 actors" a union brings together
// another. terms are the stems of each sentence.
func sameRestriction(a, b facts.Fact, termsA, termsB []string) bool {
	if a.Kind != facts.Count || a.Which == b.Which {
		return true
	}
	says := func(f facts.Fact, terms []string) bool { return f.Which == "" || slices.Contains(terms, f.Which) }
	return says(a, termsB) && says(b, termsA)
}

// twoTerms reports two durations that are the terms of two figures that
// may be two facts: "9% over three years" offered and "15% over two
// years" held out for are two offers, not one length. The terms of two
// values are of one offer only when both sentences name its attribute
// ("a pay rise of 9% over three years", "a pay rise of 12% over two
// years"), held by no two holders and both given or both asked for.
func twoTerms(a, b factAbout) bool {
	if a.term == nil || b.term == nil || a.term.f.Same(b.term.f) {
		return false
	}
	x, y := a.term.about, b.term.about
	one := a.term.f.Kind == b.term.f.Kind && len(x.slot) > 0 && len(y.slot) > 0 &&
		sameSlot(a.term.f.Kind, x.slot, y.slot) && !facts.TwoHolders(x.holder, y.holder) && x.demand == y.demand
	return !one
}

// twoNames reports two names both given and not one ("310 Kestranian
// soldiers" and "250 Valdorian soldiers").
func twoNames(a, b string) bool { return a != "" && b != "" && a != b }

// shareAny reports whether two sets have a member in common.
func shareAny(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// gives reports whether a sentence gives a value itself: "up from 6% to
// 9%" holds both, and disputes neither.
func gives(fs []facts.Fact, f facts.Fact) bool {
	for _, g := range fs {
		if g.Same(f) && (g.Of == f.Of || f.Kind != facts.Count) {
			return true
		}
	}
	return false
}
