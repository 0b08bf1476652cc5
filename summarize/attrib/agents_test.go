package attrib

import "testing"

// A person's possessive and a noun of someone who speaks for another
// ("Varo's rep", "the singer's lawyer") name an unnamed agent speaking
// for that person; a body's possessive does not.
func TestPersonsAgent(t *testing.T) {
	runRules(t, []ruleCase{
		{"a rep", []string{"In March, pop singer Mara Velt left the Corvid label.",
			"Velt's rep told reporters the contract had lapsed."},
			[]string{"Mara Velt's rep"}},
		{"a publicist after the person's role", []string{"Pop singer Mara Velt sued the label Corvid Music on Monday.",
			"The singer's publicist said the tour would go on."},
			[]string{"Mara Velt's publicist"}},
		{"attorneys after a modifier", []string{"Investor Rolf Ekman bought the harbour mill.",
			"Ekman's longtime attorneys wrote that the sale was lawful."},
			[]string{"Rolf Ekman's longtime attorneys"}},
		{"a representative by the full name", []string{"Investor Rolf Ekman bought the harbour mill.",
			"Rolf Ekman's representative said the mill would reopen."},
			[]string{"Rolf Ekman's representative"}},
		{"a named holder of the post speaks", []string{"Investor Rolf Ekman bought the harbour mill.",
			"Ekman's attorney, Lise Brun, said the sale was lawful."},
			[]string{"Lise Brun"}},
	})
}

// Counsel named by a possessive pronoun ("her lawyer", "his attorneys")
// speak for the person last named whom the pronoun fits, unnamed.
func TestCounselOfPronoun(t *testing.T) {
	lead := "Dara Kell, a guard at Harrow County Jail, was charged on Monday."
	runRules(t, []ruleCase{
		{"her lawyer", []string{lead, "Her lawyer said the charge would not stand."}, []string{"Dara Kell's lawyer"}},
		{"her attorneys, with a modifier", []string{lead, "Her longtime attorneys said the charge would not stand."}, []string{"Dara Kell's longtime attorneys"}},
		{"his lawyer after a man", []string{"Ivo Marsh, a guard at Harrow County Jail, was charged on Monday.",
			"His lawyer said the charge would not stand."}, []string{"Ivo Marsh's lawyer"}},
		{"a pronoun that fits no one", []string{"Ivo Marsh, a guard at Harrow County Jail, was charged on Monday with falsifying his logs.",
			"Her lawyer said the charge would not stand."}, nil},
	})
}

// "His lawyer, Piet Olm," is counsel for the last man the article marks
// so, before a person named since whose gender it does not say.
func TestCounselOfAMarkedMan(t *testing.T) {
	an := Extract([]string{"Federation president Ivo Marsh was charged on Monday. He denied any wrongdoing.",
		"Prosecutor Dara Kell said the case rested on bank records.",
		"His lawyer, Piet Olm, said the accusations were baseless."})
	for _, st := range an.Statements {
		if st.Speaker.Name == "Piet Olm" && st.Speaker.Role != "Ivo Marsh's lawyer" {
			t.Errorf("role %q, want Ivo Marsh's lawyer", st.Speaker.Role)
		}
	}
}

// A spokesperson or an aide named with a possessive pronoun ("His
// spokeswoman Irina Salko", "Her deputy, Ivo Renn,") holds the post of
// the person the pronoun stands for, named in a sentence before: not one
// the same sentence names after it ("Mr Renko's conviction").
func TestAgentOfPronoun(t *testing.T) {
	tests := []struct {
		name    string
		paras   []string
		speaker string
		role    string
	}{
		{"his spokeswoman", []string{"Foreign Minister Rustam Oderin called the accusations baseless.",
			"His spokeswoman Irina Salko said the diplomats had done nothing wrong."}, "Irina Salko", "Rustam Oderin's spokeswoman"},
		{"her deputy", []string{"Union president Annika Brandvold said the blockades would go on.",
			"Her deputy, Ivo Renn, said the union had 4,000 members."}, "Ivo Renn", "Annika Brandvold's deputy"},
		{"not one the sentence names after it", []string{"President Teodor Almasy said he had acted on humanitarian grounds.",
			"His spokesman, Mihail Castell, said Pavel Renko's conviction stands."}, "Mihail Castell", "Teodor Almasy's spokesman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRole(t, tt.paras, tt.speaker, tt.role) })
	}
}

// checkRole checks the role the first statement of speaker in paras
// gives them.
func checkRole(t *testing.T, paras []string, speaker, role string) {
	t.Helper()
	an := Extract(paras)
	for _, st := range an.Statements {
		if st.Speaker.Name == speaker {
			if st.Speaker.Role != role {
				t.Errorf("role %q, want %q", st.Speaker.Role, role)
			}
			return
		}
	}
	t.Errorf("no statement of %s in %+v", speaker, an.Statements)
}

// A voice named by its body's kind alone ("A ministry spokeswoman",
// "a spokeswoman for the ministry") is the voice of the body of that kind
// the article has just named with its state's possessive, though its
// remit is two words joined by "and".
func TestVoiceOfTheKindJustNamed(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		role  string
	}{
		{"a ministry spokeswoman", []string{"Tarvania's ministry of water and energy denied withholding information.",
			"A ministry spokeswoman, Oana Pirvu, said the data had been shared every day."}, "Tarvania's ministry of water and energy's spokeswoman"},
		{"a spokeswoman for the ministry", []string{"Tarvania's water and energy ministry disputed the commission's account.",
			"Oana Pirvu, a spokeswoman for the ministry, said the data had been shared every day."}, "Tarvania's water and energy ministry's spokeswoman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRole(t, tt.paras, "Oana Pirvu", tt.role) })
	}
}
