package attrib

import "testing"

// "The company" where the article has registered no company of its kind
// is the one business the sentence before, or its own sentence before it,
// names by a one-word name the article uses for a business.
func TestTheCompanyIsTheOneBusinessNamedJustBefore(t *testing.T) {
	runRules(t, []ruleCase{
		{"the object of the sentence before, a business by its spokesperson", []string{
			"The state prosecutor is investigating Tarnwork over its leases.",
			"The company confirmed that it had been contacted by the prosecutor's office.",
			"A Tarnwork spokesperson declined to say more."},
			[]string{"Tarnwork"}},
		{"a possessive before the description, a business by its cue", []string{
			"Skyfold is Brinmoor's attempt to sell games by streaming, and the company has promised a great deal.",
			"Brinmoor says the controller will work with phones next year."},
			[]string{"Brinmoor", "Brinmoor"}},
		{"a business by its founder", []string{
			"Regulators fined Kestwave last month.",
			"The firm said it would appeal the fine.",
			"Kestwave's founder, Ivo Dane, left in May."},
			[]string{"Kestwave"}},
		{"the business's own officer named after the description", []string{
			"The state prosecutor is investigating Tarnwork over its leases.",
			"The company confirmed it had been contacted by the prosecutor, who will look at deals by Tarnwork's founder, Ivo Dane.",
			"A Tarnwork spokesperson declined to say more."},
			[]string{"Tarnwork"}},
		{"the business named after the description as another", []string{
			"The state prosecutor is investigating Tarnwork over its leases.",
			"The company said Tarnwork had broken the terms of its leases.",
			"A Tarnwork spokesperson declined to say more."},
			[]string{"company"}},
		{"two businesses named before: which one is not said", []string{
			"Regulators fined Kestwave and Tarnwork last month.",
			"The company said it would appeal the fine.",
			"Kestwave's founder, Ivo Dane, left in May. A Tarnwork spokesperson declined to comment."},
			[]string{"company"}},
		{"a body's spelled-out short name is no business", []string{
			"The Vell Ports Authority (VPA) is investigating Tarnwork over its leases.",
			"The company confirmed that it had been contacted by the authority.",
			"A Tarnwork spokesperson said it would cooperate. The VPA declined to comment."},
			[]string{"Tarnwork", "Tarnwork spokesperson"}},
		{"'the group' is no business named before", []string{
			"Regulators fined Kestwave last month, and Kestwave's founder left in May.",
			"The group said its members would protest outside the regulator's office."},
			[]string{"group"}},
		{"a name never used for a business", []string{
			"Regulators visited Brannock last month.",
			"The company said it would appeal the fine."},
			[]string{"company"}},
	})
}

// A corporate title a firm noun modifies ("a company spokesperson") is a
// post of the one business the article has named, unnamed; with two
// businesses named, whose it is is not said.
func TestCompanyPostOfTheOneBusiness(t *testing.T) {
	runRules(t, []ruleCase{
		{"a company spokesperson", []string{
			"Tarnwork is being investigated by the state prosecutor.",
			"Tarnwork founder Ivo Dane built the firm in six years.",
			"A company spokesperson said in an email that it was cooperating with the inquiry."},
			[]string{"Tarnwork's spokesperson"}},
		{"a company spokeswoman after a cue of the business", []string{
			"Kestwave says its new leases start in May.",
			"A company spokeswoman said the leases had been signed last week."},
			[]string{"Kestwave", "Kestwave's spokeswoman"}},
		{"two businesses named", []string{
			"Kestwave says its new leases start in May. Tarnwork says its own start in June.",
			"A company spokeswoman said the leases had been signed last week."},
			[]string{"Kestwave", "Tarnwork"}},
	})
}

// A part of a business a firm noun modifies ("Company management", "the
// company board") speaks for the one business the article has named.
func TestCompanyPartSpeaksForTheBusiness(t *testing.T) {
	runRules(t, []ruleCase{
		{"company management after a business called a giant", []string{
			"Shares of home hardware giant Tarn Depot fell after the company cut its sales forecast.",
			"Company management said sales growth this year would be 3%."},
			[]string{"Tarn Depot"}},
		{"the company board after a company by its name", []string{
			"Vell Freight Holdings reported a loss for the year.",
			"The company board said the dividend would be cut."},
			[]string{"Vell Freight Holdings", "Vell Freight Holdings"}},
		{"company management after two businesses", []string{
			"Kestwave says its leases start in May. Tarnwork says its own start in June.",
			"Company management said sales growth this year would be 3%."},
			[]string{"Kestwave", "Tarnwork", "Company management"}},
	})
}
