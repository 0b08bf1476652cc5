package attrib

import "testing"

// A subject separated from its cue by parentheticals between commas
// speaks: the examples, relative clauses and appositives between the
// commas only describe it.
func TestParentheticalSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{"an example and a relative clause",
			[]string{"But dairy farmers, like Tomas Eld, who spoke on Kell Radio this week, say the milk price must rise."},
			[]string{"dairy farmers"}},
		{"such as",
			[]string{"Vell Union members, such as the drivers at the Kell depot, warned that the strike would go on."},
			[]string{"Vell Union members"}},
		{"an opening phrase before the subject",
			[]string{"On Sunday, the farmers, like Tomas Eld, who farms near Kell, said the levy was unfair."},
			[]string{"farmers"}},
		{"including, then a relative clause",
			[]string{"The farmers, including several from the Orla valley, who met in Kell on Friday, said the levy was unfair."},
			[]string{"farmers"}},
		{"a name, an indefinite role and a relative clause",
			[]string{"Ada Renn, a councillor from Kell, who chaired the inquiry, said the bridge had been neglected for years."},
			[]string{"Ada Renn"}},
		{"an opening phrase is no subject",
			[]string{"In Kell, like in Orla, which voted last week, say the results were close."},
			nil},
		{"a clause between the commas is no parenthetical",
			[]string{"The price fell, like it did last year, and the farmers, who are angry, say it must rise."},
			[]string{"farmers"}},
	})
}
