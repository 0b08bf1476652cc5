package summarize

import "testing"

// Two sides' counts of the people one thing befell are one attribute,
// whatever noun names the people and however far apart the counts are;
// counts of what befell them in two ways are two.
func TestFigureOfWhatBefellPeople(t *testing.T) {
	runDisputeShapes(t, []disputeShape{
		{
			name: "detained: supporters and people, in the passive and after the verb",
			texts: []string{
				"Party counts arrests\n\nThe Civic Renewal Party said more than 600 supporters had been detained across the country.\n\nThe party said it would march again on Sunday.",
				"Ministry gives its figure\n\nThe Tarvan interior ministry said officers detained 46 people for public order offences.\n\nThe ministry said the capital was calm.",
			},
			want: []string{"Civic Renewal Party / Tarvan [Number detained]"},
		},
		{
			name: "detained and injured are two things",
			texts: []string{
				"Party counts arrests\n\nThe Civic Renewal Party said more than 600 supporters had been detained across the country.\n\nThe party said it would march again on Sunday.",
				"Ministry gives its figure\n\nThe Tarvan interior ministry said 46 people were injured in the clashes.\n\nThe ministry said the capital was calm.",
			},
		},
	})
}
