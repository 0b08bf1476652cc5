package summarize

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/facts"
)

// Outlets disagree on a fact when two of them report one event and give
// it different values: the day talks were held, the number of nurses on
// strike, the size of a budget gap. The same number about different things
// is no dispute, so two values are compared only within one attribute of
// one subject: when the sentences that give them are alike, or name one
// attribute or event (sourcefacts.go), and, for a count, count the same
// thing. Two attributes sharing a unit, two events on two days and the
// days of two remarks are never one fact.

// Sentence likeness needed, by kind of fact, for two values to be about
// one fact.
var factSim = map[facts.Kind]float64{
	facts.Count:    0.10, // and the same counted noun
	facts.Duration: 0.25, // and the same noun, when one is given
	facts.Money:    0.30,
	facts.Percent:  0.30,
	facts.Weekday:  0.25,
	facts.Date:     0.25,
	facts.Month:    0.25,
	facts.Vote:     0.10,
	facts.DayOf:    0.25, // and the same event, when both name one
	facts.Measure:  0.10, // and the same unit, as a count needs the same noun
}

// maxSourceDisputes bounds the disputes between sources a digest shows.
const maxSourceDisputes = 5

// factSentence is a sentence of an article that gives facts.
type factSentence struct {
	art   int
	text  string
	facts []facts.Fact
	about []factAbout // per fact: what the sentence says of it
	words []string    // its terms (textTerms)
	terms vector
	kinds uint // a bit per kind of fact it gives
}

// shared counts the words two sets share.
func shared(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// sameDay reports two sentences that give one day or date.
func sameDay(a, b []facts.Fact) bool {
	for _, x := range a {
		if x.Kind != facts.Weekday && x.Kind != facts.Date {
			continue
		}
		for _, y := range b {
			if y.Kind == x.Kind && y.Value == x.Value {
				return true
			}
		}
	}
	return false
}

// maxRatio is the most two values of one fact may differ by: outlets
// disagree on 3,100 or 2,600 nurses, not on 6 or 300 people; but on 4.1
// or 1.4 nanograms, one figure with its digits swapped (facts.Transposed).
const maxRatio = 2.5

// maxDurationRatio is the most two lengths of one thing may differ by:
// outlets give a call's length as 40 minutes or two hours, but not as two
// weeks or 14 years.
const maxDurationRatio = 10.0

// factNode is one fact of one sentence.
type factNode struct{ sent, fact int }

// sourceDisputes finds the facts the articles report with different
// values.
//
// A sentence carried word for word by several articles (a wire story) is
// compared once, for all its copies, and only with the sentences it shares
// a word with (a word no more than MaxPostings of them use); at most
// MaxFactSentences distinct sentences are compared. So the work is about
// linear in the sentences that give figures.
func sourceDisputes(arts []Article) []Dispute {
	return sourceDisputesOf(arts, quarrels{})
}

// sourceDisputesOf is sourceDisputes, told what the sides dispute: two
// values that are two sides' figures on the attribute of a dispute
// between them are the sides' quarrel, not the outlets'.
func sourceDisputesOf(arts []Article, q quarrels) []Dispute {
	var sents []factSentence // every sentence that gives a figure, in story order
	for ai, a := range arts {
		for _, fs := range a.Figures {
			sents = append(sents, factSentence{art: ai, text: fs.Text, facts: fs.Facts})
		}
	}
	if len(sents) < 2 {
		return nil
	}
	// The distinct texts, each with its copies.
	var distinct []*factText
	byText := map[string]*factText{}
	for i, fs := range sents {
		if d, ok := byText[fs.text]; ok {
			d.copies = append(d.copies, i)
			continue
		}
		if len(distinct) == MaxFactSentences {
			continue
		}
		fs.about = aboutFacts(fs.text, fs.facts)
		d := &factText{factSentence: fs, copies: []int{i}}
		for _, f := range fs.facts {
			d.kinds |= kindBit(f.Kind)
		}
		byText[fs.text] = d
		distinct = append(distinct, d)
	}
	weights := sentenceWeights(arts) // every sentence weighs the words
	for _, d := range distinct {
		d.words = textTerms(d.text)
		d.terms = weights.vectorOf(d.words, nil)
	}
	// Join the facts that are one fact told with different values.
	parent := map[factNode]factNode{}
	var find func(n factNode) factNode
	find = func(n factNode) factNode {
		p, ok := parent[n]
		if !ok || p == n {
			return n
		}
		r := find(p)
		parent[n] = r
		return r
	}
	linked := map[factNode][]bool{} // per distinct text's fact: which copies are linked
	score := map[factNode]float64{}
	link := func(n factNode, d, other *factText, sim float64) {
		l := linked[n]
		if l == nil {
			l = make([]bool, len(d.copies))
			linked[n] = l
		}
		for k, c := range d.copies {
			l[k] = l[k] || other.apartFrom(sents[c].art, sents)
		}
		score[n] = max(score[n], sim)
	}
	eachFactPair(distinct, func(i, j int) {
		a, b := distinct[i], distinct[j]
		if !a.apart(b, sents) {
			return // all in one article
		}
		sim := a.terms.dot(b.terms)
		for fi, fa := range a.facts {
			for fj := range b.facts {
				if fa.Kind != b.facts[fj].Kind {
					continue // most pairs of facts are of two kinds: no copies for them
				}
				fb, ia, ib := b.facts[fj], a.about[fi], b.about[fj]
				sim := sim
				if fa.Kind == facts.Duration && sameDay(a.facts, b.facts) && shared(ia.context, ib.context) >= 2 {
					// "spoke to union leaders for 20 minutes on Friday"
					// and "a five-minute call with union leaders on
					// Friday": one day, the same people, one meeting, told
					// in other words.
					sim = max(sim, factSim[facts.Duration])
				}
				if fa.Same(fb) || ia.remark || ib.remark || ia.running || ib.running || facts.TwoPhases(ia.event, ib.event) || twoEvents(fa.Kind, ia, ib) ||
					!sameFact(fa, fb, ia, ib, sim) ||
					!sameSlot(fa.Kind, ia.slot, ib.slot) || !sameSubject(ia, ib) ||
					!sameRestriction(fa, fb, a.words, b.words) ||
					gives(a.facts, fb) || gives(b.facts, fa) {
					continue
				}
				na, nb := factNode{i, fi}, factNode{j, fj}
				parent[find(na)] = find(nb)
				link(na, a, b, sim)
				link(nb, b, a, sim)
			}
		}
	})
	// Each group of linked facts, told by every copy linked, in story
	// order.
	groups := map[factNode][]factNode{}
	best := map[factNode]float64{}
	for n, l := range linked {
		r := find(n)
		for k, ok := range l {
			if ok {
				groups[r] = append(groups[r], factNode{distinct[n.sent].copies[k], n.fact})
			}
		}
		best[r] = max(best[r], score[n])
	}
	// Groups in the order of their roots (which are arbitrary but fixed:
	// the order only breaks ties of score).
	var roots []factNode
	for r, g := range groups {
		sort.Slice(g, func(i, j int) bool { return nodeLess(g[i], g[j]) })
		roots = append(roots, r)
	}
	sort.Slice(roots, func(i, j int) bool { return nodeLess(roots[i], roots[j]) })
	type ranked struct {
		d     Dispute
		score float64
	}
	var out []ranked
	for _, r := range roots {
		g := groups[r]
		if d, ok := factDispute(arts, sents, g, q); ok {
			out = append(out, ranked{d, best[r] * float64(len(g))})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	var ds []Dispute
	for _, r := range out {
		if len(ds) == maxSourceDisputes {
			break
		}
		ds = append(ds, r.d)
	}
	return ds
}

// factText is a distinct sentence that gives figures, with its copies (as
// indexes of the story's fact sentences).
type factText struct {
	factSentence
	copies []int
}

// apartFrom reports whether some copy of the text is in an article other
// than art.
func (d *factText) apartFrom(art int, sents []factSentence) bool {
	for _, c := range d.copies {
		if sents[c].art != art {
			return true
		}
	}
	return false
}

// apart reports whether some copy of a and some copy of b are in two
// articles.
func (d *factText) apart(b *factText, sents []factSentence) bool {
	first := sents[d.copies[0]].art
	return d.apartFrom(first, sents) || b.apartFrom(first, sents)
}

// eachFactPair calls visit with the pairs (i < j, in order) of distinct
// fact sentences that give a kind of fact both and share a word no more
// than MaxPostings of them use: a large story's pairs are many, and are
// visited rather than listed.
func eachFactPair(ds []*factText, visit func(i, j int)) {
	keys := make([][]string, len(ds))
	for i, d := range ds {
		for _, w := range d.terms {
			keys[i] = append(keys[i], w.term)
		}
	}
	eachCandidate(keys, nil, func(i, j int) bool { return ds[i].kinds&ds[j].kinds != 0 }, func(i, j int) bool {
		visit(i, j)
		return true
	})
}

// kindBit is a bit for each kind of fact.
func kindBit(k facts.Kind) uint {
	for i, x := range []facts.Kind{facts.Count, facts.Money, facts.Percent, facts.Weekday, facts.Date, facts.Vote, facts.Duration, facts.Month, facts.DayOf, facts.Measure} {
		if x == k {
			return 1 << i
		}
	}
	return 0
}

func nodeLess(a, b factNode) bool {
	if a.sent != b.sent {
		return a.sent < b.sent
	}
	return a.fact < b.fact
}

// factDispute makes a dispute of the facts of a group (indexes of sents,
// in order): one side per value, naming the outlets that give it.
func factDispute(arts []Article, sents []factSentence, g []factNode, q quarrels) (Dispute, bool) {
	var sides []*factSide
	kind := sents[g[0].sent].facts[g[0].fact]
	phrase := ""
	for _, n := range g {
		s := sents[n.sent]
		if p := attributePhrase(s.text, s.facts[n.fact]); p != "" {
			phrase = p
			break
		}
	}
	for _, n := range g {
		s := sents[n.sent]
		f := s.facts[n.fact]
		var into *factSide
		for _, sd := range sides {
			if sd.value.Same(f) {
				into = sd
			}
		}
		if into == nil {
			into = &factSide{value: f, text: s.text}
			sides = append(sides, into)
		}
		a := arts[s.art]
		if !slices.Contains(into.articles, a.ID) {
			into.articles = append(into.articles, a.ID)
			into.outlets = append(into.outlets, outletName(a))
		}
	}
	// An article that gives two values is no witness for either.
	seen := map[string]int{}
	for _, sd := range sides {
		for _, id := range sd.articles {
			seen[id]++
		}
	}
	var kept []*factSide
	for _, sd := range sides {
		var ids, names []string
		for i, id := range sd.articles {
			if seen[id] == 1 {
				ids, names = append(ids, id), append(names, sd.outlets[i])
			}
		}
		if len(ids) > 0 {
			sd.articles, sd.outlets = ids, names
			kept = append(kept, sd)
		}
	}
	if len(kept) < 2 || len(kept) == 2 && boundsAgree(kept[0], kept[1]) {
		return Dispute{}, false // "more than 40,000" and "42,000" agree
	}
	topic := disputeTopic(kind, phrase, kept)
	if k := kind.Kind; (k == facts.Count || k == facts.Money || k == facts.Percent) && q.sidesOwnFigures(kept, topic) {
		return Dispute{}, false // the union's 14 trapped and the company's nine
	}
	if first := sents[g[0].sent]; facts.Counted(first.text, kind) == facts.Dead {
		topic = "Death toll"
	}
	d := Dispute{Topic: topic, Kind: BetweenSources, Status: Open}
	var values []string
	for _, sd := range kept {
		names := outletList(sd.outlets)
		d.Sides = append(d.Sides, Side{Party: names, Position: sd.text, Articles: sd.articles})
		values = append(values, fmt.Sprintf("%s (%s)", sd.value.Text, names))
	}
	d.Summary = fmt.Sprintf("Outlets differ on the %s: %s.", lowerFirst(topic), strings.Join(values, " or "))
	var keys []string
	for _, sd := range kept {
		keys = append(keys, strconv.FormatFloat(sd.value.Value, 'g', -1, 64))
	}
	sort.Strings(keys)
	// The ID holds as outlets join a side: it names the fact by its kind
	// and attribute, not by the words the sides share, which an outlet
	// joining may change.
	d.ID = shortHash(append([]string{BetweenSources, factTopic(kind, phrase)}, keys...)...)
	d.Status = factStatus(arts, kept)
	return d, true
}

// quarrels says what the sides dispute, for telling their figures from
// the outlets' discrepancies: which side states each sentence that is a
// claim, and the topics of the disputes between each two sides.
type quarrels struct {
	stated map[string]string      // a claim's sentence to its side
	topics map[[2]string][]string // two sides, in order, to their disputes' topics
}

// sidesOwnFigures reports values that two sides each state, as their
// claims, on the attribute of a dispute between them: the union's 14
// trapped and the company's nine are the sides' quarrel, not the
// outlets'. (A day or a date in two sides' words is the outlets' to get
// right.)
func (q quarrels) sidesOwnFigures(kept []*factSide, topic string) bool {
	if len(kept) != 2 || q.stated == nil {
		return false
	}
	a, okA := q.stated[strings.TrimSpace(kept[0].text)]
	b, okB := q.stated[strings.TrimSpace(kept[1].text)]
	if !okA || !okB || a == b {
		return false
	}
	if a > b {
		a, b = b, a
	}
	low := strings.ToLower(topic)
	for _, t := range q.topics[[2]string{a, b}] {
		if t = strings.ToLower(t); strings.HasPrefix(low, t) || strings.HasPrefix(t, low) {
			return true
		}
	}
	return false
}

// factSide is one value of a disputed fact and the articles that give it.
type factSide struct {
	value    facts.Fact
	text     string
	articles []string
	outlets  []string
}

// lowerBounds and upperBounds are the words before a figure that make it
// a bound rather than a value: "more than 40,000", "up to 300".
// approximations make a figure a round estimate: "approximately 9,000"
// and "approximately 8,700" agree.
var (
	lowerBounds    = []string{"more than", "at least", "upwards of", "in excess of", "no fewer than", "no less than"}
	upperBounds    = []string{"fewer than", "less than", "up to", "nearly", "almost", "at most", "no more than"}
	approximations = []string{"approximately", "about", "around", "roughly", "some", "an estimated", "close to", "just over", "just under"}
)

// approximate is what bound returns for an estimate.
const approximate = 2

// bound returns +1 when a side's figure is a lower bound, -1 an upper
// bound, approximate an estimate, 0 a value.
func (sd *factSide) bound() int {
	before := strings.ToLower(sd.text[:min(max(sd.value.Start, 0), len(sd.text))])
	before = strings.TrimRight(before, " ")
	for _, w := range lowerBounds {
		if strings.HasSuffix(before, " "+w) || before == w {
			return 1
		}
	}
	for _, w := range upperBounds {
		if strings.HasSuffix(before, " "+w) || before == w {
			return -1
		}
	}
	for _, w := range approximations {
		if strings.HasSuffix(before, " "+w) || before == w {
			return approximate
		}
	}
	return 0
}

// boundsAgree reports two sides of which one gives a round bound the
// other's value keeps, or an estimate, within a tenth of it: "more than
// 40,000" and "42,000", "nearly 300" and 280, "about 9,000" and 8,700
// ("at least 23" dead and 31 differ), or a rounding of it ("412,000"
// and 412,300).
func boundsAgree(a, b *factSide) bool {
	ok := func(x, y *factSide) bool {
		lo, hi := min(x.value.Value, y.value.Value), max(x.value.Value, y.value.Value)
		if lo <= 0 || hi/lo > 1.1 {
			return false
		}
		switch x.bound() {
		case 1:
			return y.value.Value >= x.value.Value
		case -1:
			return y.value.Value <= x.value.Value
		case approximate:
			// "approximately 9,000" and 8,700: within half the step its
			// round figure is given to (9,000 to the thousand), but not
			// "about 700" and 640.
			return math.Abs(y.value.Value-x.value.Value) <= roundStep(x.value.Value)/2
		case 0:
			// "412,000" and 412,300: a figure of three digits or more
			// rounded to the step its zeros give, as outlets round a
			// count; "400" and 450 are no rounding of one another.
			step := roundStep(x.value.Value)
			return step > 1 && x.value.Value/step >= 100 && math.Abs(y.value.Value-x.value.Value) <= step/2 && y.value.Value != x.value.Value
		}
		return false
	}
	return ok(a, b) || ok(b, a) || othersOf(a, b) || othersOf(b, a)
}

// othersOf reports a count of the others ("its other four mines") that
// is the whole of the other side's count but one ("all five of its
// mines"): the same thing counted without the one spoken of.
func othersOf(x, y *factSide) bool {
	before := strings.ToLower(strings.TrimRight(x.text[:min(max(x.value.Start, 0), len(x.text))], " "))
	return (strings.HasSuffix(before, " other") || strings.HasSuffix(before, " remaining")) && x.value.Value+1 == y.value.Value
}

// factTopic names what a fact is: the attribute it is a value of, when
// the sentences name one ("Pay rise" for a percentage, "Budget gap" for
// an amount).
func factTopic(f facts.Fact, attribute string) string {
	switch {
	case attribute == "" || f.Kind == facts.Count:
	case f.Kind == facts.Percent || f.Kind == facts.Money:
		return capitalise(attribute)
	case f.Kind == facts.Duration:
		return "Length of the " + attribute
	case f.Kind == facts.Measure:
		return facts.MeasureTopic(f.Unit) // "Distance", not the adverb "away" a slot may read
	}
	switch f.Kind {
	case facts.Count:
		return "Number of " + strings.ToLower(f.Noun)
	case facts.Duration:
		if f.Noun != "" {
			return "Length of the " + strings.ToLower(f.Noun)
		}
		return "Duration"
	case facts.Money:
		return "Amount"
	case facts.Percent:
		return "Percentage"
	case facts.Weekday:
		return "Day"
	case facts.Date:
		return "Date"
	case facts.Month:
		return "Month"
	case facts.Vote:
		return "Vote"
	case facts.DayOf:
		if f.Noun != "" {
			return "Day of the " + strings.ToLower(f.Noun)
		}
		return "Day of the event"
	case facts.Measure:
		return facts.MeasureTopic(f.Unit)
	}
	return "Figure"
}

// outletList joins the names of a side's outlets, each once.
func outletList(names []string) string {
	var out []string
	for _, n := range names {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}

// unnamedOutlet names the source of an article whose outlet is not known.
const unnamedOutlet = "unnamed outlet"

// outletName names an article's source for a reader: its outlet, else the
// host of its address, else unnamedOutlet. Never its title: a headline
// ("Pressure mounts on Falk as port strike enters third day") names no
// source. Nor its file: a file's name is the operator's, and may spell
// the page's masthead, which is no more than boilerplate when the page
// names no outlet in its byline or credits.
func outletName(a Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return cmp.Or(extract.OutletFromURL(a.URL), unnamedOutlet)
}

// roundStep is the power of ten a round figure is given to: 1,000 for
// 9,000, 100 for 700, 1 for 643.
func roundStep(v float64) float64 {
	step := 1.0
	for v >= 10*step && math.Mod(v, 10*step) == 0 {
		step *= 10
	}
	return step
}
