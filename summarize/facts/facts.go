// Package facts finds the checkable facts of a news sentence: counts
// ("3,100 nurses"), amounts ("$4.1 million"), percentages, days of the
// week, dates, months, vote tallies, durations, measures ("74
// kilometres") and days of an event ("the
// fourth day of the siege"), each with its value made comparable, so that two outlets giving different values for one fact can
// be found, and equal values written differently ("12,000", "twelve
// thousand"; "$4bn", "$4 billion"; "9%", "nine per cent") agree.
//
// It is written here because no maintained Go package reads quantities in
// running English text; it is a small tokeniser-based reader, not a
// grammar.
package facts

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/lex"
)

// Kind says what sort of value a fact gives.
type Kind string

// The kinds of fact.
const (
	Count    Kind = "count"    // a number of things: "3,100 nurses"
	Money    Kind = "money"    // an amount: "$4.1 million", "60 million crowns"
	Percent  Kind = "percent"  // "9%", "nine per cent"
	Weekday  Kind = "weekday"  // "on Tuesday"
	Date     Kind = "date"     // "May 1", "30 April"
	Month    Kind = "month"    // "in April", "by May": a month without its day
	Vote     Kind = "vote"     // "5-2", "7 to 5"
	Duration Kind = "duration" // "five-hour talks", "72 hours"
	DayOf    Kind = "day of"   // "the fourth day of the siege", "day five"
	Measure  Kind = "measure"  // "74 kilometres", "40 cubic metres per second" (measure.go)
)

// Fact is one value a sentence gives.
type Fact struct {
	Kind Kind
	// Value is the value made comparable: a number, an amount in its
	// currency's units, a weekday 1-7, a date as month*100+day, a month
	// 1-12, a vote as
	// for*1000+against, a duration in hours, a day of an event as its
	// number.
	Value float64
	// Unit is the currency of an amount ("$", "euros") or the unit of a
	// measure ("km", "m³/s").
	Unit string
	// Of is the stem of what a count or duration is of ("nurs" for
	// nurses, "talk" for five-hour talks), or "".
	Of string
	// Noun is that word as written ("nurses").
	Noun string
	// Which is the stem of the verb of a relative clause that restricts
	// what a count counts ("cast" in "65,000 actors who cast ballots"),
	// or "": the actors who voted are not all the actors.
	Which string
	// Text is the fact as written ("3,100 nurses", "on Tuesday").
	Text string
	// Start and End are the byte offsets of Text in the sentence.
	Start, End int
}

// Context returns the stems of the content words around a fact in its
// sentence (five words either side), what it is a figure of ("budget gap",
// "pay offer").
func Context(s string, f Fact) map[string]bool {
	toks := lex.Tokens(s)
	out := map[string]bool{}
	at := -1
	for i, t := range toks {
		if t.Start >= f.Start {
			at = i
			break
		}
	}
	if at < 0 {
		return out
	}
	for i := max(0, at-5); i < len(toks) && i <= at+5+len(strings.Fields(f.Text)); i++ {
		t := toks[i]
		if t.Start >= f.Start && t.End <= f.End || !isNoun(t.Lower) || reporting[t.Lower] {
			continue
		}
		if _, ok := weekdays[t.Lower]; ok {
			continue
		}
		out[lex.Stem(t.Lower)] = true
	}
	return out
}

// span returns where fact f stands in toks, the tokens of its sentence:
// the index of its first token (the first that ends after f starts), or
// -1, and of the first token after it (len(toks) when none).
func span(toks []lex.Token, f Fact) (at, next int) {
	at, next = -1, len(toks)
	for i, t := range toks {
		if at < 0 && t.End > f.Start {
			at = i
		}
		if t.Start >= f.End {
			return at, i
		}
	}
	return at, next
}

// reporting are words around figures that say who reports them, not what
// they are.
var reporting = map[string]bool{"said": true, "says": true, "say": true, "told": true, "according": true,
	"reported": true, "added": true, "statement": true, "around": true, "about": true, "nearly": true,
	"almost": true, "least": true, "than": true, "some": true, "roughly": true}

// Same reports whether two facts give the same value.
func (f Fact) Same(g Fact) bool {
	if f.Kind != g.Kind {
		return false
	}
	d := f.Value - g.Value
	if d < 1e-9 && d > -1e-9 {
		return true
	}
	// "30 days" and "four weeks", "a month" and "four weeks": one length
	// told in another unit, rounded.
	return f.Kind == Duration && durationUnit(f.Text) != durationUnit(g.Text) && max(d, -d) <= roundedUnits*max(f.Value, g.Value)
}

// roundedUnits is how far apart one length told in two units may be:
// "30 days" is four weeks and two days.
const roundedUnits = 0.1

// durationUnit returns the unit a duration's text gives ("days" of "30
// days", "hour" of "72-hour"), singular.
func durationUnit(text string) string {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	if _, tail, ok := strings.Cut(w, "-"); ok {
		w = tail
	}
	return strings.TrimSuffix(w, "s")
}

// Extract returns the facts a sentence gives, in order.
func Extract(s string) []Fact {
	toks := lex.Tokens(s)
	var out []Fact
	for i := 0; i < len(toks); i++ {
		if f, next, ok := readFact(s, toks, i); ok {
			out = append(out, f)
			i = next - 1
		}
	}
	return out
}

var weekdays = map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
	"saturday": 6, "sunday": 7}

var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12}

// currencies maps currency words to their unit.
var currencies = map[string]string{"dollars": "$", "dollar": "$", "euros": "€", "euro": "€",
	"pounds": "£", "pound": "£", "crowns": "crowns", "kroner": "crowns", "kronor": "crowns",
	"francs": "francs", "yen": "¥", "rupees": "rupees", "roubles": "roubles", "rubles": "roubles",
	"yuan": "yuan", "pesos": "pesos", "rand": "rand", "lira": "lira", "zloty": "zloty",
	// Hundredths, as a unit of their own: which currency they are of is
	// rarely written beside them.
	"cents": "cents", "cent": "cents", "pence": "pence", "penny": "pence", "p": "pence"}

var symbols = map[string]string{"$": "$", "€": "€", "£": "£", "¥": "¥"}

// unitModifier reads a number joined by a hyphen to a currency or to
// "percent" before the noun it measures ("a 40-cent increase", "a
// 12-percent cut"): the same amount or percentage as "40 cents" or "12
// percent", of that noun.
func unitModifier(n float64, unit string, t lex.Token, toks []lex.Token, j int) (Fact, bool) {
	f := Fact{Value: n, Text: t.Text, Start: t.Start, End: t.End}
	c, ok := currencies[unit]
	if !ok {
		c, ok = currencies[unit+"s"] // "a 300,000-crown bond"
	}
	switch {
	case ok:
		f.Kind, f.Unit = Money, c
	case unit == "percent":
		f.Kind = Percent
	default:
		return Fact{}, false
	}
	if j < len(toks) && isNoun(toks[j].Lower) {
		f.Of, f.Noun = lex.Stem(toks[j].Lower), toks[j].Text
	}
	return f, true
}

// scales are the words that multiply a number.
var scales = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6, "tn": 1e12}

// hours a duration unit is worth.
var hours = map[string]float64{"minute": 1.0 / 60, "minutes": 1.0 / 60, "hour": 1, "hours": 1,
	"day": 24, "days": 24, "week": 168, "weeks": 168, "month": 730, "months": 730, "year": 8760,
	"years": 8760}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "dozen": 12}

func readFact(s string, toks []lex.Token, i int) (Fact, int, bool) {
	t := toks[i]
	if d, ok := weekdays[strings.TrimSuffix(t.Lower, "'s")]; ok && t.Capitalized {
		start := t.Start
		if i > 0 && (toks[i-1].Lower == "on" || toks[i-1].Lower == "late" || toks[i-1].Lower == "early" ||
			toks[i-1].Lower == "last" || toks[i-1].Lower == "next") && toks[i-1].End+1 == t.Start {
			start = toks[i-1].Start
		}
		return Fact{Kind: Weekday, Value: float64(d), Text: s[start:t.End], Start: start, End: t.End}, i + 1, true
	}
	if m, ok := months[t.Lower]; ok && t.Capitalized {
		if i+1 < len(toks) && toks[i+1].End-toks[i+1].Start <= 2 && isDigits(toks[i+1].Lower) {
			if d, _ := strconv.Atoi(toks[i+1].Lower); d >= 1 && d <= 31 {
				return Fact{Kind: Date, Value: float64(m*100 + d), Text: s[t.Start:toks[i+1].End], Start: t.Start, End: toks[i+1].End}, i + 2, true
			}
		}
		return monthOnly(s, toks, i, m)
	}
	// "the fourth day", "day five": a day of an event.
	if f, next, ok := readDayOf(s, toks, i); ok {
		return f, next, true
	}
	// "5-2", "four-to-three", "five votes to two": a tally.
	if f, next, ok := readVote(s, toks, i); ok {
		return f, next, true
	}
	n, unitTail, ok := number(t.Lower)
	if !ok {
		return Fact{}, 0, false
	}
	// A number that is part of a name ("TrailCell 36", "N2") or a date;
	// not one after a name's possessive ("the Alliance's 25 percent
	// tariff").
	if i > 0 && toks[i-1].Capitalized && !toks[i-1].SentenceStart && !isUnitWord(toks[i-1].Lower) &&
		!strings.HasSuffix(toks[i-1].Lower, "'s") &&
		toks[i-1].End+1 == t.Start && unitTail == "" {
		if _, month := months[toks[i-1].Lower]; !month {
			return Fact{}, 0, false
		}
	}
	j := i + 1
	// "five-hour", "72-hour": a duration in one word.
	if unitTail != "" {
		if h, ok := hours[unitTail]; ok {
			f := Fact{Kind: Duration, Value: n * h, Text: t.Text, Start: t.Start, End: t.End}
			if j < len(toks) && isNoun(toks[j].Lower) {
				f.Of, f.Noun = lex.Stem(toks[j].Lower), toks[j].Text
			}
			return f, j, true
		}
		if sc, ok := scales[unitTail]; ok { // "4bn", "$4m"
			n *= sc
		} else if unitTail == "strong" && j < len(toks) && isNoun(toks[j].Lower) && plausibleNoun(toks[j].Lower) {
			// "the 11-strong crew": a count of the noun after it.
			return Fact{Kind: Count, Value: n, Of: lex.Stem(toks[j].Lower), Noun: toks[j].Text,
				Text: s[t.Start:toks[j].End], Start: t.Start, End: toks[j].End}, j + 1, true
		} else if f, ok := unitModifier(n, unitTail, t, toks, j); ok {
			return f, j, true // "a 40-cent rise", "a 12-percent cut"
		} else if f, next, ok := readMeasure(s, toks, i, j, n, unitTail); ok {
			return f, next, true // "100km"
		} else {
			return Fact{}, 0, false
		}
	}
	// "twelve thousand", "4.1 million", "two hundred".
	for j < len(toks) {
		sc, ok := scales[toks[j].Lower]
		if !ok || toks[j].Lower == "m" || toks[j].Lower == "k" {
			break
		}
		n *= sc
		j++
	}
	end := toks[j-1].End
	before := strings.TrimRight(s[:t.Start], " ")
	// A currency symbol before: "$4.1 million".
	for sym, unit := range symbols {
		if strings.HasSuffix(before, sym) {
			start := len(before) - len(sym)
			return Fact{Kind: Money, Value: n, Unit: unit, Text: s[start:end], Start: start, End: end}, j, true
		}
	}
	// "%" after, or "percent", "per cent".
	if end < len(s) && s[end] == '%' {
		return Fact{Kind: Percent, Value: n, Text: s[t.Start : end+1], Start: t.Start, End: end + 1}, j, true
	}
	if j < len(toks) && (toks[j].Lower == "percent" || toks[j].Lower == "pc") {
		return Fact{Kind: Percent, Value: n, Text: s[t.Start:toks[j].End], Start: t.Start, End: toks[j].End}, j + 1, true
	}
	if j+1 < len(toks) && toks[j].Lower == "per" && toks[j+1].Lower == "cent" {
		return Fact{Kind: Percent, Value: n, Text: s[t.Start:toks[j+1].End], Start: t.Start, End: toks[j+1].End}, j + 2, true
	}
	if j < len(toks) {
		if unit, ok := currencies[toks[j].Lower]; ok {
			return Fact{Kind: Money, Value: n, Unit: unit, Text: s[t.Start:toks[j].End], Start: t.Start, End: toks[j].End}, j + 1, true
		}
		if h, ok := hours[toks[j].Lower]; ok {
			return Fact{Kind: Duration, Value: n * h, Text: s[t.Start:toks[j].End], Start: t.Start, End: toks[j].End}, j + 1, true
		}
		if f, next, ok := readMeasure(s, toks, i, j, n, ""); ok {
			return f, next, true // "74 kilometres", "40 cubic metres of water per second"
		}
	}
	if isYear(n, t.Lower) || t.Lower == "one" {
		return Fact{}, 0, false // "one" is more often "a" than a count
	}
	// A count: the number and the noun it counts ("420 planned operations").
	if noun, k := countedNoun(s, toks, j); noun >= 0 {
		f := Fact{Kind: Count, Value: n, Of: lex.Stem(toks[noun].Lower), Noun: toks[noun].Text,
			Text: s[t.Start:toks[noun].End], Start: t.Start, End: toks[noun].End}
		f.Which = restriction(toks, noun)
		return f, k, true
	}
	if f, ok := readToll(s, toks, i, j, n); ok {
		return f, j, true // "the death toll has risen to 31"
	}
	if f, ok := numberPutAt(s, toks, i, n); ok {
		return f, j, true // "put the number of affected passengers at 31,000"
	}
	return Fact{}, 0, false
}

// estimateVerbs put a number on something: "put the number of ... at".
var estimateVerbs = map[string]bool{"put": true, "puts": true, "putting": true, "placed": true, "places": true,
	"estimated": true, "estimates": true, "estimate": true}

// numberPutAt reads a number after "at" that a verb of estimating puts
// on the number of a noun: "put the number of affected passengers at
// 31,000", a count of passengers.
func numberPutAt(s string, toks []lex.Token, i int, n float64) (Fact, bool) {
	t := toks[i]
	if i < 5 || toks[i-1].Lower != "at" || !isNoun(toks[i-2].Lower) || !plausibleNoun(toks[i-2].Lower) {
		return Fact{}, false
	}
	noun := i - 2
	for k := noun - 1; k >= 2 && k >= noun-4; k-- {
		if toks[k].Lower != "of" || toks[k-1].Lower != "number" && toks[k-1].Lower != "total" {
			continue
		}
		for v := k - 2; v >= 0 && v >= k-4; v-- {
			if estimateVerbs[toks[v].Lower] {
				return Fact{Kind: Count, Value: n, Of: lex.Stem(toks[noun].Lower), Noun: toks[noun].Text,
					Text: t.Text, Start: t.Start, End: t.End}, true
			}
		}
	}
	return Fact{}, false
}

// monthOnly reads a month named without its day after a word that makes
// it a time ("meet in April", "by May"): "May" alone is as often a verb,
// and "April 2019" a year's month, not an event's.
func monthOnly(s string, toks []lex.Token, i, m int) (Fact, int, bool) {
	t := toks[i]
	if i == 0 || !monthLead[toks[i-1].Lower] || punctBefore(toks, i) || len(t.Lower) < 3 ||
		i+1 < len(toks) && !punctBefore(toks, i+1) && isDigits(toks[i+1].Lower) {
		return Fact{}, 0, false
	}
	start := toks[i-1].Start
	return Fact{Kind: Month, Value: float64(m), Text: s[start:t.End], Start: start, End: t.End}, i + 1, true
}

// monthLead are the words before a month that make it the time of an event.
var monthLead = map[string]bool{"in": true, "by": true, "until": true, "from": true, "next": true, "since": true,
	"before": true, "after": true, "early": true, "late": true}

// number reads a number token: digits with commas and a decimal point,
// a number word, or digits with a unit joined on ("4bn", "72-hour").
func number(w string) (float64, string, bool) {
	if v, ok := numberWords[w]; ok {
		return v, "", true
	}
	if head, tail, ok := strings.Cut(w, "-"); ok {
		// "thirty-seven", "twenty-one": a number in two words.
		if tens, unit := numberWords[head], numberWords[tail]; tens >= 20 && tens <= 90 && unit >= 1 && unit <= 9 {
			return tens + unit, "", true
		}
		if v, _, ok := number(head); ok && tail != "" && !isDigits(tail) {
			return v, tail, true // "five-hour", "72-hour"
		}
		return 0, "", false
	}
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == ',' || w[i] == '.') {
		i++
	}
	if i == 0 || w[0] < '0' || w[0] > '9' {
		return 0, "", false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w[:i], ",", ""), 64)
	if err != nil {
		return 0, "", false
	}
	return v, w[i:], true
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isYear(n float64, w string) bool {
	return isDigits(w) && len(w) == 4 && n >= 1900 && n <= 2100
}

func isUnitWord(w string) bool {
	_, a := currencies[w]
	_, b := hours[w]
	return a || b
}

// punctBefore reports a token that punctuation separates from the one
// before (the lexer drops punctuation, so offsets tell).
func punctBefore(toks []lex.Token, k int) bool {
	return k > 0 && toks[k].Start-toks[k-1].End > 1
}

// isNoun reports a word that may be a noun or its modifier: a lower-case
// word that is no stop word, number or unit.
func isNoun(w string) bool {
	if w == "" || lex.IsStop(w) || !unicode.IsLetter([]rune(w)[0]) {
		return false
	}
	if _, ok := numberWords[w]; ok {
		return false
	}
	if _, ok := scales[w]; ok {
		return false
	}
	return true
}
