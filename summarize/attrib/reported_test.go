package attrib

import "testing"

// An outlet's report of someone's words belongs to the one it reports;
// an outlet's own report stays the outlet's.
func TestOutletReportsSpeaker(t *testing.T) {
	runRules(t, []ruleCase{
		{"reports, then a participle cue", []string{"Pal Varga wants out of the Orlen deal.",
			"Tarn Radio reports Varga's lawyer sent a letter on his behalf Friday, claiming the firm “has not met its obligations.”"},
			[]string{"Pal Varga's lawyer"}},
		{"reported that, then a cue verb", []string{"Tarn Radio reported that Ilse Brandt, the harbour chief, warned the fees would rise in May."},
			[]string{"Ilse Brandt"}},
		{"reported on a day that", []string{"The Kelby Gazette reported on Friday that the Orrin ministry denied any wrongdoing at the depot."},
			[]string{"Orrin ministry"}},
		{"according to, before", []string{"According to the Vell Times, the harbour union warned that its members would strike on Monday."},
			[]string{"union"}},
		{"according to, after", []string{"The harbour union warned that its members would strike on Monday, according to the Vell Times."},
			[]string{"union"}},
		{"reports someone told someone that", []string{"The Chronicle reports Mayor Ines Roold told staff that the depot would close in June."},
			[]string{"Ines Roold"}},
		{"the outlet's own report", []string{"The Vell Herald reported that the Kelby depot would close next spring after a long decline."},
			[]string{"Vell Herald"}},
		{"a noun inside a phrase is no subject", []string{"According to Tarn Radio, one user on Kestrel, which is a local forum, posted that the ferry had sunk."},
			[]string{"Tarn Radio"}},
	})
}

// A role a named owner's possessive opens, held by no person named, is
// that owner's unnamed agent.
func TestOwnedRole(t *testing.T) {
	runRules(t, []ruleCase{
		{"a person's lawyer", []string{"Pal Varga wants out of the deal.", "Varga's lawyer said the firm had breached the deal."},
			[]string{"Pal Varga's lawyer"}},
		{"a country's minister", []string{"The old depot will become a museum, Orrinland's culture minister said on Tuesday."},
			[]string{"Orrinland's culture minister"}},
		{"a body's spokeswoman", []string{"Orlen Media's spokeswoman said the deal would close by June."},
			[]string{"Orlen Media's spokeswoman"}},
		{"a named holder first", []string{"Ada Renn, Orlen Media's spokeswoman, said the bid was far too low.", "Orlen Media's spokeswoman said the deal would close by June."},
			[]string{"Ada Renn", "Ada Renn"}},
	})
}

// A coordinated subject of groups speaks as a group, named by its first
// conjunct; two clauses joined by "and" are no coordinated subject.
func TestGroupSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{"groups, the second with a participle", []string{"While the pact was welcomed, climate activists and nations worst hit by the floods warned it does not go far enough."},
			[]string{"climate activists"}},
		{"groups opening the sentence", []string{"Farmers and unions across Vantor said the new levy would ruin them."},
			[]string{"Farmers"}},
		{"groups with an auxiliary", []string{"Doctors and nurses at the Kelby hospital have warned that the old ward is unsafe."},
			[]string{"Doctors"}},
		{"fishermen and towns", []string{"Fishermen and coastal towns hit by the storms warned the fund falls short."},
			[]string{"Fishermen"}},
		{"two clauses", []string{"The talks collapsed and ministers said the ferry deal was dead."},
			[]string{"ministers"}},
		{"two names", []string{"Ilse Brandt and Ada Renn said the ferry deal was dead."},
			[]string{"Ilse Brandt and Ada Renn"}},
		{"a compound predicate", []string{"Farmers and the unions opposed the levy and said it would ruin them."},
			[]string{"unions"}},
		{"a compound predicate after names in an of-phrase", []string{"Opposition leader Ada Renn spoke on Monday.",
			"She accused officials in the provinces of Drava, Kestel and Orm of inflating turnout figures and said ballot boxes had been stuffed."},
			[]string{"Ada Renn"}},
	})
}

// A participial cue after a comma binds to the subject of the main
// clause's finite verb, as the chunker finds it, when that verb is an
// action: not to a noun of an absolute construction or a subordinate
// clause before it, nor to a noun a preposition governs.
func TestParticipleSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{"a possessive role", []string{"Pal Varga wants out of the Orlen deal.",
			"Varga's lawyer sent a letter on Friday, claiming the firm had breached the deal."}, []string{"Pal Varga's lawyer"}},
		{"after an absolute construction", []string{"The talks over, the harbour union walked out, warning that the port would stay shut."},
			[]string{"union"}},
		{"after a participle clause", []string{"Prices having risen, Tarnco raised its fares, blaming the cost of fuel."},
			[]string{"Tarnco"}},
		{"after a subordinate clause", []string{"While the ferries ran late, the Kelby council met on Monday, accusing Tarnco of neglect."},
			[]string{"Kelby council"}},
		{"a coordinated group", []string{"Climate activists and nations worst hit by the floods staged a walkout, warning the pact fell short."},
			[]string{"Climate activists"}},
		{"past a relative clause", []string{"Orla Devlin, who chairs the Kelby anglers, toured the outfall, urging the council to close it."},
			[]string{"Orla Devlin"}},
		{"a noun after a preposition is no subject", []string{"Some 400 dockers at Kelby Port are on strike after rejecting a pay offer."},
			nil},
		{"citing reasons is no statement", []string{"The Orrin ferry firm cut 200 jobs on Monday, citing rising costs."}, nil},
		{"including is no cue", []string{"The board approved the plan, including a new depot at Kelby."}, nil},
	})
}
