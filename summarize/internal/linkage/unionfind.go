package linkage

// UnionFind joins items into groups, each named by its first item.
type UnionFind []int

// NewUnionFind returns n items, each a group of its own.
func NewUnionFind(n int) UnionFind {
	u := make(UnionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// Find returns the first item of i's group.
func (u UnionFind) Find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// Union joins the groups of a and b.
func (u UnionFind) Union(a, b int) {
	a, b = u.Find(a), u.Find(b)
	u[max(a, b)] = min(a, b)
}

// Groups returns the groups' first items in order, and each group's items
// in order.
func (u UnionFind) Groups() ([]int, map[int][]int) {
	members := map[int][]int{}
	var roots []int
	for i := range u {
		r := u.Find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	return roots, members
}
