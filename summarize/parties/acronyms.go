package parties

import (
	"slices"
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// An organisation is often named three ways in one story: in full ("Screen
// Actors Guild"), by its initials ("SAG") and by a compound of initials
// when it merged with another body ("SAG-AFTRA"). They are one actor, so
// one party. The compound covers the others and names the party; else the
// full name does. Only exact initials count: no word of a name, no
// substring, stands for it.

// isAcronym reports a word of two or more capitals (digits allowed), one
// segment of a hyphenated compound included: "AMPTP", "COP28", "SAG".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// acronymSegments returns the segments of a compound of initials
// ("SAG-AFTRA": sag, aftra), or of a single one, folded; nil when w is not
// one.
func acronymSegments(w string) []string {
	parts := strings.Split(w, "-")
	for _, p := range parts {
		if !isAcronym(p) {
			return nil
		}
	}
	for i, p := range parts {
		parts[i] = attrib.Fold(p)
	}
	return parts
}

// byInitials names the actor p stands for when the story names it in
// other forms, or "" when it does not: the compound of initials holding
// p's initials (or p itself, if p is one), else the full name p is the
// initials of.
func (s *Story) byInitials(p string) string {
	var ini string // the initials p stands for
	switch segs := acronymSegments(p); {
	case len(segs) > 1:
		return "" // already the compound
	case len(segs) == 1:
		ini = segs[0]
	case strings.Contains(p, " "):
		// "Guild-American" gives two initials, as in "SAG-AFTRA".
		words := strings.FieldsFunc(attrib.Fold(strings.TrimPrefix(p, "The ")), func(r rune) bool { return r == ' ' || r == '-' })
		if len(words) < 2 {
			return ""
		}
		ini = initials(words)
	default:
		return ""
	}
	if len(ini) < 2 {
		return ""
	}
	if name, ok := s.defined[ini]; ok && !strings.Contains(p, " ") {
		return trimThe(name) // "DAC", the texts having written "the Democratic Alliance for Change (DAC)"
	}
	// A compound the texts write that holds these initials.
	var compounds []string
	for _, w := range s.capital {
		if segs := acronymSegments(w); len(segs) > 1 && (slices.Contains(segs, ini) || strings.Join(segs, "") == ini) {
			compounds = append(compounds, w)
		}
	}
	if len(compounds) > 0 {
		slices.Sort(compounds)
		return compounds[0]
	}
	if !strings.Contains(p, " ") {
		// The full name whose initials p is.
		for _, o := range s.orgs {
			words := strings.Fields(attrib.Fold(strings.TrimPrefix(o, "The ")))
			if len(words) > 1 && (initials(words) == ini || initials(hyphenParts(words)) == ini) {
				return strings.TrimPrefix(o, "The ")
			}
		}
	}
	return ""
}

// definedRe finds a name with initials in brackets after it: "the
// Democratic Alliance for Change (DAC)", "the Caldessan Anti-Doping
// Agency (CADA)".
var definedRe = lazyRegexp(`((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the|on|in|de|&)\s+)*){0,7}[A-Z][\w'’&.-]*)\s+\(([A-Z][A-Z0-9-]{1,9})\)`)

// definedAcronyms returns the initials the texts define by a name with
// them in brackets after it (folded initials -> the name): an
// organisation's own word for its initials, whichever words of its name
// they leave out ("DAC" of the Democratic Alliance for Change). The name
// is the shortest run of its words before the bracket whose initials the
// letters follow, from the first letter to the last.
func definedAcronyms(texts []string) map[string]string {
	out := map[string]string{}
	for _, t := range texts {
		for acr, name := range definedMemo.Get(t, definedIn, func(m map[string]string) int { return 64 + 64*len(m) }) {
			out[acr] = name
		}
	}
	return out
}

// definedMemo keeps the initials each article's text defines: a story's
// refresh reads every article again, and only the new ones are new. The
// memo counts each text's bytes (its key), so it holds a few stories'
// texts, or 12 KB an article of the largest: at 256 bytes an article, a
// story of 1,000 emptied it every 340 texts, and each refresh read every
// text again.
var definedMemo = lex.NewStoryMemo[map[string]string](4<<20, 12<<10)

// definedIn returns the initials one text defines (definedAcronyms).
func definedIn(t string) map[string]string {
	out := map[string]string{}
	if !strings.Contains(t, "(") {
		return out
	}
	for _, m := range definedRe().FindAllStringSubmatch(t, -1) {
		acr := m[2]
		if !isAcronym(strings.ReplaceAll(acr, "-", "")) {
			continue
		}
		words := strings.Fields(m[1])
		for i := len(words) - 1; i >= 0; i-- {
			if !startsUpper(words[i]) || strings.EqualFold(words[i], "the") {
				continue
			}
			if spelledBy(acr, words[i:]) {
				out[attrib.Fold(acr)] = strings.Join(words[i:], " ")
				break
			}
		}
	}
	return out
}

// spelledBy reports initials whose letters follow the initials of a
// name's words, hyphenated parts counted apart ("CADA" of "Caldessan
// Anti-Doping Agency"), from the first word's to the last's: no letter
// is out of order, none is left over.
func spelledBy(acr string, words []string) bool {
	var ini []rune
	for _, w := range words {
		for _, part := range strings.Split(w, "-") {
			if r := []rune(part); len(r) > 0 {
				ini = append(ini, unicode.ToLower(r[0]))
			}
		}
	}
	letters := []rune(strings.ToLower(strings.ReplaceAll(acr, "-", "")))
	if len(ini) == 0 || len(letters) < 2 || letters[0] != ini[0] || letters[len(letters)-1] != ini[len(ini)-1] {
		return false
	}
	j := 0
	for _, r := range ini {
		if j < len(letters) && r == letters[j] {
			j++
		}
	}
	return j == len(letters)
}

// hyphenParts splits hyphenated words into their parts, whose initials
// an acronym may take apart ("Anti-Doping" gives "AD" of "CADA").
func hyphenParts(words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, strings.FieldsFunc(w, func(r rune) bool { return r == '-' })...)
	}
	return out
}

// definedIn reports folded text that holds, as a word, the initials the
// texts define for the organisation o ("the DAC's leader").
func (s *Story) definedIn(f, o string) bool {
	for acr, name := range s.defined {
		if attrib.Fold(trimThe(name)) == attrib.Fold(trimThe(o)) && strings.Contains(f, " "+acr+" ") {
			return true
		}
	}
	return false
}
