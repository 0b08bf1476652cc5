package facts

import (
	"strings"
	"testing"
)

func TestSlot(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the phrase of each fact, in order
	}{
		{"The union wants a 20% pay rise.", []string{"pay rise"}},
		{"The board offered a pay rise of 12% on Monday.", []string{"pay rise", ""}},
		{"Ostrava won 48% of the vote, with 75% of polling stations counted.", []string{"vote", "polling stations"}},
		{"Turnout was 61 percent.", []string{"turnout"}},
		{"The city will borrow $4bn of debt.", []string{"debt"}},
		{"The city will borrow $4bn.", []string{""}},
		{"Union members demand 15 percent more pay.", []string{""}},
		{"About 3,100 nurses walked out.", []string{"nurses"}},
		{"Prices rose 6% in March.", []string{"", ""}},
		{"The pass would be frozen at $30.", []string{""}},
		{"Owners get a full refund of the $279 purchase price.", []string{"purchase price"}},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range Extract(tc.in) {
			_, phrase := Slot(tc.in, f)
			got = append(got, phrase)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Slot(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
