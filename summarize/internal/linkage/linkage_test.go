package linkage

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestCluster(t *testing.T) {
	tests := []struct {
		name     string
		sizes    []int
		pairs    []Pair
		unlisted float64
		want     [][]int
	}{
		{"nothing", nil, nil, -1, nil},
		{"a pair at the threshold joins", []int{1, 1}, []Pair{{0, 1, 0}}, -1,
			[][]int{{0, 1}}},
		{"a pair just below it does not", []int{1, 1}, []Pair{{0, 1, -1e-12}}, -1,
			[][]int{{0}, {1}}},
		{"a pair left out of the list does not", []int{1, 1, 1}, []Pair{{0, 1, math.Inf(-1)}, {1, 2, 0.2}}, -1,
			[][]int{{0}, {1, 2}}},
		{"the closest pair joins first", []int{1, 1, 1}, []Pair{{0, 1, 0.1}, {1, 2, 0.3}, {0, 2, -0.5}}, -1,
			[][]int{{0}, {1, 2}}},
		{"average linkage refuses the chain single linkage makes", []int{1, 1, 1},
			[]Pair{{0, 1, 0.5}, {0, 2, -0.6}, {1, 2, 0.1}}, -1,
			[][]int{{0, 1}, {2}}},
		{"an unlike pair does not stop a group alike on average", []int{1, 1, 1},
			[]Pair{{0, 1, 0.5}, {0, 2, -0.2}, {1, 2, 0.3}}, -1,
			[][]int{{0, 1, 2}}},
		{"an unlisted pair pulls the average below the threshold", []int{1, 1, 1},
			[]Pair{{0, 1, 0.5}, {1, 2, 0.4}}, -0.5,
			[][]int{{0, 1}, {2}}},
		{"a mild unlisted pair does not", []int{1, 1, 1},
			[]Pair{{0, 1, 0.5}, {1, 2, 0.4}}, -0.3,
			[][]int{{0, 1, 2}}},
		{"ties go to the earliest groups", []int{1, 1, 1, 1},
			[]Pair{{2, 3, 0.2}, {0, 3, 0.2}, {1, 2, 0.2}, {0, 1, 0.2}}, -1,
			[][]int{{0, 1}, {2, 3}}},
		{"sizes weigh the average", []int{3, 1, 1},
			// 0 stands for three members: 0-1 averages 0.3/3 = 0.1,
			// 1-2 averages 0.15.
			[]Pair{{0, 1, 0.3}, {1, 2, 0.15}, {0, 2, -0.9}}, -1,
			[][]int{{0}, {1, 2}}},
		{"a joined group takes the lower index", []int{1, 1, 1},
			[]Pair{{1, 2, 0.5}, {0, 2, 0.4}, {0, 1, 0.4}}, -1,
			[][]int{{0, 1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Cluster(tt.sizes, tt.pairs, tt.unlisted)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Cluster = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestClusterAsDense checks Cluster against average linkage over every
// pair, computed the plain way, on random items with many ties.
func TestClusterAsDense(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for round := range 300 {
		n := 2 + r.IntN(14)
		sizes := make([]int, n)
		for i := range sizes {
			sizes[i] = 1 + r.IntN(3)
		}
		const unlisted = -0.25
		sum := make([][]float64, n) // every pair, unlisted ones included
		var pairs []Pair
		for i := range sum {
			sum[i] = make([]float64, n)
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				m := unlisted * float64(sizes[i]*sizes[j])
				if r.IntN(3) > 0 {
					// Quarters are exact in binary: equal averages tie.
					m = float64(r.IntN(5)-2) / 4 * float64(sizes[i]*sizes[j])
					pairs = append(pairs, Pair{i, j, m})
				}
				sum[i][j], sum[j][i] = m, m
			}
		}
		got := Cluster(sizes, pairs, unlisted)
		if want := dense(sizes, sum); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: Cluster = %v, want %v (sizes %v, pairs %v)", round, got, want, sizes, pairs)
		}
	}
}

// dense is average linkage over a full matrix of sums of margins: the
// pair of groups with the highest mean joins, the earliest on a tie,
// while that mean is at least 0. A pair of single items with no listed
// pair never joins in Cluster; here every pair is listed, so tests give
// such pairs a negative margin.
func dense(sizes []int, sum [][]float64) [][]int {
	n := len(sizes)
	groups := make([][]int, n)
	size := append([]int(nil), sizes...)
	for i := range groups {
		groups[i] = []int{i}
	}
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	for {
		bi, bj, best := -1, -1, 0.0
		for i := range n {
			for j := i + 1; j < n; j++ {
				if !alive[i] || !alive[j] {
					continue
				}
				if avg := sum[i][j] / float64(size[i]*size[j]); avg >= 0 && (bi < 0 || avg > best) {
					bi, bj, best = i, j, avg
				}
			}
		}
		if bi < 0 {
			break
		}
		for k := range n {
			sum[bi][k] += sum[bj][k]
			sum[k][bi] = sum[bi][k]
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		size[bi] += size[bj]
		alive[bj] = false
	}
	var out [][]int
	for i, g := range groups {
		if alive[i] {
			out = append(out, g)
		}
	}
	return out
}

// TestClusterSimilarAsCluster checks that the pairs ClusterSimilar leaves
// out change no group: it gives the groups Cluster gives over every pair
// with a similarity above 0.
func TestClusterSimilarAsCluster(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 13))
	const threshold = 0.5
	for round := range 200 {
		n := 2 + r.IntN(30)
		sim := make([][]float64, n)
		for i := range sim {
			sim[i] = make([]float64, n)
		}
		var all []Pair
		for i := range n {
			for j := i + 1; j < n; j++ {
				var s float64
				switch r.IntN(4) {
				case 0:
					s = float64(r.IntN(8)) / 8 // some pairs at the threshold
				case 1:
					s = r.Float64() / 2 // below it
				}
				sim[i][j], sim[j][i] = s, s
				if s > 0 {
					all = append(all, Pair{i, j, s - threshold})
				}
			}
		}
		near := func(items []int, visit func(i, j int, s float64)) {
			for a, i := range items {
				for _, j := range items[a+1:] {
					if sim[i][j] > 0 {
						visit(i, j, sim[i][j])
					}
				}
			}
		}
		sizes := make([]int, n)
		for i := range sizes {
			sizes[i] = 1
		}
		got := ClusterSimilar(n, threshold, near)
		if want := Cluster(sizes, all, -threshold); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: ClusterSimilar = %v, Cluster over all pairs = %v", round, got, want)
		}
	}
}
