package summarize

import (
	"fmt"
	"testing"
)

// A digest shows each pair of sides' strongest dispute before any pair's
// second: two sides with many quarrels do not hide a third side's charge.
func TestPickDisputesEachPairFirst(t *testing.T) {
	side := map[string]*claimWords{}
	words := func(party string) *claimWords {
		if side[party] == nil {
			side[party] = &claimWords{c: &claim{party: party}}
		}
		return side[party]
	}
	var cands []*sideDispute
	add := func(a, b string, n int, score float64) {
		for i := range n {
			cands = append(cands, &sideDispute{a: words(a), b: words(b), sa: &statement{}, sb: &statement{},
				topic: fmt.Sprintf("%s-%s-%d", a, b, i), score: score - float64(i)*0.01})
		}
	}
	add("Varenia", "Belgora", 5, 1.5)
	add("Korsk", "Belgora", 5, 1.2)
	add("Estmark", "Belgora", 1, 0.7) // the weakest, and the only charge of its side
	kept := pickDisputes(cands)
	if len(kept) != maxPartyDisputes {
		t.Fatalf("kept %d disputes, want %d", len(kept), maxPartyDisputes)
	}
	perPair := map[string]int{}
	for _, d := range kept {
		perPair[d.a.c.party+" / "+d.b.c.party]++
	}
	if perPair["Estmark / Belgora"] != 1 {
		t.Errorf("disputes per pair %v: Estmark's charge is not shown", perPair)
	}
	for pair, n := range perPair {
		if n > maxPairDisputes {
			t.Errorf("%s: %d disputes, more than %d", pair, n, maxPairDisputes)
		}
	}
}

// One side's rebuttals of another in several outlets ("Calveron rejected
// that account.", "Calveron disputed that version of events.") are one
// dispute; a rebuttal of a third side, or the same two sides' dispute on
// a point of their own words, stays apart.
func TestPickDisputesOneRebuttal(t *testing.T) {
	grid := &claimWords{c: &claim{party: "Nortegrid"}}
	calveron := &claimWords{c: &claim{party: "Calveron Energy"}}
	regulator := &claimWords{c: &claim{party: "Office of Energy Regulation"}}
	rebuttal := func(a, b *claimWords, topic string) *sideDispute {
		return &sideDispute{a: a, b: b, sa: &statement{}, sb: &statement{}, topic: topic, score: rebuttalScore, rebutted: true}
	}
	cands := []*sideDispute{
		rebuttal(grid, calveron, "collapse"),
		rebuttal(grid, calveron, "area"),
		rebuttal(regulator, calveron, "outage"),
		{a: grid, b: calveron, sa: &statement{}, sb: &statement{}, topic: "notify", score: 0.5},
	}
	kept := pickDisputes(cands)
	var topics []string
	for _, d := range kept {
		topics = append(topics, d.topic)
	}
	if fmt.Sprint(topics) != "[collapse outage notify]" {
		t.Errorf("kept %v, want [collapse outage notify]", topics)
	}
}

// A point in dispute is named by what the sides speak of, not by an
// adverb, a past tense or the participle of a stance ("accusing").
func TestNameable(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"territory", true},
		{"breach", true},
		{"building", true},
		{"pricing", true},
		{"accusing", false},
		{"denying", false},
		{"rejecting", false},
		{"clearly", false},
		{"appeared", false},
		{"gas", false},
		{"someone", false},
		{"everything", false},
	}
	for _, tc := range tests {
		if got := nameable(tc.word); got != tc.want {
			t.Errorf("nameable(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
