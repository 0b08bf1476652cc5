package attrib

import (
	"slices"
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
