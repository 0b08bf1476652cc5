package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A newspaper that reports is no side, whether its name is whole or a
// newspaper's word alone ("The Chronicle says", "The Clarion says:").
func TestReportingOutletIsNoSide(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"a newspaper's word alone", "The Chronicle says the man was arrested a block away."},
		{"a two-word newspaper", "The Tarn Herald reported that the bridge would close."},
		{"a broadcaster", "Vell Television reported that the vote was delayed."},
		{"a tabloid's leader column", "The Clarion says: those who hold the sick to ransom are the lowest of the low."},
		{"a trade weekly", "Grain & Field Weekly will report on the meeting as soon as it is scheduled."},
		{"a trade bulletin", "Suppliers contacted by HealthTech Bulletin said they had been told on Sunday."},
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

// An outlet credited for a report is no side however the text writes it:
// a name of one letter (an outlet's "Q!" with its "!" cut) is never a
// side, an outlet whose name runs words together is the same outlet
// written apart ("The Street" for TheStreet), and a network's local
// station ("CBS VTX", "NBC 7") is the network's.
func TestCreditedOutletIsNoSide(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"one letter left of an outlet's name", "The ferry will stop at Selvan, according to a new report by Q! News."},
		{"one letter as a subject", "Q reported that the ferry will stop at Selvan."},
		{"a run-together name written apart", "The harbour fees will rise again, according to The Street."},
		{"a run-together name with its article cut", "The mayor will stand again, according to reports from The Wrap."},
		{"a network's local station by letters", "CBS VTX reports the man who stole the boat was sentenced to ten years."},
		{"a network's local station by number", "NBC 7 reported that the bridge would close on Monday."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract([]string{tc.text})
			s := NewStory([]attrib.Analysis{an}, []string{tc.text})
			for _, st := range an.Statements {
				if p, ev, ok := s.Side(st.Speaker); ok {
					t.Errorf("side %q (%s) for a credited outlet, want none", p, ev)
				}
			}
		})
	}
}

// An outlet whose name holds a company's word is no company of the story:
// "the company" is the firm the story is about, not the magazine that
// reported on it.
func TestOutletIsNoCompany(t *testing.T) {
	texts := []string{
		"Tarnco Logistics will cut 400 jobs at its Selvan depot, Fast Company reported.",
		"The company said the depot would close in March.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	var got []string
	for _, st := range an.Statements {
		p, _, _ := s.Side(st.Speaker)
		got = append(got, p)
	}
	if len(got) == 0 || got[len(got)-1] != "Tarnco Logistics" {
		t.Errorf("sides %q, want the company to be Tarnco Logistics", got)
	}
}
