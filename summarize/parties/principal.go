package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// principalMarkers open the part of a role that names whom its holder
// speaks for ("representing Elon Musk", "on behalf of the Alliance of
// Small Island States"), as the attribution stage writes it.
var principalMarkers = []string{
	"acting on behalf of ", "speaking on behalf of ", "on behalf of ", "acting for ",
	"representing ", "who represents ", "who represent ", "represents ",
}

// principal returns whom a role says its holder speaks for, or "".
func principal(role string) string {
	low := strings.ToLower(role)
	at, end := -1, 0
	for _, m := range principalMarkers { // the first marker in the role
		if i := strings.Index(low, m); i >= 0 && (at < 0 || i < at) {
			at, end = i, i+len(m)
		}
	}
	if at < 0 {
		return ""
	}
	pr, _, _ := strings.Cut(role[end:], ",") // the principal ends at a comma
	return strings.TrimSpace(pr)
}

// principalSide is the side of the principal a role names: a person of
// the story (their own side, or the one they are affiliated with), else
// an organisation or place the words name.
func (s *Story) principalSide(role string) (string, string) {
	pr := principal(role)
	if pr == "" {
		return "", ""
	}
	if g := possessedGroup(pr); g != "" {
		return g, "speaks for " + strconvQuote(pr) + ", a group of its own"
	}
	words := strings.Fields(strings.Trim(pr, ",. "))
	for i := range words {
		name := strings.Join(words[i:], " ")
		if p, ok := s.Person(name); ok {
			if side, ev := s.clientSide(p); side != "" {
				return side, "speaks for " + strconvQuote(p.Name) + ": " + ev
			}
		}
	}
	ev := "speaks for " + strconvQuote(pr)
	if o := s.namedOrg(expandAbbreviations(pr)); s.valid(o) {
		return o, ev
	}
	if o := s.org(pr); s.valid(o) {
		return o, ev
	}
	if p := s.placeIn(pr, 0); s.valid(p) {
		return p, ev
	}
	return "", ""
}

// speaksFor is partyOf for a speaker whose role names a principal.
func (s *Story) speaksFor(sp attrib.Speaker) (string, string) {
	return s.principalSide(sp.Role)
}
