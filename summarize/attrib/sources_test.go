package attrib

import "testing"

// Where a source is a document, or several unnamed bodies: "according to
// a statement from X" names X; "X's letter to Y" is X's; "shipping firms"
// and "exporters' groups" are unnamed sources, never a body called
// "Shipping"; "it" in a later clause is the sentence's subject.
func TestDocumentsAndPluralSources(t *testing.T) {
	runRules(t, []ruleCase{
		{"according to a statement from a body", []string{
			"According to a statement from the Orrin Water Board, the farmers rejected a cut in their quota."},
			[]string{"Orrin Water Board"}},
		{"according to a joint statement by a body", []string{
			"According to a joint statement by the Tarvic Rail Company, the line will reopen in May."},
			[]string{"Tarvic Rail Company"}},
		{"according to estimates by a body", []string{
			"According to estimates by the Vantor Statistics Office, prices rose by a tenth in March."},
			[]string{"Vantor Statistics Office"}},
		{"a body's letter to another", []string{
			"The Selvan Port Authority met the dockers on Friday.",
			"The authority's letter to the union, seen by the Northern Courier, also said that the port would seek an injunction."},
			[]string{"Selvan Port Authority"}},
		{"a country's customs are no body named with the same word", []string{
			"The Dornavan Steelworkers' Union backed the quotas.",
			"Kalmora shipped about 3.5 million tonnes last year, according to Dornavan customs data."},
			[]string{"Dornavan customs"}},
		{"plural firms are unnamed", []string{
			"Shipping firms have criticised both sides, saying the dispute had already cost them millions."},
			[]string{"Shipping firms"}},
		{"plural groups are unnamed", []string{
			"Exporters' groups urged both sides to return to the table before the harvest."},
			[]string{"Exporters' groups"}},
		{"it, in a later clause, is the subject", []string{
			"The Selvan Port Authority met the Korvel Dockers Union on Friday.",
			"The Korvel Dockers Union said the strike would go on through the weekend.",
			`The authority said in a statement that it remained open to talks, but it accused the union of "holding the region hostage".`},
			[]string{"Korvel Dockers Union", "Selvan Port Authority"}},
	})
}

// "Its" or "their" opening a sentence stands for the body that was the
// subject of a cue in the sentence before, a state as much as an
// organisation, even when that sentence made no statement.
func TestItsAfterABodyThatSpoke(t *testing.T) {
	runRules(t, []ruleCase{
		{"its ministry, after a state denied", []string{
			"Varenia's foreign ministry accused Belgora of shelling the border town of Kessel on Sunday.",
			"Belgora denied the accusation.",
			"Its defence ministry said its forces had only returned fire after coming under attack."},
			[]string{"Varenia's foreign ministry", "Belgora's defence ministry"}},
	})
	an := Extract([]string{
		"Petra Lind leads the Green Alliance in the Varenian parliament.",
		"The United Nations called for restraint.",
		"Its spokesman, Amal Haddad, told reporters in Geneva that monitors would visit the town on Monday."})
	if len(an.Statements) != 1 || an.Statements[0].Speaker.Role != "United Nations' spokesman" {
		t.Errorf("statements %+v, want Amal Haddad as the United Nations' spokesman", an.Statements)
	}
}

// "His" or "her" before a body a person heads stands for the person the
// pronoun fits, the last speaker first: the body speaks for that person.
func TestHisMinistry(t *testing.T) {
	runRules(t, []ruleCase{
		{"his ministry, after he spoke", []string{
			"Trade Minister Aleksei Vornik called the quotas a barrier.",
			`"We will answer it," Vornik said.`,
			"His ministry said duties on farm machinery remained on the table."},
			[]string{"Aleksei Vornik", "Aleksei Vornik", "Aleksei Vornik's ministry"}},
		{"her campaign, a man having spoken since", []string{
			"Senator Ruth Abelsen said she would run again.",
			"Her rival, Tomas Brevik, said the race was open.",
			"Her campaign said it had raised two million dollars in March."},
			[]string{"Ruth Abelsen", "Tomas Brevik", "Ruth Abelsen's campaign"}},
	})
}

// A spokesman's "its" or "their" stands for who the sentence before is
// about when it names no organisation: a body named by its owner ("Tarn's
// government"), or people named by a plural noun ("The militants"), not
// the organisation the article named last. An armed group's name
// ("the Crimson Ridge Brigades") is a body's, never a person's.
func TestSpokesmanOfWhoTheSentenceBeforeIsAbout(t *testing.T) {
	cases := []lastSpeakerCase{
		{"a body its owner names", []string{
			"Anna Berg, a professor at the University of Orlen, said the deal was fragile.",
			"Tarn's government has said little since the release.",
			"Its spokesman, Selim Hadd, said the government had kept its word."},
			"Selim Hadd / Tarn's government's spokesman"},
		{"people a plural noun names", []string{
			"Anna Berg, a professor at the University of Orlen, said the deal was fragile.",
			"The militants appear to be in no hurry.",
			"Their spokesman, Tamar Rees, said the captives would go free on Friday."},
			"Tamar Rees / the militants' spokesman"},
		{"the body named last, after a sentence about no one", []string{
			"The Orlen Port Authority closed the harbour on Monday.",
			"The storm passed overnight.",
			"Its spokesman, Tamar Rees, said the harbour would reopen on Friday."},
			"Tamar Rees / Orlen Port Authority's spokesman"},
		{"a body named with its kind", []string{
			"Eastmarch Health Board said the unit delivers 610 births a year.",
			"The Save Marrowby Maternity campaign puts the figure at close to 900 births a year.",
			"Its chair, Priya Stennet, said the board's number was too low."},
			"Priya Stennet / Save Marrowby Maternity campaign's chair"},
		{"an armed group speaks", []string{
			"Anna Berg, a professor at the University of Orlen, said the deal was fragile.",
			"The Crimson Ridge Brigades said five more engineers would be freed on Friday."},
			"Crimson Ridge Brigades / "},
	}
	runLastSpeaker(t, cases)
}

// An appositive participle that says where or how a person speaks is no
// role ("appearing before the Assembly's finance committee"); one that
// says whom they speak for is, and so is a relative clause that says
// they speak for a body or set it up ("who has since set up the MR418
// Families Group", "who lost her brother and speaks for ...").
func TestCircumstanceIsNoRole(t *testing.T) {
	for _, tc := range []struct{ sentence, role string }{
		{"Ottilie Frambach, appearing before the State Assembly's finance committee, said the deficit would reach 4.6%.", ""},
		{"Piet Olm, speaking at a rally in Vell, said the strike would go on.", ""},
		{"Mira Dahl, speaking for the Harth Nurses Union, said the strike would go on.", "speaking for the Harth Nurses Union"},
		{"Mira Dahl, the union's secretary, said the strike would go on.", "the union's secretary"},
		{"Anna Terr, who has since set up the MR418 Families Group with 30 relatives, said families wanted the truth.", "set up the MR418 Families Group with 30 relatives"},
		{"Anna Terr, who lost her brother in the crash and speaks for the MR418 Families Group, said families wanted the truth.", "speaks for the MR418 Families Group"},
	} {
		an := Extract([]string{"The strike entered its second week on Monday.", tc.sentence})
		if len(an.Statements) == 0 {
			t.Fatalf("no statement in %q", tc.sentence)
		}
		if got := an.Statements[len(an.Statements)-1].Speaker.Role; got != tc.role {
			t.Errorf("%q: role %q, want %q", tc.sentence, got, tc.role)
		}
	}
}
