package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A demonym before the name of a known group or organisation ("Afghan
// Taliban", "the Ruritanian Brotherhood") says where the group is from,
// not whose side it speaks for: the group's own name is the side.
func TestDemonymBeforeAGroupIsTheGroup(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		speaker attrib.Speaker
		want    string
	}{
		{
			name:    "a demonym before an armed group of the gazetteer",
			texts:   []string{"Shelling went on near the border with Israel.", "The Lebanese Hezbollah said it had fired at a post."},
			speaker: attrib.Speaker{Name: "Lebanese Hezbollah", Kind: attrib.Body},
			want:    "Hezbollah",
		},
		{
			name: "a demonym before a group the story names by its name alone",
			texts: []string{"Ruritania closed its border on Monday.",
				"The Brotherhood has fought the army for years. The Ruritanian Brotherhood said it would not disarm."},
			speaker: attrib.Speaker{Name: "the Ruritanian Brotherhood", Kind: attrib.Body},
			want:    "Ruritanian Brotherhood",
		},
		{
			name: "a demonym before a body that a spokesman's role names",
			texts: []string{"Ruritania closed its border on Monday.",
				"Dragan Vuk, a Liberation Front spokesman, said the attack was theirs. The Ruritanian Liberation Front said it would go on."},
			speaker: attrib.Speaker{Name: "Ruritanian Liberation Front", Kind: attrib.Body},
			want:    "Ruritanian Liberation Front",
		},
		{
			name:    "a person whose role puts a demonym before an armed group",
			texts:   []string{"Shelling went on near the border with Israel.", "Hezbollah commander Karim Nassar said the post was hit."},
			speaker: attrib.Speaker{Name: "Karim Nassar", Role: "Lebanese Hezbollah commander", Kind: attrib.Person},
			want:    "Hezbollah",
		},
		{
			name: "a demonym before a state body whose short name the story writes is still the country",
			texts: []string{"Ruritania closed its border on Monday.",
				"The Army Council said the crossing would stay shut."},
			speaker: attrib.Speaker{Name: "Ruritanian Army", Kind: attrib.Body},
			want:    "Ruritania",
		},
		{
			name:    "a demonym before a government noun is still the country",
			texts:   []string{"Ruritania closed its border on Monday.", "The Ruritanian government said the border would stay shut."},
			speaker: attrib.Speaker{Name: "Ruritanian government", Kind: attrib.Body},
			want:    "Ruritania",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ev, ok := story(tt.texts...).Side(tt.speaker)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("Side(%+v) = %q (%s), want %q", tt.speaker, got, ev, tt.want)
			}
		})
	}
}
