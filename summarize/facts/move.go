package facts

import (
	"github.com/storybot/storybot/summarize/lex"
)

// A day that dates a change of a figure ("shares fell 14% on Tuesday",
// "shares were down 3% on Wednesday") is the day of that move, and a
// figure that moves every day moves once a day: two moves of two sizes or
// two ways, dated on two days, are two moves, not one move dated twice.

// A Move is the change of value a time dates: its direction (+1 or -1)
// and its size as a percentage, or unsized ("shares recovered some
// ground on Tuesday").
type Move struct {
	Dir     int
	Size    float64
	Unsized bool
}

// DatedMove returns the move a day or a date dates: a verb of change
// ("fell", "were down", "recovered") before the time in its clause, with
// the percentage it changed by just after it, if any. "Up", "down",
// "higher" and "lower" are moves only with their percentage: "talks broke
// down on Sunday" moves nothing. False when the clause before the time
// tells of none.
func DatedMove(s string, f Fact) (Move, bool) {
	if f.Kind != Weekday && f.Kind != Date {
		return Move{}, false
	}
	toks := lex.Tokens(s)
	at, _ := span(toks, f)
	for k := at - 1; k >= 0 && k >= at-eventWindow; k-- {
		if clauseBreak(s, toks, k+1) {
			break
		}
		dir, ok := changeVerbs[toks[k].Lower]
		if !ok || k+1 >= at {
			continue
		}
		// The percentage just after the verb: "fell 14%", "down 3%".
		if fs := Extract(s[toks[k].End:toks[at].Start]); len(fs) > 0 && fs[0].Kind == Percent {
			return Move{Dir: dir, Size: fs[0].Value}, true
		}
		if !particles[toks[k].Lower] {
			return Move{Dir: dir, Unsized: true}, true
		}
	}
	return Move{}, false
}

// particles are the words of change that are no verb without their
// figure.
var particles = map[string]bool{"up": true, "down": true, "higher": true, "lower": true}

// TwoMoves reports two moves that are not one: of two directions, or of
// two sizes both given.
func TwoMoves(a, b Move) bool {
	if a.Dir != b.Dir {
		return true
	}
	d := a.Size - b.Size
	return !a.Unsized && !b.Unsized && (d > 1e-9 || d < -1e-9)
}
