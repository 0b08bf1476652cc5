package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A lawyer for someone's accusers, victims or workers speaks for that
// group, never for the one whose group it is.
func TestPossessedGroupIsItsOwnSide(t *testing.T) {
	tests := []struct {
		name, role, want string
	}{
		{"accusers of a person", "a lawyer representing Vesper's accusers", "Vesper's accusers"},
		{"passengers of a body", "a lawyer acting for the airline's passengers", "airline's passengers"},
		{"workers of a company", "a spokeswoman representing Tarnfield's workers", "Tarnfield's workers"},
		{"some of them", "a lawyer who represents some of Vesper's accusers, who spoke on Monday", "Vesper's accusers"},
		{"a person is still the principal", "a law firm representing Ada Vesper", "Ada Vesper"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "Ada Vesper denied the charges. Tarnfield Mills said it would appeal."
			s := NewStory([]attrib.Analysis{attrib.Extract([]string{text})}, []string{text})
			got, _ := s.principalSide(tc.role)
			if got != tc.want {
				t.Errorf("side %q, want %q", got, tc.want)
			}
		})
	}
}

// The body a role belongs to by a possessive is named whole, and a name
// cut at its possessive names no side.
func TestPossessorOfARole(t *testing.T) {
	text := "Ada Vesper denied the charges."
	s := NewStory([]attrib.Analysis{attrib.Extract([]string{text})}, []string{text})
	tests := []struct{ role, want string }{
		{"the Nordic Energy Agency's solar programme", "Nordic Energy Agency"},
		{"TarsAir's chief executive", "TarsAir"},
		{"one of Vesper's", ""},
	}
	for _, tc := range tests {
		if got := s.roleParty(tc.role, 0); got != tc.want {
			t.Errorf("roleParty(%q) = %q, want %q", tc.role, got, tc.want)
		}
	}
}
