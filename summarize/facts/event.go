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

// An Event is what a time is the time of, as the stems of the nouns that
// name it.
type Event struct {
	// Heads are the nouns that name the event itself: the nearest before
	// the time in its clause ("talks" in "the talks in Geneva on
	// Tuesday", "effect" in "quotas take effect on July 1"), the noun a
	// duration or a day qualifies ("Wednesday's four-hour meeting"), and
	// talks named anywhere in the clause ("Talks between the two sides
	// began in October and broke down late on Sunday"). Words for one
	// kind of meeting ("talks", "met", "negotiations") have one stem.
	Heads []string
	// Others are the other nouns of the clause near the time ("bids" in
	// "the deadline for bids from bidders is June 30").
	Others []string
	// Phase is "begin" or "end" when a verb says the time is the event's
	// start or end ("began", "broke down"), else "": a strike's start and
	// its end are two facts.
	Phase string
}

// EventOf returns the event a day, date, month or duration is the time
// of; the zero Event for other kinds of fact, or when the clause names
// none.
func EventOf(s string, f Fact) Event {
	var ev Event
	switch f.Kind {
	case Weekday, Date, Month, Duration:
	default:
		return ev
	}
	toks := lex.Tokens(s)
	at, next := span(toks, f)
	if at < 0 {
		return ev
	}
	add := func(to *[]string, w string) {
		if st := eventStem(w); !slices.Contains(ev.Heads, st) && !slices.Contains(ev.Others, st) {
			*to = append(*to, st)
		}
	}
	if f.Of != "" {
		add(&ev.Heads, strings.ToLower(f.Noun)) // "four-hour meeting"
	}
	// "Wednesday's four-hour meeting": the day is the meeting's.
	if possessive(f.Text) {
		for k := next; k < len(toks) && k < next+2 && !punctBefore(toks, k); k++ {
			if _, _, isNum := number(toks[k].Lower); !isNum && eventWord(toks[k]) {
				add(&ev.Heads, toks[k].Lower)
			}
		}
	}
	// The nearest noun before, in the clause, and the others near it.
	head := len(ev.Heads) == 0
	for k, n := at-1, 0; k >= 0 && n < eventWindow; k, n = k-1, n+1 {
		if clauseBreak(s, toks, k+1) {
			break // a clause ends
		}
		if p := phaseAt(toks, k); p != "" && ev.Phase == "" {
			ev.Phase = p // "abandoned the talks on Saturday"
		}
		switch {
		case !eventWord(toks[k]):
		case head && (!inPhrase(toks, k) || k == at-1 || k == at-2 && prepositions[toks[at-1].Lower]):
			// The noun just before a time is its event even in a phrase:
			// "voters go to the polls in the referendum on October 19".
			add(&ev.Heads, toks[k].Lower)
			head = false
		default:
			add(&ev.Others, toks[k].Lower)
		}
	}
	// Talks named anywhere in the clause are its event.
	for k := at - 1; k >= 0; k-- {
		if c := eventClass[toks[k].Lower]; c == "talks" {
			ev.Others = slices.DeleteFunc(ev.Others, func(x string) bool { return x == c })
			add(&ev.Heads, c)
			break
		}
		if clauseBreak(s, toks, k) {
			break
		}
	}
	if len(ev.Heads) == 0 {
		ev.Phase = ""
	}
	return ev
}

// clauseBreak reports punctuation that ends a clause between toks[k-1]
// and toks[k]: a comma, a colon, a dash or a bracket, not the apostrophe
// of "Dockworkers’ Union" or the point of "10 p.m.".
func clauseBreak(s string, toks []lex.Token, k int) bool {
	if k <= 0 || k >= len(toks) || !punctBefore(toks, k) {
		return false
	}
	return strings.ContainsAny(s[toks[k-1].End:toks[k].Start], ",;:()[]!?\"“”—–")
}

// prepositions open a phrase whose noun says where or of what, not what
// happens: "members at the port of Vell voted on Monday".
var prepositions = map[string]bool{"at": true, "of": true, "in": true, "for": true, "from": true, "to": true,
	"with": true, "near": true, "on": true, "by": true, "over": true, "into": true, "off": true, "across": true,
	"against": true, "without": true, "outside": true, "inside": true}

// determiners stand between a preposition and its noun.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// inPhrase reports a noun at toks[k] that a preposition governs ("at the
// port", "from the three bidders").
func inPhrase(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && !punctBefore(toks, j+1); j-- {
		w := toks[j].Lower
		if prepositions[w] {
			return true
		}
		if _, _, isNum := number(w); !determiners[w] && !isNum {
			return false
		}
	}
	return false
}

// possessive reports a time written as the owner of what follows
// ("Wednesday's").
func possessive(text string) bool {
	return strings.HasSuffix(strings.ToLower(text), "'s") || strings.HasSuffix(text, "’s")
}

// OneEvent reports whether two times' events are one: of no two phases,
// and with a head in common or two nouns in common.
func OneEvent(a, b Event) bool {
	if a.Phase != b.Phase {
		return false
	}
	for _, x := range a.Heads {
		if slices.Contains(b.Heads, x) {
			return true
		}
	}
	shared := 0
	for _, x := range append(a.Heads, a.Others...) {
		if slices.Contains(b.Heads, x) || slices.Contains(b.Others, x) {
			shared++
		}
	}
	return shared >= 2
}

// TwoPhases reports two times of two phases of events: the day a strike
// began and the day it ends are two facts.
func TwoPhases(a, b Event) bool {
	return a.Phase != "" && b.Phase != "" && a.Phase != b.Phase
}

// eventWord reports a word that may name an event: a lower-case noun, no
// verb form, time word or word of reporting.
func eventWord(t lex.Token) bool {
	w := t.Lower
	// A capitalised word is a name, not an event, even opening the
	// sentence with its possessive ("Vesk's opposition").
	if t.Capitalized && (!t.SentenceStart || strings.HasSuffix(w, "'s")) || !isNoun(w) || reporting[w] || speech[w] || !plausibleNoun(w) {
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

// eventClass maps the words for talks between parties to one word, those
// for a strike to another, and those for a truce to a third.
var eventClass = map[string]string{"talks": "talks", "talk": "talks", "meeting": "talks", "meetings": "talks",
	"met": "talks", "negotiations": "talks", "negotiating": "talks", "session": "talks",
	"summit": "talks", "round": "talks",
	"strike": "strike", "strikes": "strike", "stoppage": "strike", "walkout": "strike", "walk-out": "strike",
	"ceasefire": "truce", "cease-fire": "truce", "truce": "truce"}

// phases are the verbs that say an event's time is its start or its end.
var phases = map[string]string{"began": "begin", "begin": "begin", "begins": "begin", "begun": "begin",
	"start": "begin", "starts": "begin", "started": "begin", "launched": "begin", "opened": "begin",
	"end": "end", "ends": "end", "ended": "end", "broke": "end", "collapsed": "end", "expire": "end",
	"expires": "end", "expired": "end", "finish": "end", "finished": "end", "abandoned": "end", "away": "end", "quit": "end"}

// phaseAt returns the phase the verb at toks[k] says, or "": workers who
// walk out or walk off the job begin a strike, those who walk out of
// talks end them.
func phaseAt(toks []lex.Token, k int) string {
	switch toks[k].Lower {
	case "walked", "walk", "walks":
		if k+2 < len(toks) && toks[k+1].Lower == "out" && toks[k+2].Lower == "of" {
			return "end"
		}
		if k+1 < len(toks) && (toks[k+1].Lower == "out" || toks[k+1].Lower == "off") {
			return "begin"
		}
		return ""
	}
	return phases[toks[k].Lower]
}

// timeWords are the words around a time that name no event.
var timeWords = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "day": true,
	"week": true, "month": true, "year": true, "weekend": true, "today": true, "yesterday": true, "tomorrow": true,
	"late": true, "early": true, "last": true, "next": true, "this": true, "ago": true, "hours": true, "days": true,
	"overnight": true, "tonight": true, "midnight": true, "dawn": true, "dusk": true}

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

// Remark reports a day or date that is the time of a remark: "the
// ministry said in a statement on Tuesday", "Falk stressed on Wednesday".
func Remark(s string, f Fact) bool {
	if f.Kind != Weekday && f.Kind != Date || possessive(f.Text) {
		return false // "said Wednesday's talks" names the talks' day
	}
	toks := lex.Tokens(s)
	at, _ := span(toks, f)
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

// EventNoun returns the class of a word for talks or a strike ("talks"
// for "meeting", "strike" for "walkout"), or "".
func EventNoun(w string) string { return eventClass[w] }

// Unrelated reports two times whose events are both named and share no
// noun: "Northwind's closing price on Wednesday" and "launched a cash
// offer on Thursday" date two events, whatever else their sentences
// share.
func Unrelated(a, b Event) bool {
	if len(a.Heads) == 0 || len(b.Heads) == 0 {
		return false
	}
	for _, x := range append(a.Heads, a.Others...) {
		if slices.Contains(b.Heads, x) || slices.Contains(b.Others, x) {
			return false
		}
	}
	return true
}

// SameThing reports whether two durations may be lengths of one thing:
// one names none, both name one noun, or both name one kind of event ("a
// 48-hour strike", "a 72-hour walkout"; "a three-day truce", "a
// 72-hour ceasefire").
func SameThing(a, b Fact) bool {
	if a.Of == b.Of || a.Of == "" || b.Of == "" {
		return true
	}
	c := eventClass[strings.ToLower(a.Noun)]
	return c != "" && c == eventClass[strings.ToLower(b.Noun)]
}
