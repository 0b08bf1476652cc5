package attrib

import "testing"

// A personal title before one capitalised name ("Prince Edwin", "Mrs
// Varga") names a person, whom the title also gives a gender: a pronoun
// after a sentence with that person for its subject stands for them.
func TestTitleAndOneNameIsAPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{"a prince named by his title",
			[]string{"Viewers watched the show, while the real Prince Edwin was busy hiding.",
				"“The interview was a disaster,” Ada Brun said.",
				"Edwin does not remember the party, but he remembers the pizza.",
				"“It is an unusual thing for me to do,” he said."},
			[]string{"Ada Brun", "Edwin"}},
		{"the title's gender rules out the last speaker",
			[]string{"“The ferry will run,” Ada Brun said in her office.", "The harbour board later met Mr Tolvan at the quay.",
				"“Nobody told us about the timetable,” he said."},
			[]string{"Ada Brun", "Tolvan"}},
		{"an honorific for a woman",
			[]string{"“The ferry will run,” Piet Alder said in his office.", "Reporters found Mrs Varga at the quay on Sunday.",
				"“Nobody told us about the timetable,” she said."},
			[]string{"Piet Alder", "Varga"}},
		{"a title word that opens a company's name is no person",
			[]string{"“The plant will stay open,” Piet Alder said.", "General Turbines cut 300 jobs at Kell last year.",
				"“We were never consulted,” he said."},
			[]string{"Piet Alder", "Piet Alder"}},
	})
}
