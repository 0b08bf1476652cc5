package parties

import (
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
)

// linkedBody finds the body a post serves when its role names it only
// after a link word, with no "of" before it: "senior vice president at
// Tarnsoft", "a spokesperson for Operation Steady Harbour", "director
// for games at Brenlo". The body is the whole rest of the role, written
// as a name (capitalised words and the small words a name may hold),
// less a place it stands in ("at the Halden Institute in Varel"). A
// possessive inside it ("at Brenlo's Kestrel Plant") names the owner's
// part; a person of the story is a client, not a body ("a lawyer for
// Oskar Varga"); counsel serve their clients, not their firm ("a lawyer
// at Quaile Renner"); a department or a bare title is a remit ("running
// for Governor").
func (s *Story) linkedBody(role string) string {
	// Each of the roles the story joins with commas ("director at
	// Brenlo, director at the games firm") is read alone.
	for _, part := range strings.Split(strings.ReplaceAll(role, "’", "'"), ",") {
		words := strings.Fields(part)
		for i := 0; i+1 < len(words); i++ {
			if !bodyLinks[words[i]] {
				continue
			}
			if counselIn(words[:i]) {
				break // "a lawyer at Quaile Renner": the firm, whose clients are the side
			}
			tail := words[i+1:]
			if strings.EqualFold(tail[0], "the") {
				tail = tail[1:]
			}
			for j, w := range tail {
				if w == "in" || w == "based" {
					tail = tail[:j] // "at the Halden Institute in Varel"
					break
				}
			}
			if name, ok := asName(tail); ok && s.bodyName(name) {
				return name
			}
		}
	}
	return ""
}

// counselIn reports a post of counsel among words ("a lawyer", "senior
// attorney"): counsel serve their clients, not the firm they work at.
func counselIn(words []string) bool {
	for _, w := range words {
		if attrib.IsCounselNoun(attrib.Fold(w)) {
			return true
		}
	}
	return false
}

// asName joins words that read as one name: each capitalised, or a small
// word a name may hold between two capitalised ones, with no possessive
// and no punctuation but a closing comma or period.
func asName(words []string) (string, bool) {
	if len(words) == 0 {
		return "", false
	}
	words = append([]string(nil), words...)
	last := len(words) - 1
	words[last] = strings.TrimRight(words[last], ",.;:")
	for i, w := range words {
		switch {
		case strings.ContainsAny(w, ",;:()\"") || strings.Contains(w, "'"):
			return "", false
		case startsUpper(w):
		case nameConnectors[w] && i > 0 && i < last:
		default:
			return "", false
		}
	}
	return strings.Join(words, " "), true
}

// bodyName reports a name after a link word that can be a body: a name,
// no department, no bare title, and no person of the story. A name the
// attribution took for a person's is a body's when the texts never call
// it by its last word alone, as they call a person by the surname
// ("Miller Tabak", "Steady Harbour"; not "Oskar Varga", whom the texts
// call "Varga").
func (s *Story) bodyName(name string) bool {
	if !s.valid(name) || isDepartment(name) || titleWords[attrib.Fold(name)] {
		return false
	}
	if _, person := s.people[s.PersonKey(name)]; person && s.calledBySurname(name) {
		return false
	}
	return true
}

// calledBySurname reports a name of two words or more whose last word
// the texts also write without the word before it ("Varga said" after
// "Oskar Varga"), or a one-word name (a surname itself).
func (s *Story) calledBySurname(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return true
	}
	last, before := words[len(words)-1], words[len(words)-2]
	for _, t := range s.texts {
		ts := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
		for i, w := range ts {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if w == last && (i == 0 || ts[i-1] != before) {
				return true
			}
		}
	}
	return false
}

// possessiveEnd reports words that end in a possessive ("Vesper's"),
// whose noun was cut off: no name of a side.
func possessiveEnd(w string) bool {
	_, ok := cutPossessive(strings.ReplaceAll(w, "’", "'"))
	return ok
}
