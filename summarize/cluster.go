package summarize

import (
	"math"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// Clustering the statements of one side into claims compares pairs of
// statements, so it is where a story, or one article built to be
// expensive, could cost the square of its size. Three things keep it near
// linear:
//
//   - Statements that say the same words (the same text and quotation, by
//     the same speaker: one wire story carried by many outlets, or a
//     sentence repeated) are one point, weighed by how many they are,
//     before any pair is compared.
//   - Pairs of points are compared only when they share a word, a figure or
//     a quoted word, found through an inverted index; any other pair is
//     too unlike to be one claim (see minPairSim) and is never looked at.
//     A word more than MaxPostings points use proposes no pairs.
//   - At most MaxClusterPoints points of a side are clustered.
//
// Average linkage over weighed points is exact: the sum of the margins
// between two points is what the sum over all their statements would be.

// point is one or more statements of one side that say the same words.
type point struct {
	rep *statement // the first, whose words and features stand for all
	all []*statement
	// at holds the articles and sentences of the statements, which one
	// point's statements never share.
	at map[sentenceAt]bool
	// perArticle counts the statements per article.
	perArticle map[string]int
}

type sentenceAt struct {
	article  string
	sentence int
}

// points collapses the statements of one side (in story order) into
// points, in the order of their first statements. Statements whose words
// are too bare to be one claim even when repeated stay points of their
// own.
func points(ss []*statement) []*point {
	var out []*point
	byKey := map[string]*point{}
	for _, s := range ss {
		at := sentenceAt{s.article, s.st.Sentence}
		if p, ok := byKey[s.key]; ok && !p.at[at] {
			p.all = append(p.all, s)
			p.at[at] = true
			p.perArticle[s.article]++
			continue
		}
		p := &point{rep: s, all: []*statement{s}, at: map[sentenceAt]bool{at: true}, perArticle: map[string]int{s.article: 1}}
		out = append(out, p)
		if _, ok := byKey[s.key]; !ok && similarity(s.features, s.features) >= max(sameArticleSim, sameSpeakerSim, otherSpeakerSim, minPairSim) {
			byKey[s.key] = p
		}
	}
	return out
}

// pointKey names the words a statement is compared by: statements with
// one key have the same features.
func pointKey(s *statement) string {
	return strings.Join([]string{s.st.Text, s.st.Quote, s.speaker.Name, s.speaker.Role,
		s.st.Speaker.Name, s.st.Speaker.Generic, s.party}, "\x00")
}

// pointMargin is the sum, over every pair of statements of a and b, of
// how far they clear the similarity they need to be one claim (see
// sameClaimMargin); ok is false when some pair may never be one.
func pointMargin(a, b *point) (float64, bool) {
	x, y := a.rep, b.rep
	if x.party != y.party {
		return 0, false
	}
	small, large := a, b
	if len(small.at) > len(large.at) {
		small, large = large, small
	}
	for at := range small.at {
		if large.at[at] {
			return 0, false // a sentence cut in two makes two points
		}
	}
	if x.who != y.who && x.speaker.Kind == attrib.Person && y.speaker.Kind == attrib.Person && sharesArticle(a, b) {
		return 0, false // two people quoted in one article say two things
	}
	sim := similarity(x.features, y.features)
	base := otherSpeakerSim
	if x.who == y.who {
		base = sameSpeakerSim
	}
	same := max(base, sameArticleSim)
	pairs := float64(len(a.all) * len(b.all))
	shared := 0 // pairs of statements of one article
	smallA, largeA := a.perArticle, b.perArticle
	if len(smallA) > len(largeA) {
		smallA, largeA = largeA, smallA
	}
	for art, n := range smallA {
		shared += n * largeA[art]
	}
	s := float64(shared)
	return pairs*min(sim, simCap) - (pairs-s)*base - s*same, true
}

// sharesArticle reports whether two points have statements in one article.
func sharesArticle(a, b *point) bool {
	small, large := a.perArticle, b.perArticle
	if len(small) > len(large) {
		small, large = large, small
	}
	for art := range small {
		if large[art] > 0 {
			return true
		}
	}
	return false
}

// indexKeys are what a point is found by in the inverted index: the terms
// of its words and clauses, its figures and its quoted words.
func (p *point) indexKeys() []string {
	f := p.rep.features
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, w := range f.terms {
		add(w.term)
	}
	for _, c := range f.clauses {
		for _, w := range c {
			add(w.term)
		}
	}
	for n := range f.figures {
		add("#" + n)
	}
	for _, w := range f.quote.words {
		if !lex.IsStop(w) {
			add("\"" + w)
		}
	}
	for g := range f.quote.grams {
		add("\"\"" + g)
	}
	return out
}

// pairSums returns the candidate pairs of points (i < j) that share an
// index key no more than MaxPostings points hold, with their sums of
// margins; pairs that may never join are left out.
func pairSums(pts []*point) []pairSum {
	keys := make([][]string, len(pts))
	for i, p := range pts {
		keys[i] = p.indexKeys()
	}
	var out []pairSum
	eachCandidate(keys, nil, nil, func(i, j int) bool {
		if m, ok := pointMargin(pts[i], pts[j]); ok {
			out = append(out, pairSum{i: i, j: j, sum: m})
		}
		return true
	})
	return out
}

// pairSum is the sum of the margins between the members of groups i and
// j.
type pairSum struct {
	i, j int
	sum  float64
}

// cluster groups items (of the given sizes: how many statements each
// stands for) into claims by average linkage: the two groups whose members
// are most alike on average join while that average clears the threshold
// of each pair. pairs holds the sum of margins (similarity minus
// threshold, over all pairs of members) of the items that may join; any
// pair not listed may never be in one group. Deterministic: ties go to the
// earliest groups. Candidate joins wait in a heap and each group keeps
// only the groups it may still join, so the work is about linear in the
// pairs listed.
func cluster(sizes []int, pairs []pairSum) [][]int {
	n := len(sizes)
	groups := make([][]int, n)
	size := make([]int, n)
	for i := range groups {
		groups[i] = []int{i}
		size[i] = sizes[i]
	}
	// sums[i][k]: the sum of margins between the members of groups i and
	// k, for the groups that may still join.
	sums := make([]map[int]float64, n)
	for i := range sums {
		sums[i] = map[int]float64{}
	}
	version := make([]int, n) // bumped when a group grows or is gone
	h := &joins{}
	for _, p := range pairs {
		if math.IsInf(p.sum, -1) {
			continue
		}
		sums[p.i][p.j], sums[p.j][p.i] = p.sum, p.sum
		if avg := p.sum / float64(size[p.i]*size[p.j]); avg >= 0 {
			h.items = append(h.items, join{avg: avg, i: p.i, j: p.j})
		}
	}
	h.init()
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	for h.Len() > 0 {
		best := h.pop()
		if !alive[best.i] || !alive[best.j] || best.vi != version[best.i] || best.vj != version[best.j] {
			continue // stale: one of the groups has changed since
		}
		i, j := best.i, best.j
		groups[i] = append(groups[i], groups[j]...)
		size[i] += size[j]
		alive[j] = false
		version[i]++
		version[j]++
		// Group i may go on to join k if i or j had a pair with k: a pair
		// of members that share no word counts as unlike (unlistedMargin).
		merged := map[int]float64{}
		for k, v := range sums[i] {
			if k == j {
				continue
			}
			w, ok := sums[j][k]
			if !ok {
				w = unlistedMargin * float64(size[j]*size[k])
			}
			merged[k] = v + w
		}
		for k, w := range sums[j] {
			if k == i {
				continue
			}
			if _, ok := sums[i][k]; !ok {
				merged[k] = w + unlistedMargin*float64((size[i]-size[j])*size[k])
			}
			delete(sums[k], j)
		}
		sums[i], sums[j] = merged, nil
		for k, v := range merged {
			sums[k][i] = v
			if avg := v / float64(size[i]*size[k]); avg >= 0 {
				a, b := min(i, k), max(i, k)
				h.push(join{avg: avg, i: a, j: b, vi: version[a], vj: version[b]})
			}
		}
	}
	var out [][]int
	for i, g := range groups {
		if alive[i] {
			out = append(out, g)
		}
	}
	return out
}

// unlistedMargin is the margin of a pair of statements no index key
// joins: they share no word, so their similarity is 0, below the
// threshold of two speakers of a side.
const unlistedMargin = -sameSpeakerSim

// join is a candidate join of groups i and j at the versions it was
// computed for.
type join struct {
	avg    float64
	i, j   int
	vi, vj int
}

// joins is a max-heap of candidate joins, the earliest groups first on a
// tie. It is typed rather than a container/heap.Interface: the heap
// holds every candidate join and its stale copies, and the calls through
// an interface were a fifth of a large story's clustering.
type joins struct{ items []join }

func (h *joins) Len() int { return len(h.items) }

// before reports whether x comes out of the heap before y.
func before(x, y join) bool {
	if x.avg != y.avg {
		return x.avg > y.avg
	}
	if x.i != y.i {
		return x.i < y.i
	}
	return x.j < y.j
}

func (h *joins) init() {
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h *joins) push(x join) {
	h.items = append(h.items, x)
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !before(h.items[i], h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *joins) pop() join {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	h.down(0)
	return top
}

func (h *joins) down(i int) {
	n := len(h.items)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && before(h.items[r], h.items[l]) {
			m = r
		}
		if !before(h.items[m], h.items[i]) {
			return
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}
