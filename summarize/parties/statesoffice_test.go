package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A public post a state's possessive owns speaks for the state; a post
// of a place that is no state of the story keeps its office.
func TestStatesPostIsTheState(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		role  string
		want  string
	}{
		{"a governor of a country coordinated with another",
			[]string{"Vesk and Kestria failed to agree on the border.", "Kestria's foreign minister said no troops had moved."},
			"Vesk's governor", "Vesk"},
		{"a governor of a country whose ministry the story names",
			[]string{"Orla's defence ministry denied the raid. Tarnland said the raid had happened."},
			"Orla's governor", "Orla"},
		{"a town's mayor",
			[]string{"Linden Bay's council voted to close the pier."},
			"Linden Bay's mayor", "Mayor's Office"},
	}
	for _, tc := range tests {
		s := NewStory([]attrib.Analysis{{}}, tc.texts)
		sp := attrib.Speaker{Name: "Ivo Marsh", Kind: attrib.Person, Role: tc.role}
		if got, ev, _ := s.Side(sp); got != tc.want {
			t.Errorf("%s: role %q shows under %q (%s), want %q", tc.name, tc.role, got, ev, tc.want)
		}
	}
}
