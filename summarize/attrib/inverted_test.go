package attrib

import "testing"

// After an inverted cue, lower-case words may describe the name that ends
// the phrase; a verb's -s form after a quotation or a reported clause is
// the cue, whatever its tag.
func TestInvertedDescriptions(t *testing.T) {
	runRules(t, []ruleCase{
		{"an occupation before the name", []string{"“The ice is thinner than we thought,” said glaciologist Ada Renn of the Vell Polar Institute in Rask."}, []string{"Ada Renn"}},
		{"modifiers and an occupation", []string{"Savings matter, but you can only cut so far, says certified financial planner Ola Brandt."}, []string{"Ola Brandt"}},
		{"a body's post, then a prepositional phrase", []string{"Layoffs will start this week, said the Harrow Company's recently named executive chair Ola Brandt in an email to staff."}, []string{"Ola Brandt"}},
		{"a title with its dot, then an appositive", []string{"Officers arrested three men near the depot on Friday after finding stolen goods in their van, said Lt. Ola Brandt, the police spokesman."}, []string{"Ola Brandt"}},
		{"comments after a quotation", []string{"“We changed the design of the hull,” comments Ola Brandt of the design office."}, []string{"Ola Brandt"}},
		{"reports after a reported clause", []string{"The Vell Times is the town's oldest paper.", "The river has flooded twice this year, reports the Vell Times."}, []string{"Vell Times"}},
		{"the -s form after a participle is the subject's verb", []string{"Tarn Air has sued Olek Varga over the hangars.", "The lawsuit, filed in the district court on Tuesday, accuses Varga of bad faith."}, []string{"Tarn Air"}},
	})
}

// After "according to", a description may come before the name, and a
// role may have the name in its appositive.
func TestAccordingToNamed(t *testing.T) {
	runRules(t, []ruleCase{
		{"a modifier before a body's name", []string{"The ferry sank near Rask on Monday, according to the state-run Vell News Agency."}, []string{"Vell News Agency"}},
		{"a post and a body before a name", []string{"The depot will close in May, according to the harbour board's long-serving treasurer Ola Brandt."}, []string{"Ola Brandt"}},
		{"a role, then the name between commas", []string{"Ola Brandt grew up in Rask.", "According to his aunt, Jane Starner, “He was reading at an adult level when he was in kindergarten.”"}, []string{"Jane Starner"}},
	})
}
