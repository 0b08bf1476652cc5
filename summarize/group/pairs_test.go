package group

import (
	"testing"
	"time"
)

// TestEachSimilarIsSimilarity checks that the similarities added up
// through the index of terms are similarity's to the bit, for every pair
// above 0, and that the pairs left out have a similarity of 0.
func TestEachSimilarIsSimilarity(t *testing.T) {
	docs, _ := synthetic(80, 8, 5)
	docs = append(docs,
		Doc{Key: "z1", Title: "Harbour strike", Text: "Dock workers at Port Halden extended their strike."},
		Doc{Key: "z2", Title: "Quiet day", Text: "Nothing else happened."},
		Doc{Key: "z3", Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), Title: "Harbour strike ends", Text: "Dock workers at Port Halden ended their strike."})
	feats := make([]Features, len(docs))
	order := make([]int, len(docs))
	for i, d := range docs {
		feats[i] = Extract(d)
		order[i] = i
	}
	vecs := vectors(feats, order)
	type pair struct{ i, j int }
	got := map[pair]float64{}
	items := []int{}
	for i := range docs {
		if i%7 != 3 { // a subset, as for one component
			items = append(items, i)
		}
	}
	eachSimilar(vecs, feats, order, items, func(i, j int, s float64) {
		if i >= j {
			t.Errorf("pair (%d, %d) out of order", i, j)
		}
		if _, ok := got[pair{i, j}]; ok {
			t.Errorf("pair (%d, %d) visited twice", i, j)
		}
		got[pair{i, j}] = s
	})
	above := 0
	for a, i := range items {
		for _, j := range items[a+1:] {
			want := similarity(vecs[i], vecs[j], feats[i].Published, feats[j].Published)
			if s, ok := got[pair{i, j}]; ok != (want > 0) || ok && s != float64(want) {
				t.Errorf("pair (%d, %d): got %v (listed %v), want %v", i, j, s, ok, want)
			}
			if want > 0 {
				above++
			}
		}
	}
	if above == 0 || len(got) != above {
		t.Errorf("%d pairs visited, %d above 0", len(got), above)
	}
}
