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
// The sum of margins of two groups with a listed pair is kept once, in an
// edge both groups list; a join adds up or takes over the edges of the
// two groups without hashing. Each group keeps its best join with a later
// group, and the best joins wait in a heap. So the work is about linear
// in the pairs listed, and the heap holds about one join per group.
func Cluster(sizes []int, pairs []Pair, unlisted float64) [][]int {
	c := newClusters(sizes, len(pairs))
	degree := make([]int, len(sizes))
	for _, p := range pairs {
		degree[p.I]++
		degree[p.J]++
	}
	// One array holds every item's edges; each item's slice is capped at
	// its degree, so that a join that outgrows it moves it elsewhere.
	all := make([]int32, 2*len(pairs))
	at := 0
	for i, d := range degree {
		c.adj[i] = all[at : at : at+d]
		at += d
	}
	for _, p := range pairs {
		c.add(p.I, p.J, p.Sum)
	}
	return c.run(unlisted)
}

// run joins groups while a best join is left, and returns the groups.
func (c *clusters) run(unlisted float64) [][]int {
	for i := range c.groups {
		if c.findBest(i) {
			c.h.items = append(c.h.items, c.best[i])
		}
	}
	c.h.init()
	for c.h.Len() > 0 {
		best := c.h.pop()
		if !c.alive[best.i] || best.v != c.version[best.i] {
			continue // stale: group i's best join has changed since
		}
		c.join(best.i, best.j, unlisted)
	}
	var out [][]int
	for i, g := range c.groups {
		if c.alive[i] {
			out = append(out, g)
		}
	}
	return out
}

// clusters is the state of Cluster.
type clusters struct {
	groups [][]int
	size   []int
	alive  []bool
	// edges holds the sum of margins between the members of two groups
	// with a listed pair, once per two groups; adj[g] lists the edges of
	// group g, and edges of groups gone, which are skipped and dropped.
	edges []edge
	adj   [][]int32
	// at[k] == stamp: group k's edge with the group being joined is
	// edges[atEdge[k]].
	at     []int
	atEdge []int32
	stamp  int
	// best[i] is group i's best join with a later group, if ok[i];
	// version[i] is bumped when it changes.
	best    []join
	ok      []bool
	version []int
	h       joins
}

// edge is the sum of margins between the members of groups a and b, or
// an edge gone when a is -1.
type edge struct {
	a, b int32
	sum  float64
}

// gone reports whether the edge is gone.
func (e *edge) gone() bool { return e.a < 0 }

// other returns the group at the other end of the edge from g.
func (e *edge) other(g int) int {
	if int(e.a) == g {
		return int(e.b)
	}
	return int(e.a)
}

// newClusters makes each item a group of its own, with room for the
// edges of the given number of pairs.
func newClusters(sizes []int, pairs int) *clusters {
	n := len(sizes)
	c := &clusters{groups: make([][]int, n), size: make([]int, n), alive: make([]bool, n),
		edges: make([]edge, 0, pairs), adj: make([][]int32, n), at: make([]int, n), atEdge: make([]int32, n),
		best: make([]join, n), ok: make([]bool, n), version: make([]int, n)}
	items := make([]int, n) // each group's first item, capped at one: a join moves the group
	for i := range n {
		items[i] = i
		c.groups[i] = items[i : i+1 : i+1]
		c.size[i] = sizes[i]
		c.alive[i] = true
	}
	return c
}

// add lists the pair of items i and j, unless its sum is -Inf.
func (c *clusters) add(i, j int, sum float64) {
	if math.IsInf(sum, -1) {
		return
	}
	e := int32(len(c.edges))
	c.edges = append(c.edges, edge{a: int32(i), b: int32(j), sum: sum})
	c.adj[i] = append(c.adj[i], e)
	c.adj[j] = append(c.adj[j], e)
}

// findBest sets group i's best join with a later group, the one with the
// highest mean margin at or above 0, the earliest on a tie, and reports
// whether there is one. It drops the edges of groups gone from adj[i].
func (c *clusters) findBest(i int) bool {
	c.version[i]++
	c.ok[i] = false
	kept := c.adj[i][:0]
	for _, e := range c.adj[i] {
		x := &c.edges[e]
		if x.gone() {
			continue
		}
		kept = append(kept, e)
		k := x.other(i)
		if k < i {
			continue
		}
		a := x.sum / float64(c.size[i]*c.size[k])
		if a >= 0 && (!c.ok[i] || a > c.best[i].avg || a == c.best[i].avg && k < c.best[i].j) {
			c.best[i] = join{avg: a, i: i, j: k}
			c.ok[i] = true
		}
	}
	c.adj[i] = kept
	c.best[i].v = c.version[i]
	return c.ok[i]
}

// join joins group j into group i (i < j) and brings the best joins up to
// date.
func (c *clusters) join(i, j int, unlisted float64) {
	c.groups[i] = append(c.groups[i], c.groups[j]...)
	old := c.size[i]
	c.size[i] += c.size[j]
	c.alive[j] = false
	c.version[j]++
	// Group i may go on to join k if i or j had a pair with k; the pairs
	// of members no listed pair covers count unlisted. An edge of j to a
	// group i has no edge to becomes i's, in place; the other edges of j
	// are added to i's and are gone.
	c.stamp++
	for _, e := range c.adj[j] {
		if x := &c.edges[e]; !x.gone() && x.other(j) != i {
			c.at[x.other(j)], c.atEdge[x.other(j)] = c.stamp, e
		}
	}
	var fromJ []int32 // the edges of j that become i's
	kept := c.adj[i][:0]
	for _, e := range c.adj[i] {
		x := &c.edges[e]
		if x.gone() {
			continue
		}
		k := x.other(i)
		if k == j {
			x.a = -1
			continue
		}
		kept = append(kept, e)
		if c.at[k] == c.stamp {
			y := &c.edges[c.atEdge[k]]
			x.sum += y.sum
			y.a = -1
			c.at[k] = 0
		} else {
			x.sum += unlisted * float64(c.size[j]*c.size[k])
		}
	}
	for _, e := range c.adj[j] {
		x := &c.edges[e]
		if x.gone() {
			continue
		}
		k := x.other(j)
		if c.at[k] != c.stamp {
			continue // added to i's edge with k, or the edge with i
		}
		x.sum += unlisted * float64(old*c.size[k])
		if int(x.a) == j {
			x.a = int32(i)
		} else {
			x.b = int32(i)
		}
		fromJ = append(fromJ, e)
	}
	c.adj[i] = append(kept, fromJ...)
	c.adj[j] = nil
	if c.findBest(i) {
		c.h.push(c.best[i])
	}
	// An earlier group k's best join may have been with i or j, or be
	// with i now.
	for _, e := range c.adj[i] {
		x := &c.edges[e]
		k := x.other(i)
		if k > j || k > i && (!c.ok[k] || c.best[k].j != j) {
			continue
		}
		if c.ok[k] && (c.best[k].j == i || c.best[k].j == j) {
			if c.findBest(k) {
				c.h.push(c.best[k])
			}
			continue
		}
		if k > i {
			continue
		}
		a := x.sum / float64(c.size[i]*c.size[k])
		if a >= 0 && (!c.ok[k] || a > c.best[k].avg || a == c.best[k].avg && i < c.best[k].j) {
			c.version[k]++
			c.best[k] = join{avg: a, i: k, j: i, v: c.version[k]}
			c.ok[k] = true
			c.h.push(c.best[k])
		}
	}
}

// join is group i's best join, with group j, at the version of i's best
// join it was found for.
type join struct {
	avg  float64
	i, j int
	v    int
}

// joins is a max-heap of best joins, the earliest groups first on a tie.
// It is typed rather than a container/heap.Interface: the calls through
// an interface were a fifth of a large story's clustering.
type joins struct{ items []join }

// Len returns how many joins the heap holds.
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

// init orders the items as a heap.
func (h *joins) init() {
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// push adds a join to the heap.
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

// pop removes and returns the join that comes out first (see before).
func (h *joins) pop() join {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	h.down(0)
	return top
}

// down moves the item at i down the heap to its place.
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
