package attrib

import "testing"

// A campaign group named by its members and its cause ("Parents for Safe
// Medicines", "Doctors Against Cuts", "Citizens for Clean Air") is one
// body, however the sentence introduces it: never a person named by the
// capitals after "for" or "against".
func TestCampaignNamedByItsMembersAndCause(t *testing.T) {
	runRules(t, []ruleCase{
		{"named alone", []string{"Parents for Safe Medicines says more than 200 families have contacted it."},
			[]string{"Parents for Safe Medicines"}},
		{"after its kind", []string{
			"Parents for Safe Medicines was set up in March by families of sick children.",
			"The campaign group Parents for Safe Medicines said at least 20 batches were affected.",
		}, []string{"Parents for Safe Medicines"}},
		{"against", []string{
			"Doctors Against Cuts marched on the ministry on Monday.",
			"The group Doctors Against Cuts said three wards would close.",
		}, []string{"Doctors Against Cuts"}},
		{"citizens", []string{"Citizens for Clean Air said the levels were twice the legal limit."},
			[]string{"Citizens for Clean Air"}},
		{"for years is no name", []string{"Parents for years have asked for the crossing, Mayor Ines Roold said."},
			[]string{"Ines Roold"}},
	})
}

// A confederation is a body ("The Pellarian Confederation of Labour
// said"), not a person named "Pellarian Confederation" with the role
// "of Labour".
func TestConfederationIsABody(t *testing.T) {
	runRules(t, []ruleCase{
		{"confederation of", []string{"The Pellarian Confederation of Labour said the rise would cost jobs."},
			[]string{"Pellarian Confederation of Labour"}},
	})
}
