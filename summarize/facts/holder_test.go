package facts

import (
	"slices"
	"testing"
)

// Who holds what a count counts, whose the counted things are, and
// whether they are added to others.
func TestHolderWhoseAdded(t *testing.T) {
	tests := []struct {
		s      string
		kind   Kind
		holder []string
		whose  string
		added  bool
	}{
		{"The coalition holds 131 seats in parliament.", Count, []string{"coalit"}, "", false},
		{"The PRP and its allies hold 104 seats in parliament.", Count, []string{"prp", "alli"}, "", false},
		{"Officials said Valdoria is holding 310 Kestranian soldiers.", Count, []string{"valdoria"}, "kestranian", false},
		{"The company has 2.4 million users.", Count, nil, "", false},
		{"The ferry company will add 20 additional boats to the route.", Count, nil, "", true},
		{"Vesk sent another 300 troops to the border.", Count, nil, "", true},
		{"In the talks, Orla Air put 9% over three years on the table.", Percent, []string{"orla", "air"}, "", false},
		{"The airline has offered pilots a pay rise of 9%.", Percent, nil, "", false},
	}
	for _, tc := range tests {
		f := firstOf(t, tc.s, tc.kind)
		if got := Holder(tc.s, f); !slices.Equal(got, tc.holder) {
			t.Errorf("Holder(%q) = %q, want %q", tc.s, got, tc.holder)
		}
		if got := Whose(f); got != tc.whose {
			t.Errorf("Whose(%q) = %q, want %q", tc.s, got, tc.whose)
		}
		if got := Added(tc.s, f); got != tc.added {
			t.Errorf("Added(%q) = %v, want %v", tc.s, got, tc.added)
		}
	}
}

// A duration just after a figure and a word of spreading is its term.
func TestTermOf(t *testing.T) {
	tests := []struct {
		s    string
		want string // the term's figure, or ""
	}{
		{"The airline offered 9% over three years.", "9%"},
		{"The union wants a 15% pay rise over two years.", "15%"},
		{"The plan costs $40m across two years.", "$40m"},
		{"Prices rose 6%, and the strike lasted two days.", ""},
		{"The union wants 15% and a strike of two days.", ""},
	}
	for _, tc := range tests {
		fs := Extract(tc.s)
		got := ""
		for d := range fs {
			if p := TermOf(tc.s, fs, d); p >= 0 {
				got = fs[p].Text
			}
		}
		if got != tc.want {
			t.Errorf("TermOf(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
