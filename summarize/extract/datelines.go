package extract

// Datelines: the place, date and agency that open a lead ("GENEVA
// (Reuters) -"), alone on a line or before its first words.

import (
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/lex"
)

var (
	// A dateline: a place (or two, "CITY/CITY"), maybe a country, a date
	// and the agencies credited, then a dash or colon: "GENEVA (Reuters) -",
	// "HARWICK, March 19 (HPA) -", "QUITO, Ecuador (NBC, KXYZ/KABC) -",
	// "LIMA (Reuters) -Strikers", "Dubai, May 3 (RHC)-- ", "Lagos :".
	// Alone on a line or opening the lead. dateline() checks the rest.
	reDateline = lazyRegexp(`^(\p{Lu}[-.'’\p{L}]*(?: \p{Lu}[-.'’\p{L}]*){0,3}(?:/\p{Lu}[-.'’\p{L}]*(?: \p{Lu}[-.'’\p{L}]*){0,2})?(?:,\s*\p{Lu}[-.'’\p{L}]*(?: \p{Lu}[-.'’\p{L}]*){0,2})?)` +
		`(?:,?\s+(\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}(?:,?\s+\d{4})?)?` +
		`(?:,?\s*\(([\p{L}][- .&,/\p{L}]{0,39})\))?\s*(--|[-–—:])(\s*)`)
	// A credit alone, with no place: "(Reuters) - Pilots walked out".
	reCreditOnly = lazyRegexp(`^\(([\p{L}][- .&,/\p{L}]{0,39})\)\s*(--|[-–—])\s*`)
	// A dateline with no dash: "Doha, (UNI) The United States...".
	reDatelineNoDash = lazyRegexp(`^(\p{Lu}[-.'’\p{L}]*(?: \p{Lu}[-.'’\p{L}]*){0,3}),\s*\(([\p{L}][- .&,/\p{L}]{0,39})\)\s+`)
)

// dateline matches a dateline at the start of s and returns its place,
// its (first) agency and where the text after it starts.
func dateline(s string) (place, agency string, end int, ok bool) {
	if strings.HasPrefix(s, "(") {
		// "(Reuters) - ...": a known agency's credit alone.
		if m := reCreditOnly().FindStringSubmatchIndex(s); m != nil {
			if a, known := lex.Agency(sub(s, m, 1)); known && a != "" {
				return "", a, m[1], true
			}
		}
		return "", "", 0, false
	}
	// Every dateline starts with a capital and has its dash, colon or
	// bracketed credit within its first two hundred bytes.
	if s == "" || !unicode.IsUpper([]rune(s[:min(len(s), 4)])[0]) ||
		!strings.ContainsAny(s[:min(len(s), 200)], "-–—:(") {
		return "", "", 0, false
	}
	m := reDateline().FindStringSubmatchIndex(s)
	if m == nil {
		if !mayDatelineNoDash(s) {
			return "", "", 0, false
		}
		if m = reDatelineNoDash().FindStringSubmatchIndex(s); m == nil {
			return "", "", 0, false
		}
		return sub(s, m, 1), agencyOrOutlet(strings.TrimSpace(reSourceSeps().Split(sub(s, m, 2), 2)[0])), m[1], true
	}
	if mon := sub(s, m, 2); mon != "" {
		if _, known := months[strings.ToLower(mon)]; !known {
			return "", "", 0, false
		}
	}
	place, agency = sub(s, m, 1), sub(s, m, 3)
	if spaced := m[11] > m[10] || m[1] == len(s); !spaced && agency == "" {
		// "Word -Word" with no credit is a hyphen, not a dateline.
		return "", "", 0, false
	}
	if agency != "" {
		agency = agencyOrOutlet(strings.TrimSpace(reSourceSeps().Split(agency, 2)[0]))
	}
	return place, agency, m[1], true
}

// isDatelineAlone reports a line that is only a dateline.
func isDatelineAlone(s string) bool {
	if wordCount(s) > 8 {
		return false
	}
	_, _, end, ok := dateline(s)
	return ok && end == len(s)
}

// stripDateline removes a dateline that opens a paragraph
// ("GENEVA (Reuters) - ") and returns the agency it names, if any.
//
// Only the article's first paragraph may carry one that ends in a colon:
// after it, "JORAN METTLE (SKIPPER, ILKA MAY): They didn't fire" or
// "TOMAS BREVIK: Ruth, the boat limped in" is a transcript's speaker
// label, which the analysis reads.
func stripDateline(s string, opening bool) (string, string) {
	place, agency, end, ok := dateline(s)
	if !ok || end >= len(s) {
		return s, ""
	}
	if colon := strings.HasSuffix(strings.TrimSpace(s[:end]), ":"); colon && !opening {
		return s, ""
	} else if _, known := lex.Agency(agency); colon && agency != "" && !known && !lex.KnownOutlet(agency) {
		return s, "" // "ANCHOR (RUTH ELLINGHAM): Good evening": a label, not a credit
	}
	rest := s[end:]
	first := []rune(rest)[0]
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“‘'", first) {
		return s, ""
	}
	// Without an agency or a date the place must be in capitals, as
	// datelines are, not the first words of a sentence ("Mayor Tate: ...").
	if agency == "" && !isAllCaps(place) && !strings.Contains(s[:end], ",") {
		return s, ""
	}
	return rest, agency
}

func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return strings.TrimSpace(s[m[2*i]:m[2*i+1]])
}
