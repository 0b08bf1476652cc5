package group

// eachSimilar calls visit(i, j, s) for the pairs i < j of items (indexes
// into vecs, ascending; vecs[k] is for feats[order[k]]) whose similarity
// s is above 0. It adds up the dot products of each document with the
// earlier ones through an index of their terms, term by term in the order
// dot takes them, so the similarities are dot's to the bit, and pairs that
// share no content term cost nothing.
func eachSimilar(vecs []docVectors, feats []Features, order []int, items []int, visit func(i, j int, s float64)) {
	content := newIndex(vecs, items, func(v docVectors) vector { return v.content })
	names := newIndex(vecs, items, func(v docVectors) vector { return v.names })
	c := make([]float32, len(items)) // dot products with the current item
	nm := make([]float32, len(items))
	shares := make([]int, len(items)) // shares[a] == b+1: a shares a content term with b
	var near []int
	for b, i := range items {
		v := vecs[i]
		near = near[:0]
		for t := range v.content.ids {
			for _, p := range content.earlier(b, t) {
				if shares[p.k] != b+1 {
					shares[p.k] = b + 1
					near = append(near, int(p.k))
				}
				c[p.k] += p.w * v.content.ws[t]
			}
		}
		for t := range v.names.ids {
			for _, p := range names.earlier(b, t) {
				nm[p.k] += p.w * v.names.ws[t]
			}
		}
		for _, a := range near {
			j := items[a]
			s := combine(c[a], nm[a], vecs[j], v, feats[order[j]].Published, feats[order[i]].Published)
			if s > 0 {
				visit(j, i, float64(s))
			}
			c[a] = 0
		}
		for t := range v.names.ids {
			for _, p := range names.earlier(b, t) {
				nm[p.k] = 0
			}
		}
		content.add(b, v.content.ws)
		names.add(b, v.names.ws)
	}
}

// posting is an item holding a term, by its position in the items, and
// the term's weight in it.
type posting struct {
	k int32
	w float32
}

// index holds the postings of each term of some items in one slice, term
// after term, filled item by item: earlier(b, t) are those of term t of
// item b among the items added so far. Terms are numbered anew for the
// items, so a small set of items costs little whatever the vocabulary.
type index struct {
	postings []posting
	terms    [][]int32 // terms[b][t]: the number of term t of item b
	start    []int     // start[n]: where the postings of term n begin
	filled   []int     // filled[n]: how many have been added
}

// newIndex makes room for the postings of the items' vectors that view
// picks.
func newIndex(vecs []docVectors, items []int, view func(docVectors) vector) *index {
	number := map[int32]int32{}
	x := &index{terms: make([][]int32, len(items)), start: []int{0}}
	for b, i := range items {
		ids := view(vecs[i]).ids
		x.terms[b] = make([]int32, len(ids))
		for t, id := range ids {
			n, ok := number[id]
			if !ok {
				n = int32(len(number))
				number[id] = n
				x.start = append(x.start, 0)
			}
			x.terms[b][t] = n
			x.start[n+1]++
		}
	}
	for n := 1; n < len(x.start); n++ {
		x.start[n] += x.start[n-1]
	}
	x.postings = make([]posting, x.start[len(x.start)-1])
	x.filled = make([]int, len(number))
	return x
}

// earlier returns the postings of term t of item b added so far.
func (x *index) earlier(b, t int) []posting {
	n := x.terms[b][t]
	return x.postings[x.start[n] : x.start[n]+x.filled[n]]
}

// add adds the terms of item b, whose weights are ws.
func (x *index) add(b int, ws []float32) {
	for t, n := range x.terms[b] {
		x.postings[x.start[n]+x.filled[n]] = posting{int32(b), ws[t]}
		x.filled[n]++
	}
}
