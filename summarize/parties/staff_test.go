package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A journalist placed at an outlet by the role after the name ("Emily
// Vask of the Tarn Herald") reports, and is no side.
func TestOutletStaffIsNoSide(t *testing.T) {
	tests := []struct {
		name, text string
		side       bool
	}{
		{"according to, of a newspaper", "The bridge will close in May, according to Emily Vask of the Tarn Herald.", false},
		{"reported, of a broadcaster", "Piet Alder of Vell Television reported that the vote was delayed.", false},
		{"according to, of a known outlet", "The plant shut on Monday, according to Ada Renn of the New York Times.", false},
		{"reporter at a newspaper", "Ilse Varga, a reporter at the Marl Gazette, said the depot had closed.", false},
		{"an official of a ministry speaks", "Tomas Berg of the Vantor Transport Ministry said the bridge would close.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract([]string{tc.text})
			s := NewStory([]attrib.Analysis{an}, []string{tc.text})
			if len(an.Statements) != 1 {
				t.Fatalf("statements %+v, want one", an.Statements)
			}
			p, ev, ok := s.Side(an.Statements[0].Speaker)
			if ok != tc.side {
				t.Errorf("side %q (%s) ok=%v, want ok=%v (speaker %+v)", p, ev, ok, tc.side, an.Statements[0].Speaker)
			}
		})
	}
}

// A journalist named first without a role, then by surname with an
// outlet's possessive ("the Tarn Herald's Vask"), reports.
func TestOutletPossessiveOnSurname(t *testing.T) {
	texts := []string{"As Emily Vask reports for the paper, the bridge shut last week.",
		"But according to the Tarn Herald's Vask, the ferry operator wrote to the council that it would close."}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, st := range an.Statements {
		if p, ev, ok := s.Side(st.Speaker); ok && p == "Emily Vask" {
			t.Errorf("side %q (%s) for a journalist", p, ev)
		}
	}
}
