package parties

import (
	"slices"
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
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
			if len(words) > 1 && initials(words) == ini {
				return strings.TrimPrefix(o, "The ")
			}
		}
	}
	return ""
}
