package parties

import (
	"strings"
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
		{
			name:  "initials in brackets that leave out a word of the name",
			texts: []string{"The Democratic Alliance for Change (DAC) said the budget was unfair.", "The DAC said taxes would rise."},
			speakers: []attrib.Speaker{
				{Name: "Democratic Alliance for Change", Kind: attrib.Body},
				{Name: "DAC", Kind: attrib.Body},
			},
			want: "Democratic Alliance for Change",
		},
		{
			name:  "initials defined in one article, used alone in another",
			texts: []string{"Vesk's Union of Port and Dock Workers (UPDW) called a strike.", "UPDW leaders said the strike would last a week."},
			speakers: []attrib.Speaker{
				{Name: "UPDW", Kind: attrib.Body},
				{Name: "Union of Port and Dock Workers", Kind: attrib.Body},
			},
			want: "Union of Port and Dock Workers",
		},
		{
			name:  "initials of a hyphenated name's parts",
			texts: []string{"The Caldessan Anti-Doping Agency said the sprinter had failed two tests.", "CADA said the results were final."},
			orgs:  []string{"Caldessan Anti-Doping Agency"},
			speakers: []attrib.Speaker{
				{Name: "CADA", Kind: attrib.Body},
				{Name: "Caldessan Anti-Doping Agency", Kind: attrib.Body},
			},
			want: "Caldessan Anti-Doping Agency",
		},
		{
			name:  "a role that names the body by its defined initials",
			texts: []string{"The Tarnland Workers' Front (TWF) marched on Monday.", "Ada Renn, the TWF's treasurer, said the march was peaceful."},
			speakers: []attrib.Speaker{
				{Name: "Ada Renn", Kind: attrib.Person, Role: "the TWF's treasurer"},
			},
			want: "Tarnland Workers' Front",
		},
		{
			name:  "a league named by its head noun",
			texts: []string{"The Green Agrarian League said the land should go to farmers.", "The League added that it would vote against the sale."},
			orgs:  []string{"Green Agrarian League"},
			speakers: []attrib.Speaker{
				{Name: "League", Kind: attrib.Body},
				{Name: "Green Agrarian League", Kind: attrib.Body},
			},
			want: "Green Agrarian League",
		},
		{
			name:  "a coalition named by its head noun",
			texts: []string{"The Vesk Tenants Coalition called the rent rise illegal.", "The Coalition said it would sue."},
			orgs:  []string{"Vesk Tenants Coalition"},
			speakers: []attrib.Speaker{
				{Name: "the Coalition", Kind: attrib.Body},
			},
			want: "Vesk Tenants Coalition",
		},
		{
			name:  "a guild named by its head noun",
			texts: []string{"The Orla Harbour Pilots Guild refused the new shifts.", "The Guild said its members would not sail at night."},
			orgs:  []string{"Orla Harbour Pilots Guild"},
			speakers: []attrib.Speaker{
				{Name: "Guild", Kind: attrib.Body},
			},
			want: "Orla Harbour Pilots Guild",
		},
		{
			name: "police of a story that names its police force",
			texts: []string{"The Halvern Police Department (HPD) said its officers followed the rules.",
				"Police said the man had resisted arrest. The accused police officers denied using force, the HPD said."},
			speakers: []attrib.Speaker{
				{Name: "Police", Kind: attrib.Body, Generic: "police"},
				{Name: "police officers", Kind: attrib.Unnamed, Generic: "officers"},
				{Name: "HPD", Kind: attrib.Body},
			},
			want: "Halvern Police Department",
		},
		{
			name:  "police of a story that puts its city before them",
			texts: []string{"Lisbon police cleared the square before dawn.", "Police said 40 people had been held. Officers said stones were thrown."},
			speakers: []attrib.Speaker{
				{Name: "Lisbon police", Kind: attrib.Body, Generic: "police"},
				{Name: "Police", Kind: attrib.Body, Generic: "police"},
				{Name: "police", Kind: attrib.Body},
				{Name: "police officers", Kind: attrib.Unnamed, Generic: "officers"},
			},
			want: "Portugal",
		},
		{
			name:  "police of a story that names the officers' federation",
			texts: []string{"The Kelvor Police Federation welcomed the verdict.", "Police said 400 people attended."},
			orgs:  []string{"Kelvor Police Federation"},
			speakers: []attrib.Speaker{
				{Name: "Police", Kind: attrib.Body, Generic: "police"},
			},
			want: "Police",
		},
		{
			name:  "police of a story of two cities' police",
			texts: []string{"Lisbon police and Madrid police cleared the squares before dawn.", "Police said 40 people had been held."},
			speakers: []attrib.Speaker{
				{Name: "Police", Kind: attrib.Body, Generic: "police"},
			},
			want: "Police",
		},
		{
			name:  "prosecutors of a story that names its prosecution service",
			texts: []string{"The Vesk Public Prosecution Service charged Piet Alder.", "Prosecutors said he had hidden the money."},
			orgs:  []string{"Vesk Public Prosecution Service"},
			speakers: []attrib.Speaker{
				{Name: "Prosecutors", Kind: attrib.Unnamed, Generic: "prosecutors"},
			},
			want: "Vesk Public Prosecution Service",
		},
		{
			name:  "an agency described by what it does",
			texts: []string{"The Federal Disaster Response Office (FDRO) said aid had reached the town.", "The Disaster Agency said the roads were open."},
			orgs:  []string{"Federal Disaster Response Office", "Disaster Agency"},
			speakers: []attrib.Speaker{
				{Name: "Disaster Agency", Kind: attrib.Body},
				{Name: "FDRO", Kind: attrib.Body},
			},
			want: "Federal Disaster Response Office",
		},
		{
			name:  "a water authority described as the water department",
			texts: []string{"The Vesk Regional Water Authority cut supplies.", "The Water Department said the reservoirs were low."},
			orgs:  []string{"Vesk Regional Water Authority", "Water Department"},
			speakers: []attrib.Speaker{
				{Name: "Water Department", Kind: attrib.Body},
			},
			want: "Vesk Regional Water Authority",
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

// A description names no body when its words are a proper noun's, or when
// two agencies of the story fit it.
func TestDescribedBodyNotOther(t *testing.T) {
	tests := []struct {
		name string
		orgs []string
		body string
	}{
		{"a proper noun before the head", []string{"Tarn Agency", "Tarn Disaster Response Office"}, "Tarn Agency"},
		{"two agencies fit", []string{"Water Agency", "Vesk Water Authority", "Orla Water Authority"}, "Water Agency"},
		{"no agency's head noun on the other", []string{"Disaster Agency", "Disaster Relief Fund"}, "Disaster Agency"},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{Orgs: tc.orgs}}, []string{strings.Join(tc.orgs, " said. The ") + " said."})
		if got, ev, _ := s.Side(attrib.Speaker{Name: tc.body, Kind: attrib.Body}); got != tc.body {
			t.Errorf("%s: %q shows under %q (%s)", tc.name, tc.body, got, ev)
		}
	}
}
