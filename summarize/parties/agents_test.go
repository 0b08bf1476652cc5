package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// An agent named with a person's full name in the possessive ("Mara
// Velt's rep") speaks for that person's side.
func TestPersonsAgentSide(t *testing.T) {
	st := story("In March, pop singer Mara Velt left the Corvid Records label.",
		"Corvid Records said it was owed money.")
	for _, name := range []string{"Mara Velt's rep", "Mara Velt's publicist", "Mara Velt's longtime agent",
		"Mara Velt's attorneys"} {
		t.Run(name, func(t *testing.T) {
			got, ev, _ := st.Side(attrib.Speaker{Name: name, Kind: attrib.Unnamed})
			if got != "Mara Velt" {
				t.Errorf("Side(%q) = %q (%s), want %q", name, got, ev, "Mara Velt")
			}
		})
	}
}
