package summarize

import (
	"slices"
	"sort"
)

// Two claims of two sides can only dispute a point when they share a word
// that may name it (a stem of both that few of the story's claims use, see
// sharedPoint), or when one accuses the other's side by name. The pairs of
// claims are found by those two roads, not by trying every pair, and at
// most MaxDisputePairs of them are weighed.

// MaxDisputePairs is the most pairs of claims of a story weighed for a
// dispute between sides, the earliest claims' first.
const MaxDisputePairs = 20_000

// disputeClaims returns the claims searched for disputes: all of them, or
// the MaxDisputeClaims carried by the most articles, in story order.
func disputeClaims(claims []*claim) []*claim {
	if len(claims) <= MaxDisputeClaims {
		return claims
	}
	idx := make([]int, len(claims))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(claims[idx[a]].articles) > len(claims[idx[b]].articles) })
	idx = idx[:MaxDisputeClaims]
	sort.Ints(idx)
	out := make([]*claim, len(idx))
	for k, i := range idx {
		out[k] = claims[i]
	}
	return out
}

// compared returns the points of a claim compared with another claim's.
func compared(members []*statement) []*statement {
	return members[:min(len(members), MaxComparedMembers)]
}

// qualityKey opens the key of a quality claims judge (lex.Polar).
const qualityKey = "~judged:"

// disputePairs returns the pairs (i < j, in order) of claims of two sides
// that may dispute a point: those that share a stem that can name one, and
// those where one accuses the other's side by name.
func disputePairs(cw []*claimWords, df map[string]int, n float64, names sideWords) [][2]int {
	keys := make([][]string, len(cw))
	for i, w := range cw {
		for s := range w.stems {
			if float64(df[s]) <= maxTopicShare*n || df[s] <= 2 {
				keys[i] = append(keys[i], s)
			}
		}
		// Claims that judge one quality may be at odds over it.
		for _, m := range compared(w.c.members) {
			for q := range w.tone[m].judged {
				if k := qualityKey + q; !slices.Contains(keys[i], k) {
					keys[i] = append(keys[i], k)
				}
			}
		}
	}
	// The claims of each side, so that a claim that turns on a side is
	// paired with that side's claims without a pass over every claim.
	var sides []string
	bySide := map[string][]int{}
	for i, w := range cw {
		if _, ok := bySide[w.c.party]; !ok {
			sides = append(sides, w.c.party)
		}
		bySide[w.c.party] = append(bySide[w.c.party], i)
	}
	accused := make([][]int, len(cw)) // claims of the sides claim i turns on by name, after i
	for i, w := range cw {
		for _, side := range sides {
			if side == w.c.party || turnsOn(w, names.named(w, w.c.party, side)) == nil {
				continue
			}
			for _, j := range bySide[side] {
				a, b := min(i, j), max(i, j)
				accused[a] = append(accused[a], b)
			}
		}
	}
	var out [][2]int
	otherSides := func(i, j int) bool { return cw[j].c.party != cw[i].c.party }
	eachCandidate(keys, accused, otherSides, func(i, j int) bool {
		if len(out) == MaxDisputePairs {
			return false
		}
		out = append(out, [2]int{i, j})
		return true
	})
	return out
}
