package attrib

import (
	"slices"
	"strings"
	"testing"
)

// A name opened by "St." keeps its dot and its saint ("St. Ivo's District
// Hospital"), whose possessive names no owner.
func TestSaintsNameIsOneName(t *testing.T) {
	an := Extract([]string{"Dr. Emil Brann, director of St. Ivo's District Hospital, said 38 people had died."})
	if !slices.Contains(an.Orgs, "St. Ivo's District Hospital") {
		t.Errorf("organisations %q, want St. Ivo's District Hospital", an.Orgs)
	}
}

// A kind of firm that opens the sentence is no word of the firm's name
// ("Insurer Brightwell Assurance said").
func TestKindOfFirmBeforeItsName(t *testing.T) {
	an := Extract([]string{"Insurer Brightwell Assurance said claims would pass 90 million crowns."})
	if !slices.Contains(an.Orgs, "Brightwell Assurance") || an.OrgKinds["Brightwell Assurance"] != "insurer" {
		t.Errorf("organisations %q, kinds %v: want Brightwell Assurance, an insurer", an.Orgs, an.OrgKinds)
	}
}

// A number that opens a sentence is no word of a name after it: "Two
// Tesselmark soldiers" names no person whose surname is a state's name.
func TestNumberOpeningIsNoName(t *testing.T) {
	an := Extract([]string{"Two Tesselmark soldiers were killed, the statement said."})
	for _, p := range an.People {
		if strings.Contains(p.Name, "Tesselmark") {
			t.Errorf("person %q, want none", p.Name)
		}
	}
}
