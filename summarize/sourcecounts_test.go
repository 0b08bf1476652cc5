package summarize

import "testing"

// Outlets tell one count in other words: a death toll with different
// verbs and nouns is one count of the dead; the dead and the hurt stay
// two counts.
func TestSourceDisputesToldApart(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "people killed and a toll risen",
			texts: []string{
				"Mine blast in Vesk\n\nThe blast at the Tarnco mine in Vesk killed at least 23 people, officials said on Tuesday.",
				"Vesk mine\n\nThe death toll from the blast at the Tarnco mine in Vesk has risen to 31, rescuers said.",
			},
			want: []string{"Death toll: 23 people|31"},
		},
		{
			name: "a round bound and a value within a tenth of it agree",
			texts: []string{
				"Nurses strike in Vesk\n\nMore than 40,000 nurses walked out across Vesk on Monday, the union said.",
				"Vesk nurses strike\n\nSome 42,000 nurses walked out across Vesk on Monday, the union said.",
			},
			want: nil,
		},
		{
			name: "a toll that rose, one that reached and people who died",
			texts: []string{
				"Floods in Orla\n\nThe toll from the floods in Orla rose to 14 on Monday as the river kept rising.",
				"Orla floods\n\nThe toll from the floods in Orla reached 17 on Monday, officials said.",
				"Flooding\n\nAt least 16 people have died in the floods in Orla, officials said on Monday.",
			},
			want: []string{"Death toll: 14|17|16 people"},
		},
		{
			name: "deaths and the killed",
			texts: []string{
				"Bus crash near Orla\n\nThe crash near Orla caused 11 deaths, police said. The road was closed for most of the day.",
				"Orla crash\n\nThe crash near Orla left 13 killed, police said. The road was closed for most of the day.",
			},
			want: []string{"Death toll: 11 deaths|13 killed"},
		},
		{
			name: "users and customers of one service",
			texts: []string{
				"Tarnco data breach\n\nThe breach at Tarnco exposed the data of 2.1 million users, the company said on Friday. Regulators are looking into it.",
				"Tarnco breach\n\nThe breach at Tarnco exposed the data of 2.4 million customers, the company said on Friday. Regulators are looking into it.",
			},
			want: []string{"Number of users: 2.1 million users|2.4 million customers"},
		},
		{
			name: "protesters and demonstrators",
			texts: []string{
				"March in Vesk\n\nAbout 200 protesters marched through Vesk on Saturday against the new tax, police said.",
				"Vesk march\n\nMore than 400 demonstrators marched through Vesk on Saturday against the new tax, police said.",
			},
			want: []string{"protesters: 200 protesters|400 demonstrators"},
		},
		{
			name: "customers and staff are two counts",
			texts: []string{
				"Tarnco data breach\n\nThe breach at Tarnco exposed the data of 2.1 million customers, the company said on Friday. Regulators are looking into it.",
				"Tarnco breach\n\nThe breach at Tarnco exposed the data of 2.4 million staff, the company said on Friday. Regulators are looking into it.",
			},
		},
		{
			name: "damages sought and a sum sued for",
			texts: []string{
				"Renn sues Tarnco\n\nAda Renn is seeking damages of 5 million crowns from Tarnco, her lawyer said on Friday. The case opens in May.",
				"Tarnco lawsuit\n\nAda Renn is suing Tarnco for 7 million crowns, her lawyer said on Friday. The case opens in May.",
			},
			want: []string{"Damages: 5 million crowns|7 million crowns"},
		},
		{
			name: "one figure with its digits swapped",
			texts: []string{
				"Alder test result\n\nTests found 4.1 nanograms per millilitre of the drug in the sample from Piet Alder, the agency said. He denies wrongdoing.",
				"Alder sample\n\nTests found 1.4 nanograms per millilitre of the drug in the sample from Piet Alder, the agency said. He denies wrongdoing.",
			},
			want: []string{"nanograms: 4.1 nanograms|1.4 nanograms"},
		},
		{
			name: "values far apart, not swapped, are two facts",
			texts: []string{
				"Alder test result\n\nTests found 4.2 nanograms per millilitre of the drug in the sample from Piet Alder, the agency said. He denies wrongdoing.",
				"Alder sample\n\nTests found 1.4 nanograms per millilitre of the drug in the sample from Piet Alder, the agency said. He denies wrongdoing.",
			},
		},
		{
			name: "a tally in words and in a hyphenated word",
			texts: []string{
				"Tarnland court ruling\n\nThe Tarnland court ruled five votes to two that the Vesk law was unlawful, the clerk said on Friday. The government will appeal.",
				"Court strikes down law\n\nThe Tarnland court ruled four-to-three that the Vesk law was unlawful, the clerk said on Friday. The government will appeal.",
			},
			want: []string{"Vote: five votes to two|four-to-three"},
		},
		{
			name: "the votes of part of a court",
			texts: []string{
				"Tarnland court ruling\n\nSix of the seven judges on the Tarnland court ruled that the Vesk law was unlawful, the clerk said on Friday. The government will appeal.",
				"Court strikes down law\n\nThe Tarnland court ruled five to two that the Vesk law was unlawful, the clerk said on Friday. The government will appeal.",
			},
			want: []string{"Vote: Six of the seven judges|five to two"},
		},
		{
			name: "the dead and the injured are two counts",
			texts: []string{
				"Mine blast in Vesk\n\nThe blast at the Tarnco mine in Vesk killed at least 23, officials said on Tuesday.",
				"Vesk mine\n\nThe blast at the Tarnco mine in Vesk injured 31 people, rescuers said on Tuesday.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}

// Outlets tell one count of one noun in other words, with other verbs
// and few words in common ("about 340 planned operations" postponed,
// "some 410 operations have been axed"): one count, unless it is of a few
// (three schools closing, four schools receiving their pupils), of anyone
// ("people") or written with a scale word.
func TestSourceCountsOfOneNoun(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name: "operations postponed and axed",
			texts: []string{
				"Ransomware hits Tarrow hospitals\n\nA ransomware attack has knocked out computer systems at the Tarrow Valley Health Board, forcing the postponement of about 340 planned operations.",
				"Hospital hackers\n\nSome 410 operations have been axed since the attack struck in the early hours of Sunday, leaving patients in pain.",
			},
			want: []string{"Number of operations: 340 planned operations|410 operations"},
		},
		{
			name: "a few schools of two kinds",
			texts: []string{
				"Schools to close in Brindlemoor\n\nBoard chair Gwen Halloway said closing three schools was the only way to balance the budget.",
				"Brindlemoor closures\n\nTeachers wrote that classes of more than 30 will become the norm at the four receiving schools.",
			},
			want: nil,
		},
		{
			name: "people of two places",
			texts: []string{
				"Evacuation in Sorrevik\n\nThe shelters outside Tolvany can hold about 900 people, officials said on Monday.",
				"Sorrevik empties\n\nResidents of Sorrevik, a farming village of about 1,200 people, began leaving on Monday morning.",
			},
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}
