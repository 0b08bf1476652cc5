package attrib

import "testing"

// Where a source is a document, or several unnamed bodies: "according to
// a statement from X" names X; "X's letter to Y" is X's; "shipping firms"
// and "exporters' groups" are unnamed sources, never a body called
// "Shipping"; "it" in a later clause is the sentence's subject.
func TestDocumentsAndPluralSources(t *testing.T) {
	runRules(t, []ruleCase{
		{"according to a statement from a body", []string{
			"According to a statement from the Orrin Water Board, the farmers rejected a cut in their quota."},
			[]string{"Orrin Water Board"}},
		{"according to a joint statement by a body", []string{
			"According to a joint statement by the Tarvic Rail Company, the line will reopen in May."},
			[]string{"Tarvic Rail Company"}},
		{"according to estimates by a body", []string{
			"According to estimates by the Vantor Statistics Office, prices rose by a tenth in March."},
			[]string{"Vantor Statistics Office"}},
		{"a body's letter to another", []string{
			"The Selvan Port Authority met the dockers on Friday.",
			"The authority's letter to the union, seen by the Northern Courier, also said that the port would seek an injunction."},
			[]string{"Selvan Port Authority"}},
		{"plural firms are unnamed", []string{
			"Shipping firms have criticised both sides, saying the dispute had already cost them millions."},
			[]string{"Shipping firms"}},
		{"plural groups are unnamed", []string{
			"Exporters' groups urged both sides to return to the table before the harvest."},
			[]string{"Exporters' groups"}},
		{"it, in a later clause, is the subject", []string{
			"The Selvan Port Authority met the Korvel Dockers Union on Friday.",
			"The Korvel Dockers Union said the strike would go on through the weekend.",
			`The authority said in a statement that it remained open to talks, but it accused the union of "holding the region hostage".`},
			[]string{"Korvel Dockers Union", "Selvan Port Authority"}},
	})
}
