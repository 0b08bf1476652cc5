package parties

import (
	"github.com/storybot/storybot/summarize/lex"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/attrib"
)

// A country the gazetteer does not hold still shows itself by the words
// of its state that follow its name: "Tarnland Foreign Minister Selma
// Tovey", "the Tarnland defence ministry", "the Tarnland embassy". Such
// a name is a state of the story, as a demonym or a possessive of a
// government word make one ("Tarnlandic", "Tarnland's foreign
// minister"), so that two countries' ministers are two sides.

// stateModifiers returns the capitalised single words that stand right
// before a state's noun in the texts, with at most one word of a
// portfolio between ("Tarnland defence ministry", "Tarnland Foreign
// Minister"), and that
// are no known place, person or body, no word of a portfolio or a title,
// and never written in lower case ("the Federal government").
func (s *Story) stateModifiers(texts []string) []stateWord {
	var out []stateWord
	seen := map[string]int{} // name -> its index in out
	for _, t := range texts {
		for _, c := range stateCandidatesMemo.Get(t, stateCandidates, func(cs []stateCandidate) int { return 32 * len(cs) }) {
			w := c.word
			f := attrib.Fold(w)
			if departments[f] || rankWords[f] || isStateWord(f) || s.lower[f] || attrib.IsRoleWord(f) || isGenericWord(f) || attrib.Shouted(w) || lex.IsEpithet(f) ||
				attrib.LowerCompound(w) || lex.IsStop(f) { // not "Neither" of "Neither government said"
				continue
			}
			if _, ok := Lookup(w); ok || s.demonymOf(w) != "" || isDemonymShape(w) {
				continue // "Keldorian government": the demonym's country
			}
			if _, person := s.people[s.PersonKey(w)]; person || s.org(w) != "" && !(c.owner && attrib.Fold(s.org(w)) == f) {
				continue // "the Renn government", "Tarnco's government affairs"; not "Korvany's foreign minister", Korvany having spoken
			}
			if settlement(texts, w) {
				continue // "Lenz police headquarters", where "Lenz's Town Hall" is: a town's police
			}
			if k, ok := seen[w]; ok {
				out[k].owner = out[k].owner && c.owner
				continue
			}
			seen[w] = len(out)
			out = append(out, stateWord{w, c.owner})
		}
	}
	return out
}

// stateCandidate is a capitalised word of a text that a state's noun
// follows, as stateModifiers reads it before it asks the story.
type stateCandidate struct {
	word  string // without the quotation marks before it or its possessive
	owner bool   // written as a possessive ("Vesk's Foreign Minister")
}

// stateCandidatesMemo keeps the candidates of each article's text: a
// story's refresh reads every text again. Few words are candidates, but
// the memo counts each text's bytes too (its key), so its budget is
// that of a few stories' texts, or 12 KB an article of the largest.
var stateCandidatesMemo = lex.NewStoryMemo[[]stateCandidate](4<<20, 12<<10)

// stateCandidates returns the capitalised words of text, in order, that
// stand before a state's noun (with at most one word of a portfolio
// between) and after no word of a portfolio's name: what stateModifiers
// reads of a text alone.
func stateCandidates(t string) []stateCandidate {
	var out []stateCandidate
	words := strings.Fields(t)
	lineStart := map[int]bool{} // the words that open a line: no word before them is theirs
	n := 0
	for line := range strings.Lines(t) {
		lineStart[n] = true
		n += len(strings.Fields(line))
	}
	for i := 0; i+1 < len(words); i++ {
		w := strings.TrimLeft(words[i], "\"“‘'(")
		owner := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "Vesk's Foreign Minister"
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
			continue // "In Pradovo, Trade Minister ...": a comma parts them
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 3 {
			continue
		}
		j := i + 1
		if lineStart[j] {
			continue // "Minister in Lenz" over "Interior Minister Katrin Sobel": a heading's last word
		}
		if f := attrib.Fold(words[j]); j+1 < len(words) && (departments[f] || portfolioWords[f]) {
			j++ // "Tarnland defence ministry", "Tarnland Foreign Minister"
		}
		if !isStateWord(attrib.Fold(strings.TrimRight(words[j], ",.;:!?'’\"”)"))) {
			continue
		}
		if i > 0 && !lineStart[i] && portfolioBefore(words[i-1]) {
			continue // "Employment and Workplace Relations Minister": a portfolio
		}
		out = append(out, stateCandidate{w, owner})
	}
	return out
}

// portfolioBefore reports the word before a capitalised word that
// stands before a state's noun when that word is part of a portfolio's
// name, not a country's: "and" ("Employment and Workplace Relations
// Minister") or a capitalised word that is no compass point or other
// first word of a country's name ("Workplace Relations Minister", not
// "North Kessaria defence ministry").
func portfolioBefore(prev string) bool {
	if prev == "and" || prev == "&" {
		return true
	}
	if strings.IndexFunc(prev, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false // "In Pradovo, Relations ..." or a possessive: not one name
	}
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) && !countryOpeners[attrib.Fold(prev)]
}

// countryOpeners are the words a country's name of two words may open
// with ("North Kessaria", "New Varnia", "Upper Sarn").
var countryOpeners = map[string]bool{"north": true, "south": true, "east": true, "west": true, "new": true,
	"upper": true, "lower": true, "great": true, "saint": true, "st": true, "central": true, "united": true,
	"republic": true, "the": true, "northern": true, "southern": true, "eastern": true, "western": true}

// stateWord is a state's name found before its state's words, and
// whether it was found only as an owner ("Vesk's Foreign Minister").
type stateWord struct {
	name  string
	owner bool
}

// isStateWord reports a state's noun (stateNouns).
func isStateWord(f string) bool {
	for _, n := range stateNouns {
		if f == n {
			return true
		}
	}
	return false
}

// settlement reports a name the texts give a town or a city, not a
// state: "the town of Lenz", "Lenz's Town Hall", "the mayor of Lenz".
// Its police are the town's, no state's.
func settlement(texts []string, name string) bool {
	for _, t := range texts {
		if !strings.Contains(t, name) {
			continue
		}
		for _, shape := range settlementShapes {
			if strings.Contains(t, strings.ReplaceAll(shape, "X", name)) {
				return true
			}
		}
	}
	return false
}

// settlementShapes are the phrases that name X a town or a city.
var settlementShapes = []string{"town of X", "city of X", "village of X", "mayor of X", "X's mayor", "X's Town Hall",
	"X’s Town Hall", "X Town Hall", "X's City Hall", "X’s City Hall", "X City Hall", "X's town hall", "X’s town hall", "X town hall"}
