package summarize

import "testing"

// A dispute's topic is the noun phrase of the word the sides share, by
// part of speech.
func TestTopicPhrase(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		wa, wb string
		want   string
	}{
		{"the phrase both sides write",
			"The union said the port was in material breach of the contract.",
			"The company denied any material breach of its agreements.",
			"breach", "breach", "material breach"},
		{"a noun modifier one side writes",
			"Officials said the peace plan would be signed in May.",
			"The ministry said the plan had no future.",
			"plan", "plan", "peace plan"},
		{"a singular noun modifies the noun after it",
			"The union rejected the pay offer on Monday.",
			"The hospital said its pay offer was fair.",
			"pay", "pay", "pay offer"},
		{"a plural ends the compound",
			"The airline said it never held passengers hostage.",
			"The airport said passengers waited for nine hours.",
			"passengers", "passengers", "passengers"},
		{"a measure takes its of-phrase",
			"The council said the number of polling stations was cut.",
			"The commission said the number of polling stations was the same as last year.",
			"number", "number", "number of polling stations"},
		{"a span of time heads no point",
			"The board said the talks would go on for hours.",
			"The union said the talks had lasted hours.",
			"hours", "hours", ""},
		{"a verb's form is no noun",
			"The union said it was launching a strike.",
			"The company said it was launching an appeal.",
			"launching", "launching", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := topicPhrase(tagged(tc.a), tagged(tc.b), tc.wa, tc.wb); got != tc.want {
				t.Errorf("topicPhrase = %q, want %q", got, tc.want)
			}
		})
	}
}
