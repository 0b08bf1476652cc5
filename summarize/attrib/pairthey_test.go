package attrib

import "testing"

// "They" opening a sentence after one whose subject is two people joined
// by "and" stands for the pair, in more shapes of the pair: a lower-case
// title before the second name, a comma-set role after each name, a
// plural noun of people the pair stands beside. People named as an
// object of the sentence before take no "they".
func TestTheyAfterPairShapes(t *testing.T) {
	body := "Corvid Records said the sale of the catalogue was fair."
	runRules(t, []ruleCase{
		{"a lower-case title before the second name", []string{body,
			"Senator Ilsa Warrow and congresswoman Dana Ocks met the regulator on Monday.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Ilsa Warrow and Dana Ocks"}},
		{"roles set off by commas", []string{body,
			"Ilsa Warrow, a senator, and Dana Ocks, a congresswoman, met the regulator.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Ilsa Warrow and Dana Ocks"}},
		{"a plural noun of people before the pair", []string{body,
			"Two lawmakers, Ilsa Warrow and Dana Ocks, met the regulator.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Ilsa Warrow and Dana Ocks"}},
		{"the pair as an object takes no they", []string{body,
			"Corvid Records met Ilsa Warrow and Dana Ocks on Monday.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Corvid Records"}},
	})
}

// Two people named in apposition to a plural noun of people ("two
// lawmakers: Ilsa Warrow and Dana Ocks") closing a sentence whose subject
// is one thing ("Her letter") are what a "they" opening the next sentence
// stands for: the subject cannot be "they". A body or a plural as the
// subject keeps "they" its own.
func TestTheyAfterPairInApposition(t *testing.T) {
	body := "Corvid Records said the sale of the catalogue was fair."
	runRules(t, []ruleCase{
		{"a colon after the plural", []string{body,
			"Her letter drew the attention of two lawmakers: Senator Ilsa Warrow and congresswoman Dana Ocks.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Ilsa Warrow and Dana Ocks"}},
		{"a comma after the plural", []string{body,
			"The sale angered two lawmakers, Ilsa Warrow and Dana Ocks.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Ilsa Warrow and Dana Ocks"}},
		{"a body as the subject keeps they", []string{body,
			"Corvid Records hired two lawyers: Ilsa Warrow and Dana Ocks.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Corvid Records"}},
		{"no plural before the pair", []string{body,
			"Her letter reached Ilsa Warrow and Dana Ocks.",
			"They criticised the sale of the catalogue."},
			[]string{"Corvid Records", "Corvid Records"}},
	})
}
