package linkage

// ClusterSimilar groups n items by average linkage over a similarity
// with the given threshold (above 0): it is Cluster over the pairs i < j
// with a similarity above 0, each of size 1 and with its margin, the
// similarity minus threshold, every other pair counting -threshold.
// near(items, visit) must call visit once for every pair of the given
// items (which come in ascending order) whose similarity s is above 0,
// with the two items in either order; it is called once with all the
// items, then once with the items of each component below.
//
// Of the pairs it lists only the ones inside a component of the graph
// whose edges are the pairs at or above threshold, which keeps a set of
// many stories from listing nearly every pair (two articles usually share
// some common word). Leaving the others out changes no group: two groups
// join only when the mean margin of their pairs is at least 0, so when
// some pair of them is at or above threshold; every group Cluster makes
// lies inside one component, and between two components every pair is
// below threshold, listed or not.
func ClusterSimilar(n int, threshold float64, near func(items []int, visit func(i, j int, s float64))) [][]int {
	u := NewUnionFind(n)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	degree := make([]int, n) // pairs above 0 of each item
	near(all, func(i, j int, s float64) {
		degree[i]++
		degree[j]++
		if s >= threshold {
			u.Union(i, j)
		}
	})
	sizes := make([]int, n)
	for i := range sizes {
		sizes[i] = 1
	}
	// Room for the pairs listed, counted beforehand so a large component
	// does not leave copies of growing lists behind: at most an item's
	// pairs, and at most one with each other item of its component.
	roots, members := u.Groups()
	room := 0
	for _, r := range roots {
		items, m := members[r], 0
		for _, i := range items {
			degree[i] = min(degree[i], len(items)-1)
			m += degree[i]
		}
		room += m / 2
	}
	c := newClusters(sizes, room)
	for _, r := range roots {
		if items := members[r]; len(items) > 1 {
			for _, i := range items {
				c.adj[i] = make([]int32, 0, degree[i])
			}
			near(items, func(i, j int, s float64) {
				if s > 0 {
					c.add(min(i, j), max(i, j), s-threshold)
				}
			})
		}
	}
	return c.run(-threshold)
}
