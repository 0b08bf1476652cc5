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

// A portfolio before a minister's title ("Digital Affairs Minister")
// names no country.
func TestPortfolioNamesNoState(t *testing.T) {
	runOwnedCases(t, []ownedCase{
		{
			name:  "a portfolio of two words",
			paras: []string{"A nationwide outage cut phones for nine hours.", "Digital Affairs Minister Anton Reyes said he supported the inquiry."},
			cue:   "Anton Reyes",
			want:  "Government",
		},
	})
}
