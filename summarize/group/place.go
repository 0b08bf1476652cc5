package group

// maxPlacePairs bounds the pair similarities Place computes to weigh
// merges: a story too large to weigh against the one the document joins
// within it stays apart (it cannot be told cheaply that average linkage
// would merge them).
const maxPlacePairs = 400_000

// DF counts the documents of a set that carry each term (Features.Terms'
// keys), and the documents: a workspace's articles, so that a document
// placed among a few of them weighs its terms as Cluster would over them
// all.
type DF struct {
	N     int
	Count map[string]int
}

// Add counts a document in (sign 1) or out (sign -1).
func (d *DF) Add(f Features, sign int) {
	if d.Count == nil {
		d.Count = map[string]int{}
	}
	d.N += sign
	for t := range f.Terms {
		d.Count[t] += sign
	}
}

// Place tells where a new document goes among candidate stories, by the
// rule Cluster applies, and which of them it makes one. Terms are
// weighted over set (the document and the stories counted in) when it is
// not nil, else over the document and the stories. The first index
// is the story whose articles are on average most similar to the
// document (as Join). The others are stories the document also reaches
// at Threshold and whose mean pair similarity with that story grown by
// the document is at least Threshold too, taken closest first, each
// against the story grown so far: the document bridges them, average
// linkage would have made them one, and they merge into it. Nil when the
// document starts a story of its own.
func Place(doc Features, stories [][]Features, set *DF) []int {
	feats := []Features{doc}
	start := make([]int, len(stories))
	for i, s := range stories {
		start[i] = len(feats)
		feats = append(feats, s...)
	}
	order := make([]int, len(feats))
	for i := range order {
		order[i] = i
	}
	vecs := vectorsIn(feats, order, set)
	// pairSum is the sum of the similarities of the documents at a and b.
	pairSum := func(a, b []int) float32 {
		var sum float32
		for _, i := range a {
			for _, j := range b {
				sum += similarity(vecs[i], vecs[j], feats[i].Published, feats[j].Published)
			}
		}
		return sum
	}
	members := func(s int) []int {
		out := make([]int, len(stories[s]))
		for k := range out {
			out[k] = start[s] + k
		}
		return out
	}
	best, bestSim := -1, float32(0)
	reach := map[int]bool{}
	for i, s := range stories {
		if len(s) == 0 {
			continue
		}
		mean := pairSum([]int{0}, members(i)) / float32(len(s))
		if mean < Threshold {
			continue
		}
		reach[i] = true
		if mean > bestSim {
			best, bestSim = i, mean
		}
	}
	if best < 0 {
		return nil
	}
	out := []int{best}
	grown := append([]int{0}, members(best)...)
	budget := maxPlacePairs
	// sums[s]: the pair similarities of story s and the grown story.
	sums := map[int]float32{}
	for i, s := range stories {
		if i == best || !reach[i] || len(grown)*len(s) > budget {
			continue
		}
		budget -= len(grown) * len(s)
		sums[i] = pairSum(grown, members(i))
	}
	for len(sums) > 0 {
		pick, pickSim := -1, float32(0)
		for s, sum := range sums {
			mean := sum / float32(len(grown)*len(stories[s]))
			if mean >= Threshold && (mean > pickSim || mean == pickSim && s < pick) {
				pick, pickSim = s, mean
			}
		}
		if pick < 0 {
			break
		}
		out = append(out, pick)
		added := members(pick)
		grown = append(grown, added...)
		delete(sums, pick)
		for s := range sums {
			if n := len(added) * len(stories[s]); n <= budget {
				budget -= n
				sums[s] += pairSum(added, members(s))
			} else {
				delete(sums, s) // too large to weigh: it stays apart
			}
		}
	}
	return out
}
