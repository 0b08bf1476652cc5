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
	for _, tc := range []struct {
		sp   attrib.Speaker
		side bool
	}{
		{attrib.Speaker{Name: "Priya Raman", Kind: attrib.Person, Role: "of Brightwater Logistics Research"}, false},
		{attrib.Speaker{Name: "Brightwater Logistics Research", Kind: attrib.Body}, false},
		{attrib.Speaker{Name: "Anneke Voss", Kind: attrib.Person, Role: "head of the Tesna observer mission"}, true},
		{attrib.Speaker{Name: "Anneke Voss", Kind: attrib.Person, Role: "Tesna observer mission's head"}, true},
	} {
		if p, ev, ok := s.Side(tc.sp); ok != tc.side {
			t.Errorf("%s: side %q, %v (%s), want a side: %v", tc.sp.Name, p, ok, ev, tc.side)
		}
	}
}
