package summarize

import (
	"slices"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// A side whose name is a union's or an armed group's by another word is
// named by "the union" or "the group" when no other side is of that kind
// ("Castamar Pilots' Association", the pilots' union); two sides of one
// kind leave the noun to neither.
func TestSideNamedByItsKind(t *testing.T) {
	side := func(party string) *claim {
		st := &statement{party: party, speaker: attrib.Speaker{Name: party, Kind: attrib.Body}}
		return &claim{party: party, members: []*statement{st}}
	}
	names := sideNames([]*claim{side("Castamar Pilots' Association"), side("Meridel Airways"), side("Crimson Ridge Brigades")})
	if !slices.Contains(names["Castamar Pilots' Association"], "union") {
		t.Errorf("the association's names %q, want \"union\" among them", names["Castamar Pilots' Association"])
	}
	if !slices.Contains(names["Crimson Ridge Brigades"], "group") {
		t.Errorf("the brigades' names %q, want \"group\" among them", names["Crimson Ridge Brigades"])
	}
	two := sideNames([]*claim{side("Castamar Pilots' Association"), side("Meridel Cabin Crew Union")})
	if slices.Contains(two["Castamar Pilots' Association"], "union") {
		t.Errorf("with a second union the association's names %q, want no \"union\"", two["Castamar Pilots' Association"])
	}
}
