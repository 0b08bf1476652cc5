package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// Counsel speak for their client: a worker's lawyer is the worker's side,
// not the employer's, unless the client speaks for the body in the story
// (its chief executive, its spokeswoman).
func TestCounselSpeaksForClient(t *testing.T) {
	guard := "Dara Kell, a guard assigned to the east wing at Harrow County Jail, was charged on Monday."
	nurse := "Prosecutors said Ilan Brook, a nurse at Saint Verin Hospital, had falsified the charts."
	chief := "Ivo Marsh, chief executive of Tarnsoft, was charged on Monday."
	tests := []struct {
		name, lead, text, cue, want string
	}{
		{"who represents the worker", guard, "Piet Olm, who represents Kell, said his client would plead not guilty.", "plead not guilty", "Dara Kell"},
		{"a lawyer for the worker", guard, "Piet Olm, a lawyer for Kell, said his client would plead not guilty.", "plead not guilty", "Dara Kell"},
		{"the worker's attorney, named", nurse, "Brook's attorney, Sela Marr, said the charts were accurate.", "charts were accurate", "Ilan Brook"},
		{"the worker's attorney, unnamed", nurse, "Brook's attorney said the charts were accurate.", "charts were accurate", "Ilan Brook"},
		{"representing the worker", nurse, "Sela Marr, representing Brook, said the charts were accurate.", "charts were accurate", "Ilan Brook"},
		{"the worker's lawyers", guard, "Kell's lawyers said the charge would not stand.", "would not stand", "Dara Kell"},
		{"the worker's lawyer after the name", guard, "Piet Olm, Kell's lawyer, said the charge would not stand.", "would not stand", "Dara Kell"},
		{"her lawyer, named after", guard, "Her lawyer, Piet Olm, said the charge would not stand.", "would not stand", "Dara Kell"},
		{"his attorney, named before", "Ivo Marsh, a nurse at Saint Verin Hospital, denied falsifying his charts.", "Sela Marr, his attorney, said the charts were accurate.", "charts were accurate", "Ivo Marsh"},
		{"the chief speaks for the body", chief, "Piet Olm, a lawyer for Marsh, said the accounts were sound.", "accounts were sound", "Tarnsoft"},
		{"a lawyer for the worker described before the name", "Tomás Ruelle, a former compliance officer at Hartwell Bank, was forced out in 2019.",
			"Nadia Petrosyan, a lawyer for former Hartwell Bank compliance officer Tomás Ruelle, said her client had warned his managers.", "warned his managers", "Tomás Ruelle"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf([]string{tc.lead, tc.text}, nil)
			st := statementWith(t, an, tc.cue)
			got, ev, _ := s.Side(st.Speaker)
			if got != tc.want {
				t.Errorf("side %q (%s), want %q (speaker %+v)", got, ev, tc.want, st.Speaker)
			}
		})
	}
}

// A person whose role names them counsel for themselves ("Lina Varo,
// Varo's lawyer", as a garbled page may read) has a side, and reading it
// ends: counsel for counsel is read only so deep.
func TestCounselForThemselves(t *testing.T) {
	texts := []string{
		"Lina Varo, Varo's lawyer, said the newspaper had never asked for her side of the story.",
		"Varo's lawyer says the editor has a grudge against her client.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, st := range an.Statements {
		if p, ev, _ := s.Side(st.Speaker); p == "" && ev == "" {
			t.Errorf("%+v: no side and no evidence", st.Speaker)
		}
	}
	p, _, _ := s.Side(attrib.Speaker{Name: "Lina Varo", Role: "Varo's lawyer", Kind: attrib.Person})
	if p == "" {
		t.Error("no side for counsel named for themselves")
	}
}

// Counsel an article names without their client ("Yarrow said the
// steroid came from meat") speak for the client another article names
// them counsel for.
func TestCounselOfAnotherArticle(t *testing.T) {
	other := []string{"The agency suspended the sprinter Nadia Korvel on Monday.", "Her lawyer, Bastien Yarrow, said the result was wrong."}
	tests := []struct {
		name         string
		other, paras []string
		want         string
	}{
		{"the client another article names", other,
			[]string{"Korvel was the fastest woman in the country last year.", "Bastien Yarrow said the steroid came from meat eaten at a hotel."}, "Nadia Korvel"},
		{"no client anywhere", []string{"The agency suspended the sprinter Nadia Korvel on Monday.", "Bastien Yarrow, a former sprinter, said the result was wrong."},
			[]string{"Korvel was the fastest woman in the country last year.", "Bastien Yarrow said the steroid came from meat eaten at a hotel."}, "Bastien Yarrow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, tc.other)
			st := statementWith(t, an, "came from meat")
			if got, ev, _ := s.Side(st.Speaker); got != tc.want {
				t.Errorf("side %q (%s), want %q", got, ev, tc.want)
			}
		})
	}
}

// A lawyer whom the story's roles name counsel for one client in most of
// its articles ("who represents Tomás Ruelle", "a lawyer for Ruelle")
// speaks for that client in the article that reads "His lawyer" after
// an unnamed "former compliance officer" and a named regulator.
func TestCounselOfTheStorysClient(t *testing.T) {
	s := story(
		"Bank fined\n\nThe regulator fined Hartwell Bank. Tomás Ruelle, a former compliance officer, was forced out in 2019. Nadia Petrosyan, who represents Tomás Ruelle, said her client had warned the bank in 2019.",
		"Whistleblower speaks\n\nNadia Petrosyan, a lawyer for Tomás Ruelle, said the fine was too small.",
		"Regulator defends fine\n\nOlufemi Barrow, the regulator's director of enforcement, said the fine was fair. The notice does not name the former compliance officer who reported the problems. His lawyer, Nadia Petrosyan, said the fine was a slap on the wrist.",
	)
	got, ev, _ := s.Side(attrib.Speaker{Name: "Nadia Petrosyan", Role: "Olufemi Barrow's lawyer", Kind: attrib.Person})
	if got != "Tomás Ruelle" {
		t.Errorf("side %q (%s), want Tomás Ruelle", got, ev)
	}
}
