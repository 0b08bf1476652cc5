package summarize

import "testing"

// TestPointSense holds shapes in which two sides share a word that is no
// one point they are at odds on: a point under "without" is neither
// affirmed nor denied, and the subject of a negated verb that takes an object ("a
// refund does not rebuild a kitchen") or a noun a relative clause with a
// negation follows ("a firm that does not exist") is not what the
// negation denies.
func TestPointSense(t *testing.T) {
	runDisputeShapes(t, []disputeShape{
		{
			name: "without before a gerund: the cut is not asserted",
			texts: []string{
				"Board budget\n\nBrask School Board chair Mila Ost said it was the only way the board could balance the budget without cutting teachers.\n\nOst said the board would vote again in June.",
				"Town grant\n\nThe Brask Town Council said its grant to the schools had not been cut for two years.\n\nThe council said the new library would open in May.",
			},
		},
		{
			name: "without before a gerund: the rise is not asserted",
			texts: []string{
				"Ferry plan\n\nTarn Ferries director Odo Brask said the company would close the gap without raising fares on the island routes.\n\nBrask said two new boats would arrive in spring.",
				"Riders wait\n\nThe Tarn Riders Association said fares on the island routes had not been raised since March.\n\nThe association said its members would meet on Friday.",
			},
		},
		{
			name: "without before a gerund: its object is not asserted either",
			texts: []string{
				"Ward plan\n\nVell Health Trust director Ana Moss said the trust would save money without closing children's wards at the Vell hospital.\n\nMoss said a new scanner would arrive in spring.",
				"Parents wait\n\nThe Vell Parents Association said children's wards at the hospital had not been closed in ten years.\n\nThe association said its members would meet on Friday.",
			},
		},
		{
			name: "an agent noun and the noun of what it makes are two things",
			texts: []string{
				"Derailment\n\nVelmont Rail chief executive Hadria Fenwell said data from the train's event recorder showed it was within the speed limit.\n\nFenwell said the families would be looked after.",
				"Track owner\n\nRailgrid spokesman Tomas Reyle said there was no record of any fault report.\n\nReyle said Railgrid would publish its inspection logs.",
			},
		},
		{
			name: "the subject of a negated verb with an object is not denied",
			texts: []string{
				"Battery recall\n\nHalden Power Systems said owners would be offered a refund of $200 or a new pack.\n\nThe company said the fault lay in one batch.",
				"Families angry\n\nThe Halden Families Group said: \"A refund does not rebuild a kitchen.\"\n\nThe group said its members would march on Friday.",
			},
		},
		{
			name: "the subject of a negated verb with an object is not denied: a bypass",
			texts: []string{
				"Bypass opens\n\nThe Lennet Roads Agency said the bypass would open to traffic in May.\n\nThe agency said the old bridge would close in June.",
				"Shops doubt\n\nThe Lennet Traders Association said the bypass would not bring shoppers to the high street.\n\nThe association said parking fees should fall.",
			},
		},
		{
			name: "control: a negated verb with an object after the point still denies it",
			texts: []string{
				"Border talks\n\nKeldor foreign minister Ana Ruell said the army had not shelled the village on the river border.\n\nRuell said her envoy would travel on Friday.",
				"Border hopes\n\nBrannock foreign minister Olek Varga said the army had shelled the village on the river border this week.\n\nVarga said the next round would be held in Tesna in June.",
			},
			want: []string{"Keldor / Brannock"},
		},
		{
			name: "a negation in a relative clause after the point denies the clause's own noun",
			texts: []string{
				"Dockers doubt\n\nThe Korvel Dockers Union said the new cranes came from a firm that does not exist any more.\n\nThe union said its members would march on Friday.",
				"Port cranes\n\nSelvan Port Company director Odo Brask said the new cranes would arrive in May.\n\nBrask said the port would hire forty drivers.",
			},
		},
		{
			name: "a negation in a relative clause after the point: who",
			texts: []string{
				"Nurses warn\n\nThe Varden Nurses Union said the night wards were run by agency staff who had not been trained.\n\nThe union said its members would march on Friday.",
				"Board replies\n\nVarden Health Board chair Odo Brask said the night wards had forty nurses on every shift.\n\nBrask said the board would publish its budget in June.",
			},
		},
	})
}
