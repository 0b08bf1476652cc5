package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestMinistryOfAStateTheGazetteerLacks covers a ministry named by its
// portfolio alone ("The Interior Ministry said") in a story of two
// invented states, one of which the texts give that portfolio's minister
// ("Belastan's Interior Minister Jonas Pell"), even where the state also
// acts alone as a body ("Belastan accused Mirovia"): that state's side.
func TestMinistryOfAStateTheGazetteerLacks(t *testing.T) {
	texts := []string{
		"Mirovia opened the Hollin Gorge dam on Sunday, and Belastan accused it of flooding its villages.",
		"Belastan's Interior Minister Jonas Pell said the warning had come too late for the town of Sarel.",
		"The Interior Ministry said four people had died and 2,300 had been evacuated from their homes.",
		"Mirovia's energy minister, Katya Orlem, said the release had been lawful under the treaty.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	sp := attrib.Speaker{Name: "Interior Ministry", Kind: attrib.Body}
	if p, ev, _ := s.Side(sp); p != "Belastan" {
		t.Errorf("side %q (%s), want Belastan", p, ev)
	}
}
