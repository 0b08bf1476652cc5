package attrib

import "testing"

// A document subject with no owner in its sentence ("a statement said",
// "the report said") stands for a body that spoke or was named in the
// same paragraph or the two sentences before it, never for one that
// spoke further back and gave the floor to others.
func TestDocumentSubjectReach(t *testing.T) {
	guild := "The Harbour Guild said the ferry fares would rise in May."
	others := []string{
		"Ines Valk runs the bakery on the quay. She said trade had been slow all winter.",
		"Tomas Eld, a fisherman, said the new pier was too short.",
		"Valk added that the council had not answered her letters.",
	}
	runRules(t, []ruleCase{
		{"a statement after people spoke in other paragraphs", append(append([]string{guild}, others...),
			`"We will not move the market," a statement said.`),
			[]string{"Harbour Guild", "Ines Valk", "Tomas Eld", "Ines Valk"}},
		{"a report opening the sentence, far from the body", append(append([]string{guild}, others...),
			"The report said the harbour walls needed repair."),
			[]string{"Harbour Guild", "Ines Valk", "Tomas Eld", "Ines Valk", "report"}},
		{"the body spoke in the same paragraph", []string{
			guild + " Ines Valk runs the bakery. Valk said trade had been slow all through the winter. Tomas Eld said the new pier was far too short. " +
				`"We will not move the market," a statement said.`},
			[]string{"Harbour Guild", "Ines Valk", "Tomas Eld", "Harbour Guild"}},
		{"the body named in the sentence before", append(append([]string{guild}, others...),
			"The Harbour Guild met again on Friday.",
			`"We will not move the market," a statement said.`),
			[]string{"Harbour Guild", "Ines Valk", "Tomas Eld", "Ines Valk", "Harbour Guild"}},
		{"the body named by its kind in the sentence before", append(append([]string{
			"The ferry company Tarnco said the fares would rise in May."}, others...),
			"The company met the mayor again on Friday.",
			`"We will not cut the Sunday boats," a statement said.`),
			[]string{"Tarnco", "Ines Valk", "Tomas Eld", "Ines Valk", "Tarnco"}},
		{"the body spoke just before", []string{guild,
			`"We will not move the market," a statement said.`},
			[]string{"Harbour Guild", "Harbour Guild"}},
	})
}
