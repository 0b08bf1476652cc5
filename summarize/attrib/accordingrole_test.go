package attrib

import "testing"

// TestRoleAfterAccordingTo covers the appositive after a name that
// "according to" gives at a sentence's end ("according to Martin Haddow,
// professor of sports law at the University of Stirling."): the name's
// role, there and where the name speaks again; and a name with no given
// name the list knows, then "of" and a body's name ("Priya Raman of
// Skyline Aviation Consulting estimated"): a person of that body.
func TestRoleAfterAccordingTo(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // speaker | role of each statement
	}{
		{"a role ends the sentence", []string{
			"The ban is the most severe in a decade, according to Martin Haddow, professor of sports law at the University of Stirling.",
			`"The appeal will turn on proportionality," Haddow told reporters.`,
		}, []string{"Martin Haddow | professor of sports law at the University of Stirling", "Martin Haddow | professor of sports law at the University of Stirling"}},
		{"a description ends the sentence", []string{
			"Abuse drops once players are filmed, according to Dr Ilse Marek, a sports psychologist at Korvath University.",
		}, []string{"Ilse Marek | a sports psychologist at Korvath University"}},
		{"according to a name that opens the sentence", []string{
			"According to Ivo Maric, the company cut 300 jobs at the Selvik plant last spring.",
		}, []string{"Ivo Maric | "}},
		{"a name of a body's person", []string{
			"Priya Raman of Skyline Aviation Consulting estimated that most of the aircraft would need replacing.",
		}, []string{"Priya Raman | of Skyline Aviation Consulting"}},
		{"the last of a list of names with appositives", []string{
			"Her guests are Marta Oksen, chair of the residents' group, and Tomas Reiner, operations director of Helvox Chemicals.",
			"Reiner said the hall had held no more than 180 tonnes of the fertiliser.",
		}, []string{"Tomas Reiner | operations director of Helvox Chemicals"}},
		{"a body's own name with of", []string{
			"The Bank of Varnia said rates would stay on hold.",
		}, []string{"Bank of Varnia | "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, st := range Extract(tc.paras).Statements {
				got = append(got, st.Speaker.Name+" | "+st.Speaker.Role)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("statements %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("statement %d: %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}
