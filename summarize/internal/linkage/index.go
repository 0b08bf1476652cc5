package linkage

import (
	"math/bits"
	"slices"
	"sort"
)

// EachCandidate calls visit(i, j) for the pairs i < j (by i, then j) of
// items whose keys share one that no more than maxPostings items hold
// (any number when maxPostings is 0 or less), or that extra[i] lists, and
// that keep(i, j) allows (nil allows all). It stops when visit returns
// false. This inverted index is how the engine finds the pairs worth
// comparing without looking at every pair.
func EachCandidate[K comparable](keys [][]K, maxPostings int, extra [][]int, keep func(i, j int) bool, visit func(i, j int) bool) {
	// Each key is looked up once, and numbered: the items' keys are then
	// read as numbers (at[i] holds item i's), each key's postings by its
	// number.
	number := map[K]int32{}
	var postings [][]int
	n := 0
	for _, ks := range keys {
		n += len(ks)
	}
	ids := make([]int32, 0, n)
	at := make([]int, len(keys)+1) // item i's numbers are ids[at[i]:at[i+1]]
	for i, ks := range keys {
		for _, k := range ks {
			id, ok := number[k]
			if !ok {
				id = int32(len(postings))
				number[k] = id
				postings = append(postings, nil)
			}
			postings[id] = append(postings[id], i)
			ids = append(ids, id)
		}
		at[i+1] = len(ids)
	}
	stamp := make([]int, len(keys)) // stamp[j] == i+1: pair (i, j) already taken
	var js []int
	for i := range keys {
		js = js[:0]
		take := func(j int) {
			if j > i && stamp[j] != i+1 && (keep == nil || keep(i, j)) {
				stamp[j] = i + 1
				js = append(js, j)
			}
		}
		for _, k := range ids[at[i]:at[i+1]] {
			if list := postings[k]; maxPostings <= 0 || len(list) <= maxPostings {
				// Postings are in item order: skip to the items after i.
				for _, j := range list[sort.SearchInts(list, i+1):] {
					take(j)
				}
			}
		}
		if extra != nil {
			for _, j := range extra[i] {
				take(j)
			}
		}
		inOrder(js, stamp, i)
		for _, j := range js {
			if !visit(i, j) {
				return
			}
		}
	}
}

// inOrder sorts the items js taken for item i (those j with stamp[j] ==
// i+1): when they are many of the items after i, reading the stamps in
// order is cheaper than sorting them.
func inOrder(js, stamp []int, i int) {
	if n := len(js); n*bits.Len(uint(n)) <= len(stamp)-i-1 {
		slices.Sort(js)
		return
	}
	k := 0
	for j := i + 1; j < len(stamp) && k < len(js); j++ {
		if stamp[j] == i+1 {
			js[k] = j
			k++
		}
	}
}
