package facts

// A figure with two digits swapped ("4.1" for "1.4") is a slip of one
// value, however far apart the two values are: outlets that write 4.1
// and 1.4 nanograms of one sample disagree on one figure, not report two.

// digitsOf returns how many of each digit a fact's figure is written
// with, how many in all, and a hash of their order.
func digitsOf(f Fact) (counts [10]int, n int, order uint64) {
	for i := 0; i < len(f.Text); i++ {
		if c := f.Text[i]; c >= '0' && c <= '9' {
			counts[c-'0']++
			n++
			order = order*11 + uint64(c-'0'+1)
		}
	}
	return counts, n, order
}

// Transposed reports two figures written with the same digits in another
// order ("4.1" and "1.4", "2,600" and "6,200").
func Transposed(a, b Fact) bool {
	ca, na, oa := digitsOf(a)
	cb, nb, ob := digitsOf(b)
	return na >= 2 && na == nb && oa != ob && ca == cb
}
