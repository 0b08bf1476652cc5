package summarize

import (
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
	if sameVoice(x, y) {
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
// margins, for linkage.Cluster; pairs that may never join are left out.
func pairSums(pts []*point) []linkage.Pair {
	keys := make([][]string, len(pts))
	for i, p := range pts {
		keys[i] = p.indexKeys()
	}
	var out []linkage.Pair
	eachCandidate(keys, nil, nil, func(i, j int) bool {
		if m, ok := pointMargin(pts[i], pts[j]); ok {
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
