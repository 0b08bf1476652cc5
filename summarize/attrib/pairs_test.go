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
			[]string{"Lena Varo and Tomas Brekke", "Tomas Brekke", "Tomas Brekke and Lena Varo"}},
		{"a pronoun and a name, then they", []string{
			"Spending cuts only go so far, says financial planner Oskar Lind.",
			"You can do more by earning more, he and his wife Mira Lind argued on their podcast.",
			"Raising your income is the long-term answer, they said."},
			[]string{"Oskar Lind", "Oskar Lind and Mira Lind", "Oskar Lind and Mira Lind"}},
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

// People joined by "and" as the subject of a cue speak jointly, as the
// "they" after them does: neither the one named first nor the one named
// last alone. A person with a group is left to the group.
func TestPeopleAsCoordinatedSubject(t *testing.T) {
	runRules(t, []ruleCase{
		{"two full names", []string{
			"Nils Aberg and Petra Soll said the bridge tolls were unfair."},
			[]string{"Nils Aberg and Petra Soll"}},
		{"surnames after the people were named", []string{
			"Nils Aberg chairs the tenants' forum. Petra Soll runs the ferry café.",
			"Aberg and Soll told the council that the tolls hurt the island."},
			[]string{"Nils Aberg and Petra Soll"}},
		{"a pronoun and a relative named with the relation", []string{
			"Rents keep rising, says landlord Ivar Moen.",
			"Owners must share the cost, he and his wife Greta explained on their radio show."},
			[]string{"Ivar Moen", "Ivar Moen and Greta"}},
		{"a title before the first name, and an auxiliary", []string{
			"Gov. Ilka Dray and Mayor Otto Renko have said the budget is balanced."},
			[]string{"Ilka Dray and Otto Renko"}},
		{"a person and a group stay with the group", []string{
			"Gov. Ilka Dray and leaders of the Harbour Guild said the budget was balanced."},
			[]string{"Ilka Dray and leaders of Harbour Guild"}},
	})
}
