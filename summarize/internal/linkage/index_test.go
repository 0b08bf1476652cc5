package linkage

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestEachCandidateAsEveryPair checks EachCandidate against every pair
// looked at the plain way, on items of few keys (most pairs share one)
// and of many (few do), with postings limits, extra pairs and a filter.
func TestEachCandidateAsEveryPair(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 9))
	for round := range 300 {
		n := 1 + r.IntN(60)
		vocab := 1 + r.IntN(40)
		keys := make([][]int, n)
		extra := make([][]int, n)
		for i := range keys {
			for range r.IntN(4) {
				keys[i] = append(keys[i], r.IntN(vocab))
			}
			if r.IntN(5) == 0 {
				extra[i] = append(extra[i], r.IntN(n))
			}
		}
		maxPostings := r.IntN(20) - 2
		keep := func(i, j int) bool { return (i+j)%7 != 0 }
		var got, want [][2]int
		EachCandidate(keys, maxPostings, extra, keep, func(i, j int) bool {
			got = append(got, [2]int{i, j})
			return true
		})
		count := map[int]int{}
		for _, ks := range keys {
			for _, k := range ks {
				count[k]++
			}
		}
		shares := func(i, j int) bool {
			for _, a := range keys[i] {
				for _, b := range keys[j] {
					if a == b && (maxPostings <= 0 || count[a] <= maxPostings) {
						return true
					}
				}
			}
			for _, k := range extra[i] {
				if k == j {
					return true
				}
			}
			return false
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				if shares(i, j) && keep(i, j) {
					want = append(want, [2]int{i, j})
				}
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: EachCandidate = %v, want %v", round, got, want)
		}
	}
}
