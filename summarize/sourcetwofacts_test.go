package summarize

import "testing"

// Two days are one fact only when they date one event: the days of two
// moves of one figure, or of two events the sentences name apart, are
// two days of two events, however alike the sentences are; one event
// dated on two days stays a dispute.
func TestSourceDisputesTwoEvents(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "two falls of two sizes on two days",
			texts: []string{
				"Velmar slides\n\nShares in Velmar Foods fell 12% on Monday after the maker recalled its baby formula, wiping millions off its value.",
				"Velmar shares\n\nVelmar shares were down 2% in morning trading on Tuesday, having fallen sharply the day before.",
			},
		},
		{
			name: "a fall and a recovery on two days",
			texts: []string{
				"Ostrin slumps\n\nOstrin Rail shares slumped 9% in heavy trading on Thursday after the recall of its trains.",
				"Ostrin recovers\n\nOstrin Rail shares recovered some ground in late trading on Friday after the recall of its trains.",
			},
		},
		{
			name: "the day of a closing price and the day of an offer",
			texts: []string{
				"Bid for Velmar\n\nTessor is offering $30 a share, a premium of 20% to Velmar's closing price on Monday.",
				"Tessor goes hostile\n\nTessor launched a hostile $30-per-share cash offer for Velmar on Tuesday, a 20% premium to Velmar's last closing price.",
			},
		},
		{
			name: "the length of one meeting on one day, told in other words",
			texts: []string{
				"Pension talks\n\nPrime Minister Lena Vask spoke to union leaders for 20 minutes on Friday, her office said.",
				"Union meets Vask\n\nVask held a five-minute call with union leaders on Friday, according to a person familiar with the call.",
			},
			want: []string{"Length of the call: five-minute|20 minutes"},
		},
		{
			name: "two lengths on one day with other people are two meetings",
			texts: []string{
				"Pension talks\n\nPrime Minister Lena Vask spoke to reporters for 20 minutes on Friday, her office said.",
				"Union meets Vask\n\nVask held a five-minute call with union leaders on Friday, according to a person familiar with the call.",
			},
		},
		{
			name: "the length of a rise asked for is not that of a rise offered",
			texts: []string{
				"Drivers strike\n\nBus drivers voted to strike on Tuesday after the company offered a 12% pay rise over three years, the Tarn Drivers' Union said.",
				"Drivers back walkout\n\nThe Tarn Drivers' Union wants a 20 percent pay rise over two years, its secretary said on Tuesday.",
			},
		},
		{
			name: "the day of a vote and the day of its rejection, both sentences opening with a country's possessive",
			texts: []string{
				"Incumbent claims win\n\nVesk's President Ivo Marsh claimed victory in Sunday's election after the commission said he had won 58% of the vote.",
				"Opposition rejects result\n\nVesk's opposition on Monday rejected President Ivo Marsh's re-election, saying the vote was rigged.",
			},
		},
		{
			name: "a count asked for is no count offered",
			texts: []string{
				"Prisoner talks stall\n\nTarnland said on Sunday it was ready to release 150 prisoners in the first phase of the truce.",
				"Vesk raises demand\n\nVesk's delegation said on Sunday it had asked for 300 prisoners in the first phase of the truce.",
			},
		},
		{
			name: "one fall dated on two days",
			texts: []string{
				"Velmar slides\n\nShares in Velmar Foods fell 12% on Monday after the maker recalled its baby formula.",
				"Velmar shares\n\nVelmar shares fell 12% on Tuesday after the maker recalled its baby formula.",
			},
			want: []string{"Day: on Monday|on Tuesday"},
		},
		{
			name: "one offer dated on two days",
			texts: []string{
				"Bid for Velmar\n\nTessor launched a hostile cash offer for Velmar on Monday, the company said.",
				"Tessor goes hostile\n\nTessor made its hostile cash offer for Velmar on Tuesday, after the board spurned it.",
			},
			want: []string{"Day: on Monday|on Tuesday"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}

// A count given as a running total (after a verb of reaching, or dated
// with "by") is a figure as of a time: outlets giving other figures tell
// of other times. Two plain counts of one thing stay a dispute.
func TestSourceDisputesRunningTotals(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "a mark passed by a time",
			texts: []string{
				"Quarry petition\n\nResidents said their petition against the quarry had passed 1,200 signatures by Friday.",
				"Quarry fight\n\nThe residents' petition against the quarry had 1,600 signatures, organisers said.",
			},
		},
		{
			name: "a total gathered",
			texts: []string{
				"Quarry petition\n\nThe petition against the new quarry has gathered more than 3,000 signatures, organisers said.",
				"Quarry fight\n\nThe petition against the new quarry had 2,400 signatures, organisers said.",
			},
		},
		{
			name: "a count dated with by",
			texts: []string{
				"Flood appeal\n\nThe flood appeal had 800 donors by Sunday evening, the charity said.",
				"Appeal grows\n\nThe flood appeal had 1,100 donors, the charity said on its website.",
			},
		},
		{
			name: "two plain counts of one petition",
			texts: []string{
				"Quarry petition\n\nThe petition against the new quarry had 2,400 signatures, organisers said.",
				"Quarry fight\n\nThe petition against the new quarry had 3,100 signatures, organisers said.",
			},
			want: []string{"Number of signatures: 2,400 signatures|3,100 signatures"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}

// A levy is someone's and on something: the tariff one side keeps and the
// tariff its rival imposes in return, or a tariff on cars and one on
// dairy, are two facts, whatever figure each has. One side's one tariff
// on one good stays a dispute.
func TestSourceDisputesOwnersAndGoods(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // topic: values, one per dispute
	}{
		{
			name: "the tariff one side imposes and the one its rival drops",
			texts: []string{
				"Vell retaliates\n\nThe Vell Trade Union will impose 20 percent tariffs on 3 billion crowns' worth of goods from Ostrin, its trade minister said on Monday.",
				"Package explained\n\nThe package will be lifted as soon as Ostrin drops its 25 percent tariff on Vell trucks, the trade minister said on Monday.",
			},
		},
		{
			name: "a possessive owner and a subject that imposes",
			texts: []string{
				"Vell retaliates\n\nVell will impose 20 percent tariffs on farm goods, the trade minister told reporters in Kessa on Monday.",
				"Tariff row\n\nOstrin's 25 percent tariffs on farm goods are unfair, the trade minister told reporters in Kessa on Monday.",
			},
		},
		{
			name: "tariffs on two named goods",
			texts: []string{
				"Ostrin hits back\n\nOstrin said it would fight the measures after the bloc announced tariffs of 20 percent on Vell dairy and timber.",
				"Tariff row\n\nThe bloc said the measures would go as soon as Ostrin drops its 25 percent tariff on Vell electric trucks.",
			},
		},
		{
			name: "one side's tariff on one good told two ways",
			texts: []string{
				"Vell acts\n\nVell will impose 20 percent tariffs on Ostrin steel from June, the trade minister said.",
				"Steel levy\n\nVell's 25 percent tariffs on Ostrin steel start in June, the trade minister said.",
			},
			want: []string{"Tariff: 20 percent|25 percent"},
		},
		{
			name: "one tariff on one named good, its figure before or after",
			texts: []string{
				"Dairy levy\n\nThe bloc announced tariffs of 20 percent on Vell dairy from May, officials said.",
				"Dairy row\n\nThe bloc will charge a 25 percent tariff on Vell dairy from May, officials said.",
			},
			want: []string{"Tariff: 20 percent|25 percent"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSourceDisputes(t, tc.texts, tc.want, false) })
	}
}
