package summarize

import (
	"strings"
	"testing"
)

// Every attributed statement of a named speaker shows under a side, and
// carries the evidence for it and the article it stands in.
func TestStatementsCarrySideEvidence(t *testing.T) {
	a := article(t, "a.txt", "", `Tavell walks away from the Veltex bid
Norrin Tavell said on Friday he would walk away from his bid for Veltex.
"The numbers were never true," Tavell said.
`)
	b := article(t, "b.txt", "", `Veltex vows to hold Tavell to the deal
Veltex said it would hold Norrin Tavell to the agreement he signed in April.
`)
	stmts := statements([]Article{a, b})
	sides := map[string]string{}
	for _, s := range stmts {
		if s.evidence == "" {
			t.Errorf("statement %q under %q has no evidence", s.st.Text, s.party)
		}
		sides[s.party] = s.evidence
	}
	if ev, ok := sides["Norrin Tavell"]; !ok || !strings.Contains(ev, "article 1") {
		t.Errorf("sides %v: want Norrin Tavell as a side of his own, with evidence in article 1", sides)
	}
	if _, ok := sides["Veltex"]; !ok {
		t.Errorf("sides %v: want Veltex", sides)
	}
}

// A statement of "the company" the story resolves to its one company
// shows that company as its speaker, not the word "company".
func TestGenericSpeakerNamed(t *testing.T) {
	tests := []struct{ name, text, generic string }{
		{"the story's one company", `Orvane Freight cuts 300 jobs
Orvane Freight Ltd cut 300 jobs on Monday at its depot in Selm.
The company said the cuts were needed to stay in business.
`, "company"},
		{"the group of a spokesman who spoke before", `Rebels vow to answer strikes
Idris Talal, a Kessar Front spokesman, said the strikes would be answered.
The group's spokesman said the attacks "will not go unanswered".
The group affirmed that "there is no justification for this aggression".
`, "group"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "a.txt", "", tc.text)
			n := 0
			for _, s := range statements([]Article{a}) {
				if s.st.Speaker.Generic == tc.generic {
					n++
					if s.speaker.Name == tc.generic {
						t.Errorf("statement %q has the speaker %q, want the body's name", s.st.Text, s.speaker.Name)
					}
				}
			}
			if n == 0 {
				t.Errorf("no statement of %q", tc.generic)
			}
		})
	}
}
