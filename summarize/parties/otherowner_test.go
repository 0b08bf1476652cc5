package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A body owned by a named owner ("Elmstead's board") is the owner's side,
// not the story's other body of that kind ("Averland Competition Board");
// an owner the other's name holds ("Averland's competition board") is
// that body.
func TestBodyOfAnotherOwnerSide(t *testing.T) {
	texts := []string{"The Averland Competition Board said it would review Brackwater Holdings' bid for Elmstead.",
		"Elmstead's board unanimously rejected the offer. The Averland Defence Ministry said it had no view."}
	orgs := []string{"Averland Competition Board", "Brackwater Holdings", "Averland Defence Ministry"}
	tests := []struct {
		speaker attrib.Speaker
		want    string
	}{
		{attrib.Speaker{Name: "Elmstead's board", Kind: attrib.Body, Generic: "board"}, "Elmstead"},
		{attrib.Speaker{Name: "Elmstead's supervisory board", Kind: attrib.Body, Generic: "board"}, "Elmstead"},
		{attrib.Speaker{Name: "Brackwater Holdings' board", Kind: attrib.Body, Generic: "board"}, "Brackwater Holdings"},
		{attrib.Speaker{Name: "Averland's competition board", Kind: attrib.Body, Generic: "board"}, "Averland Competition Board"},
		{attrib.Speaker{Name: "the board", Kind: attrib.Body, Generic: "board"}, "Averland Competition Board"},
	}
	s := NewStory([]attrib.Analysis{{Orgs: orgs}}, texts)
	for _, tt := range tests {
		if got, ev, _ := s.Side(tt.speaker); got != tt.want {
			t.Errorf("%q shows under %q (%s), want %q", tt.speaker.Name, got, ev, tt.want)
		}
	}
}
