package attrib

import "testing"

// A subject whose head noun has a modifier after it is the head, not a
// name inside the modifier; a modifier that says whom they work for is
// their role.
func TestModifiedSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{"a participle and a place",
			[]string{"Scientists using a telescope atop Mount Verrin have confirmed the presence of water on the moon."},
			[]string{"Scientists"}},
		{"a participle and a body's building",
			[]string{"Protesters carrying banners outside the Vell Embassy said the vote had been stolen."},
			[]string{"Protesters"}},
		{"a place a preposition of place takes is no subject",
			[]string{"The families of those killed when the flight plunged into farmland east of Korva on Tuesday have accused the airline of abandoning them."},
			[]string{"families"}},
		{"people familiar with talks",
			[]string{"Two people familiar with the Harlow Group talks said a deal was close."},
			[]string{"Two people"}},
		{"a second cue inside what was said",
			[]string{"Officials speaking on condition of anonymity said the Tarn Ministry had ordered the delay."},
			[]string{"Officials"}},
		{"working for a body names the body",
			[]string{"Engineers working for Norwood Rail warned that the bridge was unsafe."},
			[]string{"Norwood Rail"}},
		{"a plain name subject is unchanged",
			[]string{"Norwood Rail warned that the bridge at Kell was unsafe."},
			[]string{"Norwood Rail"}},
		{"a place in which a body is, after the body",
			[]string{"Doctors at the hospital in Tacloban said 40 people had been treated."},
			[]string{"Doctors"}},
		{"a place in which a named body is",
			[]string{"Researchers at the University of Lund in Sweden said the results were clear."},
			[]string{"Researchers"}},
		{"a place after a lowercase noun",
			[]string{"Workers at the plant in Ohio said they had not been paid."},
			[]string{"Workers"}},
		{"a list of names ending in a place: a person named, not the place",
			[]string{"Anna Berg of Lund Hospital and Piet Mol of the Royal Infirmary in Scotland told the panel that the drug was safe."},
			[]string{"Piet Mol"}},
		{"a body's kind before its name",
			[]string{"In a report published on Monday, the environmental group Agua Viva Foundation estimated that the mine would use 40 million litres a day."},
			[]string{"Agua Viva Foundation"}},
		{"a body's kind before a person's name is the person's body",
			[]string{"The head of the Wagner mercenary group Yevgeny Prigozhin said the army had attacked his men."},
			[]string{"Yevgeny Prigozhin"}},
		{"sources in a capital are still its sources",
			[]string{"Officials in Kyiv said the attack had killed four people."},
			[]string{"Officials of Kyiv"}},
	})
}

// Auxiliaries stand between a subject and its cue; a post "to" a place
// comes before its holder's name; one person familiar with a matter is an
// unnamed source.
func TestSubjectsAroundTheCue(t *testing.T) {
	runRules(t, []ruleCase{
		{"has said", []string{"Tarn Mayor Jan Holt has said that the bridge will reopen in May."}, []string{"Jan Holt"}},
		{"had warned", []string{"The Vell Union had warned that a strike was likely."}, []string{"Vell Union"}},
		{"an ambassador to a place, then the name",
			[]string{"Vellia's ambassador to Tarnland Liu Xiaoben has said that Vellia has the power to end the unrest."},
			[]string{"Liu Xiaoben"}},
		{"a person familiar with the matter",
			[]string{"A person familiar with the matter told the Tarn Post that the talks had stalled."},
			[]string{"person"}},
	})
}

// A refusal to comment states nothing; a refusal followed by what was
// said does.
func TestRefusalToComment(t *testing.T) {
	runRules(t, []ruleCase{
		{"would not comment", []string{"Tarnland's finance ministry said it would not comment on the report."}, nil},
		{"did not immediately respond", []string{"A spokesman for Vell Motor said the company did not immediately respond."}, nil},
		{"couldn't comment", []string{"Warden Ilse Marr said she couldn't comment on the ongoing investigation."}, nil},
		{"wouldn't comment", []string{"The Vell ministry said it wouldn't comment on the report."}, nil},
		{"a contracted refusal, then a statement",
			[]string{"The Vell ministry said it wouldn't comment on the report but insisted the plant was safe."},
			[]string{"Vell ministry"}},
		{"a refusal, then a statement",
			[]string{"The Vell ministry said it would not comment on the report but insisted the plant was safe."},
			[]string{"Vell ministry"}},
	})
}

// A question the writer asks states nothing, and its opening auxiliary is
// no part of a name.
func TestWritersQuestion(t *testing.T) {
	runRules(t, []ruleCase{
		{"a question", []string{"Would Adam Holt have pleaded to keep the name of the witness secret?"}, nil},
		{"then the surname", []string{"Is Adam Holt right about the levy?", "Holt said the levy would rise in May."}, []string{"Adam Holt"}},
		{"a quoted question is still said", []string{`"Why would we sell now?" Adam Holt asked the board.`}, []string{"Adam Holt"}},
	})
}
