package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// One organisation the texts name in several forms (its name written in a
// possessive, its initials, its head noun, a generic side it is) is one
// side under its fullest name.
func TestOneOrganisationManyForms(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		orgs     []string
		speakers []attrib.Speaker // each must show under want
		want     string
	}{
		{
			name:  "a name in s' taken whole by the attribution",
			texts: []string{"Elmstead rejected Brackwater Holdings' offer.", "Brackwater Holdings said the bid was final."},
			orgs:  []string{"Brackwater Holdings'", "Brackwater Holdings"},
			speakers: []attrib.Speaker{
				{Name: "Brackwater Holdings'", Kind: attrib.Body},
				{Name: "Brackwater Holdings", Kind: attrib.Body},
			},
			want: "Brackwater Holdings",
		},
		{
			name:  "a name in s' alone",
			texts: []string{"A spokesman for Tarnco Logistics' rail arm said the trains would run."},
			orgs:  []string{"Tarnco Logistics'"},
			speakers: []attrib.Speaker{
				{Name: "Tarnco Logistics'", Kind: attrib.Body},
			},
			want: "Tarnco Logistics",
		},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{Orgs: tc.orgs}}, tc.texts)
		for _, sp := range tc.speakers {
			if got, ev, _ := s.Side(sp); got != tc.want {
				t.Errorf("%s: %q shows under %q (%s), want %q", tc.name, sp.Name, got, ev, tc.want)
			}
		}
	}
}
