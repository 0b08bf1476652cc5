package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestCommentatorByAnyRole covers an analyst the story names in one
// sentence by her post ("a supply chain analyst at Brightwater Logistics
// Research") and in another by her firm alone ("Priya Raman of
// Brightwater Logistics Research"), and a research firm by its name: no
// side's claim; while the head of an observer mission speaks for it.
func TestCommentatorByAnyRole(t *testing.T) {
	texts := []string{
		"The Coralport union said the strike would go on.",
		"Priya Raman, a supply chain analyst at Brightwater Logistics Research, said the backlog had reached 18,000 containers.",
		"Priya Raman of Brightwater Logistics Research said the backlog was the bigger worry.",
		"Anneke Voss, head of the Tesna observer mission, urged both armies to pull back.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, []string{strings.Join(texts, "\n"), "Dock strike enters a third day"})
	checkSided(t, s, []sided{
		{attrib.Speaker{Name: "Priya Raman", Kind: attrib.Person, Role: "of Brightwater Logistics Research"}, false},
		{attrib.Speaker{Name: "Brightwater Logistics Research", Kind: attrib.Body}, false},
		{attrib.Speaker{Name: "Anneke Voss", Kind: attrib.Person, Role: "head of the Tesna observer mission"}, true},
		{attrib.Speaker{Name: "Anneke Voss", Kind: attrib.Person, Role: "Tesna observer mission's head"}, true},
	})
}

// TestMarketVoices covers who manages or prices others' money and is
// asked about the market (a portfolio manager, a head of market
// strategy) and a scholar who teaches at a business school: no side's
// claim, nor is their firm "the company" a spokeswoman speaks for; a
// utility's own director of strategy keeps the utility's side.
func TestMarketVoices(t *testing.T) {
	texts := []string{
		"Solvan Power shares fell 9% after the fire.",
		`"The market is pricing in the worst case," said Tobias Wenne, a portfolio manager at Aldergate Capital.`,
		"Ines Calloway, head of emerging-market strategy at Fennick Capital, said the selling was orderly.",
		"Kofi Aranda, who teaches sports finance at Leckford Business School, said the test had never been applied.",
		"Ola Brenn, director of strategy at Solvan Power, said the line was safe.",
		"A company spokeswoman, Helga Rusk, said Solvan Power would cooperate.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, []string{strings.Join(texts, "\n"), "Utility shares fall after fire"})
	for _, tc := range []struct {
		who  string
		want string // "" for no side
	}{
		{"Tobias Wenne", ""},
		{"Ines Calloway", ""},
		{"Kofi Aranda", ""},
		{"Ola Brenn", "Solvan Power"},
		{"Helga Rusk", "Solvan Power"},
	} {
		var st *attrib.Statement
		for i := range an.Statements {
			if an.Statements[i].Speaker.Name == tc.who {
				st = &an.Statements[i]
			}
		}
		if st == nil {
			t.Errorf("%s: no statement", tc.who)
			continue
		}
		if p, ev, ok := s.Side(st.Speaker); p != tc.want || ok != (tc.want != "") {
			t.Errorf("%s (role %q): side %q, %v (%s), want %q", tc.who, st.Speaker.Role, p, ok, ev, tc.want)
		}
	}
}
