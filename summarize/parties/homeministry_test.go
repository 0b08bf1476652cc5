package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A ministry named by its portfolio alone ("the Interior Ministry") in a
// story of one country is that country's, as "Norway's interior
// minister" is: one government, one side, whether the ministry speaks or a
// minister's title names it.
func TestPortfolioMinistryIsTheHomeCountry(t *testing.T) {
	texts := []string{
		"The old mill in Norway will become a museum, Norway's interior minister said on Tuesday.",
		"It will hold the town's archive, the Interior Ministry said in a statement.",
		"Interior Minister Ola Brandt said the building would open in 2022.",
		"Norway argued for years that the mill should stay closed.",
		"Critics in Norway said the plan cost too much.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, sp := range []attrib.Speaker{
		{Name: "Interior Ministry", Kind: attrib.Body},
		{Name: "Ola Brandt", Kind: attrib.Person, Role: "Interior Minister"},
		{Name: "Foreign Ministry", Kind: attrib.Body},
	} {
		if p, ev, _ := s.Side(sp); p != "Norway" {
			t.Errorf("%s: side %q (%s), want Norway", sp.Name, p, ev)
		}
	}
	// A ministry that names another country is that country's.
	if p, ev, _ := s.Side(attrib.Speaker{Name: "Kestrian Foreign Ministry", Kind: attrib.Body}); p == "Norway" {
		t.Errorf("Kestrian Foreign Ministry: side %q (%s), want not Norway", p, ev)
	}
}

// In a story of several countries, a portfolio's ministry is the country
// the texts give that portfolio, and no country's when they give it two.
func TestPortfolioMinistryOfTheNamedCountry(t *testing.T) {
	tests := []struct {
		name, want string
		texts      []string
	}{
		{"one country's minister named", "Norway", []string{
			"The old mill will become a museum, Norway's interior minister said on Tuesday.",
			"Sweden and Denmark had offered to help, and Sweden sent two experts.",
			"It will hold the town's archive, the Interior Ministry said in a statement."}},
		{"two countries' ministers named", "Interior Ministry", []string{
			"Norway's interior minister met Sweden's interior minister on Tuesday.",
			"The talks were useful, the Interior Ministry said in a statement."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract(tc.texts)
			s := NewStory([]attrib.Analysis{an}, tc.texts)
			if p, ev, _ := s.Side(attrib.Speaker{Name: "Interior Ministry", Kind: attrib.Body}); p != tc.want {
				t.Errorf("side %q (%s), want %q", p, ev, tc.want)
			}
		})
	}
}

// In a story that names no country, a ministry named by its portfolio
// ("the Ministry of Transport said") is the government's, as its
// minister is ("Transport Minister Ilse Brandvik"): one side.
func TestPortfolioMinistryOfNoCountry(t *testing.T) {
	texts := []string{
		"Train drivers walked out on Monday over the new signalling system, the drivers' union said.",
		"Transport Minister Ilse Brandvik said the system was safe.",
		"The Ministry of Transport said in a statement that the trial would go ahead.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, sp := range []attrib.Speaker{
		{Name: "Ministry of Transport", Kind: attrib.Body},
		{Name: "Ilse Brandvik", Kind: attrib.Person, Role: "Transport Minister"},
	} {
		if p, ev, _ := s.Side(sp); p != Government {
			t.Errorf("%s: side %q (%s), want %q", sp.Name, p, ev, Government)
		}
	}
}
