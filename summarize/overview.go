package summarize

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/lex"
)

// overview sentence limits.
const (
	minOverviewWords = 8
	maxOverviewWords = 50
	leadSentences    = 4 // sentences per article considered
	// maxOverlap is the term cosine above which two sentences say the same.
	maxOverlap = 0.6
	// factOverlap is the overlap above which two sentences that give one
	// figure tell one fact.
	factOverlap = 0.3
	// diversity weighs saying something new against centrality.
	diversity = 0.5
)

type candidate struct {
	text  string
	art   int // index of the article
	pos   int // sentence position in the article
	terms vector
	facts []facts.Fact
	score float64
}

// sameFigure reports two sentences that give one value of one kind.
func sameFigure(a, b []facts.Fact) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Same(y) && x.Of == y.Of {
				return true
			}
		}
	}
	return false
}

// Overview says where the story stands in two to four sentences taken
// verbatim from the articles' leads: the sentences closest to what all the
// articles say, newer articles weighing more, with no two saying the same
// thing, the newest first.
func Overview(arts []Article) string {
	var cands []*candidate
	centroid := map[string]float64{}
	type read struct {
		terms vector
		facts []facts.Fact
	}
	reads := map[string]read{} // by sentence: outlets carry one lead word for word
	for ai, a := range arts {
		pos := 0
		for _, p := range a.Paragraphs() {
			for _, s := range lex.Sentences(p) {
				if pos >= leadSentences {
					break
				}
				r, ok := reads[s]
				if !ok {
					r = read{terms: termVector(s), facts: facts.Extract(s)}
					reads[s] = r
				}
				c := &candidate{text: s, art: ai, pos: pos, terms: r.terms, facts: r.facts}
				pos++
				for _, x := range c.terms {
					centroid[x.term] += x.w
				}
				if usableLead(s) {
					cands = append(cands, c)
				}
			}
			if pos >= leadSentences {
				break
			}
		}
	}
	if len(cands) == 0 {
		return ""
	}
	center := unitVector(centroid)
	recent := recency(arts)
	for _, c := range cands {
		c.score = c.terms.dot(center) * math.Pow(0.8, float64(c.pos)) * (1 + recencyWeight*recent[c.art])
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })

	want := 2
	if len(arts) >= 3 {
		want = 3
	}
	// Maximal marginal relevance: each next sentence is the most central
	// one that adds the most the picked ones do not say.
	top := cands[0].score
	var picked []*candidate
	for len(picked) < want {
		var best *candidate
		bestGain := math.Inf(-1)
		for _, c := range cands {
			if slices.Contains(picked, c) {
				continue
			}
			overlap, retold := 0.0, false
			for _, p := range picked {
				o := c.terms.dot(p.terms)
				overlap = max(overlap, o)
				// "cancelled 380 flights" twice: one fact told again.
				retold = retold || o > factOverlap && sameFigure(c.facts, p.facts)
			}
			if overlap > maxOverlap || retold {
				continue
			}
			if gain := (1-diversity)*c.score/top - diversity*overlap; gain > bestGain {
				best, bestGain = c, gain
			}
		}
		if best == nil {
			break
		}
		picked = append(picked, best)
	}
	// Where the story stands now first: the newest article's sentence
	// leads.
	sort.SliceStable(picked, func(i, j int) bool {
		if picked[i].art != picked[j].art {
			return recent[picked[i].art] > recent[picked[j].art] ||
				recent[picked[i].art] == recent[picked[j].art] && picked[i].art > picked[j].art
		}
		return picked[i].pos < picked[j].pos
	})
	parts := make([]string, len(picked))
	for i, p := range picked {
		parts[i] = p.text
	}
	return strings.Join(parts, " ")
}

// recencyWeight is how much more a sentence of the newest article weighs
// than one of the oldest.
const recencyWeight = 0.5

// recency places each article between the oldest (0) and the newest (1)
// by publication time; an undated article stands in the middle.
func recency(arts []Article) []float64 {
	out := make([]float64, len(arts))
	var first, last time.Time
	for _, a := range arts {
		if a.Published.IsZero() {
			continue
		}
		if first.IsZero() || a.Published.Before(first) {
			first = a.Published
		}
		if a.Published.After(last) {
			last = a.Published
		}
	}
	span := last.Sub(first)
	for i, a := range arts {
		switch {
		case a.Published.IsZero() || span <= 0:
			out[i] = 0.5
		default:
			out[i] = float64(a.Published.Sub(first)) / float64(span)
		}
	}
	return out
}

// usableLead reports whether a sentence can stand alone in an overview: a
// statement of fair length that does not lean on a pronoun or a quotation
// from the sentences before it.
func usableLead(s string) bool {
	words := strings.Fields(s)
	if len(words) < minOverviewWords || len(words) > maxOverviewWords {
		return false
	}
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":") {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \"”’)")); last == ',' || last == ';' || unicode.IsLetter(last) && !unicode.IsUpper(last) {
		return false // cut off: the page ended mid-sentence
	}
	first, _ := firstRune(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false // a quotation or a fragment
	}
	if liveGreeting(s) {
		return false // "10:02 - Good morning from the High Court, where ...": a live page's welcome
	}
	switch strings.ToLower(strings.Trim(words[0], ",")) {
	case "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its",
		"but", "and", "however", "also", "meanwhile", "still":
		return false
	}
	for _, w := range words {
		switch strings.ToLower(strings.Trim(w, ",.;:!?\"“”'’()")) {
		case "you", "your", "you're", "you’re", "yours":
			return false // advice to the reader, not where the story stands
		}
	}
	return true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// termVector is the unit vector of the stems of s, counted.
func termVector(s string) vector {
	m := map[string]float64{}
	for _, t := range lex.Terms(s) {
		m[t]++
	}
	return unitVector(m)
}

// liveGreetings open a live page's welcome to its readers.
var liveGreetings = []string{"good morning", "good afternoon", "good evening", "welcome to", "hello and welcome",
	"we're following", "we are following", "follow our live", "this is our live", "welcome back"}

// liveGreeting reports a live page's welcome, after its time of day.
func liveGreeting(s string) bool {
	low := strings.ToLower(attrib.WithoutClock(s))
	for _, g := range liveGreetings {
		if strings.HasPrefix(low, g) {
			return true
		}
	}
	return false
}
