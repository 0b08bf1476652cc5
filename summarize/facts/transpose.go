package facts

import (
	"slices"
	"strings"
)

// A figure with two digits swapped ("4.1" for "1.4") is a slip of one
// value, however far apart the two values are: outlets that write 4.1
// and 1.4 nanograms of one sample disagree on one figure, not report two.

// digits returns the digits a fact's figure is written with, in order.
func digits(f Fact) string {
	var b strings.Builder
	for _, r := range f.Text {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Transposed reports two figures written with the same digits in another
// order ("4.1" and "1.4", "2,600" and "6,200").
func Transposed(a, b Fact) bool {
	x, y := []rune(digits(a)), []rune(digits(b))
	if len(x) < 2 || len(x) != len(y) || string(x) == string(y) {
		return false
	}
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}
