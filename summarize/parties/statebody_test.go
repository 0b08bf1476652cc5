package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestForceNamedByItsNoun covers a role that names a state's force by
// its common noun ("led the coast guard since 2020") in a story that
// gives that force one state's possessive ("Varnia's coast guard"):
// that state's side; with two states' coast guards, neither.
func TestForceNamedByItsNoun(t *testing.T) {
	sp := attrib.Speaker{Name: "Jan Ketteler", Kind: attrib.Person, Role: "led the coast guard since 2020"}
	for _, tc := range []struct {
		texts []string
		want  string
	}{
		{[]string{"Varnia's coast guard seized an Estmark trawler on Monday. Varnia's foreign minister defended it, and Estmark's foreign minister protested.",
			"Jan Ketteler, who has led the coast guard since 2020, said the trawler had rammed the cutter."}, "Varnia"},
		{[]string{"Varnia's coast guard seized an Estmark trawler on Monday; Estmark's coast guard sent two cutters.",
			"Jan Ketteler, who has led the coast guard since 2020, said the trawler had rammed the cutter."}, ""},
	} {
		an := attrib.Extract(tc.texts)
		s := NewStory([]attrib.Analysis{an}, tc.texts)
		if got := s.stateBodyOwner(sp.Role); got != tc.want {
			t.Errorf("%q: owner %q, want %q", tc.texts[0], got, tc.want)
		}
	}
}
