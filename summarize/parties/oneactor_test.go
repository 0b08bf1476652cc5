package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// One actor is one party, named by its fullest proper name: a company's
// short name and its full name with a corporate suffix, and a country's
// mission, embassy or foreign ministry, show under one side.
func TestOneActorUnderItsNames(t *testing.T) {
	tests := []struct {
		name     string
		texts    []string
		people   []attrib.Speaker // what attribution took for people
		orgs     []string
		speakers []attrib.Speaker // each must show under want
		want     string
	}{
		{
			name:   "a company with a suffix taken for a person, and its short name",
			texts:  []string{"Brannock Motor Co said the strike was reckless.", "Brannock said it had made a fair offer. The union disagreed."},
			people: []attrib.Speaker{{Name: "Brannock Motor Co", Kind: attrib.Person}},
			speakers: []attrib.Speaker{
				{Name: "Brannock Motor Co", Kind: attrib.Person},
				{Name: "Brannock", Kind: attrib.Body},
			},
			want: "Brannock Motor Co",
		},
		{
			name:  "the short, longer and full forms of one company's name",
			texts: []string{"Orvella Foods Inc raised prices.", "Orvella Foods said costs rose. Orvella said it would hire."},
			orgs:  []string{"Orvella Foods", "Orvella Foods Inc"},
			speakers: []attrib.Speaker{
				{Name: "Orvella", Kind: attrib.Body},
				{Name: "Orvella Foods", Kind: attrib.Body},
				{Name: "Orvella Foods Inc", Kind: attrib.Body},
			},
			want: "Orvella Foods Inc",
		},
		{
			name:  "a country and its permanent mission to the UN, named as an organisation",
			texts: []string{"Kestria’s Permanent Mission to the United Nations said it had asked for a meeting.", "Kestria condemned the strikes."},
			orgs:  []string{"Kestria’s Permanent Mission"},
			speakers: []attrib.Speaker{
				{Name: "Kestria’s Permanent Mission", Kind: attrib.Body},
				{Name: "Kestria", Kind: attrib.Body},
			},
			want: "Kestria",
		},
		{
			name:  "a country and its embassy, named as an organisation",
			texts: []string{"Moldara's Embassy said the visas were valid.", "Moldara said the visas were valid."},
			orgs:  []string{"Moldara's Embassy"},
			speakers: []attrib.Speaker{
				{Name: "Moldara's Embassy", Kind: attrib.Body},
				{Name: "Moldara", Kind: attrib.Body},
			},
			want: "Moldara",
		},
		{
			name:  "a country and its foreign ministry, which speaks for it abroad",
			texts: []string{"The Kestria Foreign Ministry said the dam was safe.", "Kestria said the river was low.", "Kestria's foreign ministry said it would invite engineers."},
			orgs:  []string{"Kestria Foreign Ministry"},
			speakers: []attrib.Speaker{
				{Name: "Kestria Foreign Ministry", Kind: attrib.Body},
				{Name: "Kestria's foreign ministry", Kind: attrib.Body},
				{Name: "Kestria", Kind: attrib.Body},
			},
			want: "Kestria",
		},
		{
			name:  "a body's name that names its kind, and its fuller name with one more kind word",
			texts: []string{"The Vell Growers Bureau Federation said prices had fallen.", "The Vell Growers Bureau said farmers were losing money."},
			orgs:  []string{"Vell Growers Bureau Federation", "Vell Growers Bureau"},
			speakers: []attrib.Speaker{
				{Name: "Vell Growers Bureau", Kind: attrib.Body},
				{Name: "Vell Growers Bureau Federation", Kind: attrib.Body},
			},
			want: "Vell Growers Bureau Federation",
		},
		{
			name:  "a company's name with a kind word after it is another body",
			texts: []string{"Tarn Energy said prices would rise.", "The Tarn Energy Foundation said it would fund two schools."},
			orgs:  []string{"Tarn Energy", "Tarn Energy Foundation"},
			speakers: []attrib.Speaker{
				{Name: "Tarn Energy", Kind: attrib.Body},
			},
			want: "Tarn Energy",
		},
		{
			name:  "a defence ministry at odds at home is a side of its own",
			texts: []string{"The Varos Defence Ministry denied ordering the strikes.", "The militia said Varos had betrayed it."},
			orgs:  []string{"Varos Defence Ministry"},
			speakers: []attrib.Speaker{
				{Name: "Varos Defence Ministry", Kind: attrib.Body},
			},
			want: "Varos Defence Ministry",
		},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{Orgs: tc.orgs, People: tc.people}}, tc.texts)
		for _, sp := range tc.speakers {
			if got, ev, _ := s.Side(sp); got != tc.want {
				t.Errorf("%s: %q shows under %q (%s), want %q", tc.name, sp.Name, got, ev, tc.want)
			}
		}
	}
}
