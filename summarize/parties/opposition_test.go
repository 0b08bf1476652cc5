package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// The opposition a story names as one party is that party's side: "the
// opposition said" and an opposition leader speak for it.
func TestOppositionIsTheNamedParty(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		orgs     []string
		speakers []attrib.Speaker
		want     string
	}{
		{
			name:  "opposition before the party's name",
			texts: []string{"The opposition People's Harbour Party said the sale would cost jobs.", "The opposition said it would fight the sale."},
			orgs:  []string{"People's Harbour Party"},
			speakers: []attrib.Speaker{
				{Name: "opposition", Kind: attrib.Body, Generic: "opposition"},
				{Name: "Mara Quell", Kind: attrib.Person, Role: "opposition leader"},
			},
			want: "People's Harbour Party",
		},
		{
			name: "an apposition after the party's initials",
			texts: []string{"The Democratic Alliance for Change (DAC) said the budget was unfair.",
				"The DAC, the opposition party, will vote against it. The opposition said taxes would rise."},
			speakers: []attrib.Speaker{
				{Name: "opposition", Kind: attrib.Body, Generic: "opposition"},
				{Name: "DAC", Kind: attrib.Body},
			},
			want: "Democratic Alliance for Change",
		},
		{
			name:  "opposition party before the name",
			texts: []string{"Opposition party Tarn First called the vote rigged.", "Opposition lawmakers walked out of the chamber."},
			orgs:  []string{"Tarn First"},
			speakers: []attrib.Speaker{
				{Name: "Opposition lawmakers", Kind: attrib.Unnamed, Generic: "lawmakers"},
			},
			want: "Tarn First",
		},
		{
			name:  "a party-led opposition",
			texts: []string{"The Vesk Greens-led opposition tabled a motion.", "Opposition leader Ada Renn said the government had lost its majority."},
			orgs:  []string{"Vesk Greens"},
			speakers: []attrib.Speaker{
				{Name: "Ada Renn", Kind: attrib.Person, Role: "Opposition leader"},
			},
			want: "Vesk Greens",
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

// An opposition the texts call by no party's name, or by two, stays the
// generic side.
func TestOppositionOfSeveralParties(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		orgs  []string
	}{
		{"no party called the opposition", []string{"The Vesk Greens said the plan was fair.", "The opposition said the plan was unfair."}, []string{"Vesk Greens"}},
		{"two parties called the opposition", []string{"The opposition Vesk Greens and the opposition Tarn First said the plan was unfair."}, []string{"Vesk Greens", "Tarn First"}},
		{"the largest opposition party", []string{"The Vesk Greens, the largest opposition party, said the plan was unfair."}, []string{"Vesk Greens"}},
		{"the main opposition party", []string{"The main opposition Vesk Greens said the plan was unfair."}, []string{"Vesk Greens"}},
		{"an opposition party", []string{"The Vesk Greens, an opposition party, said the plan was unfair."}, []string{"Vesk Greens"}},
		{"a party the opposition criticised", []string{"The opposition criticised the Vesk Greens, the governing party."}, []string{"Vesk Greens"}},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{Orgs: tc.orgs}}, tc.texts)
		if got, ev, _ := s.Side(attrib.Speaker{Name: "opposition", Kind: attrib.Body, Generic: "opposition"}); got != Opposition {
			t.Errorf("%s: the opposition shows under %q (%s), want %q", tc.name, got, ev, Opposition)
		}
	}
}
