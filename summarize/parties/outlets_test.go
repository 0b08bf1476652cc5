package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A newspaper that reports is no side, whether its name is whole or a
// newspaper's word alone ("The Chronicle says").
func TestReportingOutletIsNoSide(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"a newspaper's word alone", "The Chronicle says the man was arrested a block away."},
		{"a two-word newspaper", "The Tarn Herald reported that the bridge would close."},
		{"a broadcaster", "Vell Television reported that the vote was delayed."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract([]string{tc.text})
			s := NewStory([]attrib.Analysis{an}, []string{tc.text})
			if len(an.Statements) != 1 {
				t.Fatalf("statements %+v, want one", an.Statements)
			}
			if p, ev, ok := s.Side(an.Statements[0].Speaker); ok {
				t.Errorf("side %q (%s) for a reporting outlet, want none", p, ev)
			}
		})
	}
}

// A journalist named with the outlet's possessive comments, and is no
// side: "the Tarn Herald's Emily Vask asked".
func TestOutletsJournalistIsNoSide(t *testing.T) {
	text := "The Tarn Herald's Emily Vask asked the prince how he could be so sure."
	an := attrib.Extract([]string{text})
	s := NewStory([]attrib.Analysis{an}, []string{text})
	if len(an.Statements) != 1 {
		t.Fatalf("statements %+v, want one", an.Statements)
	}
	if p, ev, ok := s.Side(an.Statements[0].Speaker); ok {
		t.Errorf("side %q (%s) for a journalist, want none", p, ev)
	}
}
