package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestProvinceNamedLikeACountry covers a province or a state whose name
// holds another country's or its people's ("British Columbia", "New
// South Wales"): no scene of that country, so its ministers are no
// British government's.
func TestProvinceNamedLikeACountry(t *testing.T) {
	texts := []string{
		"British Columbia lifted the evacuation order for Summerland on Tuesday, and British Columbia's firefighters objected.",
		"Emergency Management Minister Claire Dumont said the order would not be reinstated in British Columbia.",
		"The British Columbia government said the fire was 55 per cent contained.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	sp := attrib.Speaker{Name: "Claire Dumont", Kind: attrib.Person, Role: "Emergency Management Minister"}
	if p, ev, _ := s.Side(sp); p == "United Kingdom" {
		t.Errorf("side %q (%s): British Columbia is no Britain", p, ev)
	}
}
