package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// The unnamed diplomats of a country that hosts or brokers the talks are
// no side; those of a country at odds in the story are.
func TestMediatorsDiplomatsAreNoSide(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		speaker attrib.Speaker
		side    bool
	}{
		{"a host, in a relative clause", []string{"Vesk and Kestria failed to agree.", "Diplomats from Teluna, which hosted the talks, said both sides would meet again."},
			attrib.Speaker{Name: "Diplomats of Teluna", Kind: attrib.Unnamed, Generic: "diplomats"}, false},
		{"a broker, by its verb", []string{"Orla brokered the truce between Vesk and Kestria.", "Officials in Orla said the truce held."},
			attrib.Speaker{Name: "Officials in Orla", Kind: attrib.Unnamed, Generic: "officials"}, false},
		{"a mediator, by its noun", []string{"The mediator Teluna proposed a new line.", "Telunan diplomats said the line was fair."},
			attrib.Speaker{Name: "Telunan diplomats", Kind: attrib.Unnamed, Generic: "diplomats"}, false},
		{"a country at odds", []string{"Vesk and Kestria failed to agree.", "Diplomats from Kestria said Vesk had moved troops."},
			attrib.Speaker{Name: "Diplomats of Kestria", Kind: attrib.Unnamed, Generic: "diplomats"}, true},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{}}, tc.texts)
		if got, ev, ok := s.Side(tc.speaker); ok != tc.side {
			t.Errorf("%s: %q shows under %q (%s, %v), want a side: %v", tc.name, tc.speaker.Name, got, ev, ok, tc.side)
		}
	}
}
