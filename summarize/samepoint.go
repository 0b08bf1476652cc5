package summarize

import (
	"slices"
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/internal/linkage"
	"github.com/storybot/storybot/summarize/lex"
)

// One speaker often says one point twice in a story in other words, and
// outlets quote it in fragments: "politically motivated" in one article,
// "dismissed the figures as 'politically motivated'" in another. The
// clusters of a side are built from what all their statements share, so
// two such clusters can stay apart; samePoints joins them when one speaker
// gives in both the same quoted words, a word of a synonym class counting
// as its class ("deeply mistaken" and "deeply wrong", one quotation in two
// translations).
// The pairs are found through an index of those keys, never by comparing
// every two claims.

// samePoints joins the claims of one side (in story order) in which one
// speaker gives the same quoted words, and returns the claims in story
// order.
func samePoints(claims []*claim) []*claim {
	if len(claims) < 2 {
		return claims
	}
	u := linkage.NewUnionFind(len(claims))
	postings := map[string][]int{} // runs of quoted words
	shortOf := map[string][]int{}  // short quotations held whole
	for i, c := range claims {
		seen := map[string]bool{}
		for _, m := range compared(c.members) {
			keys, short := pointKeys(m)
			for _, k := range keys {
				if !seen[k] {
					seen[k] = true
					postings[k] = append(postings[k], i)
				}
			}
			for _, k := range short {
				shortOf[k] = append(shortOf[k], i)
			}
		}
	}
	// A run of two or three words joins claims only through a short
	// quotation of just those words: two long quotations sharing "the
	// war" say two things.
	for k, list := range postings {
		if strings.Contains(k, "\x00c") {
			if short, ok := shortOf[k]; ok {
				postings[k] = append(append([]int(nil), short...), list...)
			} else {
				delete(postings, k)
			}
		}
	}
	keys := make([]string, 0, len(postings))
	for k := range postings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		list := postings[k]
		if len(list) < 2 || len(list) > MaxPostings {
			continue
		}
		for _, j := range list[1:] {
			if a, b := u.Find(list[0]), u.Find(j); a != b && claims[a].party == claims[b].party {
				u.Union(a, b)
			}
		}
	}
	roots, groups := u.Groups()
	if len(roots) == len(claims) {
		return claims
	}
	out := make([]*claim, 0, len(roots))
	for _, r := range roots {
		cs := make([]*claim, len(groups[r]))
		for k, i := range groups[r] {
			cs[k] = claims[i]
		}
		out = append(out, joinClaims(cs))
	}
	return out
}

// pointKeys are what says that two statements of one speaker make one
// point: a run of sharedRun quoted words, or a short quotation of two or
// three words held whole ("politically motivated"), each under the
// speaker's name. A short quotation is keyed as itself (short), and every
// quotation by its runs of two and three words too, so that a short one
// finds the longer ones that hold it.
func pointKeys(m *statement) (keys, short []string) {
	q := m.quote
	for g := range q.grams {
		keys = append(keys, m.who+"\x00q"+g)
	}
	words := synonymClasses(q.words)
	for n := 2; n <= 3; n++ {
		for i := 0; i+n <= len(words); i++ {
			run := words[i : i+n]
			if contentWords(run) >= 2 {
				keys = append(keys, m.who+"\x00c"+strings.Join(run, " "))
			}
		}
	}
	// Each fragment of a quotation ("deeply mistaken … traitors") is a
	// quotation of its own.
	for _, frag := range strings.Split(m.st.Quote, quoteJoin) {
		fw := synonymClasses(newQuotation(frag).words)
		if len(fw) < sharedRun && contentWords(fw) >= 2 {
			short = append(short, m.who+"\x00c"+strings.Join(fw, " "))
		}
	}
	sort.Strings(keys)
	return keys, short
}

// quoteJoin joins the fragments of one speaker's quotation in a
// statement's Quote.
const quoteJoin = "…"

// synonymClasses returns quoted stems each as its paraphrase class
// (lex.Class): "deeply wrong" and "deeply mistaken" are one quotation
// told in two translations.
func synonymClasses(stems []string) []string {
	out := make([]string, len(stems))
	for i, w := range stems {
		out[i] = lex.Class(w)
	}
	return out
}

// joinClaims makes one claim of claims of one side.
func joinClaims(cs []*claim) *claim {
	if len(cs) == 1 {
		return cs[0]
	}
	c := &claim{party: cs[0].party}
	var all []*statement
	for _, x := range cs {
		c.points = append(c.points, x.points...)
		for _, p := range x.points {
			all = append(all, p.all...)
		}
	}
	sort.SliceStable(c.points, func(a, b int) bool { return c.points[a].rep.idx < c.points[b].rep.idx })
	for _, p := range c.points {
		c.members = append(c.members, p.rep)
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].idx < all[b].idx })
	for _, s := range all {
		if !slices.Contains(c.articles, s.article) {
			c.articles = append(c.articles, s.article)
		}
	}
	return c
}
