package facts

import (
	"strconv"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A vote's tally is written in figures or in words, and as the votes of
// a part of a body: "5-2", "four-to-three", "five votes to two", "voted 5
// to 2", "six of the seven judges ruled" (6-1). Each is one tally.

// readVote reads a tally at toks[i] in a sentence about a vote, and the
// index of the token after it.
func readVote(s string, toks []lex.Token, i int) (Fact, int, bool) {
	if !voteContext(toks) {
		return Fact{}, 0, false
	}
	t := toks[i]
	vote := func(a, b int, end int) Fact {
		return Fact{Kind: Vote, Value: float64(a*1000 + b), Text: s[t.Start:end], Start: t.Start, End: end}
	}
	if a, b, ok := tally(t.Lower); ok {
		return vote(a, b, t.End), i + 1, true
	}
	a, ok := tallyNumber(t.Lower)
	if !ok || i > 0 && (toks[i-1].Lower == "from" || toks[i-1].Lower == "between") {
		return Fact{}, 0, false // "rose from 5 to 7"
	}
	k := i + 1
	if k < len(toks) && (toks[k].Lower == "votes" || toks[k].Lower == "vote") && !punctBefore(toks, k) {
		k++
	}
	// "five votes to two", "5 to 2": no noun after the second number
	// ("5 to 7 percent" is a range).
	if k+1 < len(toks) && toks[k].Lower == "to" && !punctBefore(toks, k) && !punctBefore(toks, k+1) {
		if b, ok := tallyNumber(toks[k+1].Lower); ok && !(k+2 < len(toks) && !punctBefore(toks, k+2) && isNoun(toks[k+2].Lower)) {
			return vote(a, b, toks[k+1].End), k + 2, true
		}
	}
	// "six of the seven judges ruled": the rest voted against.
	if k == i+1 && k+3 < len(toks) && toks[k].Lower == "of" && toks[k+1].Lower == "the" {
		m, ok := tallyNumber(toks[k+2].Lower)
		if ok && m > a && isNoun(toks[k+3].Lower) && votedAfter(toks, k+4) {
			return vote(a, m-a, toks[k+3].End), k + 4, true
		}
	}
	return Fact{}, 0, false
}

// voteVerbs say how the members of a body voted.
var voteVerbs = map[string]bool{"voted": true, "ruled": true, "backed": true, "sided": true, "supported": true,
	"opposed": true, "approved": true, "rejected": true, "found": true, "agreed": true}

// voterWindow is how many words after the voters their verb may stand
// ("six of the seven judges on the Tarnland court ruled").
const voterWindow = 6

// votedAfter reports a verb of voting in the words from toks[k], in their
// clause ("judges ruled", "members had voted", "judges on the court
// ruled").
func votedAfter(toks []lex.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+voterWindow && !punctBefore(toks, j); j++ {
		if voteVerbs[toks[j].Lower] {
			return true
		}
		if toks[j].Lower == "that" || toks[j].Lower == "who" {
			return false
		}
	}
	return false
}

// tallyNumber reads a number of votes: up to two digits or a number word.
func tallyNumber(w string) (int, bool) {
	if v, ok := numberWords[w]; ok && w != "dozen" {
		return int(v), true
	}
	if !isDigits(w) || len(w) > 2 {
		return 0, false
	}
	v, _ := strconv.Atoi(w)
	return v, true
}

// tally reads "5-2", "5-to-2" and "four-to-three".
func tally(w string) (int, int, bool) {
	a, b, ok := strings.Cut(w, "-to-")
	if !ok {
		a, b, ok = strings.Cut(w, "-")
		if !ok || !isDigits(a) || !isDigits(b) {
			return 0, 0, false
		}
	}
	x, okA := tallyNumber(a)
	y, okB := tallyNumber(b)
	return x, y, okA && okB
}

// voteContext reports a sentence about a vote, where "5-2" is a tally and
// not a score or a range.
func voteContext(toks []lex.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "vote", "voted", "votes", "voting", "passed", "approved", "rejected", "ballot", "backed", "ruled":
			return true
		}
	}
	return false
}
