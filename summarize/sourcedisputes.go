package summarize

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/lex"
)

// Outlets disagree on a fact when two of them report one event in like
// words and give it different values: the day talks were held, the number
// of nurses on strike, the size of a budget gap. The same number about
// different things is no dispute, so two values are compared only when the
// sentences that give them are alike and, for a count, count the same
// thing.

// Sentence likeness needed, by kind of fact, for two values to be about
// one fact.
var factSim = map[facts.Kind]float64{
	facts.Count:    0.10, // and the same counted noun
	facts.Duration: 0.25, // and the same noun, when one is given
	facts.Money:    0.30,
	facts.Percent:  0.30,
	facts.Weekday:  0.25,
	facts.Date:     0.25,
	facts.Vote:     0.10,
}

// maxSourceDisputes bounds the disputes between sources a digest shows.
const maxSourceDisputes = 5

// factSentence is a sentence of an article that gives facts.
type factSentence struct {
	art     int
	text    string
	facts   []facts.Fact
	context []map[string]bool // per fact: the words around it
	terms   vector
	kinds   uint // a bit per kind of fact it gives
}

// maxRatio is the most two values of one fact may differ by: outlets
// disagree on 3,100 or 2,600 nurses, not on 6 or 300 people.
const maxRatio = 2.5

// factNode is one fact of one sentence.
type factNode struct{ sent, fact int }

// sourceDisputes finds the facts the articles report with different
// values.
func sourceDisputes(arts []Article) []Dispute {
	var sents []factSentence
	var texts []string
	for ai, a := range arts {
		for _, p := range a.Paragraphs() {
			texts = append(texts, lex.Sentences(p)...) // every sentence weighs the words
		}
		for _, fs := range a.Figures {
			fsent := factSentence{art: ai, text: fs.Text, facts: fs.Facts}
			for _, f := range fs.Facts {
				fsent.context = append(fsent.context, facts.Context(fs.Text, f))
				fsent.kinds |= kindBit(f.Kind)
			}
			sents = append(sents, fsent)
		}
	}
	if len(sents) < 2 {
		return nil
	}
	weights := newIDF(texts)
	for i := range sents {
		sents[i].terms = weights.vector(sents[i].text, nil)
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
	linked := map[factNode]bool{}
	score := map[factNode]float64{}
	for i := range sents {
		for j := i + 1; j < len(sents); j++ {
			a, b := &sents[i], &sents[j]
			if a.art == b.art {
				continue
			}
			if a.kinds&b.kinds == 0 {
				continue // no kind of fact in common
			}
			sim := a.terms.dot(b.terms)
			for fi, fa := range a.facts {
				for fj, fb := range b.facts {
					if fa.Kind != fb.Kind || sim < factSim[fa.Kind] || fa.Same(fb) ||
						!sameFact(fa, fb, sim, shareAny(a.context[fi], b.context[fj])) ||
						gives(a.facts, fb) || gives(b.facts, fa) {
						continue
					}
					na, nb := factNode{i, fi}, factNode{j, fj}
					parent[find(na)] = find(nb)
					linked[na], linked[nb] = true, true
					score[na] = max(score[na], sim)
					score[nb] = max(score[nb], sim)
				}
			}
		}
	}
	// Each group of linked facts, with the facts that agree with them.
	groups := map[factNode][]factNode{}
	var roots []factNode
	for n := range linked {
		r := find(n)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], n)
	}
	sort.Slice(roots, func(i, j int) bool { return nodeLess(roots[i], roots[j]) })
	type ranked struct {
		d     Dispute
		score float64
	}
	var out []ranked
	for _, r := range roots {
		g := groups[r]
		sort.Slice(g, func(i, j int) bool { return nodeLess(g[i], g[j]) })
		if d, s, ok := factDispute(arts, sents, g, score); ok {
			out = append(out, ranked{d, s})
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

// kindBit is a bit for each kind of fact.
func kindBit(k facts.Kind) uint {
	for i, x := range []facts.Kind{facts.Count, facts.Money, facts.Percent, facts.Weekday, facts.Date, facts.Vote, facts.Duration} {
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

// sameFact reports whether two values, given by sentences this alike
// with words around them in common or not, may be about one fact.
func sameFact(a, b facts.Fact, sim float64, context bool) bool {
	if a.Kind != b.Kind || sim < factSim[a.Kind] {
		return false
	}
	if lo, hi := min(a.Value, b.Value), max(a.Value, b.Value); (a.Kind == facts.Count || a.Kind == facts.Money ||
		a.Kind == facts.Percent) && lo > 0 && hi/lo > maxRatio {
		return false
	}
	switch a.Kind {
	case facts.Count:
		return a.Of == b.Of && (context || sim >= 0.3)
	case facts.Duration:
		return (a.Of == b.Of || a.Of == "" || b.Of == "") && context
	case facts.Money:
		return a.Unit == b.Unit && context
	case facts.Percent, facts.Weekday, facts.Date:
		return context
	}
	return true
}

func shareAny(a, b map[string]bool) bool {
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

// factDispute makes a dispute of the facts of a group: one side per value,
// naming the outlets that give it.
func factDispute(arts []Article, sents []factSentence, g []factNode, score map[factNode]float64) (Dispute, float64, bool) {
	var sides []*factSide
	var best float64
	kind := sents[g[0].sent].facts[g[0].fact]
	for _, n := range g {
		s := sents[n.sent]
		f := s.facts[n.fact]
		best = max(best, score[n])
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
		if !contains(into.articles, a.ID) {
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
	if len(kept) < 2 {
		return Dispute{}, 0, false
	}
	topic := factTopic(kind)
	d := Dispute{Topic: topic, Kind: BetweenSources, Status: Open}
	var values []string
	for _, sd := range kept {
		d.Sides = append(d.Sides, Side{Party: strings.Join(sd.outlets, ", "), Position: sd.text, Articles: sd.articles})
		values = append(values, fmt.Sprintf("%s (%s)", sd.value.Text, strings.Join(sd.outlets, ", ")))
	}
	d.Summary = fmt.Sprintf("Outlets differ on the %s: %s.", strings.ToLower(topic), strings.Join(values, " or "))
	var keys []string
	for _, sd := range kept {
		keys = append(keys, strconv.FormatFloat(sd.value.Value, 'g', -1, 64))
	}
	sort.Strings(keys)
	d.ID = shortHash(append([]string{BetweenSources, topic}, keys...)...) // holds as outlets join a side
	d.Status = factStatus(arts, kept)
	return d, best * float64(len(g)), true
}

// factSide is one value of a disputed fact and the articles that give it.
type factSide struct {
	value    facts.Fact
	text     string
	articles []string
	outlets  []string
}

// corrections mark an article that sets a figure right.
var corrections = []string{"correction", "corrected", "an earlier version", "misstated", "incorrectly reported"}

// factStatus is resolved when the latest article of the dispute says it
// corrects an earlier report: its value stands.
func factStatus(arts []Article, sides []*factSide) string {
	latest := -1
	for _, sd := range sides {
		for _, id := range sd.articles {
			for i, a := range arts {
				if a.ID == id && i > latest {
					latest = i
				}
			}
		}
	}
	if latest < 0 {
		return Open
	}
	low := strings.ToLower(arts[latest].Text())
	for _, c := range corrections {
		if strings.Contains(low, c) {
			return Resolved
		}
	}
	return Open
}

// factTopic names what a fact is.
func factTopic(f facts.Fact) string {
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
	case facts.Vote:
		return "Vote"
	}
	return "Figure"
}

// outletName names an article's source for a reader: its outlet, else its
// title, else its file.
func outletName(a Article) string {
	switch {
	case a.Outlet != "":
		return a.Outlet
	case a.Title != "":
		return a.Title
	case a.File != "":
		return filepath.Base(a.File)
	}
	return a.URL
}
