package parties

// A coordination of two bodies that attribution kept as one name
// ("Brisk and Halvard Power Systems", the end of a list of firms) is two
// organisations. A body's own name may hold "and" ("Marks and Brennan
// Holdings"), so the story must write a conjunct on its own elsewhere.

import (
	"regexp"
	"strings"
)

// splitCoordinations replaces each organisation named "A and B" (or
// "A & B") by A and B when the story writes a conjunct of two words or
// more on its own: one word may be the short name of the whole ("Marks"
// for Marks and Brennan Holdings) or a word of a name ("Energy" of the
// Ministry of Industry and Energy, beside an Energy Agency).
func splitCoordinations(orgs, texts []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(o string) {
		if k := strings.ToLower(o); !seen[k] {
			seen[k] = true
			out = append(out, o)
		}
	}
	for _, o := range orgs {
		a, b, ok := conjuncts(o)
		if ok && (strings.Contains(b, " ") && standsAlone(b, o, texts) || strings.Contains(a, " ") && standsAlone(a, o, texts)) {
			add(a)
			add(b)
			continue
		}
		add(o)
	}
	return out
}

// conjuncts cuts a name at its one "and" or "&" into two capitalised
// names.
func conjuncts(name string) (a, b string, ok bool) {
	for _, sep := range []string{" and ", " & "} {
		if strings.Count(name, sep) != 1 {
			continue
		}
		a, b, _ = strings.Cut(name, sep)
		a, b = strings.TrimSpace(a), trimThe(strings.TrimSpace(b))
		if startsUpper(a) && startsUpper(b) && !strings.Contains(a, " of") {
			return a, b, true
		}
	}
	return "", "", false
}

// standsAlone reports a name the texts write more often than the whole
// it is part of: somewhere on its own.
func standsAlone(part, whole string, texts []string) bool {
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(part) + `\b`)
	n := 0
	for _, t := range texts {
		n += len(re.FindAllStringIndex(t, -1)) - strings.Count(t, whole)
	}
	return n > 0
}
