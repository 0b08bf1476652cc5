package attrib

import "testing"

// "It" and "they" stand for a body the way "he" and "she" stand for a
// person: in a later clause, for the body that is the subject of the
// sentence; at the start of a sentence, for the body that was the subject
// of the sentence before, when no body has spoken since.
func TestBodyPronounForTheSubject(t *testing.T) {
	runRules(t, []ruleCase{
		{"a relative clause in the subject's sentence",
			[]string{"“The depot will close,” the Vell Transit Authority said.",
				"The Orla Dockworkers' Union, however, rejected the plan, which it said would cost 300 jobs."},
			[]string{"Vell Transit Authority", "Orla Dockworkers' Union"}},
		{"a later clause after an opening phrase",
			[]string{"“Prices will rise,” the Kell Energy Company said.",
				"After a week of rain, the Tarn Water Board lifted its ban, but it said the reservoirs remained low."},
			[]string{"Kell Energy Company", "Tarn Water Board"}},
		{"a capitalised body after a determiner",
			[]string{"“Prices will rise,” the Kell Energy Company said.",
				"The Harbour Guild, meanwhile, closed the quay, which it said was no longer safe."},
			[]string{"Kell Energy Company", "Harbour Guild"}},
		{"the subject of the sentence before",
			[]string{"“Prices will rise,” the Kell Energy Company said.", "The Vell Rail Company bought two depots last year.",
				"It said both depots would reopen in May."},
			[]string{"Kell Energy Company", "Vell Rail Company"}},
		{"the subject of the sentence before, after an opening phrase",
			[]string{"“Prices will rise,” the Kell Energy Company said.", "As of March, the Orla Shipping Company had a fleet of forty ships.",
				"In addition to its order of six tankers, it announced a new route to Vell."},
			[]string{"Kell Energy Company", "Orla Shipping Company"}},
		{"the body that spoke last when no body was the subject since",
			[]string{"“Prices will rise,” the Kell Energy Company said.", "Households in Tarn use more gas every winter.",
				"It said the rise would be the last this year."},
			[]string{"Kell Energy Company", "Kell Energy Company"}},
		{"a person subject is no body",
			[]string{"“Prices will rise,” the Kell Energy Company said.",
				"Ada Brun, the harbour master, closed the quay, which it said was no longer safe."},
			[]string{"Kell Energy Company", "Kell Energy Company"}},
	})
}
