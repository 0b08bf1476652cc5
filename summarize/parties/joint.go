package parties

// People who speak together ("Lena Varo and Tomas Brekke", a speaker
// attribution gives for "they" after people named together) make one
// statement jointly: it keeps both names, and takes the side both speak
// for, or, when they speak for different sides or none, stands as a side
// of its own, never the side of the one named last.

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// jointPeople returns the two names of a person speaker whose name joins
// two people's names with "and".
func jointPeople(sp attrib.Speaker) (a, b string, ok bool) {
	if sp.Kind != attrib.Person || strings.Count(sp.Name, " and ") != 1 {
		return "", "", false
	}
	a, b, _ = strings.Cut(sp.Name, " and ")
	if !startsUpper(a) || !startsUpper(b) {
		return "", "", false
	}
	return a, b, true
}

// jointSide returns the side people speaking together take: the side
// both speak for, or their joint name as a side of its own.
func (s *Story) jointSide(sp attrib.Speaker) (party, evidence string, ok bool) {
	if _, _, ok := jointPeople(sp); !ok {
		return "", "", false
	}
	if p, ev := s.affiliation(sp); p != "" {
		return trimThe(p), ev, true
	}
	return sp.Name, "no affiliation they share: the people " + strconvQuote(sp.Name) + " speaking together are a side of their own", true
}

// sharedAffiliation returns the side two people speaking together both
// speak for, or "".
func (s *Story) sharedAffiliation(a, b string) (party, evidence string) {
	pa, _ := s.affiliation(attrib.Speaker{Name: a, Kind: attrib.Person})
	pb, _ := s.affiliation(attrib.Speaker{Name: b, Kind: attrib.Person})
	if pa == "" || pa != pb {
		return "", ""
	}
	return pa, "people speaking together: " + strconvQuote(a) + " and " + strconvQuote(b) + " both speak for " + strconvQuote(pa)
}
