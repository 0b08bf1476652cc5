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
