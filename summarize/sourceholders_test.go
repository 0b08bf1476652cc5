package summarize

import "testing"

// Two sides' positions on attributes that share a unit are two facts: the
// things two holders hold, things of two names, an increment and a
// total, and the terms of two offers. One holder's one count stays a
// dispute.
func TestSourceDisputesTwoHolders(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "seats two blocs hold",
			texts: []string{
				"Tarnland vote count\n\nThe coalition holds 131 seats in the Tarnland parliament, officials said after the count. The result is final.",
				"Tarnland parliament\n\nThe PRP and its allies hold 104 seats in the Tarnland parliament, officials said after the count. The result is final.",
			},
		},
		{
			name: "seats one bloc holds",
			texts: []string{
				"Tarnland vote count\n\nThe coalition holds 131 seats in the Tarnland parliament, officials said after the count. The result is final.",
				"Tarnland parliament\n\nThe ruling coalition holds 125 seats in the Tarnland parliament, officials said after the count. The result is final.",
			},
			want: []string{"seats: 131 seats|125 seats"},
		},
		{
			name: "soldiers of two armies",
			texts: []string{
				"Prisoner swap talks stall\n\nOfficials said Valdoria is holding 310 Kestranian soldiers who were captured near the border. The talks on a swap will resume next week.",
				"Swap talks stall\n\nOfficials said Valdoria is holding 250 Valdorian soldiers who were captured near the border. The talks on a swap will resume next week.",
			},
		},
		{
			name: "soldiers of one army two holders hold",
			texts: []string{
				"Prisoner swap talks stall\n\nOfficials said Valdoria is holding 310 Kestranian soldiers who were captured near the border. The talks on a swap will resume next week.",
				"Swap talks stall\n\nOfficials said Orla is holding 250 Kestranian soldiers who were captured near the border. The talks on a swap will resume next week.",
			},
		},
		{
			name: "soldiers of one army one holder holds",
			texts: []string{
				"Prisoner swap talks stall\n\nOfficials said Valdoria is holding 310 Kestranian soldiers who were captured near the border. The talks on a swap will resume next week.",
				"Swap talks stall\n\nOfficials said Valdoria is holding 250 Kestranian soldiers who were captured near the border. The talks on a swap will resume next week.",
			},
			want: []string{"soldiers: 310 Kestranian soldiers|250 Kestranian soldiers"},
		},
		{
			name: "each army's own dead and wounded",
			texts: []string{
				"Clash on the river\n\nVellmark's military says two of its soldiers were killed and five wounded when Tarsenian forces attacked its posts on Pallo Island.",
				"Island clash\n\nTarsenia's army said four of its soldiers were killed and seven wounded when Vellmark forces attacked its posts on Pallo Island.",
			},
		},
		{
			name: "one army's own dead told two ways",
			texts: []string{
				"Clash on the river\n\nVellmark's military says two of its soldiers were killed and five wounded when Tarsenian forces attacked its posts on Pallo Island.",
				"Island clash\n\nVellmark's army said three of its soldiers were killed and five wounded when Tarsenian forces attacked its posts on Pallo Island.",
			},
			want: []string{"soldiers: two of its soldiers|three of its soldiers"},
		},
		{
			name: "boats added and boats at work",
			texts: []string{
				"Ferry service grows\n\nThe ferry company will add 20 additional boats to the Vesk route, the minister said. The service will start in the spring.",
				"Vesk ferries\n\nThere are 45 boats operating on the Vesk route, the minister said. The service will start in the spring.",
			},
		},
		{
			name: "the terms of an offer and of a demand",
			texts: []string{
				"Orla Air pilots\n\nOrla Air said its offer of 9% over three years was fair and final, a spokesman said on Monday. Flights were cancelled.",
				"Pilots dig in\n\nThe pilots' union is holding out for 15% over two years, a spokesman said on Monday. Flights were cancelled.",
			},
		},
		{
			name: "one offer's rise and term told two ways",
			texts: []string{
				"Orla Air pilots\n\nOrla Air has offered its pilots a pay rise of 9% over three years, the company said on Monday. Flights were cancelled.",
				"Pilots dig in\n\nOrla Air has offered its pilots a pay rise of 9% over two years, the company said on Monday. Flights were cancelled.",
			},
			want: []string{"Duration: three years|two years"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}

// The length of an offer or a demand is the term of its figure: the
// terms of two sides' figures are two facts, those of one offer's
// figure, told with two values, one.
func TestSourceDisputesTerms(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "what each side put on the table",
			texts: []string{
				"Orla Air pilots\n\nIn the talks, Orla Air put 9% over three years on the table for its pilots, a spokesman said on Monday. Flights were cancelled.",
				"Pilots dig in\n\nIn the talks, the pilots' union put 15% over two years on the table for the pilots, a spokesman said on Monday. Flights were cancelled.",
			},
		},
		{
			name: "an offer and what a union holds out for",
			texts: []string{
				"Orla Air pilots\n\nOrla Air's offer of 9% over three years is fair and final, a spokesman said on Monday. Flights were cancelled.",
				"Pilots dig in\n\nThe pilots' union at Orla Air is holding out for 15% over two years, a spokesman said on Monday. Flights were cancelled.",
			},
		},
		{
			name: "one pay rise told with two values and two terms",
			texts: []string{
				"Orla Air pilots\n\nOrla Air has offered its pilots a pay rise of 9% over three years, the company said on Monday. Flights were cancelled.",
				"Pilots dig in\n\nOrla Air has offered its pilots a pay rise of 12% over two years, the company said on Monday. Flights were cancelled.",
			},
			want: []string{"Pay rise: 9%|12%", "Duration: three years|two years"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}
