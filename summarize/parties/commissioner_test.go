package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestCommissionerOfAnAuthority covers a commissioner's title that names
// the remit of a body the story names as an authority ("Data Protection
// Commissioner Tobias Lind-Aro" of the Kestrian Data Protection
// Authority): that body's side, not a side named by the remit.
func TestCommissionerOfAnAuthority(t *testing.T) {
	texts := []string{
		"The Kestrian Data Protection Authority opened an inquiry into Halvard Mobile on Monday.",
		`"The timeline raises serious questions," Data Protection Commissioner Tobias Lind-Aro told reporters.`,
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	sp := attrib.Speaker{Name: "Tobias Lind-Aro", Kind: attrib.Person, Role: "Data Protection Commissioner"}
	if p, ev, _ := s.Side(sp); p != "Kestrian Data Protection Authority" {
		t.Errorf("side %q (%s), want Kestrian Data Protection Authority", p, ev)
	}
}
