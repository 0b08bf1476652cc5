package facts

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A day, a date or a length of time is a value of an event: the day talks
// broke down, the date quotas take effect, the length of a meeting. Two
// days are of one fact only when they are of one event; the day someone
// said something is the day of a remark, and remarks on two days are two
// remarks.

// eventWindow is how many words before a time are read for its event.
const eventWindow = 8

// Event returns the stem of the noun that names the event a day, date,
// month or duration is the time of, the nearest before it in its clause
// ("talks" in "the talks in Geneva on Tuesday", "effect" in "quotas take
// effect on July 1") or the noun it qualifies ("meeting" in "Wednesday's
// four-hour meeting"), and, when a verb says so, the phase of the event
// ("begin" or "end"): a strike's start and its end are two facts. Words
// for one kind of meeting ("talks", "met", "negotiations") have one stem.
// Empty for other kinds of fact, or when the clause names no event.
func Event(s string, f Fact) []string {
	switch f.Kind {
	case Weekday, Date, Month, Duration:
	default:
		return nil
	}
	toks := lex.Tokens(s)
	at, next := -1, len(toks)
	for i, t := range toks {
		if at < 0 && t.End > f.Start {
			at = i
		}
		if t.Start >= f.End {
			next = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	var out []string
	add := func(w string) {
		if st := eventStem(w); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	phase := ""
	// The nearest noun before, in the clause: "the talks in Geneva on
	// Tuesday", "the move about 45 minutes before".
	found := f.Of != ""
	for k, n := at-1, 0; k >= 0 && n < eventWindow; k, n = k-1, n+1 {
		if punctBefore(toks, k+1) {
			break // a clause ends
		}
		if p, ok := phases[toks[k].Lower]; ok && phase == "" {
			phase = p // "abandoned the talks on Saturday"
		}
		if !found && eventWord(toks[k]) {
			add(toks[k].Lower)
			found = true
		}
	}
	// Talks named anywhere in the clause are its event: "Talks between
	// the two sides began in October and broke down late on Sunday".
	for k := at - 1; k >= 0; k-- {
		if c, ok := eventClass[toks[k].Lower]; ok {
			add(c)
			break
		}
		if punctBefore(toks, k) {
			break
		}
	}
	if f.Of != "" {
		add(strings.ToLower(f.Noun)) // "four-hour meeting"
	}
	// "Wednesday's four-hour meeting": the day is the meeting's.
	if strings.HasSuffix(strings.ToLower(f.Text), "'s") || strings.HasSuffix(f.Text, "’s") {
		for k := next; k < len(toks) && k < next+2 && !punctBefore(toks, k); k++ {
			if _, _, isNum := number(toks[k].Lower); !isNum && eventWord(toks[k]) {
				add(toks[k].Lower)
				break
			}
		}
	}
	if phase != "" && len(out) > 0 {
		out = append(out, phaseMark+phase)
	}
	return out
}

// phaseMark opens the phase of an event among its stems.
const phaseMark = ":"

// phaseOf returns the phase among an event's stems, or "".
func phaseOf(ev []string) string {
	for _, x := range ev {
		if strings.HasPrefix(x, phaseMark) {
			return x
		}
	}
	return ""
}

// TwoPhases reports two times of two phases of events (as Event gives
// them): the day a strike began and the day it ends are two facts.
func TwoPhases(a, b []string) bool {
	pa, pb := phaseOf(a), phaseOf(b)
	return pa != "" && pb != "" && pa != pb
}

// OneEvent reports whether two times' events (as Event gives them) are
// one: they name one noun and no two phases.
func OneEvent(a, b []string) bool {
	if phaseOf(a) != phaseOf(b) {
		return false
	}
	for _, x := range a {
		if !strings.HasPrefix(x, phaseMark) && slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// eventWord reports a word that may name an event: a lower-case noun, no
// verb form, time word or word of reporting.
func eventWord(t lex.Token) bool {
	w := t.Lower
	if t.Capitalized && !t.SentenceStart || !isNoun(w) || reporting[w] || speech[w] || !plausibleNoun(w) {
		return false
	}
	if _, ok := eventClass[w]; ok {
		return true
	}
	if isVerbForm(w, false) || timeWords[w] || plainVerbs[w] || strings.ContainsAny(w, "0123456789") {
		return false
	}
	_, day := weekdays[strings.TrimSuffix(w, "'s")]
	_, month := months[w]
	return !day && !month
}

// eventStem is the stem of an event's word, one for the words of one kind
// of meeting.
func eventStem(w string) string {
	if c, ok := eventClass[w]; ok {
		return c
	}
	return lex.Stem(w)
}

// eventClass maps the words for talks between parties to one word.
var eventClass = map[string]string{"talks": "talks", "talk": "talks", "meeting": "talks", "meetings": "talks",
	"met": "talks", "negotiations": "talks", "negotiating": "talks", "session": "talks",
	"summit": "talks", "round": "talks"}

// phases are the verbs that say an event's time is its start or its end.
var phases = map[string]string{"began": "begin", "begin": "begin", "begins": "begin", "begun": "begin",
	"start": "begin", "starts": "begin", "started": "begin", "launched": "begin", "opened": "begin",
	"end": "end", "ends": "end", "ended": "end", "broke": "end", "collapsed": "end", "expire": "end",
	"expires": "end", "expired": "end", "finish": "end", "finished": "end", "abandoned": "end", "away": "end", "walked": "end", "quit": "end"}

// timeWords are the words around a time that name no event.
var timeWords = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "day": true,
	"week": true, "month": true, "year": true, "weekend": true, "today": true, "yesterday": true, "tomorrow": true,
	"late": true, "early": true, "last": true, "next": true, "this": true, "ago": true, "hours": true, "days": true}

// plainVerbs are verbs of no s or -ed form that say when, not what ("the
// strike began on Monday", "talks broke down on Sunday").
var plainVerbs = map[string]bool{"begin": true, "began": true, "begins": true, "begun": true, "start": true,
	"starts": true, "end": true, "ends": true, "take": true, "takes": true, "took": true, "taken": true,
	"come": true, "comes": true, "came": true, "go": true, "goes": true, "went": true, "gone": true, "held": true,
	"hold": true, "holds": true, "broke": true, "break": true, "breaks": true, "make": true, "made": true,
	"due": true, "set": true, "left": true, "leave": true, "leaves": true, "get": true, "got": true, "run": true,
	"ran": true, "put": true, "give": true, "gave": true, "keep": true, "kept": true, "face": true, "faces": true,
	"expected": true, "meet": true, "lasted": true, "last": true, "lasts": true, "away": true, "back": true}

// speech are the words that make a time the time of a remark.
var speech = map[string]bool{"said": true, "says": true, "say": true, "stressed": true, "told": true,
	"added": true, "insisted": true, "warned": true, "confirmed": true, "statement": true, "briefing": true,
	"interview": true, "remarks": true, "tweeted": true, "posted": true, "wrote": true, "argued": true,
	"repeated": true, "reiterated": true, "explained": true, "noted": true, "claimed": true}

// demands are the words that make a figure what one side asks for, not
// what is given or offered: "seeking an 18% rise" is no value of "a 9%
// pay rise offered".
var demands = map[string]bool{"seeking": true, "seeks": true, "seek": true, "sought": true, "wants": true,
	"want": true, "wanted": true, "demand": true, "demands": true, "demanding": true, "demanded": true,
	"asking": true, "asks": true, "asked": true, "calling": true, "calls": true, "claim": true, "claims": true}

// Demand reports a figure a sentence gives as what someone asks for: a
// word of demanding in the words just before it, in its clause ("the
// union is seeking a 12% pay rise", "members want 15 percent").
func Demand(s string, f Fact) bool {
	toks := lex.Tokens(s)
	at := -1
	for i, t := range toks {
		if t.End > f.Start {
			at = i
			break
		}
	}
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		if demands[toks[k].Lower] {
			return true
		}
		if punctBefore(toks, k+1) {
			break
		}
	}
	return false
}

// Remark reports a day or date that is the time of a remark: "the
// ministry said in a statement on Tuesday", "Falk stressed on Wednesday".
func Remark(s string, f Fact) bool {
	if f.Kind != Weekday && f.Kind != Date {
		return false
	}
	toks := lex.Tokens(s)
	at := -1
	for i, t := range toks {
		if t.End > f.Start {
			at = i
			break
		}
	}
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		if speech[toks[k].Lower] {
			return true
		}
		if punctBefore(toks, k) || !lex.IsStop(toks[k].Lower) && toks[k].Lower != "on" {
			break
		}
	}
	return false
}
