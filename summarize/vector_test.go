package summarize

import (
	"math"
	"strings"
	"testing"
)

// TestVectorOrder checks that entries compare as their terms do, however
// long the terms and wherever they first differ.
func TestVectorOrder(t *testing.T) {
	terms := []string{"", "a", "ab", "ab\x00", "ab\x00c", "abcdefgh", "abcdefgh\x00", "abcdefghi", "abcdefgz",
		"abcdefg", "b", "zé", "ze", "zë", "\xff", "strike", "strikes", "strik"}
	for _, x := range terms {
		for _, y := range terms {
			a, b := weighted{termKey(x), x, 0}, weighted{termKey(y), y, 0}
			if got, want := a.compare(&b), strings.Compare(x, y); got != want {
				t.Errorf("compare(%q, %q) = %d, want %d", x, y, got, want)
			}
		}
	}
}

// TestVectorDot checks the cosine of vectors over shared and unshared
// terms.
func TestVectorDot(t *testing.T) {
	cases := []struct {
		a, b map[string]float64
		want float64
	}{
		{map[string]float64{"pilot": 1}, map[string]float64{"pilot": 2}, 1},
		{map[string]float64{"pilot": 1}, map[string]float64{"harbour": 1}, 0},
		{map[string]float64{"pilot": 1, "strike": 1}, map[string]float64{"strike": 1, "wage": 1}, 0.5},
		{map[string]float64{"negotiations": 1, "negotiator": 1}, map[string]float64{"negotiator": 1}, 1 / math.Sqrt2},
		{map[string]float64{}, map[string]float64{"pilot": 1}, 0},
	}
	for _, c := range cases {
		if got := unitVector(c.a).dot(unitVector(c.b)); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("dot(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestCompareAsStrings checks that entries order as their terms do,
// around the eight bytes a key holds: prefixes, equal keys, long tails.
func TestCompareAsStrings(t *testing.T) {
	terms := []string{"", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghij", "abcdefgz", "abcdefghz",
		"abcdefgi", "b", "ab\x00", "abcdefgh\x00", "negotiat", "negotiation", "negotiator", "negotiate"}
	for _, x := range terms {
		for _, y := range terms {
			a, b := weighted{key: termKey(x), term: x}, weighted{key: termKey(y), term: y}
			if got, want := a.compare(&b), strings.Compare(x, y); got != want {
				t.Errorf("compare(%q, %q) = %d, want %d", x, y, got, want)
			}
		}
	}
}
