package summarize

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/internal/linkage"
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

// sentenceAt is where a statement stands: its article and sentence.
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
// sameSpeakerSim, otherSpeakerSim, sameArticleSim); ok is false when
// some pair may never be one.
func pointMargin(a, b *point) (float64, bool) {
	ids := articleIDs{}
	return placedMargin(ids.place(a), ids.place(b))
}

// articleIDs numbers the articles of a side's points, so that where the
// points' statements are is compared without hashing article IDs.
type articleIDs map[string]int32

// placed is a point with where its statements are, in sorted slices:
// pairSums compares every candidate pair of points, and walking two short
// sorted slices is cheaper than reading the points' maps.
type placed struct {
	*point
	at         []placeAt      // the sentences of its statements, sorted
	perArticle []articleCount // the statements per article, by article
}

type placeAt struct {
	article  int32
	sentence int
}

type articleCount struct {
	article int32
	n       int
}

// place returns p with where its statements are, numbering the articles
// not numbered yet.
func (ids articleIDs) place(p *point) placed {
	id := func(art string) int32 {
		n, ok := ids[art]
		if !ok {
			n = int32(len(ids))
			ids[art] = n
		}
		return n
	}
	out := placed{point: p, at: make([]placeAt, 0, len(p.at)), perArticle: make([]articleCount, 0, len(p.perArticle))}
	for at := range p.at {
		out.at = append(out.at, placeAt{id(at.article), at.sentence})
	}
	for art, n := range p.perArticle {
		out.perArticle = append(out.perArticle, articleCount{id(art), n})
	}
	slices.SortFunc(out.at, func(x, y placeAt) int {
		return cmp.Or(cmp.Compare(x.article, y.article), cmp.Compare(x.sentence, y.sentence))
	})
	slices.SortFunc(out.perArticle, func(x, y articleCount) int { return cmp.Compare(x.article, y.article) })
	return out
}

// placedMargin is pointMargin over placed points.
func placedMargin(a, b placed) (float64, bool) {
	x, y := a.rep, b.rep
	if x.party != y.party {
		return 0, false
	}
	if sharesSentence(a.at, b.at) {
		return 0, false // a sentence cut in two makes two points
	}
	if x.who != y.who && x.speaker.Kind == attrib.Person && y.speaker.Kind == attrib.Person && sharedArticles(a, b) > 0 {
		return 0, false // two people quoted in one article say two things
	}
	sim := similarity(x.features, y.features)
	base := otherSpeakerSim
	if sameVoice(x, y) {
		base = sameSpeakerSim
	}
	same := max(base, sameArticleSim)
	pairs := float64(len(a.all) * len(b.all))
	s := float64(sharedArticles(a, b)) // pairs of statements of one article
	return pairs*min(sim, simCap) - (pairs-s)*base - s*same, true
}

// sharesSentence reports whether two sorted lists of sentences hold one
// sentence.
func sharesSentence(a, b []placeAt) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].article < b[j].article || a[i].article == b[j].article && a[i].sentence < b[j].sentence:
			i++
		case a[i] == b[j]:
			return true
		default:
			j++
		}
	}
	return false
}

// sharedArticles counts the pairs of statements of a and b in one article.
func sharedArticles(a, b placed) int {
	shared := 0
	x, y := a.perArticle, b.perArticle
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i].article < y[j].article:
			i++
		case x[i].article > y[j].article:
			j++
		default:
			shared += x[i].n * y[j].n
			i++
			j++
		}
	}
	return shared
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
	for _, n := range f.figures {
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
// margins, for linkage.Cluster; pairs that may never join are left out.
// They are appended to out.
func pairSums(pts []*point, out []linkage.Pair) []linkage.Pair {
	keys := make([][]string, len(pts))
	ps := make([]placed, len(pts))
	ids := articleIDs{}
	for i, p := range pts {
		keys[i] = p.indexKeys()
		ps[i] = ids.place(p)
	}
	eachCandidate(keys, nil, nil, func(i, j int) bool {
		if m, ok := placedMargin(ps[i], ps[j]); ok {
			out = append(out, linkage.Pair{I: i, J: j, Sum: m})
		}
		return true
	})
	return out
}

// unlistedMargin is the margin of a pair of statements no index key
// joins: they share no word, so their similarity is 0, below the
// threshold of two speakers of a side.
const unlistedMargin = -sameSpeakerSim
