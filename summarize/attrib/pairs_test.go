package attrib

import "testing"

// "They" after people named together as the subject of a clause stands
// for both of them: the statement is theirs jointly.
func TestTheyForPeopleNamedTogether(t *testing.T) {
	runRules(t, []ruleCase{
		{"two full names, then they", []string{
			"The Vell Harbour Board said the ferry would run again in May.",
			"Lena Varo and her brother Tomas Brekke met the board on Monday.",
			"They said the harbour road should reopen before the summer."},
			[]string{"Vell Harbour Board", "Lena Varo and Tomas Brekke"}},
		{"first names after an opening phrase", []string{
			"Lena Varo and her brother Tomas Brekke agreed to an interview.",
			"Over the course of that interview, Tomas and Lena recalled the old harbour.",
			"“It was our whole childhood,” Tomas said.",
			"They also said the town had forgotten the fishermen."},
			[]string{"Tomas Brekke", "Tomas Brekke and Lena Varo"}},
		{"a pronoun and a name, then they", []string{
			"Spending cuts only go so far, says financial planner Oskar Lind.",
			"You can do more by earning more, he and his wife Mira Lind argued on their podcast.",
			"Raising your income is the long-term answer, they said."},
			[]string{"Oskar Lind", "Oskar Lind", "Oskar Lind and Mira Lind"}},
		{"a body that spoke since the people were named", []string{
			"Lena Varo and Tomas Brekke met the board on Monday.",
			"The Vell Harbour Board said the ferry would run again in May.",
			"They said the harbour road would stay shut."},
			[]string{"Vell Harbour Board", "Vell Harbour Board"}},
		{"he after people speaking together is one of them, not both", []string{
			"Ms. Lena Varo and her brother Tomas Brekke met the board on Monday.",
			"They said the harbour road should reopen before the summer.",
			"He added that the ferry had been late all week."},
			[]string{"Lena Varo and Tomas Brekke", "Tomas Brekke"}},
		{"people named together in a reported clause", []string{
			"Lena Varo agreed to an interview.",
			"Lena added that before the war, he and Tomas Brekke had written to each other.",
			"They said the letters were kind."},
			[]string{"Lena Varo"}},
	})
}
