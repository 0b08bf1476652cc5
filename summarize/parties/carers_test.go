package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestCarersTakeNoSide covers a hospital, its director and a fire and
// rescue service's officer quoted for the toll or the fire: no side's
// claim; while a hospital the story is about (named in the leads of its
// articles, its nurses on strike) and the nurses' union keep theirs.
func TestCarersTakeNoSide(t *testing.T) {
	shelling := []string{
		"Shells hit the market in Kaledi on Saturday, the rebels and the army blaming each other.\n\n" +
			"Dr Helena Mbore, director of Kaledi District Hospital, said 34 people had died.\n\n" +
			"Chief Fire Officer Gunnar Basso of Ostmark Fire and Rescue said the fire was out.",
		"The army said rebels fired the shells.\n\nOstmark Fire and Rescue sent six crews to the market.",
	}
	an := attrib.Extract([]string{shelling[0]})
	s := NewStory([]attrib.Analysis{an}, shelling)
	for _, tc := range []struct {
		sp   attrib.Speaker
		side bool
	}{
		{attrib.Speaker{Name: "Helena Mbore", Kind: attrib.Person, Role: "director of Kaledi District Hospital"}, false},
		{attrib.Speaker{Name: "Kaledi District Hospital", Kind: attrib.Body}, false},
		{attrib.Speaker{Name: "Gunnar Basso", Kind: attrib.Person, Role: "Chief Fire Officer of Ostmark Fire and Rescue"}, false},
		{attrib.Speaker{Name: "Gunnar Basso", Kind: attrib.Person, Role: "Chief Fire Officer"}, false},
		{attrib.Speaker{Name: "Ansel Marik", Kind: attrib.Person, Role: "the head of the emergency department"}, false},
	} {
		if p, ev, ok := s.Side(tc.sp); ok != tc.side {
			t.Errorf("%s: side %q, %v (%s), want a side: %v", tc.sp.Name, p, ok, ev, tc.side)
		}
	}
	strike := []string{
		"Nurses at St Anne's Hospital walked out on Monday over staffing.\n\nSt Anne's Hospital said wards would stay open.\n\nVell Nurses Union president Ada Renn said the strike would go on.",
		"St Anne's Hospital cancelled 300 operations as the nurses' strike began.",
	}
	an = attrib.Extract([]string{strike[0]})
	s = NewStory([]attrib.Analysis{an}, strike)
	for _, sp := range []attrib.Speaker{
		{Name: "St Anne's Hospital", Kind: attrib.Body},
		{Name: "Ada Renn", Kind: attrib.Person, Role: "Vell Nurses Union president"},
	} {
		if p, ev, ok := s.Side(sp); !ok {
			t.Errorf("%s: no side (%q, %s)", sp.Name, p, ev)
		}
	}
}

// TestHospitalInOneLead covers a hospital one article opens on, for the
// count it gives, in a story whose other articles lead with the clash:
// the story is not about it, and its director takes no side.
func TestHospitalInOneLead(t *testing.T) {
	texts := []string{
		"The San Telmo General Hospital treated 31 people injured in the clashes on Route 27, its director said.\n\n" +
			"Dr Carmen Vargas, the hospital's director, said most had inhaled tear gas.",
		"Protesters blocked Route 27 for a third day as Quenti Mining refused to halt work.\n\nThe San Telmo General Hospital said it had treated 31 people.",
		"Quenti Mining said the blockade was illegal.\n\nThe council said the protest would go on.",
	}
	var an []attrib.Analysis
	for _, t := range texts {
		an = append(an, attrib.Extract([]string{t}))
	}
	s := NewStory(an, texts)
	for _, sp := range []attrib.Speaker{
		{Name: "Carmen Vargas", Kind: attrib.Person, Role: "San Telmo General Hospital's director"},
		{Name: "San Telmo General Hospital", Kind: attrib.Body},
	} {
		if p, ev, ok := s.Side(sp); ok {
			t.Errorf("%s: side %q (%s), want none", sp.Name, p, ev)
		}
	}
}
