package facts

import "testing"

// A tally is read in figures and in words, and from the votes of a part
// of a body; a range is no tally.
func TestVotes(t *testing.T) {
	tests := []struct {
		s    string
		want float64 // 0: no tally
	}{
		{"The council voted 5-2 to close the school.", 5002},
		{"The court ruled four-to-three that the law was unlawful.", 4003},
		{"The court ruled five votes to two that the law was unlawful.", 5002},
		{"The board voted 9 to 4 to raise fares.", 9004},
		{"Six of the seven judges on the court ruled that the law was unlawful.", 6001},
		{"Eight of the twelve members voted against the plan.", 8004},
		{"The council voted to raise fares from 5 to 7 crowns.", 0},
		{"The council voted for rises of 5 to 7 percent.", 0},
		{"Six of the seven judges were appointed before the vote.", 0},
		{"The team won 5-2 on Sunday.", 0},
	}
	for _, tc := range tests {
		got := 0.0
		for _, f := range Extract(tc.s) {
			if f.Kind == Vote {
				got = f.Value
			}
		}
		if got != tc.want {
			t.Errorf("%q: tally %v, want %v", tc.s, got, tc.want)
		}
	}
}
