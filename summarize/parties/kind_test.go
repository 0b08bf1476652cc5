package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A side named by one word for a kind of body ("the Agency's team") names
// no body: the statement shows under no such side.
func TestLoneKindWordIsNoSide(t *testing.T) {
	tests := []struct {
		name, text, bad string
	}{
		{"the Agency's team", "Now the Agency's survey team has said the probe will launch in May.", "Agency"},
		{"the Commission's staff", "The Commission's legal staff said the ruling would stand.", "Commission"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := attrib.Extract([]string{tc.text})
			s := NewStory([]attrib.Analysis{an}, []string{tc.text})
			for _, st := range an.Statements {
				if p, ev, ok := s.Side(st.Speaker); ok && p == tc.bad {
					t.Errorf("side %q (%s), want none of a lone kind word", p, ev)
				}
			}
		})
	}
}
