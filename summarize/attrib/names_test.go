package attrib

import (
	"strings"
	"testing"
)

// A name keeps its middle initial; a role or an occupation that opens a
// sentence is no part of the name after it.
func TestNamesAndTheWordsAroundThem(t *testing.T) {
	runRules(t, []ruleCase{
		{"a middle initial, then the surname alone",
			[]string{"Corin T. Vasquez said the ferry would run all winter.", `"It is late, but it will come," Vasquez said.`},
			[]string{"Corin T. Vasquez", "Corin T. Vasquez"}},
		{"a middle initial after an inverted cue",
			[]string{`"The pier is safe," said Oona J. Brandt, a harbour official.`},
			[]string{"Oona J. Brandt"}},
		{"an occupation opening the sentence",
			[]string{"Employee Dana Holt told the paper that the van was gone before noon."},
			[]string{"Dana Holt"}},
		{"a researcher's title",
			[]string{"Researcher Ilse Baron said the samples from the lake were clean."},
			[]string{"Ilse Baron"}},
		{"a coordinator's and an architect's titles",
			[]string{"Coordinator Joaquim Esteves said the riders would strike again.", "Architect Sanjay Mehra said the plan was sound."},
			[]string{"Joaquim Esteves", "Sanjay Mehra"}},
		{"an occupation before one word that names no one yet",
			[]string{`Developer Norwood called the game "a flagship title."`},
			[]string{"Norwood"}},
		{"a person's role before a surname alone",
			[]string{"Union president Farrow said the vote would go ahead on Friday."},
			[]string{"Farrow"}},
	})
}

// "added" and "posted" before a figure count, they do not speak.
func TestQuantityIsNoSpeech(t *testing.T) {
	runRules(t, []ruleCase{
		{"an index added points", []string{"The Tarn composite index added 20.72 points to close at 8,400."}, nil},
		{"a retailer posted a sum", []string{"The Vell retailer posted $3 billion in sales over the quarter."}, nil},
		{"added that is speech", []string{"Mira Kell added that the index would recover by the spring."}, []string{"Mira Kell"}},
	})
}

// A clause between commas is no appositive: the speaker of an inverted
// cue after it is the name that follows.
func TestClauseBeforeInvertedCue(t *testing.T) {
	runRules(t, []ruleCase{
		{"a clause with 'but' and a verb",
			[]string{"Rain falls all year on Kallisto, but the poles are drier than the equator, said Ana Solberg, a research fellow."},
			[]string{"Ana Solberg"}},
		{"a role in lower case before the name",
			[]string{"The Vell board met in Tarnow, and the vote will be on Friday, said union organiser Tom Reyes."},
			[]string{"Tom Reyes"}},
		{"an appositive still names its role",
			[]string{"Tom Reyes, the union's organiser, said the vote would be on Friday."},
			[]string{"Tom Reyes"}},
	})
}

// Words before a role and a name say whose role it is: they name a body,
// never a person whose surname a later "the ..." could be.
func TestBodyBeforeRoleAndName(t *testing.T) {
	runRules(t, []ruleCase{
		{"a broadcaster's correspondent, then the body",
			[]string{`Tarn Radio Pentagon correspondent Carla Babb covered the briefing. The Pentagon rejected the accusations as "patently false."`},
			[]string{"Pentagon"}},
		{"a company's chief executive",
			[]string{"Vell Motor chief executive Jan Farley said the plant would reopen.", "Farley said the union had been told."},
			[]string{"Jan Farley", "Jan Farley"}},
	})
	an := Extract([]string{"Vell Motor chief executive Jan Farley said the plant would reopen."})
	for _, p := range an.People {
		if p.Name == "Vell Motor" {
			t.Errorf("the body before a role is a person: %+v", an.People)
		}
	}
}

// A cue that takes an object is a noun with nothing after it.
func TestObjectCueWithoutObject(t *testing.T) {
	runRules(t, []ruleCase{
		{"brands at the end", []string{"The strike hits the maker of trucks, which owns the Varo, Tesk and Oln brands."}, nil},
		{"a label with its object", []string{`Mira Kell branded the plan "a disgrace" on Monday.`}, []string{"Mira Kell"}},
	})
}

// A name with a stock ticker after it is a listed company, which "the
// company" may stand for; capitals in brackets that are the name's
// initials are an acronym.
func TestTickerMarksACompany(t *testing.T) {
	runRules(t, []ruleCase{
		{"a one-letter ticker",
			[]string{"Varo (V) refused to improve its offer to the drivers.", "Shares of Tesk Motors and Oln rose.",
				"The company said it had made an excellent offer to end the strike."},
			[]string{"Varo"}},
		{"a ticker with its exchange",
			[]string{"Brisk Foods (NYSE: BRK) cut its forecast.", "The company said demand had slowed in the spring."},
			[]string{"Brisk Foods"}},
	})
	if !tickerAfter(tokenize("Varo's (V) plant", nil), 1, tokenize("Varo's", nil)) {
		t.Error("no ticker after a possessive")
	}
	if tickerAfter(tokenize("United Auto Workers (UAW) said", nil), 3, tokenize("United Auto Workers", nil)) {
		t.Error("an acronym taken for a ticker")
	}
	// An acronym may pass over a word of the name.
	if tickerAfter(tokenize("Tarn State Water Authority (TWA) said", nil), 4, tokenize("Tarn State Water Authority", nil)) {
		t.Error("an acronym that passes over a word taken for a ticker")
	}
	if !tickerAfter(tokenize("Tarn State Water Authority (VRO) said", nil), 4, tokenize("Tarn State Water Authority", nil)) {
		t.Error("a symbol of other letters taken for an acronym")
	}
}

// A name that owns what only a firm owns ("Varo's truck plant") is a
// company, which "the company" may stand for.
func TestFacilityMarksACompany(t *testing.T) {
	runRules(t, []ruleCase{
		{"a plant of its own",
			[]string{"The strike hit Varo's profitable truck plant in Kell.", "Tesk Motors also makes trucks.",
				"The company said it had made an excellent offer to end the strike."},
			[]string{"Varo"}},
		{"a person's possessive without one",
			[]string{"Mira Kell's offer was rejected.", "Tesk Motors also makes trucks.",
				"The company said it had made an excellent offer to end the strike."},
			[]string{"Tesk Motors"}},
	})
}

// A name followed by the acronym its words spell is whole, "and" and "of"
// inside it included. An ellipsis ends a name as a comma does.
func TestNamesSpelledByTheirAcronym(t *testing.T) {
	runRules(t, []ruleCase{
		{"a compound acronym spells the name",
			[]string{"Talks between studios and the Stage Players Guild-Northern Federation of Film and Radio Artists (SPG-NFFRA) failed. The union said the strike would start at midnight."},
			[]string{"Stage Players Guild-Northern Federation of Film and Radio Artists"}},
		{"an ellipsis after a possessive source",
			[]string{"According to Varo's side … Tesk allegedly held back the figures the buyer had asked for."},
			[]string{"Varo's side"}},
	})
}

// A possessive inside a run of capitalised words ends the possessor's
// name: what follows is a name of its own, unless it is a body of the
// possessor.
func TestPossessiveInsideARun(t *testing.T) {
	runRules(t, []ruleCase{
		{"a group after a country's possessive is no person",
			[]string{"Strikes hit Tarnland's Vell rebels overnight.", "The Vells said the strikes would not go unanswered."},
			[]string{"Vells"}},
		{"a person after a company's possessive",
			[]string{"Tesk's Ona Varga said the plant would reopen in May."},
			[]string{"Ona Varga"}},
		{"a body of the possessor stays whole",
			[]string{"Tarnland's Permanent Mission said it had asked for an emergency meeting."},
			[]string{"Tarnland's Permanent Mission"}},
	})
}

// A participle after a speech verb goes on with that verb's speaker; a
// post of a body no one is named as holding is held by an unnamed
// speaker of that body; "for" inside a body's name keeps it whole.
func TestUnnamedHoldersAndServingBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{"a participle after an inverted speech verb",
			[]string{"Tarnland launched six strikes overnight, a Vell military spokesperson said on Sunday, adding that retaliation would follow."},
			[]string{"Vell military spokesperson"}},
		{"a participle after a speech verb whose speaker is unknown",
			[]string{"Tarnland launched six strikes overnight, a spokesperson said on Sunday, adding that retaliation would follow."},
			nil},
		{"an unnamed spokesperson of a company",
			[]string{`"We are cooperating with the inquiry," said a Varo spokesperson.`},
			[]string{"Varo spokesperson"}},
		{"a body named with what it serves",
			[]string{"According to the Centre for Coastal Research, the water at Kelby is safe to swim in."},
			[]string{"Centre for Coastal Research"}},
		{"a person of a body named with what it serves",
			[]string{"Political analyst Mireille Dufort of the Centre for Public Policy in Lorvik said the row was becoming a proxy war."},
			[]string{"Mireille Dufort"}},
		{"a person of a body introduced by its kind",
			[]string{"Energy analyst Anna Berg of the consultancy Halden Partners said the margin was thin."},
			[]string{"Anna Berg"}},
	})
}

// A speech verb inside a concessive clause reports only that clause; the
// main clause is the reporter's.
func TestConcessiveClause(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"While Brandt said the strike was about pay, other theories began to circulate in the harbour.",
			"While Brandt said the strike was about pay"},
		{"The meeting ended without a deal, even as the harbour board reaffirmed its June 1 deadline.",
			"even as the harbour board reaffirmed its June 1 deadline."},
		{"Inside, there is room for four, though Tesk says it could add a fifth seat.",
			"though Tesk says it could add a fifth seat."},
		{"As Brandt said, the strike was about pay.", ""},
		{"Brandt said the strike was about pay, while the board blamed the weather.", ""},
	}
	for _, tc := range tests {
		a := &article{persons: map[string]*Speaker{}, gender: map[string]gender{}, orgKind: map[string]string{}, memberOf: map[string]*Speaker{}}
		toks := a.tokens(tc.text)
		v := -1
		for i, tk := range toks {
			if tk.lower == "said" || tk.lower == "says" || tk.lower == "reaffirmed" {
				v = i
				break
			}
		}
		got, _ := concessiveClause(tc.text, toks, v)
		if got != tc.want {
			t.Errorf("concessiveClause(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// "The company" that speaks again is the named company that has just
// spoken, whatever other company the sentences between name.
func TestTheCompanyThatSpokeGoesOn(t *testing.T) {
	runRules(t, []ruleCase{
		{"another company named between",
			[]string{
				"Orvik Motors said on Thursday it had made an excellent offer to the union.",
				"Its rival, the truck maker Brannock Motors Inc, settled with its workers last month.",
				`"This stoppage will cost a dozen of our plants their parts," the company said in a statement.`},
			[]string{"Orvik Motors", "Orvik Motors"}},
	})
}

// "Its" after a sentence whose subject was a body the article does not
// name ("The company has admitted ...") stays that body's kind, for the
// story to tell which it is; it is never an older body named before.
func TestItsAfterAnUnnamedBody(t *testing.T) {
	an := Extract([]string{
		"The Tarn Waters Agency said it had found dead fish below the works.",
		"The company has admitted that a valve on a tank failed. Its site director, Ada Renn, has said the river poses no risk.",
	})
	for _, st := range an.Statements {
		if st.Speaker.Name == "Ada Renn" && strings.Contains(st.Speaker.Role, "Agency") {
			t.Errorf("Ada Renn's role %q names the agency", st.Speaker.Role)
		}
	}
}

// A phrase "in" or "at" a text or an occasion after a speaker says how it
// spoke ("attorneys in a letter", "officials at a briefing"), not whose
// it is; "in" or "at" a body is still the speaker's body.
func TestOccasionIsNoAffiliation(t *testing.T) {
	runRules(t, []ruleCase{
		{"a letter",
			[]string{"Orvane attorneys in a letter told the buyer's lawyers that the company had breached none of its obligations."},
			[]string{"Orvane attorneys"}},
		{"a briefing",
			[]string{"Officials at a briefing said the border crossing would reopen on Friday."},
			[]string{"Officials"}},
		{"a statement, with a day",
			[]string{"Union leaders in a statement on Monday said the strike would go on."},
			[]string{"Union leaders"}},
		{"a body stays the speaker's",
			[]string{"Analysts at Brenmoor Bank said the rate cut would come in June."},
			[]string{"Analysts of Brenmoor Bank"}},
	})
}

// A club's name with a plural possessive ("Almsby Rovers' stadium")
// names the club, never a person.
func TestPluralPossessiveNamesABody(t *testing.T) {
	an := Extract([]string{"Almsby Rovers' proposed stadium at Millbank would seat 30,000.", "Rovers say the terms are commercially confidential."})
	for _, p := range an.People {
		if strings.Contains(p.Name, "Rovers") {
			t.Errorf("person %q: a club's name is no person's", p.Name)
		}
	}
}

// TestCommonNounOpeningARole covers a common noun capitalised only
// because it opens the sentence before a title ("Plant director Joris
// Falk"): it says whose post it is and names no body; a body's name
// there stays one.
func TestCommonNounOpeningARole(t *testing.T) {
	for _, tc := range []struct{ para, role string }{
		{"Plant director Joris Falk said the breach had been sealed by dawn.", "plant director"},
		{"Company spokeswoman Mia Lindqvist said the demand was premature.", "company spokeswoman"},
		{"Ministry spokeswoman Katrin Weiss said the readings were below the limit.", "ministry spokeswoman"},
		{"Tarnco director Joris Falk said the breach had been sealed by dawn.", "Tarnco director"},
		{"Later, Plant director Joris Falk said the breach had been sealed by dawn.", "Plant director"},
	} {
		sts := Extract([]string{tc.para}).Statements
		if len(sts) != 1 || sts[0].Speaker.Role != tc.role {
			t.Errorf("%q: statements %+v, want one with role %q", tc.para, sts, tc.role)
		}
	}
}

// TestHyphenatedTitles covers titles written with a hyphen
// ("Director-general Sofia Brandt"): the title, no word of the name.
func TestHyphenatedTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{"director-general", []string{"Director-general Sofia Brandt said the rise was the wrong medicine."}, []string{"Sofia Brandt"}},
		{"attorney-general", []string{"Attorney-General Ivo Marsh said the law was clear."}, []string{"Ivo Marsh"}},
	})
}

// TestOwnersPostBeforeAClosingName covers a post under a possessive
// between "according to" or a cue and a name that closes the sentence:
// the name's role, its "its" the body the sentence names.
func TestOwnersPostBeforeAClosingName(t *testing.T) {
	for _, tc := range []struct{ para, role string }{
		{"The Aldermark Chamber of Industry said the increase was the wrong medicine for exporters, according to its director-general, Sofia Brandt.",
			"Aldermark Chamber of Industry's director-general"},
		{"The strike will go on, said the union's general secretary, Ana Varga.", "the union's general secretary"},
		{"The strike will go on, said Ana Varga.", ""},
	} {
		a := Extract([]string{tc.para})
		var role string
		found := false
		for _, p := range a.People {
			if strings.HasSuffix(p.Name, "Brandt") || strings.HasSuffix(p.Name, "Varga") {
				role, found = p.Role, true
			}
		}
		if !found || role != tc.role {
			t.Errorf("%q: people %+v, want the role %q", tc.para, a.People, tc.role)
		}
	}
}

// TestTitleAfterWhose covers a company officer's title after "whose"
// ("Halvern, whose chief executive Marta Eklund has said"): the title is
// that of the name "whose" follows, not of a body named before.
func TestTitleAfterWhose(t *testing.T) {
	an := Extract([]string{"The National Health Insurance Fund told the drugmaker to reverse the rise.",
		"Halvern, whose chief executive Marta Eklund has said the price had to rise because costs went up, was unmoved."})
	if len(an.Statements) < 2 || an.Statements[1].Speaker.Role != "Halvern's chief executive" {
		t.Errorf("statements %+v, want Marta Eklund as Halvern's chief executive", an.Statements)
	}
}
