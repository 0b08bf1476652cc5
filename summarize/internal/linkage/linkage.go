// Package linkage clusters items by average linkage over a sparse set of
// pairs: the one agglomerative clusterer of the engine, which groups
// articles into stories (package group) and statements into claims
// (package summarize).
//
// Average linkage joins the two groups whose members are on average most
// alike, while that average clears a threshold, so one close pair cannot
// chain two unlike groups together. Comparing every pair of n items costs
// n² in time and memory; here the caller lists only the pairs that may be
// alike (those that share a word, found through the inverted index of
// EachCandidate) and says what every other pair counts, so the work is
// about linear in the pairs listed.
//
// It is written here rather than taken from a library: the Go packages
// for hierarchical clustering (knightjdr/hclust, for one) take a dense
// distance matrix and build the whole dendrogram, and none takes a sparse
// list of weighted pairs with a value for the pairs left out and stops at
// a threshold.
package linkage

import "math"

// Pair is the sum of the margins between the members of items I and J
// (I < J): over every pair of their members, the similarity minus the
// threshold the two need to be in one group.
type Pair struct {
	I, J int
	Sum  float64
}

// Cluster groups items of the given sizes (how many members each stands
// for) by average linkage: the two groups with the highest mean margin
// over all pairs of their members join while that mean is at least 0.
// pairs holds the items that may join, each pair once; a pair with Sum
// -Inf is left out. A pair of members no listed pair covers counts
// unlisted (at most 0): two items not listed never join on their own, but
// a group that holds them may join another. Ties go to the earliest
// groups (the lowest first index, then the lowest second); a joined group
// takes the lower index of the two, and groups come out in index order,
// each listing its items in the order they joined.
//
// Candidate joins wait in a heap and each group keeps only the groups it
// has a listed pair with, so the work is about linear in the pairs listed.
func Cluster(sizes []int, pairs []Pair, unlisted float64) [][]int {
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
		if math.IsInf(p.Sum, -1) {
			continue
		}
		sums[p.I][p.J], sums[p.J][p.I] = p.Sum, p.Sum
		if avg := p.Sum / float64(size[p.I]*size[p.J]); avg >= 0 {
			h.items = append(h.items, join{avg: avg, i: p.I, j: p.J})
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
		// Group i may go on to join k if i or j had a pair with k; the
		// pairs of members no listed pair covers count unlisted. The sums
		// of i are updated in place: the keys it had before are the
		// groups i had a pair with.
		merged := sums[i]
		delete(merged, j)
		for k, v := range merged {
			w, ok := sums[j][k]
			if !ok {
				w = unlisted * float64(size[j]*size[k])
			}
			merged[k] = v + w
		}
		for k, w := range sums[j] {
			if k == i {
				continue
			}
			if _, ok := merged[k]; !ok {
				merged[k] = w + unlisted*float64((size[i]-size[j])*size[k])
			}
			delete(sums[k], j)
		}
		sums[j] = nil
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
