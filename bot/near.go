package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// A story query that matches nothing may hold a typo ("ukriane talks"):
// the titles of the workspace's most recent stories are searched for
// one whose words each query word is within a few edits of.
const (
	// nearScan is how many of the most recent stories' titles are read
	// (one pipelined read of small hash fields).
	nearScan = 500
	// nearWords bounds the query words and the title words compared.
	nearWords = 8
	// nearShow is how many equally near stories are offered.
	nearShow = 3
)

// stopWords are left out of the comparison.
var stopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "and": true, "story": true, "news": true, "s": true}

// nearest returns the stories whose titles come closest to the query's
// words, when every word of it is within allowedEdits of a word of the
// title; nil when none does.
func (b *Bot) nearest(ctx context.Context, ws, query string) ([]StoryInfo, error) {
	qws := nearTokens(query, nearWords)
	if len(qws) == 0 {
		return nil, nil
	}
	infos, _, err := b.store.Stories(ctx, ws, 0, nearScan)
	if err != nil {
		return nil, b.storeErr("stories", err)
	}
	best, out := -1, []StoryInfo(nil)
	for _, s := range infos {
		d, ok := titleDistance(qws, nearTokens(s.Title, 4*nearWords))
		switch {
		case !ok:
		case best < 0 || d < best:
			best, out = d, []StoryInfo{s}
		case d == best && len(out) < nearShow:
			out = append(out, s)
		}
	}
	return out, nil
}

// didYouMean is the end of a "no story matches" message offering
// stories, or "".
func didYouMean(infos []StoryInfo) string {
	if len(infos) == 0 {
		return ""
	}
	names := make([]string, len(infos))
	for i, s := range infos {
		names[i] = fmt.Sprintf("%q (%s)", s.Title, s.ID)
	}
	return " Did you mean " + strings.Join(names, " or ") + "?"
}

// titleDistance is the sum over the query words of the edits to their
// nearest title word, and whether each is near enough.
func titleDistance(query, title []string) (int, bool) {
	if len(title) == 0 {
		return 0, false
	}
	sum := 0
	for _, q := range query {
		allowed := allowedEdits(q)
		best := allowed + 1
		for _, t := range title {
			if d := abs(len([]rune(q)) - len([]rune(t))); d >= best {
				continue
			}
			if d := editDistance(q, t, best); d < best {
				best = d
			}
		}
		if best > allowed {
			return 0, false
		}
		sum += best
	}
	return sum, true
}

// allowedEdits is how many edits a word may be off by: none for short
// words, one up to five letters, two beyond.
func allowedEdits(w string) int {
	switch n := len([]rune(w)); {
	case n <= 3:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// nearTokens are the lowercase words of s, stop words left out, at most
// n.
func nearTokens(s string, n int) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopWords[w] && len(out) < n {
			out = append(out, w)
		}
	}
	return out
}

// editDistance is the optimal string alignment distance of a and b
// (insertions, deletions, substitutions and swaps of two neighbouring
// letters), or limit when it is at least limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
