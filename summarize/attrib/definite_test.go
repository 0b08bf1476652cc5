package attrib

import "testing"

// A definite singular description by a common noun the role lexicon does
// not list is the person named before whose role holds the noun, and
// no one when none does or the description is indefinite.
func TestDefiniteRoleHolders(t *testing.T) {
	analyst := "In a report on Tuesday, Harrow Securities analyst Jon Matus said the market was misreading the results."
	runRules(t, []ruleCase{
		{"according to the analyst", []string{analyst, "That creates a buying opportunity, according to the analyst."}, []string{"Jon Matus", "Jon Matus"}},
		{"the glaciologist as a subject", []string{"“The ice is thinner than we thought,” said glaciologist Ada Renn of the Vell Polar Institute.", "The glaciologist said the shelf could break up within a decade."}, []string{"Ada Renn", "Ada Renn"}},
		{"the columnist after a role before the name", []string{"Vell Times columnist Ada Renn wrote that the harbour fees were too high.", "The town should cut them, the columnist added."}, []string{"Ada Renn", "Ada Renn"}},
		{"no one holds the role", []string{"That creates a buying opportunity, according to the analyst."}, nil},
		{"an indefinite description", []string{analyst, "An analyst said the shares were cheap."}, []string{"Jon Matus"}},
	})
}
