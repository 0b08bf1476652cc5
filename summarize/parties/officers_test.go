package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestOfficerMakesItsOwnerABody covers a company whose name reads as a
// person's ("Elektra Vagon", "Elektra" a given name) with an officer
// under its possessive ("Elektra Vagon's chief executive, Radek
// Simunek"): the company's side; a person's spokesman keeps the
// person's.
func TestOfficerMakesItsOwnerABody(t *testing.T) {
	texts := []string{
		"Elektra Vagon, whose tram was bid at 4.1 billion crowns, argues that the criteria were changed.",
		"Elektra Vagon's chief executive, Radek Simunek, said the amendment was not neutral.",
		"Maria Vell's spokesman, Ivo Dorn, said she would appeal the ruling.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	if got := s.bodyOwner("Elektra Vagon's chief executive"); got != "Elektra Vagon" {
		t.Errorf("owner %q, want Elektra Vagon", got)
	}
	if got := s.bodyOwner("Maria Vell's spokesman"); got != "" {
		t.Errorf("owner %q, want none: a person's spokesman", got)
	}
}
