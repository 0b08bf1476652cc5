package parties

import (
	"regexp"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// stateBodyNouns are the common nouns of a state's forces and services
// that a role may name without their state ("who has led the coast
// guard since 2020", "a spokesman for the army").
var stateBodyNouns = []string{"coast guard", "army", "navy", "air force", "armed forces", "border guard", "border police"}

// stateBodyOwner returns the state whose force or service a role names
// by its common noun alone, when the texts give that noun one state's
// possessive or name before it ("Varnia's coast guard", "the Varnian
// coast guard"), else "".
func (s *Story) stateBodyOwner(role string) string {
	f := " " + attrib.Fold(role) + " "
	for _, n := range stateBodyNouns {
		if !strings.Contains(f, " the "+n+" ") && !strings.Contains(f, " the "+n+"'s ") {
			continue
		}
		return remember(&s.byName.forces, n, s.forceOwner)
	}
	return ""
}

// forceOwner is the state whose possessive or name the texts put before
// a force's noun, read from the texts; "" for none or several.
func (s *Story) forceOwner(n string) string {
	re := regexp.MustCompile(`(\p{Lu}[\p{L}-]+)(?:'s|’s)? (?i:` + regexp.QuoteMeta(n) + `)\b`)
	found := ""
	for _, t := range s.texts {
		for _, m := range re.FindAllStringSubmatch(t, -1) {
			c := ""
			if pl, ok := Lookup(m[1]); ok && isState(pl.Name) {
				c = pl.Name
			} else if s.country[m[1]] || s.org(m[1]) == m[1] {
				c = m[1] // a state the gazetteer lacks, read as a body where it acts alone
			} else if d := s.demonymOf(m[1]); d != "" {
				c = d
			}
			if c == "" {
				continue
			}
			if found != "" && found != c {
				return "" // two states' forces of that kind
			}
			found = c
		}
	}
	return found
}
