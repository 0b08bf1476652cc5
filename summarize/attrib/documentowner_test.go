package attrib

import "testing"

// A document modified by a body noun ("a union statement", "the
// ministry's letter") is the statement of the body of that kind the
// article named; "the statement" after it is that body's too. A document
// with no owner said stays unowned.
func TestDocumentOfABodyNoun(t *testing.T) {
	runRules(t, []ruleCase{
		{"a union statement", []string{
			"The Harbour Pilots Union and the Selvan Port Authority met again on Monday.",
			`"The pilots will not return to the night shifts," a union statement said.`,
			"The statement said the authority had ignored two safety reports."},
			[]string{"Harbour Pilots Union", "Harbour Pilots Union"}},
		{"the ministry's letter", []string{
			"The Varnish Transport Ministry met the rail operators on Friday.",
			"The ministry's letter said the night trains would lose their subsidy from March."},
			[]string{"Varnish Transport Ministry"}},
		{"a statement with no owner said", []string{
			"The Harbour Pilots Union and the Selvan Port Authority met again on Monday.",
			`"Talks will resume in the spring," a statement said.`},
			nil},
	})
}
