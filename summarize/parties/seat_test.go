package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestSeatIsNoSide covers a member of a house named with the seat they
// sit for: the place is no side of theirs, while a lawmaker "from" a
// party is of it.
func TestSeatIsNoSide(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name:  "an MP for a constituency",
			texts: []string{"Gerald Voss, the MP for Dornfeld East, said he had broken no rule."},
			sp:    attrib.Speaker{Name: "Gerald Voss", Role: "the MP for Dornfeld East", Kind: attrib.Person},
			want:  "Gerald Voss",
		},
		{
			name:  "a member of parliament for a town",
			texts: []string{"Ines Kalder, a member of parliament for Lower Tarn, said the road must be rebuilt."},
			sp:    attrib.Speaker{Name: "Ines Kalder", Role: "a member of parliament for Lower Tarn", Kind: attrib.Person},
			want:  "Ines Kalder",
		},
		{
			name:  "a senator from a state",
			texts: []string{"Senator Ruth Oban said the bill was dead. Oban, a senator from North Vesk, voted against it."},
			sp:    attrib.Speaker{Name: "Ruth Oban", Role: "a senator from North Vesk", Kind: attrib.Person},
			want:  "Ruth Oban",
		},
		{
			name:  "a lawmaker from a party is of the party",
			texts: []string{"The Civic Party opposes the bill. Ruth Oban, a lawmaker from the Civic Party, said the bill was dead."},
			sp:    attrib.Speaker{Name: "Ruth Oban", Role: "a lawmaker from the Civic Party", Kind: attrib.Person},
			want:  "Civic Party",
		},
	})
}

// TestNamedLikeAPaperButNoPaper covers a body whose name ends in a
// newspaper's word that the story introduces as a body of another kind
// ("the watchdog, Open Ledger,"): it and its staff are a side, while a
// paper of the same shape stays an outlet that reports.
func TestNamedLikeAPaperButNoPaper(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name:  "the body itself",
			texts: []string{"The watchdog, Open Ledger, said it had obtained 37 receipts."},
			sp:    attrib.Speaker{Name: "Open Ledger", Kind: attrib.Body},
			want:  "Open Ledger",
		},
		{
			name: "its director",
			texts: []string{"Open Ledger, the anti-corruption watchdog, published the receipts. " +
				"Ruth Amsel, Open Ledger's executive director, said the claims were deliberate."},
			sp:   attrib.Speaker{Name: "Ruth Amsel", Role: "Open Ledger's executive director", Kind: attrib.Person},
			want: "Open Ledger",
		},
	})
	text := "The newspaper, the Carrow Ledger, said it had obtained 37 receipts."
	an := attrib.Extract([]string{text})
	s := NewStory([]attrib.Analysis{an}, []string{text})
	if p, ev, ok := s.Side(attrib.Speaker{Name: "Carrow Ledger", Kind: attrib.Body}); ok {
		t.Errorf("side %q (%s) for a newspaper, want none", p, ev)
	}
}

// TestScholarIsNoSide covers a commentator whose role is a clause of
// what they study or teach: no side.
func TestScholarIsNoSide(t *testing.T) {
	lastSpeakerNoSide(t, "A ransomware gang said it had stolen the records of 400,000 patients from Meridian Hospitals Group.",
		"Marek Szell, who lectures in computer security at the University of Korvath, said the gang was bluffing.",
		`"This is how these deals die," said Dr Ilse Marten, who studies prisoner exchanges at the Halden Institute.`)
}

// lastSpeakerNoSide checks that the speaker of the last statement of a
// story of the lead and each text is no side.
func lastSpeakerNoSide(t *testing.T, lead string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		paras := []string{lead, text}
		an := attrib.Extract(paras)
		s := NewStory([]attrib.Analysis{an}, []string{strings.Join(paras, "\n\n")})
		if len(an.Statements) == 0 {
			t.Fatalf("no statement in %q", text)
		}
		if p, ev, ok := s.Side(an.Statements[len(an.Statements)-1].Speaker); ok {
			t.Errorf("%q: side %q (%s), want none", text, p, ev)
		}
	}
}

// TestRegulatorWithItsStatesPossessive covers a body of a state that acts
// on its own (a regulator, an agency), named once with the state's
// possessive and elsewhere alone: one side under its own name, whether
// it speaks, its chief's post names it or its spokeswoman is the
// agency's. A mission named only with its
// state's possessive speaks for the state.
func TestRegulatorWithItsStatesPossessive(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a regulator the story also names alone",
			texts: []string{"Estmark's Fair Trade Authority on Tuesday blocked the merger, saying prices would rise.",
				"The Fair Trade Authority said the remedies were not enough."},
			sp:   attrib.Speaker{Name: "Estmark's Fair Trade Authority", Kind: attrib.Body},
			want: "Fair Trade Authority",
		},
		{
			name: "its chief by a post that names the agency with its state's possessive",
			texts: []string{"Meravia's National Roads Agency said the viaduct would stay shut. Meravia's National Roads Agency's chief executive, Pieter Vandersloot, said cracks had been found.",
				"The National Roads Agency said the bridge had been inspected in March."},
			sp:   attrib.Speaker{Name: "Pieter Vandersloot", Role: "Meravia's National Roads Agency's chief executive", Kind: attrib.Person},
			want: "National Roads Agency",
		},
		{
			name: "its spokeswoman by the agency's kind",
			texts: []string{"Meravia's National Roads Agency said it had closed the viaduct on Monday. Agency spokeswoman Ines Kovac said the closure was a precaution.",
				"The National Roads Agency said the bridge had been inspected in March."},
			sp:   attrib.Speaker{Name: "Ines Kovac", Role: "agency spokeswoman", Kind: attrib.Person},
			want: "National Roads Agency",
		},
		{
			name:  "a mission named only with its state's possessive",
			texts: []string{"Vesk's Permanent Mission to the United Nations said it had asked for a meeting. Vesk condemned the strikes."},
			sp:    attrib.Speaker{Name: "Vesk's Permanent Mission", Kind: attrib.Body},
			want:  "Vesk",
		},
	})
}

// TestNameShapedLikeADemonym covers a body's short name that ends like a
// demonym ("Meridian" of Meridian Hospitals Group): the story uses it as
// a noun ("Meridian says"), so it is no country's people, and a
// minister of the story's one country is that country's.
func TestNameShapedLikeADemonym(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a firm's short name ending in -ian",
			texts: []string{"Hackers attacked Meridian Hospitals Group in Estravia. Meridian says no data was taken. " +
				"Meridian has refused to pay. Estravian police are investigating. Estravian officials met.",
				"Health Minister Dana Kovrin said the government had found no evidence that data was stolen. Meridian's board met on Monday."},
			sp:   attrib.Speaker{Name: "Dana Kovrin", Role: "Health Minister", Kind: attrib.Person},
			want: "Estravia",
		},
	})
}

// TestMoreCommentators covers commentators by their trade ("a mine
// safety consultant", "a biostatistician"), a research institute
// named with what it studies ("the Institute for Clinical Evidence") and
// a research or analytics firm ("an app analytics company").
func TestMoreCommentators(t *testing.T) {
	lastSpeakerNoSide(t, "Nine miners are trapped after a roof fall at the Kesten mine, the company said.",
		"Tomas Weller, a mine safety consultant who advised the government, said the delay was worrying.",
		"Dr Owen Pike, a biostatistician at the Institute for Clinical Evidence, said the gap might reflect definitions.",
		"Sensor Row, an app analytics company, said downloads of the app rose eightfold on Wednesday.",
		"Orlen Metrics, a market research firm, said sales of the drug fell by a third.",
		"Renata Voss of Kellerby Securities said the fine would not threaten the company's balance sheet.",
		"Dr Helga Saramond, an agronomist at the Southern Plain Agricultural Station, said rice growers could wait another week.",
		"Oskar Threlfall, a partner at land agents Brackwell Finch, said councils were selling halls across the region.",
		"Henrik Lindqvist of the Drovenian Maritime Academy said the stretch was one of the tightest on the river.")
}

// TestScholarsByDiscipline covers scholars named by their discipline,
// with or without a seat of learning before it, any "-ologist" among
// them, and those who comment for a living (a strategist, a pundit).
func TestScholarsByDiscipline(t *testing.T) {
	for _, s := range []string{
		"The tariffs would cost $40 billion, said Rhea Lund, a Kesten State political scientist who studies trade.",
		"Martin Oyelaran, a historian, said the treaty had never been tested.",
		"Pollster Ida Varga said support for the strike had fallen.",
		"Hydrologist Aurel Quist of Tarnby Polytechnic said the dam would not refill this year.",
		"Ines Vahl, a seismologist at the Kesten Observatory, said the tremor was small.",
		"Greta Moll, a fixed-income strategist at Nordvarn Bank, said investors had sold Kesten bonds.",
		"Former sprinter Joss Kell, a KTV Sport pundit, said the ministry had no choice.",
		"Brokers said two other schemes in Kesten were being reassessed.",
		"Specialists say the geography of the river makes such incidents almost inevitable.",
		"Ada Renn, a trade law specialist at Vell University, said the tariffs would not survive an appeal.",
		"Colm Radley, a former police commander who now advises event organisers on security, said the estimate was high.",
		"Ines Vahl, who now advises ports on safety, said the cranes were sound.",
	} {
		lastSpeakerNoSide(t, "Kesten raised tariffs on steel on Monday, the trade ministry said.", s)
	}
}

// TestOfficerOfTheirBody covers an officer's title that is the name of
// the body they head with the officer's word ("Data Protection
// Commissioner" of the National Data Protection Commission): the body is
// the side, not a word of its name the story repeats.
func TestOfficerOfTheirBody(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a commissioner of a commission",
			texts: []string{"The National Data Protection Commission fined Halvane Telecom. Data leaks are rising. " +
				"Data Protection Commissioner Petra Danescu said the firm had failed its customers. Data from 3.1 million customers was taken."},
			sp:   attrib.Speaker{Name: "Petra Danescu", Role: "Data Protection Commissioner", Kind: attrib.Person},
			want: "National Data Protection Commission",
		},
	})
}

// TestNameWithWhereTheBodyIs covers a body the story names in full with
// where it is ("Consumers' Alliance of Estravia") and by its name alone:
// one side, under its full name.
func TestNameWithWhereTheBodyIs(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a short name and the full one",
			texts: []string{"The Consumers' Alliance of Estravia said it would sue the telecoms firm.",
				"The Consumers' Alliance said the claim would be filed next week. The alliance's lawyer, Julian Marsh, said the firm had been warned."},
			sp:   attrib.Speaker{Name: "Julian Marsh", Role: "alliance's lawyer", Kind: attrib.Person},
			want: "Consumers' Alliance of Estravia",
		},
	})
}

// TestSeatOfAnotherBodyIsNoScene covers a state the texts name only by a
// seat that is another body's ("The dispute has also reached
// Washington", the IMF's) or inside a longer name ("Latin America"): it
// is no scene for a minister's title; the story's own country is.
func TestSeatOfAnotherBodyIsNoScene(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a seat of an international lender and a region's name",
			texts: []string{
				"The Almaran president fired the central bank governor. Almaran bonds fell. Almara's peso slid.",
				"Clara Webb, chief Latin America economist at Meridian Research, said the peso would fall. The dispute has also reached Washington. Finance Minister Lucia Ferrer said the IMF had been consulted.",
				"Almaran officials said the programme was on track. Webb said Latin America watched closely.",
			},
			sp:   attrib.Speaker{Name: "Lucia Ferrer", Role: "Finance Minister", Kind: attrib.Person},
			want: "Almara",
		},
	})
}

// TestNameWithWhoseItIs covers a body the story names in full with whose
// it is before its name ("Aldermoor Students' Union") and without it:
// one side, under the full name.
func TestNameWithWhoseItIs(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a union named without its university",
			texts: []string{"The Aldermoor Students' Union said the talk should go ahead.",
				"The Students' Union said it had never asked for the cancellation."},
			sp:   attrib.Speaker{Name: "Students' Union", Kind: attrib.Body},
			want: "Aldermoor Students' Union",
		},
	})
}

// TestCommentatorsFirmIsNoCompanyOfTheStory covers a firm whose people
// only comment ("Analysts at brokerage Vestra Capital"): "the company" a
// spokeswoman speaks for is the business the story is about, never it.
func TestCommentatorsFirmIsNoCompanyOfTheStory(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a brokerage's analysts",
			texts: []string{"Cyanide leaked from a pond at the Kessel Chemicals plant on Monday, Kessel Chemicals said.",
				"Analysts at Tarn brokerage Vestra Capital said the clean-up could cost the company 60 million euros. " +
					"Company spokeswoman Mia Lindqvist said the demand for compensation was premature."},
			sp:   attrib.Speaker{Name: "Mia Lindqvist", Role: "company spokeswoman", Kind: attrib.Person},
			want: "Kessel Chemicals",
		},
	})
}

// TestPlacesBodyIsTheStorysBody covers a body named with the possessive
// of the place the story happens in ("Vardena's electoral commission"):
// the story's body of that kind, not another body whose name opens with
// the place ("Vardena Chamber of Commerce").
func TestPlacesBodyIsTheStorysBody(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a city's commission",
			texts: []string{"Voters in Vardena, the country's second city, chose a mayor on Sunday. The City Electoral Commission said turnout was 47%.",
				"The Vardena Chamber of Commerce said members had paused hiring. Vardena's electoral commission said the recount would take a week."},
			sp:   attrib.Speaker{Name: "Vardena's electoral commission", Kind: attrib.Body, Generic: "commission"},
			want: "City Electoral Commission",
		},
	})
}

// TestMinistryVoiceInAStatelessStory covers a ministry's spokeswoman in a
// story that names no country: the government, as the ministry itself
// and its minister are, never a side of the ministry's name beside it.
func TestMinistryVoiceInAStatelessStory(t *testing.T) {
	texts := []string{"The finance ministry said the deficit would fall. Finance Minister Marcus Ellery said the bank was wrong.",
		"\"The claim is baseless,\" said Jana Horvath, the finance ministry's spokeswoman. Ministry spokesperson Jana Horvath said no law would change."}
	s := story(texts...)
	for _, sp := range []attrib.Speaker{
		{Name: "Jana Horvath", Role: "ministry spokesperson", Kind: attrib.Person},
		{Name: "Marcus Ellery", Role: "Finance Minister", Kind: attrib.Person},
		{Name: "finance ministry", Kind: attrib.Body, Generic: "ministry"},
	} {
		if got, ev, _ := s.Side(sp); got != Government {
			t.Errorf("Side(%s) = %q (%s), want %q", sp.Name, got, ev, Government)
		}
	}
}

// TestCentralBanksGovernor covers a governor in a story whose texts speak
// of the central bank's governor: the bank's, not a governor's office,
// while a story of a state governor keeps the office.
func TestCentralBanksGovernor(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "the bank's governor",
			texts: []string{"The National Bank raised rates on Thursday. The central bank governor blamed the budget.",
				"Governor Ingrid Valsted said the deficit was too high. Nordvik Bank economists said the rise was a surprise."},
			sp:   attrib.Speaker{Name: "Ingrid Valsted", Role: "Governor", Kind: attrib.Person},
			want: "National Bank",
		},
		{
			name: "a state's governor",
			texts: []string{"The legislature passed the budget on Thursday. The Farmers Bank said loans would rise.",
				"Governor Ilse Marren said she would sign it."},
			sp:   attrib.Speaker{Name: "Ilse Marren", Role: "Governor", Kind: attrib.Person},
			want: "Governor's Office",
		},
	})
}

// TestFirmsOfTheStory covers which firm "the company" is: never a public
// body whose name ends in a trade ("Ministry of Mines and Energy"), nor a
// firm whose people only comment, but the firm the story defines by its
// initials or names by a commodity it mines ("Andina Meridian Lithium
// (AML)"), which its short name ("Andina Meridian") speaks for too.
func TestFirmsOfTheStory(t *testing.T) {
	texts := []string{"Andina Meridian Lithium (AML) said it would pause work at the Quenti site. The Ministry of Mines and Energy said the concession stood.",
		"Sofia Lindqvist, who follows Andean miners for Northbridge Capital, said the pause was cheap. The company said 1,500 jobs would be created.",
		"Andina Meridian said in a statement that work was continuing normally."}
	s := story(texts...)
	for _, tc := range []struct {
		sp   attrib.Speaker
		want string
	}{
		{attrib.Speaker{Name: "company", Kind: attrib.Body, Generic: "company"}, "Andina Meridian Lithium"},
		{attrib.Speaker{Name: "Andina Meridian", Kind: attrib.Person}, "Andina Meridian Lithium"},
		{attrib.Speaker{Name: "Sofia Lindqvist", Kind: attrib.Person, Role: "who follows Andean miners for Northbridge Capital"}, ""},
	} {
		if got, ev, _ := s.Side(tc.sp); got != tc.want {
			t.Errorf("Side(%s) = %q (%s), want %q", tc.sp.Name, got, ev, tc.want)
		}
	}
}

// TestPartyUnderItsShortName covers a political party a leader's post
// names without its "Party" ("Civic Future leader"): the party the story
// names in full.
func TestPartyUnderItsShortName(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a leader of the party by its short name",
			texts: []string{"The Civic Future Party said it would go to court over the debate.",
				"Civic Future leader Teodora Valcu said the broadcaster had silenced a million voters."},
			sp:   attrib.Speaker{Name: "Teodora Valcu", Role: "Civic Future leader", Kind: attrib.Person},
			want: "Civic Future Party",
		},
	})
}

// TestHomeOfTheStorysBodies covers a story of two states, the second
// named often as the source of imports: the state whose demonym opens
// the names of the story's bodies is where it happens, and a minister
// of no named state is its minister; a minister their sentence puts in
// the other state is that state's.
func TestHomeOfTheStorysBodies(t *testing.T) {
	texts := []string{
		"Farmers block roads\n\nThe Valdorian Growers' Union said cheap Ostranian milk was ruining Valdoria's farms, as imports from Ostrania rose 40 percent.\n\nThe blockades have closed 30 junctions since Monday, and the union says it has 9,000 tractors on the road, more than twice the police count of 4,000 machines.\n\nAgriculture Minister Henrique Salvat said an emergency tariff would breach the agreement with Ostrania.",
		"Importers hit back\n\nThe Federation of Valdorian Food Importers said Ostranian produce kept prices low in Valdoria. Ostrania has warned of retaliation. Speaking in Ostrania, Trade Minister Pavel Orlik said his government would go to the regional tribunal.",
		"Blockades go on\n\nValdoria's farmers kept their tractors on the motorways across Valdoria. The Valdorian Growers' Union said it would not back down, and Valdorian hauliers joined them.",
	}
	runSideCases(t, []sideCase{
		{
			name:  "a minister of no named state",
			texts: texts,
			sp:    attrib.Speaker{Name: "Henrique Salvat", Role: "Agriculture Minister", Kind: attrib.Person},
			want:  "Valdoria",
		},
		{
			name:  "a minister the sentence puts in the other state",
			texts: texts,
			sp:    attrib.Speaker{Name: "Pavel Orlik", Role: "Trade Minister", Kind: attrib.Person},
			want:  "Ostrania",
		},
	})
}

// TestMinisterWhoTurnsOnAState covers a minister whose post names no
// state, in a story of two: the state they accuse by name is not theirs,
// though the text names it just before their words.
func TestMinisterWhoTurnsOnAState(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a defence minister who accuses the other state",
			texts: []string{
				"Tanker seized in strait\n\nQaristan's coastguard seized the tanker on Monday. Marevia sent three frigates to the strait. Defence Minister Rashid al-Tamimi accused Marevia of escalating the situation. \"Sending warships into our waters is a provocation,\" al-Tamimi said.",
				"Marevia sets deadline\n\nMarevia's defence minister, Elena Varga, gave Qaristan 48 hours to release the ship. Marevian officials said the frigates would stay. Al-Tamimi dismissed Marevia's deadline.",
				"Shipowner appeals\n\nNordvik Tankers said its crew was safe. Marevia said talks had begun.",
			},
			sp:   attrib.Speaker{Name: "Rashid al-Tamimi", Role: "Defence Minister", Kind: attrib.Person},
			want: "Qaristan",
		},
	})
}

// TestEmbassyOfItsState covers a story of two states told through their
// capitals and embassies: an embassy named by its state's demonym speaks
// for that state, not the city it sits in; the city that holds the other
// state's embassy stands for its host state; "Neither government" names
// no state; a state that speaks as itself ("Korvany said") and owns a
// minister is a state.
func TestEmbassyOfItsState(t *testing.T) {
	texts := []string{
		"Belastria expels diplomats\n\nBelastria expelled four diplomats attached to Korvany's embassy in Marovo. Belastria's foreign minister, Adela Voss, said they were spies. Korvany said the charge was absurd.",
		"Korvany vows response\n\nKorvany's foreign minister, Rustam Oderin, called the accusations baseless. The Korvanian embassy in Marovo said its staff had done nothing wrong. Neither government said whether talks would go ahead.",
		"Row deepens\n\nMarovo ordered the diplomats to leave within 72 hours. Korvany said it would respond. Belastria's parliament backed the expulsions.",
	}
	runSideCases(t, []sideCase{
		{name: "an embassy named by its state's demonym", texts: texts,
			sp: attrib.Speaker{Name: "Korvanian embassy of Marovo", Kind: attrib.Body}, want: "Korvany"},
		{name: "its press attaché", texts: texts,
			sp: attrib.Speaker{Name: "Yelena Marchuk", Role: "Korvanian embassy's press attaché", Kind: attrib.Person}, want: "Korvany"},
		{name: "the city that holds the other state's embassy", texts: texts,
			sp: attrib.Speaker{Name: "Marovo", Kind: attrib.Body}, want: "Belastria"},
	})
	s := story(texts...)
	if s.country["Neither"] || !s.country["Korvany"] {
		t.Errorf("countries %v: want Korvany, not Neither", s.country)
	}
}

// TestMinisterOfTheStorysMinistry covers a minister whose post names a
// portfolio and no state, in a story of two states that names the
// ministry of that portfolio and no state's: the minister and the
// ministry are one side, not the state named just before the minister.
func TestMinisterOfTheStorysMinistry(t *testing.T) {
	texts := []string{
		"Riot at Skarn prison\n\nThe Ministry of Justice said three inmates had died. Open Cells said the toll was higher than the Ostrevian government admits.",
		"Minister will not resign\n\nInmates were moved to Lusmark, whose government agreed. Justice Minister Irena Kovalenko said order had been restored. The Ministry of Justice said staffing met the national standard.",
		"Officers blame cuts\n\nThe Prison Officers' Association said cuts had left wings unstaffed, as in Lusmark. Lusmark's government sent guards. Kovalenko said she would not be lectured.",
	}
	s := story(texts...)
	want, _, _ := s.Side(attrib.Speaker{Name: "Ministry of Justice", Kind: attrib.Body})
	got, ev, _ := s.Side(attrib.Speaker{Name: "Irena Kovalenko", Role: "Justice Minister", Kind: attrib.Person})
	if got != want || got == "" {
		t.Errorf("minister's side %q (%s), want the ministry's %q", got, ev, want)
	}
}

// TestFirstNameShapedLikeADemonym covers a first name that ends like a
// demonym ("Anneliese"): no people's government, so the story's one
// country stays its home.
func TestFirstNameShapedLikeADemonym(t *testing.T) {
	s := story(
		"Riot at Skarn prison\n\nOstrevia's prison service said three inmates had died. Anneliese Brandt, a lawyer, said the toll was higher.",
		"Families wait\n\nAnneliese Brandt said the families of Ostrevian inmates had not been told. The Ostrevian justice ministry said it would publish the names.",
		"Inquiry opens\n\nOstrevia will hold an inquiry, the ministry said. Anneliese Brandt welcomed it. Ostrevian officers said they were outnumbered.",
	)
	if s.home != "Ostrevia" {
		t.Errorf("home %q, want Ostrevia", s.home)
	}
}

// TestCompanySpokeswomanOfTheFirmNamedBefore covers a company's voice
// named by the kind noun alone ("Company spokeswoman Hanna Lindqvist") in
// a story of a ferry line and a consultancy: the firm the story is about,
// a shipping line though its name ends as a public service's may.
func TestCompanySpokeswomanOfTheFirmNamedBefore(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name: "a ferry line's spokeswoman",
			texts: []string{
				"Ferry cuts\n\nSkerrow Line said it would cut winter sailings to the island. Company spokeswoman Hanna Lindqvist said medical transfers would be protected.",
				"Island fights cuts\n\nThe island council said Skerrow Line had broken its promises. Skerrow Line said the route lost money.",
				"Consultants weigh in\n\nHugo Berghe, managing director of the ferry consultancy Northsea Maritime Advisory, said thin margins were typical. Skerrow Line declined to comment.",
			},
			sp:   attrib.Speaker{Name: "Hanna Lindqvist", Role: "company spokeswoman", Kind: attrib.Person},
			want: "Skerrow Line",
		},
	})
}
