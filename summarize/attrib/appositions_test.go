package attrib

import "testing"

// A chain of appositives, a relative clause between dashes or a leader
// named in an appositive stands between a subject and its cue.
func TestAppositiveChains(t *testing.T) {
	runRules(t, []ruleCase{
		{"role, then the body's description", []string{"Lt. Mira Sandor, a spokeswoman for Operation Lantern, the joint patrol against smugglers in Vell and Rask, told a reporter that the claim was false."}, []string{"Mira Sandor"}},
		{"after a quotation, a place and a second role", []string{"“The figures are wrong,” Ada Renn, a fellow at the Harrow Institute in Vell, Tarnland, and co-author of the report, said in a statement."}, []string{"Ada Renn"}},
		{"a name inside the appositive", []string{"Prince Olaf, the younger brother of the heir to the throne, Karl, has told friends that the interview went well."}, []string{"Olaf"}},
		{"a relative clause between dashes holds commas", []string{"In Vell, the union leader, Ada Renn — whose mother, also a docker, ran the union — promised to fight the closure of the depot."}, []string{"Ada Renn"}},
		{"a body and a relative clause between dashes", []string{"The Vell Harbour Board - which considers the council biased - called for an emergency meeting of the port users."}, []string{"Vell Harbour Board"}},
		{"a party and state after a title", []string{"Sen. Ada Renn, D-Vell., called the ruling “a disgrace” on Monday."}, []string{"Ada Renn"}},
		{"a group led by a named person", []string{"Since then, a group of Vell councillors, led by Ada Renn, has urged the mayor to reopen the depot."}, []string{"Ada Renn"}},
		{"a group led by a titled person among others", []string{"Since then, a group of Vell councillors, led by Sen. Renn (G-North) and ten members of the harbour board, have urged the mayor to reopen the depot."}, []string{"Renn"}},
	})
}
