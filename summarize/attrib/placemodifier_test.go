package attrib

import "testing"

// TestPlaceModifierIsNoPartOfAName covers a capitalised word that says
// where a body is based ("Leiden-based Kestrel", "Berlin-headquartered
// Volta Energy"): the body's name is what follows it.
func TestPlaceModifierIsNoPartOfAName(t *testing.T) {
	runRules(t, []ruleCase{
		{"based", []string{"Leiden-based Kestrel said it would appeal against the fine in every court available."}, []string{"Kestrel"}},
		{"headquartered", []string{"Berlin-headquartered Volta Energy said the ruling was fair to every bidder."}, []string{"Volta Energy"}},
	})
}
