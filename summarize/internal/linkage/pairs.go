package linkage

// Pairs returns what Cluster needs to group n items of size 1 by average
// linkage over a similarity with the given threshold (above 0), counting
// every pair not listed -threshold: pairs i < j with a similarity above
// 0, each with its margin, the similarity minus threshold. near(items,
// visit) must call visit once for every pair of the given items (which
// come in ascending order) whose similarity s is above 0, with the two
// items in either order; it is called once with all the items, then once
// with the items of each component below.
//
// Of the pairs it lists only the ones inside a component of the graph
// whose edges are the pairs at or above threshold, which keeps a set of
// many stories from listing nearly every pair (two articles usually share
// some common word). Leaving the others out changes no group: two groups
// join only when the mean margin of their pairs is at least 0, so when
// some pair of them is at or above threshold; every group Cluster makes
// lies inside one component, and between two components every pair is
// below threshold, listed or not.
func Pairs(n int, threshold float64, near func(items []int, visit func(i, j int, s float64))) []Pair {
	u := NewUnionFind(n)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	above := make([]int, n) // above[i]: pairs above 0 of i and a later item
	near(all, func(i, j int, s float64) {
		above[min(i, j)]++
		if s >= threshold {
			u.Union(i, j)
		}
	})
	// Room for the pairs listed, counted beforehand so a large component
	// does not leave copies of a growing list behind.
	roots, members := u.Groups()
	room := 0
	for _, r := range roots {
		items, m := members[r], 0
		for _, i := range items {
			m += above[i]
		}
		room += min(m, len(items)*(len(items)-1)/2)
	}
	out := make([]Pair, 0, room)
	for _, r := range roots {
		if items := members[r]; len(items) > 1 {
			near(items, func(i, j int, s float64) {
				if s > 0 {
					out = append(out, Pair{I: min(i, j), J: max(i, j), Sum: s - threshold})
				}
			})
		}
	}
	return out
}
