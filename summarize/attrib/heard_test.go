package attrib

import "testing"

// A person a pronoun has stood for is of that pronoun's gender while the
// article says nothing else of it: "she said" for Kim Varo, then "he
// said" is someone else.
func TestPronounGivesTheGenderOfWhomItStandsFor(t *testing.T) {
	runRules(t, []ruleCase{
		{"the other gender's pronoun passes over her",
			[]string{"The novelist Kim Varo met me over lunch in March.", "“You only ever see the tip of them,” she said.",
				"The letters of Robin Tall could fill a shelf.", "He said the games had sold well in the north."},
			[]string{"Kim Varo", "Robin Tall"}},
		{"a pronoun in a clause marks the last person",
			[]string{"Robin Tall told the court he was at home that night.",
				"Tall also spent an hour explaining how he could not have met Kim Varo, because she had described a man with a beard.",
				"“I have never had a beard,” he said."},
			[]string{"Robin Tall", "Robin Tall"}},
		{"the same gender's pronoun still stands for her",
			[]string{"The novelist Kim Varo met me over lunch in March.", "“You only ever see the tip of them,” she said.",
				"The letters of Robin Tall could fill a shelf.", "She said the games had sold well in the north."},
			[]string{"Kim Varo", "Kim Varo"}},
	})
}
