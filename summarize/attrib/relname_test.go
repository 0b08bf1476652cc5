package attrib

import "testing"

// A description whose relative clause holds a capitalised name, then the
// name in apposition, then the cue: the name in apposition speaks, never
// the name inside the relative clause ("The company that runs the Vell
// Awards, Orla Sound, denies").
func TestAppositiveAfterRelativeClauseWithName(t *testing.T) {
	runRules(t, []ruleCase{
		{"a company that runs a named event", []string{
			"The company that runs the Vell Awards, Orla Sound, denies that anything has been agreed."},
			[]string{"Orla Sound"}},
		{"a body which owns a named port", []string{
			"The trust which owns Selvan Harbour, Marisca Holdings, said the quay would reopen in May."},
			[]string{"Marisca Holdings"}},
		{"a firm that makes a named brand, with a past cue", []string{
			"The group that makes the Tamber kettles, Ostrander Foods, insisted the fault was rare."},
			[]string{"Ostrander Foods"}},
		{"a person who leads a named union", []string{
			"The woman who leads the Orrin Nurses' Union, Kasia Wren, said the offer fell short."},
			[]string{"Kasia Wren"}},
	})
}
