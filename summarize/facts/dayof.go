package facts

import (
	"strconv"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A day of an event is counted from its start: "on the fourth day of the
// siege" and "on day five of the siege" give the same kind of value (a
// DayOf), 4 and 5, of what the phrase after it names.

// ordinals are the ordinal words, by value.
var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30}

// ordinal reads an ordinal word or figure ("fourth", "4th").
func ordinal(w string) (int, bool) {
	if v, ok := ordinals[w]; ok {
		return v, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok && isDigits(d) && len(d) <= 3 {
			v, _ := strconv.Atoi(d)
			return v, true
		}
	}
	return 0, false
}

// readDayOf reads a day of an event at toks[i]: an ordinal before "day"
// ("the fourth day"), or "day" before a number ("day five", "Day 5").
// Its Of and Noun are the event of a phrase of "of" after it ("of the
// siege"), if any.
func readDayOf(s string, toks []lex.Token, i int) (Fact, int, bool) {
	t := toks[i]
	var n, end, next int
	switch {
	case i+1 < len(toks) && toks[i+1].Lower == "day" && !punctBefore(toks, i+1):
		v, ok := ordinal(t.Lower)
		if !ok || v == 1 && t.Lower == "first" {
			return Fact{}, 0, false // "the first day" is as often no count at all
		}
		n, end, next = v, toks[i+1].End, i+2
	case t.Lower == "day" && i+1 < len(toks) && !punctBefore(toks, i+1):
		w := toks[i+1].Lower
		v, ok := numberWords[w]
		if !ok && isDigits(w) && len(w) <= 3 {
			d, _ := strconv.Atoi(w)
			v, ok = float64(d), true
		}
		if !ok || w == "dozen" || w == "one" {
			return Fact{}, 0, false
		}
		n, end, next = int(v), toks[i+1].End, i+2
	default:
		return Fact{}, 0, false
	}
	f := Fact{Kind: DayOf, Value: float64(n), Text: s[t.Start:end], Start: t.Start, End: end}
	k := next
	if k+1 < len(toks) && toks[k].Lower == "of" && !punctBefore(toks, k) {
		k++
		for k < len(toks) && slotSkip[toks[k].Lower] {
			k++
		}
		if k < len(toks) && isNoun(toks[k].Lower) && !toks[k].Capitalized {
			f.Of, f.Noun = eventStem(toks[k].Lower), toks[k].Text
		}
	}
	return f, next, true
}
