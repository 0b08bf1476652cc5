package summarize

import (
	"math"
	"sort"
)

// vector is a sparse unit vector of terms, sorted by term so that its
// sums, and so the claims, do not depend on map order.
type vector []weighted

type weighted struct {
	term string
	w    float64
}

// dot is the cosine of two unit vectors.
func (a vector) dot(b vector) float64 {
	var s float64
	a.common(b, func(_ string, w float64) { s += w })
	return s
}

// unitVector returns m as a unit vector sorted by term; the sums run in
// that order, so equal inputs give equal figures on every run.
func unitVector(m map[string]float64) vector {
	v := make(vector, 0, len(m))
	for t, w := range m {
		v = append(v, weighted{t, w})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].term < v[j].term })
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
// weights.
func (a vector) common(b vector, fn func(term string, w float64)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			fn(a[i].term, a[i].w*b[j].w)
			i++
			j++
		}
	}
}
