// Package group clusters news articles into stories: articles about the
// same event together, others apart, even when they share a country, a city,
// a company or a common word.
//
// An article is described by weighted terms: the stems of its content words,
// the names it mentions (runs of capitalised words, which stand for people,
// bodies and places) and the numbers it gives, each weighted by how rarely
// it occurs among the articles (TF-IDF), with a headline counting double.
// Accents are folded ("Nicolás" and "Nicolas" are one name).
// Similarity is the cosine of two such vectors, lowered when the articles
// were published far apart, and halved when each article's principal (the
// name it mentions most) is absent from the other: one union's strikes at
// two employers are two events. Articles are clustered by average-linkage
// agglomeration: two groups merge only while the mean similarity of all
// their pairs stays above a threshold, so one shared name cannot chain
// unrelated stories together. The result does not depend on input order.
package group

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/storybot/storybot/summarize/internal/linkage"
	"github.com/storybot/storybot/summarize/lex"
)

// Doc is one article to cluster.
type Doc struct {
	// Key orders documents for deterministic tie-breaks; unique per doc.
	Key       string
	Title     string
	Text      string
	Published time.Time // zero when unknown
}

// Threshold is the mean pair similarity above which two groups of articles
// are one story. Reports of one event by different outlets, of different
// lengths and quoting different people, share less than reports written
// alike: on real coverage their mean pair similarity runs from about 0.08
// to 0.35, while articles of another event that share an actor or a topic
// stay mostly below 0.10.
const Threshold = 0.13

// threshold is Threshold as similarities are compared with it: a
// float32.
const threshold = float64(float32(Threshold))

// nameFloor is added to the name cosine of two articles, so that a short
// report which names none of the people or bodies a longer one names (it
// opens its sentences with them, or quotes someone else) can still join it
// when the two share much of what happened. Without a shared name the
// content cosine must reach Threshold²/nameFloor (0.42) on its own.
const nameFloor = 0.04

// maxTerms keeps the strongest terms of each article; the tail is noise.
const maxTerms = 120

// Features are the weighted terms of one document before IDF weighting.
type Features struct {
	// Terms maps a term to its sublinear frequency. Content words are
	// stems; names are marked "@" and figures "#".
	Terms     map[string]float64
	Published time.Time
}

// Extract computes a document's features.
func Extract(d Doc) Features {
	tf := map[string]float64{}
	proper := properWords(d.Title + "\n" + d.Text)
	add := func(text string, w float64) {
		for _, t := range lex.Tokens(text) {
			low := lex.Fold(bare(t.Lower))
			switch {
			case isFigure(low):
				tf["#"+strings.ReplaceAll(low, ",", "")] += w
			case len(low) < 2 || lex.IsStop(low):
			case proper[low]:
				tf["@"+low] += w
				// "SAG-AFTRA" is also "SAG"; "Al-Houthi" also "Houthi".
				if strings.Contains(low, "-") {
					for _, part := range strings.Split(low, "-") {
						if len(part) > 2 && !lex.IsStop(part) {
							tf["@"+part] += w
						}
					}
				}
			default:
				tf[lex.Stem(low)] += w
			}
		}
	}
	add(d.Title, 2)
	add(d.Text, 1)
	for t, n := range tf {
		tf[t] = 1 + math.Log(n)
		if isEventName(t) {
			tf[t] *= eventNameWeight
		}
	}
	// The headline's names, which alone may be the article's principal.
	for _, t := range lex.Tokens(d.Title) {
		if low := lex.Fold(bare(t.Lower)); proper[low] && tf["@"+low] > 0 {
			tf[headlineMark+low] = 1
		}
	}
	return Features{Terms: tf, Published: d.Published}
}

// headlineMark opens a term that marks a name of the headline: no term
// of the article's vectors, only what its principal may be (topName).
const headlineMark = "^"

// isFigure reports a number that can identify an event: two digits or
// more ("3,100", "28-point", "2.5bn"), not a lone digit.
func isFigure(low string) bool {
	if low == "" || low[0] < '0' || low[0] > '9' {
		return false
	}
	digits := 0
	for _, r := range low {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 2
}

// vector is a document's weighted terms, sorted by term id, unit length.
type vector struct {
	ids []int32
	ws  []float32
}

// docVectors are a document's two views: what it is about (content words)
// and whom and what it names (names and figures).
type docVectors struct {
	content, names vector
	// top is the id of the name the article mentions most, when it
	// mentions it three times or more, or -1.
	top int32
}

// similarity of two documents: the geometric mean of their content and
// name cosines, so two articles must share both what happened and who or
// where it happened to, lowered when they were published far apart.
func similarity(a, b docVectors, ta, tb time.Time) float32 {
	return combine(dot(a.content, b.content), dot(a.names, b.names), a, b, ta, tb)
}

// combine is the similarity of two documents whose content and name
// vectors have the dot products c and names.
func combine(c, names float32, a, b docVectors, ta, tb time.Time) float32 {
	n := names + nameFloor
	return float32(math.Sqrt(float64(c*n)) * timeFactor(ta, tb) * brevity(a, b) * principals(a, b))
}

// conflictFactor lowers the similarity of two articles whose principals
// exclude each other (see principals).
const conflictFactor = 0.5

// minTopTF is the least weight of the name an article mentions most for
// it to be the article's principal: named three times (1 + ln 3), the headline
// counting twice.
const minTopTF = 2.05

// principals compares the names two articles mention most: when neither
// article names the other's at all, they are about two actors ("a strike
// at Mack Trucks", "a strike at Ford's truck plant" by one union two days
// apart), and their similarity is halved. An article that names the
// other's principal even once, as reactions and follow-ups do, is not
// lowered.
func principals(a, b docVectors) float64 {
	if a.top < 0 || b.top < 0 || a.top == b.top || has(b.names, a.top) || has(a.names, b.top) {
		return 1
	}
	return conflictFactor
}

// has reports whether v holds the term id.
func has(v vector, id int32) bool {
	i := sort.Search(len(v.ids), func(k int) bool { return v.ids[k] >= id })
	return i < len(v.ids) && v.ids[i] == id
}

// Cluster groups docs into stories. Each group lists indexes into docs in
// ascending order; groups are ordered by their first index.
func Cluster(docs []Doc) [][]int {
	feats := make([]Features, len(docs))
	for i, d := range docs {
		feats[i] = Extract(d)
	}
	return ClusterFeatures(docs, feats)
}

// ClusterFeatures is Cluster with the features already extracted (once per
// article, at ingest). It groups by average linkage over the pairs
// linkage.ClusterSimilar lists: a pair that shares no content term has a
// similarity of 0 and counts -threshold, as does a pair no chain of pairs
// at or above Threshold joins, so the stories are those of average
// linkage over all pairs, without a matrix of the square of the set.
func ClusterFeatures(docs []Doc, feats []Features) [][]int {
	n := len(docs)
	if n == 0 {
		return nil
	}
	// Work in key order so the result does not depend on input order.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return docs[order[a]].Key < docs[order[b]].Key })

	vecs := vectors(feats, order)
	near := func(items []int, visit func(i, j int, s float64)) {
		eachSimilar(vecs, feats, order, items, visit)
	}
	groups := linkage.ClusterSimilar(n, threshold, near)
	out := make([][]int, 0, len(groups))
	for _, g := range groups {
		idx := make([]int, len(g))
		for k, p := range g {
			idx[k] = order[p]
		}
		sort.Ints(idx)
		out = append(out, idx)
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// background is the number of imaginary unrelated articles added to every
// set when weighting terms, so that a handful of articles on one event
// does not make the event's own words look common.
const background = 10

// vectors weights every document's terms by IDF over the set, keeps the
// strongest and normalises each view to unit length. vecs[k] is for
// feats[order[k]].
func vectors(feats []Features, order []int) []docVectors {
	return vectorsIn(feats, order, nil)
}

// vectorsIn is vectors with the terms weighted over a larger set the
// documents belong to, when set is not nil.
func vectorsIn(feats []Features, order []int, set *DF) []docVectors {
	df := map[string]int{}
	for _, f := range feats {
		for t := range f.Terms {
			df[t]++
		}
	}
	docs := len(feats)
	if set != nil {
		for t, n := range df {
			df[t] = max(n, set.Count[t])
		}
		docs = max(docs, set.N)
	}
	ids := map[string]int32{}
	n := float64(docs + background)
	out := make([]docVectors, len(order))
	for k, i := range order {
		var content, names []termWeight
		for t, tf := range feats[i].Terms {
			if strings.HasPrefix(t, headlineMark) {
				continue
			}
			w := termWeight{t, tf * math.Log(1+n/float64(df[t]))}
			if t[0] == '@' || t[0] == '#' {
				names = append(names, w)
			} else {
				content = append(content, w)
			}
		}
		out[k] = docVectors{content: toVector(content, ids), names: toVector(names, ids), top: -1}
		if t := topName(feats[i]); t != "" {
			if id, ok := ids[t]; ok {
				out[k].top = id
			}
		}
	}
	return out
}

// topName is the name a document mentions most, if often enough; ties
// go to the first in alphabetical order. An outlet's name ("CNBC",
// "Reuters") says who reported, not who acted, and is never a principal;
// nor is a name the headline leaves out, when the features mark the
// headline's names (a spokeswoman quoted five times in a report of a
// clash is no principal of it: "Mack Trucks" in a headline is).
func topName(f Features) string {
	marked := false
	for t := range f.Terms {
		if strings.HasPrefix(t, headlineMark) {
			marked = true
			break
		}
	}
	best, w := "", minTopTF
	for t, tf := range f.Terms {
		if t[0] == '@' && (tf > w || tf == w && (best == "" || t < best)) && !lex.KnownOutlet(t[1:]) &&
			(!marked || f.Terms[headlineMark+t[1:]] > 0) {
			best, w = t, tf
		}
	}
	return best
}

type termWeight struct {
	t string
	w float64
}

// toVector keeps the maxTerms strongest terms, gives them ids and
// normalises them to unit length.
func toVector(ws []termWeight, ids map[string]int32) vector {
	sort.Slice(ws, func(a, b int) bool {
		if ws[a].w != ws[b].w {
			return ws[a].w > ws[b].w
		}
		return ws[a].t < ws[b].t
	})
	if len(ws) > maxTerms {
		ws = ws[:maxTerms]
	}
	var norm float64
	for _, x := range ws {
		norm += x.w * x.w
	}
	norm = math.Sqrt(norm)
	type iw struct {
		id int32
		w  float32
	}
	tmp := make([]iw, len(ws))
	for j, x := range ws {
		id, ok := ids[x.t]
		if !ok {
			id = int32(len(ids))
			ids[x.t] = id
		}
		tmp[j] = iw{id, float32(x.w / norm)}
	}
	sort.Slice(tmp, func(a, b int) bool { return tmp[a].id < tmp[b].id })
	v := vector{ids: make([]int32, len(tmp)), ws: make([]float32, len(tmp))}
	for j, x := range tmp {
		v.ids[j], v.ws[j] = x.id, x.w
	}
	return v
}

func dot(a, b vector) float32 {
	var s float32
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += a.ws[i] * b.ws[j]
			i++
			j++
		}
	}
	return s
}

// shortDoc is the number of content words below which an article is too
// short for its cosine to be taken at face value: a one-line report
// ("Dock workers at Port Halden extended their strike") shares a word or
// two with many stories by chance, and with so few words each one weighs
// a lot.
const shortDoc = 25

// brevity lowers the similarity of a pair whose shorter article has fewer
// than shortDoc content words, by the square root of the share it has.
func brevity(a, b docVectors) float64 {
	n := min(len(a.content.ids), len(b.content.ids))
	if n >= shortDoc {
		return 1
	}
	return math.Sqrt(float64(n) / shortDoc)
}

// timeFactor lowers the similarity of articles published far apart: none
// within three days, then falling by half about every week.
func timeFactor(a, b time.Time) float64 {
	if a.IsZero() || b.IsZero() {
		return 1
	}
	days := math.Abs(a.Sub(b).Hours()) / 24
	if days <= 3 {
		return 1
	}
	return math.Exp(-(days - 3) / 10)
}

// Join tells which story a new document belongs to, by the rule Cluster
// applies: the story whose articles are on average most similar to it, if
// that mean is at least Threshold. stories[i] holds the features of story
// i's articles; terms are weighted over the document and all of them. It
// returns the index of the story and the mean similarity, or -1 when the
// document starts a story of its own. Ties go to the lower index.
func Join(doc Features, stories [][]Features) (int, float32) {
	feats := []Features{doc}
	for _, s := range stories {
		feats = append(feats, s...)
	}
	order := make([]int, len(feats))
	for i := range order {
		order[i] = i
	}
	vecs := vectors(feats, order)
	best, bestSim := -1, float32(0)
	k := 1
	for i, s := range stories {
		if len(s) == 0 {
			continue
		}
		var sum float32
		for range s {
			sum += similarity(vecs[0], vecs[k], doc.Published, feats[k].Published)
			k++
		}
		if mean := sum / float32(len(s)); mean >= Threshold && mean > bestSim {
			best, bestSim = i, mean
		}
	}
	return best, bestSim
}

// Names returns the names the document mentions most (the terms marked
// "@", without the mark), most frequent first, at most n: the words to
// look up the stories it may belong to.
func (f Features) Names(n int) []string {
	var ws []termWeight
	for t, tf := range f.Terms {
		if t[0] == '@' {
			ws = append(ws, termWeight{t[1:], tf})
		}
	}
	sort.Slice(ws, func(a, b int) bool {
		if ws[a].w != ws[b].w {
			return ws[a].w > ws[b].w
		}
		return ws[a].t < ws[b].t
	})
	out := make([]string, 0, min(n, len(ws)))
	for _, w := range ws[:min(n, len(ws))] {
		out = append(out, w.t)
	}
	return out
}
