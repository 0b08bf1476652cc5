package summarize

import "github.com/storybot/storybot/summarize/internal/linkage"

// Pairs of claims, points and facts are compared only when they share a
// word, found through an inverted index: no step of the digest looks at
// every pair. The index (linkage.EachCandidate) and the grouping of what
// is joined (linkage.UnionFind, linkage.Cluster) live in
// summarize/internal/linkage, once; this file gives the index the
// engine's limit.

// eachCandidate is linkage.EachCandidate with the engine's MaxPostings:
// it calls visit(i, j) for the pairs i < j (by i, then j) of items whose
// keys share one that no more than MaxPostings items hold, or that
// extra[i] lists, and that keep(i, j) allows (nil allows all). It stops
// when visit returns false.
func eachCandidate(keys [][]string, extra [][]int, keep func(i, j int) bool, visit func(i, j int) bool) {
	linkage.EachCandidate(keys, MaxPostings, extra, keep, visit)
}
