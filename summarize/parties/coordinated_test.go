package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A coordination of two bodies ("Brisk and Halvard Power Systems", at the
// end of a list) is two organisations, never one: a short name is the
// conjunct it names, and no side is named "A and B". A body whose own name
// holds "and" stays whole ("Marks and Brennan Holdings").
func TestCoordinatedBodiesAreTwo(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		speaker attrib.Speaker
		want    string
	}{
		{
			name: "a list's last two, the second named again with its suffix",
			texts: []string{
				"The agency picked four firms: Orvella Robotics, Tarnco Space, Brisk and Halvard Power Systems.",
				"Halvard Power Systems Inc said its lander would be ready.",
				"Ona Varga, president of Brisk, said the first flight would come in 2022."},
			speaker: attrib.Speaker{Name: "Ona Varga", Kind: attrib.Person, Role: "president of Brisk"},
			want:    "Brisk",
		},
		{
			name: "two bodies, the first named again on its own",
			texts: []string{
				"Contracts went to Selvan Robotics and Marisca Launch Systems on Monday.",
				"Selvan Robotics said the award was a vote of confidence.",
				"Piet Alder, chief engineer of Marisca, said testing would begin soon."},
			speaker: attrib.Speaker{Name: "Piet Alder", Kind: attrib.Person, Role: "chief engineer of Marisca"},
			want:    "Marisca Launch Systems",
		},
		{
			name: "one body whose name holds 'and'",
			texts: []string{
				"Marks and Brennan Holdings raised its offer on Monday.",
				"Ada Renn, chief executive of Marks, said the offer was final."},
			speaker: attrib.Speaker{Name: "Ada Renn", Kind: attrib.Person, Role: "chief executive of Marks"},
			want:    "Marks and Brennan Holdings",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract(tc.texts)
			s := NewStory([]attrib.Analysis{an}, tc.texts)
			if p, ev, _ := s.Side(tc.speaker); p != tc.want {
				t.Errorf("side %q (%s), want %q; orgs %q", p, ev, tc.want, s.orgs)
			}
		})
	}
}

// A conjunct of one word is no body of its own, though the story writes
// the word elsewhere: "Industry and Energy" of a ministry's name stays
// whole beside "the Tarn Energy Agency".
func TestOneWordConjunctsStayInTheirName(t *testing.T) {
	texts := []string{
		"The Ministry of Industry and Energy set a target of 30 GW.",
		"The Tarn Energy Agency said costs had fallen by half."}
	orgs := []string{"Industry and Energy", "Tarn Energy Agency"}
	got := splitCoordinations(orgs, texts)
	if strings.Join(got, "|") != strings.Join(orgs, "|") {
		t.Errorf("orgs %q, want %q", got, orgs)
	}
}
