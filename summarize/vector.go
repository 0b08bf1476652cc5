package summarize

import (
	"cmp"
	"math"
	"sort"
	"strings"
)

// vector is a sparse unit vector of terms, sorted by term so that its
// sums, and so the claims, do not depend on map order.
type vector []weighted

type weighted struct {
	// key is the term's first eight bytes, big-endian (zeros after a
	// shorter term): keys in order are terms in order, and two terms of
	// different keys are compared without reading them.
	key  uint64
	term string
	w    float64
}

// termKey returns the key of a term (see weighted).
func termKey(t string) uint64 {
	var k uint64
	for i := range 8 {
		k <<= 8
		if i < len(t) {
			k |= uint64(t[i])
		}
	}
	return k
}

// compare orders two entries by term.
func (x *weighted) compare(y *weighted) int {
	switch {
	case x.key < y.key:
		return -1
	case x.key > y.key:
		return 1
	case len(x.term) <= 8 || len(y.term) <= 8:
		// One key holds a whole term, and the other term begins with
		// it: the shorter comes first.
		return cmp.Compare(len(x.term), len(y.term))
	}
	return strings.Compare(x.term[8:], y.term[8:])
}

// dot is the cosine of two unit vectors. It walks the two vectors itself
// rather than through common, and steps past unequal keys without a call:
// it is among the hottest loops of a digest.
func (a vector) dot(b vector) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		x, y := &a[i], &b[j]
		switch {
		case x.key < y.key:
			i++
		case x.key > y.key:
			j++
		case len(x.term) == len(y.term) && (len(x.term) <= 8 || x.term[8:] == y.term[8:]):
			s += x.w * y.w
			i++
			j++
		case x.compare(y) < 0:
			i++
		default:
			j++
		}
	}
	return s
}

// unitVector returns m as a unit vector sorted by term; the sums run in
// that order, so equal inputs give equal figures on every run.
func unitVector(m map[string]float64) vector {
	v := make(vector, 0, len(m))
	for t, w := range m {
		v = append(v, weighted{termKey(t), t, w})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].compare(&v[j]) < 0 })
	var n float64
	for _, x := range v {
		n += x.w * x.w
	}
	if n == 0 {
		return v
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i].w /= n
	}
	return v
}

// common calls fn with each term two vectors share and the product of its
// weights, in the order of the terms.
func (a vector) common(b vector, fn func(term string, w float64)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		x, y := &a[i], &b[j]
		switch {
		case x.key < y.key:
			i++
		case x.key > y.key:
			j++
		case len(x.term) == len(y.term) && (len(x.term) <= 8 || x.term[8:] == y.term[8:]):
			fn(x.term, x.w*y.w)
			i++
			j++
		case x.compare(y) < 0:
			i++
		default:
			j++
		}
	}
}
