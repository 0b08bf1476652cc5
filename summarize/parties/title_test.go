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

// A bare corporate title after a reported clause is the title of the
// body that is that clause's subject ("Tarnco has cut 500 jobs, chief
// executive Ada Renn said"), not of another company the story names.
func TestTitleOfTheClauseSubject(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string
	}{
		{"clause subject, another company named after", []string{"Vantor Rail, a company based in Marl, hosted the talks with Tarnco.", "Tarnco has cut 500 jobs this year, chief executive Ada Renn said on Tuesday in a talk with Vantor Rail founder Piet Alder."}, "Tarnco"},
		{"a quoted phrase in the clause", []string{"Ada Renn has run Tarnco since May.", "Tarnco was “pulled into the rail business,” CEO Ada Renn said on Tuesday."}, "Tarnco"},
		{"a person as the clause subject", []string{"Piet Alder met the board on Monday.", "Alder has left the board, chief executive Ada Renn said."}, "Ada Renn"},
		{"a common word opening the sentence", []string{"Shares fell by a tenth on Monday, chief executive Ada Renn said."}, "Ada Renn"},
		{"a singular common word opening the sentence", []string{"Revenue rose by a tenth in May, chief executive Ada Renn said."}, "Ada Renn"},
		{"a brand that is a common word", []string{"Ada Renn runs Orchard.", "Orchard was “pulled into the rail business,” CEO Ada Renn said on Tuesday."}, "Orchard"},
		{"a place as the clause subject", []string{"Norway has raised its port fees, chief executive Ada Renn said."}, "Ada Renn"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract(tc.texts)
			s := NewStory([]attrib.Analysis{an}, tc.texts)
			if len(an.Statements) == 0 {
				t.Fatalf("no statements, want one")
			}
			st := an.Statements[len(an.Statements)-1]
			if p, ev, _ := s.Side(st.Speaker); p != tc.want {
				t.Errorf("side %q (%s), want %q", p, ev, tc.want)
			}
		})
	}
}

// A title whose company is named after "of", even in lower case
// ("founder of eTarn"), is no title of the story's one company.
func TestTitleNamesItsOwnCompany(t *testing.T) {
	texts := []string{"Vantor Rail Ltd, the company that runs the line, hired a new chief.",
		"“We are glad to have him,” said Ada Renn, chief executive and founder of eTarn."}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, st := range an.Statements {
		if p, ev, _ := s.Side(st.Speaker); p == "Vantor Rail Ltd" || p == "Vantor Rail" {
			t.Errorf("side %q (%s) for a title of another company", p, ev)
		}
	}
	if !namesOwnCompany("founder of eTarn") || namesOwnCompany("chief executive of the company") || namesOwnCompany("chief executive") {
		t.Errorf("namesOwnCompany misreads a title")
	}
}
