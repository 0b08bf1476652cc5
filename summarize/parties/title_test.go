package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A capitalised title with its remit ("Head of Platform Solutions for
// Tarnco") is no organisation: the body after "for" is the side.
func TestTitleIsNoSide(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"head of a unit for a company", "“The monitor changes how nurses work,” says Piet Alder, Head of Platform Solutions for Tarnco.", "Tarnco"},
		{"director of a unit at a company", "“The line will reopen,” said Ada Renn, Director of Network Planning at Vantor Rail.", "Vantor Rail"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{"Tarnco signed a deal with Vantor Rail on Monday.", tc.text}
			an := attrib.Extract(texts)
			s := NewStory([]attrib.Analysis{an}, texts)
			if len(an.Statements) != 1 {
				t.Fatalf("statements %+v, want one", an.Statements)
			}
			if p, ev, _ := s.Side(an.Statements[0].Speaker); p != tc.want {
				t.Errorf("side %q (%s), want %q", p, ev, tc.want)
			}
		})
	}
}
