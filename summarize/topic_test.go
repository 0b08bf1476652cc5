package summarize

import (
	"slices"
	"strings"
	"testing"
)

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

// The words of a description that stands for a body say who, not what is
// at stake: they name no point in dispute; the same words elsewhere may.
func TestDescriptionsNameNoPoint(t *testing.T) {
	tests := []struct {
		text    string
		out, in []string // words left out of the point's words, and kept
	}{
		{"The social media giant called the buyer's exit a sham.", []string{"social", "media", "giant"}, []string{"exit", "sham"}},
		{"Its parent company said the plant would stay open.", []string{"parent", "company"}, []string{"plant"}},
		{"The union said social media posts had misled members.", nil, []string{"social", "media", "posts"}},
	}
	for _, tc := range tests {
		w := wordsOf(oneClaim(0, "Side", "side", "a", tc.text, ""), map[string]bool{})
		for _, word := range tc.out {
			if _, ok := w.stems[terms(word)[0]]; ok {
				t.Errorf("%q: %q should name no point", tc.text, word)
			}
		}
		for _, word := range tc.in {
			if _, ok := w.stems[terms(word)[0]]; !ok {
				t.Errorf("%q: %q should be kept", tc.text, word)
			}
		}
	}
}

// A side named as what an act was done to is its victim, not the side a
// word of accusation is aimed at; after a verb of blame it is the accused.
func TestVictim(t *testing.T) {
	tests := []struct {
		text string
		at   string // the side's word
		want bool
	}{
		{"we condemn the attack on vell rebels", "vell", true},
		{"this was aggression against tarnland", "tarnland", true},
		{"the union blamed the fire on tesk", "tesk", false},
		{"the union condemned tesk for the fire", "tesk", false},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		i := slices.Index(words, tc.at)
		if got := victim(words, i); got != tc.want {
			t.Errorf("victim(%q, %q) = %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
}
