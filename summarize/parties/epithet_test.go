package parties

import "testing"

// An adjective that colours a person or a body ("Furious Health
// Minister", "the fiery union chief") names no country and no body.
func TestEpithetsNameNoSide(t *testing.T) {
	runOwnedCases(t, []ownedCase{
		{
			name:  "an epithet before a government title",
			paras: []string{"Fares on Northline Trains rose by a third.", "Furious Transport Minister Pavel Orsic blasted the firm for robbing passengers."},
			cue:   "Pavel Orsic",
			want:  "Government",
		},
		{
			name: "an epithet before a body's noun",
			paras: []string{
				"Union boss Karin Moss attacked bosses at Solvik Ferries.",
				"“They think they can run ferries with half the crew,” the fiery union chief told the Gazette.",
			},
			cue:  "They think",
			want: "Union",
		},
	})
}
