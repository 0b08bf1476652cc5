package summarize

import "sort"

// Pairs of claims, points and facts are compared only when they share a
// word, found through an inverted index: no step of the digest looks at
// every pair. The index and the grouping of what is joined live here,
// once.

// eachCandidate calls visit(i, j) for the pairs i < j (by i, then j) of
// items whose keys share one that no more than MaxPostings items hold, or
// that extra[i] lists, and that keep(i, j) allows (nil allows all). It
// stops when visit returns false.
func eachCandidate(keys [][]string, extra [][]int, keep func(i, j int) bool, visit func(i, j int) bool) {
	postings := map[string][]int{}
	for i, ks := range keys {
		for _, k := range ks {
			postings[k] = append(postings[k], i)
		}
	}
	stamp := make([]int, len(keys)) // stamp[j] == i+1: pair (i, j) already taken
	for i := range keys {
		var js []int
		take := func(j int) {
			if j > i && stamp[j] != i+1 && (keep == nil || keep(i, j)) {
				stamp[j] = i + 1
				js = append(js, j)
			}
		}
		for _, k := range keys[i] {
			if list := postings[k]; len(list) <= MaxPostings {
				for _, j := range list {
					take(j)
				}
			}
		}
		if extra != nil {
			for _, j := range extra[i] {
				take(j)
			}
		}
		sort.Ints(js)
		for _, j := range js {
			if !visit(i, j) {
				return
			}
		}
	}
}

// unionFind joins items into groups, each named by its first item.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// find returns the first item of i's group.
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union joins the groups of a and b.
func (u unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	u[max(a, b)] = min(a, b)
}

// groups returns the groups' first items in order, and each group's items
// in order.
func (u unionFind) groups() ([]int, map[int][]int) {
	members := map[int][]int{}
	var roots []int
	for i := range u {
		r := u.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	return roots, members
}
