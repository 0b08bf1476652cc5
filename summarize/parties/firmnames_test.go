package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A name that ends in a firm's trade ("Ardent Minerals", "Veridane
// Pharmaceuticals' liver drug") is a company's, even when the attribution
// took it for a person's: its short name is the company, never a person
// who is a side of their own.
func TestFirmTradeNameIsNoPerson(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		person   string // what attribution took for a person
		speakers []attrib.Speaker
		want     string
	}{
		{
			name:   "minerals",
			texts:  []string{"Ardent Minerals said the strike was illegal.", "Ardent said it had offered a fair deal."},
			person: "Ardent Minerals",
			speakers: []attrib.Speaker{
				{Name: "Ardent Minerals", Kind: attrib.Person},
				{Name: "Ardent", Kind: attrib.Body},
			},
			want: "Ardent Minerals",
		},
		{
			name:   "pharmaceuticals in a possessive",
			texts:  []string{"Veridane Pharmaceuticals' liver drug harmed two patients, the regulator said.", "Veridane said the drug was safe."},
			person: "Veridane Pharmaceuticals'",
			speakers: []attrib.Speaker{
				{Name: "Veridane Pharmaceuticals'", Kind: attrib.Person},
				{Name: "Veridane", Kind: attrib.Body},
			},
			want: "Veridane Pharmaceuticals",
		},
		{
			name:     "resources",
			texts:    []string{"Tarnco Resources denied polluting the river."},
			person:   "Tarnco Resources",
			speakers: []attrib.Speaker{{Name: "Tarnco Resources", Kind: attrib.Person}},
			want:     "Tarnco Resources",
		},
		{
			name:     "aerospace",
			texts:    []string{"Orla Aerospace said the engines were sound."},
			person:   "Orla Aerospace",
			speakers: []attrib.Speaker{{Name: "Orla Aerospace", Kind: attrib.Person}},
			want:     "Orla Aerospace",
		},
	}
	for _, tc := range tests {
		an := attrib.Analysis{People: []attrib.Speaker{{Name: tc.person, Kind: attrib.Person}}}
		s := NewStory([]attrib.Analysis{an}, tc.texts)
		for _, sp := range tc.speakers {
			got, ev, _ := s.Side(sp)
			if got != tc.want {
				t.Errorf("%s: %q shows under %q (%s), want %q", tc.name, sp.Name, got, ev, tc.want)
			}
			if strings.Contains(ev, "the person") {
				t.Errorf("%s: %q is a person of its own side (%s)", tc.name, sp.Name, ev)
			}
		}
	}
}

// A state's body named for a trade is no company.
func TestStateBodyOfATradeIsNoCompany(t *testing.T) {
	for _, name := range []string{"Department of Natural Resources", "Ministry of Mineral Resources"} {
		if companyName(name) {
			t.Errorf("companyName(%q) = true, want false", name)
		}
	}
	for _, name := range []string{"Ardent Minerals", "Veridane Pharmaceuticals'", "Brannock Motor Co"} {
		if !companyName(name) {
			t.Errorf("companyName(%q) = false, want true", name)
		}
	}
}
