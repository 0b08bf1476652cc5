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

// What an article says of one bearer of a surname is not what it says of
// another ("Dario Quent" and his mother "Carla Quent"); an appositive
// after a name marks its gender as a title before it does; a pronoun of
// the other gender than the subject's in a sentence is the subject's, so
// the cue's pronoun is the other person the sentence names.
func TestGenderOfWhomAPronounStandsFor(t *testing.T) {
	runRules(t, []ruleCase{
		{"two bearers of one surname",
			[]string{"Police shot Piet Orlo at a traffic stop on Friday, and he died at the scene.",
				"Chief Lena Vask said the officer had acted within policy, and she said the footage would be released.",
				"Ada Orlo, the dead man's mother, spoke briefly outside the family's home.",
				"“They took my son from me over a broken tail light,” she said."},
			[]string{"Lena Vask", "Ada Orlo"}},
		{"the subject's pronoun before the cue's",
			[]string{"Ada Renn, the family's lawyer, spoke to reporters on Monday.",
				"Piet Orlo had no weapon in his hands, she said, and the pistol was locked in the car."},
			[]string{"Ada Renn"}},
		{"the subject's pronoun after the cue's",
			[]string{"Piet Orlo told the court on Tuesday that he had lost everything he built.",
				"Orlo is suing over remarks Ada Renn made last year, in which she said he had bullied junior staff on the set.",
				"“I raised my voice, but I never threw anything,” he said."},
			[]string{"Piet Orlo", "Ada Renn", "Piet Orlo"}},
	})
}
