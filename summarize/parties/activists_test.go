package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// Activists are a generic side of a dispute, as protesters are, when the
// story names no organisation for them: their statement is not dropped as
// an unnamed source's.
func TestActivistsAreASide(t *testing.T) {
	texts := []string{"The Kelby summit ended with a pact on coastal defences.",
		"Mayor Ines Roold hailed the pact as a turning point for the Vell coast.",
		"The campaign group Save Vell Coast staged a sit-in outside the hall."}
	tests := []struct {
		name    string
		speaker attrib.Speaker
		want    string
	}{
		{"climate activists", attrib.Speaker{Name: "climate activists", Kind: attrib.Unnamed, Generic: "activists"}, "Activists"},
		{"an activist by role", attrib.Speaker{Name: "Tove Marsk", Role: "a climate activist", Kind: attrib.Person}, "Activists"},
		{"an organisation named in the role comes first", attrib.Speaker{Name: "Tove Marsk", Role: "an activist with Save Vell Coast", Kind: attrib.Person}, "Save Vell Coast"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := story(texts...).PartyOf(tt.speaker); got != tt.want {
				t.Errorf("PartyOf(%+v) = %q, want %q", tt.speaker, got, tt.want)
			}
		})
	}
}
