package summarize

import "testing"

// TestDisputeScope holds shapes in which a word of negation or accusation
// stands near a point or a side but does not reach it: what it governs is
// another verb, another clause or another side.
func TestDisputeScope(t *testing.T) {
	runDisputeShapes(t, []disputeShape{
		{
			name: "the side that condemns is no side condemned",
			texts: []string{
				"Levy row\n\nWater minister Ilse Varn said the new water levy would pay for two dams, while the Tarn Farmers Union condemned the levy.\n\nVarn said the dams would be finished by 2030.",
				"Farmers meet\n\nTarn Farmers Union president Odo Brask said farmers had paid for their water for forty years.\n\nBrask said members would meet on Friday.",
			},
		},
		{
			name: "sides that deny together are no side denied",
			texts: []string{
				"Quarry row\n\nMayor Odile Franck said Brenholt Aggregates and the Tarn Walkers Club disputed that the path was closed for good.\n\nFranck said the council would repair the stile.",
				"Walkers speak\n\nTarn Walkers Club secretary Ivo Dran said the club had four hundred members.\n\nDran said the club would hold a walk in May.",
			},
		},
		{
			name: "a side whose plan is accused is accused",
			texts: []string{
				"Levy row\n\nWater minister Ilse Varn said the Tarn Farmers Union's blockade threatened the harvest.\n\nVarn said the dams would be finished by 2030.",
				"Farmers meet\n\nTarn Farmers Union president Odo Brask said farmers had paid for their water for forty years.\n\nBrask said members would meet on Friday.",
			},
			want: []string{"Government / Tarn Farmers Union"}, // a minister, no country named: the government
		},
		{
			name: "a side accused in the passive is accused",
			texts: []string{
				"Levy row\n\nWater minister Ilse Varn said the Tarn Farmers Union was blamed for the blockade of the dams.\n\nVarn said the dams would be finished by 2030.",
				"Farmers meet\n\nTarn Farmers Union president Odo Brask said farmers had paid for their water for forty years.\n\nBrask said members would meet on Friday.",
			},
			want: []string{"Government / Tarn Farmers Union"}, // a minister, no country named: the government
		},
		{
			name: "a side named in another clause after an accusation is not its target",
			texts: []string{
				"Dam row\n\nWater minister Ilse Varn said the old weir was illegal, while the Tarn Farmers Union would be paid for the land.\n\nVarn said the dams would be finished by 2030.",
				"Farmers meet\n\nTarn Farmers Union president Odo Brask said the union had four hundred members.\n\nBrask said members would meet on Friday.",
			},
		},
		{
			name: "a word of a side's name in a compound of common nouns names another thing",
			texts: []string{
				"Port strike\n\nDockers union leader Ivo Dran accused the port of cutting security staff at the gates.\n\nDran said members would strike on Monday.",
				"Guards firm\n\nHarth Security Group director Mara Tesk said the company guarded three ports on the coast.\n\nTesk said the firm would publish its accounts in March.",
			},
		},
		{
			name: "a side accused by its name is accused",
			texts: []string{
				"Port strike\n\nDockers union leader Ivo Dran accused Harth Security of cutting staff at the gates.\n\nDran said members would strike on Monday.",
				"Guards firm\n\nHarth Security Group director Mara Tesk said the company guarded three ports on the coast.\n\nTesk said the firm would publish its accounts in March.",
			},
			want: []string{"Union / Harth Security Group"},
		},
	})
}
