package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestCarersTakeNoSide covers a hospital, its director, a fire and
// rescue service's officer, an accident's investigators and a health
// authority quoted for the toll, the fire or the cause: no side's
// claim; while a hospital the story is about (named in the leads of its
// articles, its nurses on strike) and the nurses' union keep theirs.
func TestCarersTakeNoSide(t *testing.T) {
	shelling := []string{
		"Shells hit the market in Kaledi on Saturday, the rebels and the army blaming each other.\n\n" +
			"Dr Helena Mbore, director of Kaledi District Hospital, said 34 people had died.\n\n" +
			"Chief Fire Officer Gunnar Basso of Ostmark Fire and Rescue said the fire was out.",
		"The army said rebels fired the shells.\n\nOstmark Fire and Rescue sent six crews to the market.",
	}
	an := attrib.Extract([]string{shelling[0]})
	s := NewStory([]attrib.Analysis{an}, shelling)
	checkSided(t, s, []sided{
		{attrib.Speaker{Name: "Helena Mbore", Kind: attrib.Person, Role: "director of Kaledi District Hospital"}, false},
		{attrib.Speaker{Name: "Kaledi District Hospital", Kind: attrib.Body}, false},
		{attrib.Speaker{Name: "Gunnar Basso", Kind: attrib.Person, Role: "Chief Fire Officer of Ostmark Fire and Rescue"}, false},
		{attrib.Speaker{Name: "Gunnar Basso", Kind: attrib.Person, Role: "Chief Fire Officer"}, false},
		{attrib.Speaker{Name: "Ansel Marik", Kind: attrib.Person, Role: "the head of the emergency department"}, false},
		{attrib.Speaker{Name: "Ostmark Transport Safety Board", Kind: attrib.Body}, false},
		{attrib.Speaker{Name: "Health Authority", Kind: attrib.Body}, false},
	})
	strike := []string{
		"Nurses at St Anne's Hospital walked out on Monday over staffing.\n\nSt Anne's Hospital said wards would stay open.\n\nVell Nurses Union president Ada Renn said the strike would go on.",
		"St Anne's Hospital cancelled 300 operations as the nurses' strike began.",
	}
	an = attrib.Extract([]string{strike[0]})
	s = NewStory([]attrib.Analysis{an}, strike)
	for _, sp := range []attrib.Speaker{
		{Name: "St Anne's Hospital", Kind: attrib.Body},
		{Name: "Ada Renn", Kind: attrib.Person, Role: "Vell Nurses Union president"},
	} {
		if p, ev, ok := s.Side(sp); !ok {
			t.Errorf("%s: no side (%q, %s)", sp.Name, p, ev)
		}
	}
}

// TestHospitalInOneLead covers a hospital one article opens on, for the
// count it gives, in a story whose other articles lead with the clash:
// the story is not about it, and its director takes no side.
func TestHospitalInOneLead(t *testing.T) {
	texts := []string{
		"The San Telmo General Hospital treated 31 people injured in the clashes on Route 27, its director said.\n\n" +
			"Dr Carmen Vargas, the hospital's director, said most had inhaled tear gas.",
		"Protesters blocked Route 27 for a third day as Quenti Mining refused to halt work.\n\nThe San Telmo General Hospital said it had treated 31 people.",
		"Quenti Mining said the blockade was illegal.\n\nThe council said the protest would go on.",
	}
	var an []attrib.Analysis
	for _, t := range texts {
		an = append(an, attrib.Extract([]string{t}))
	}
	s := NewStory(an, texts)
	for _, sp := range []attrib.Speaker{
		{Name: "Carmen Vargas", Kind: attrib.Person, Role: "San Telmo General Hospital's director"},
		{Name: "San Telmo General Hospital", Kind: attrib.Body},
	} {
		if p, ev, ok := s.Side(sp); ok {
			t.Errorf("%s: side %q (%s), want none", sp.Name, p, ev)
		}
	}
}

// A civil protection agency counts the homes a fire destroyed: no side's
// claim, as a fire service's is not.
func TestCivilProtectionIsNoSide(t *testing.T) {
	texts := []string{
		"The fire destroyed 112 homes, according to the regional civil protection agency.",
		"The Vellano Residents' Association said the utility ignored its warnings.",
		"Solvan Power said its line was maintained. Solvan Power denied the association's account.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	sp := attrib.Speaker{Name: "regional civil protection agency", Kind: attrib.Body, Generic: "agency"}
	if p, ev, ok := s.Side(sp); ok {
		t.Errorf("civil protection agency: side %q (%s), want none", p, ev)
	}
}

// A mayor quoted on what befell their town in one report of several,
// named in no lead, is an onlooker; a mayor the story is about, named in
// its leads or in three of its reports, is a side.
func TestOnlookingMayor(t *testing.T) {
	for _, tc := range []struct {
		name    string
		texts   []string
		speaker attrib.Speaker
		side    bool
	}{
		{
			name: "a town the fire passed through",
			texts: []string{
				"Utility blamed for Vellano fire\n\nThe Vellano Residents' Association said Solvan Power ignored its warnings.",
				"Solvan Power denies blame\n\nSolvan Power said its line was maintained.\n\nSarvena's mayor, Luca Demm, said 212 people were still in emergency accommodation.",
				"Prosecutor opens inquiry\n\nThe association said the line was old. Solvan Power said it would cooperate.",
			},
		},
		{
			name: "a mayor who has taken no side, of a stop word's first name",
			texts: []string{
				"Fishermen go to court over wind farm\n\nThe Kestrel Fishermen's Federation said the licence was unlawful.",
				"Developer defends offer\n\nBrightwater Offshore said its offer was fair.\n\nMayor Per Oskeland, who has not taken sides in the dispute, said the town needed both industries.",
				"Ministry backs licence\n\nThe federation said the consultation was a formality. Brightwater Offshore said it had met every rule.",
			},
			speaker: attrib.Speaker{Name: "Per Oskeland", Kind: attrib.Person, Role: "Mayor"},
		},
		{
			name: "a mayor the story is about",
			texts: []string{
				"Mayor Luca Demm raises bus fares\n\nMayor Luca Demm said fares would rise by 20 cents.",
				"Riders protest as Demm defends fare rise\n\nThe Fair Fares group said the rise was unfair. Demm said the buses were losing money.",
				"Council to vote on fares\n\nThe council said it would vote on Monday.",
			},
			side: true,
		},
		{
			name: "a mayor who defends a deal in every report, the leads naming only the deal",
			texts: []string{
				"Tram contract approved amid bribery claims\n\nThe council approved the tram contract. Mayor Luca Demm said the tender was clean.",
				"Prosecutors examine tram tender\n\nProsecutors opened an inquiry into the tender. Demm said the city would comply.",
				"Opposition demands freeze of tram deal\n\nThe Civic Renewal group said Demm should step aside. Demm called the claims a smear.",
			},
			speaker: attrib.Speaker{Name: "Luca Demm", Kind: attrib.Person, Role: "Mayor"},
			side:    true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := story(tc.texts...)
			sp := attrib.Speaker{Name: "Luca Demm", Kind: attrib.Person, Role: "Sarvena's mayor"}
			if tc.side {
				sp.Role = "Mayor"
			}
			if tc.speaker.Name != "" {
				sp = tc.speaker
			}
			if p, ev, ok := s.Side(sp); ok != tc.side {
				t.Errorf("side %q, %v (%s), want a side: %v", p, ok, ev, tc.side)
			}
		})
	}
}

// Police quoted for a count or what they saw, in a story of several
// reports whose leads do not name them, take no side; police a story is
// about, named in two of its leads, do.
func TestOnlookingPolice(t *testing.T) {
	rufo := attrib.Speaker{Name: "Rufo Danel", Kind: attrib.Person, Role: "Captain, a police spokesman"}
	for _, tc := range []struct {
		name     string
		texts    []string
		speakers []attrib.Speaker
		side     bool
	}{
		{
			name: "the crowd at a rally",
			texts: []string{
				"Court voids referendum\n\nThe Veldmark government said the ruling was political.",
				"Rally in Port Mar\n\nSome 40,000 people joined an evening rally, according to municipal police. Captain Rufo Danel, a police spokesman, said the march had been peaceful.\n\nSergeant Mark Delane of Port Mar Police said officers had made no arrests. A police spokesman said the streets were clear by midnight.",
				"Opposition welcomes ruling\n\nCivic Unity said the ruling was fair. The Veldmark government said it would appeal.",
			},
			speakers: []attrib.Speaker{{Name: "municipal police", Kind: attrib.Body, Generic: "police"}, rufo,
				{Name: "police spokesman", Kind: attrib.Unnamed, Generic: "spokesman"}},
		},
		{
			name: "leads that count the marchers by the police's word",
			texts: []string{
				"According to police about 3,000 supporters marched to the stadium on Saturday.\n\nThe Supporters' Trust said the club was not for sale.",
				"Brennock police said around 3,000 fans marched on Saturday.\n\nSuperintendent Alan Pryce of Brennock police said the march had been peaceful.",
				"League to rule on takeover\n\nThe Arden League said it would rule within 12 weeks. The Supporters' Trust said the sale must be stopped.",
			},
			speakers: []attrib.Speaker{{Name: "Brennock police", Kind: attrib.Body, Generic: "police"},
				{Name: "Alan Pryce", Kind: attrib.Person, Role: "Superintendent of Brennock police"},
				{Name: "Dario Venn", Kind: attrib.Person, Role: "Chief Inspector"}},
		},
		{
			name: "a school district's superintendent is no police officer",
			texts: []string{
				"Schools to close\n\nThe Brindle School Board voted to close three schools.",
				"Parents protest closures\n\nSuperintendent Anders Pelkon said every child would get a place at a receiving school.",
				"Teachers object\n\nThe Brindle Federation of Teachers said classes would grow.",
			},
			speakers: []attrib.Speaker{{Name: "Anders Pelkon", Kind: attrib.Person, Role: "Superintendent"}},
			side:     true,
		},
		{
			name: "a charge on a march",
			texts: []string{
				"Police charge marchers in Port Mar\n\nThe Marchers' Union said police had used batons. Municipal police said officers had been attacked first.",
				"Police defend officers after march\n\nCaptain Rufo Danel, a police spokesman, said the march had turned violent.",
				"Union to sue\n\nThe Marchers' Union said it would sue the city.",
			},
			speakers: []attrib.Speaker{{Name: "municipal police", Kind: attrib.Body, Generic: "police"}, rufo},
			side:     true,
		},
		{
			name: "a chief inspector of the story's inspectorate, police only counting the crowd",
			texts: []string{
				"Riders protest pay cut\n\nAbout 600 riders gathered outside Kwikbite's offices, police said. The State Labour Inspectorate said it had opened an investigation.",
				"Inspectors to check pay data\n\nChief Inspector Ilse Marwitz said her office would demand the app's pay data.",
				"Kwikbite defends cut\n\nKwikbite said riders earned more than the minimum wage.",
			},
			speakers: []attrib.Speaker{{Name: "Ilse Marwitz", Kind: attrib.Person, Role: "Chief Inspector"}},
			side:     true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := story(tc.texts...)
			for _, sp := range tc.speakers {
				if p, ev, ok := s.Side(sp); ok != tc.side {
					t.Errorf("%s: side %q, %v (%s), want a side: %v", sp.Name, p, ok, ev, tc.side)
				}
			}
		})
	}
}

// A harbour master quoted on the traffic through a strait counts for no
// side, as a fire service does.
func TestHarbourMasterIsNoSide(t *testing.T) {
	texts := []string{
		"Seawarden said up to 6,000 tonnes of oil had leaked. The Marvan Maritime Authority said 2,400 tonnes had.",
		"Harbour master Elin Castberg said commercial traffic through the strait had resumed on Monday.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	if p, ev, ok := s.Side(attrib.Speaker{Name: "Elin Castberg", Kind: attrib.Person, Role: "Harbour master"}); ok {
		t.Errorf("side %q (%s), want none", p, ev)
	}
}

// An inspector of a trade or a service other than the police's is no
// police officer, though "chief inspector" is a police rank: "Ottilie
// Brennac, the chief labour inspector" and, later, "chief inspector
// Ottilie Brennac" speak for the labour inspectorate.
func TestOtherInspectorIsNoPolice(t *testing.T) {
	texts := []string{
		"An explosion killed seven workers at the Kellmar fertiliser plant on Tuesday.\n\n" +
			"Ottilie Brennac, the chief labour inspector, said no full inspection had taken place since 2021.\n\n" +
			"The February visit was a paperwork check, chief inspector Ottilie Brennac said.",
		"Seven workers died in the Kellmar blast. Police said the road to the plant would stay closed.",
		"The plant's owner said it had complied with every rule.",
		"The union said the plant was unsafe.",
	}
	s := story(texts...)
	sp := attrib.Speaker{Name: "Ottilie Brennac", Kind: attrib.Person, Role: "chief inspector"}
	if s.onlookingPolice(sp) {
		t.Errorf("%s (%q, roles %q) read as onlooking police", sp.Name, sp.Role, s.roles[s.PersonKey(sp.Name)])
	}
}

// TestClergyTakesNoSide covers the clergy a story quotes on what befell
// their people ("the Reverend Simeon Hartle", "Father Anzel Dobrev, the
// village priest"): no side's claim; while "father" as kin and a priest
// with a post of a body of the story keep theirs.
func TestClergyTakesNoSide(t *testing.T) {
	texts := []string{
		"Six people died when a train left the rails near Lessington, Velmont Rail said.",
		`"She taught half this town to read," said the Reverend Simeon Hartle, who led the vigil.`,
		`"People came back because they were told it was over," said Father Anzel Dobrev, the village priest.`,
		"Ivo Marsh, chaplain and spokesman of the Velmont Rail Staff Association, said the staff were shaken.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	checkSided(t, s, []sided{
		{attrib.Speaker{Name: "Reverend Simeon Hartle", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Anzel Dobrev", Kind: attrib.Person, Role: "Father, the village priest"}, false},
		{attrib.Speaker{Name: "Ivo Marsh", Kind: attrib.Person, Role: "chaplain and spokesman of the Velmont Rail Staff Association"}, true},
	})
}

// TestOnlookingCouncillor covers a councillor the story quotes on what
// befell their ward, named in one article and no lead, in a story of
// three articles or more: no side's claim, as a mayor's; a council
// leader keeps the council's side.
func TestOnlookingCouncillor(t *testing.T) {
	texts := []string{
		"The data regulator fined Pennlark Technologies 14 million dalers on Monday.",
		"City councillor Marta Denholm, who represents the Harbour ward, said she hoped the fine would not threaten jobs.",
		"Pennlark said it would appeal against the fine.",
		"The Consumers' League said the fine was a slap on the wrist.",
	}
	s := story(texts...)
	if p, ev, ok := s.Side(attrib.Speaker{Name: "Marta Denholm", Kind: attrib.Person, Role: "City councillor"}); ok {
		t.Errorf("councillor's side %q (%s), want none", p, ev)
	}
}

// TestMediatorTakesNoSide covers a go-between the story names by their
// post alone ("State mediator Anselm Grody, who chaired the talks"): no
// side's claim; while a state's leader who mediates keeps his state's
// side.
func TestMediatorTakesNoSide(t *testing.T) {
	texts := []string{
		"Teachers and the education ministry agreed a 7.5 percent rise on Friday.",
		`State mediator Anselm Grody, who chaired the talks, said they had been "long but never hostile".`,
		"Belarus's president, Alyaksandr Varko, who mediated the deal, said both sides had given ground.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	if p, ev, ok := s.Side(attrib.Speaker{Name: "Anselm Grody", Kind: attrib.Person, Role: "State mediator"}); ok {
		t.Errorf("mediator's side %q (%s), want none", p, ev)
	}
	if p, ev, ok := s.Side(attrib.Speaker{Name: "Alyaksandr Varko", Kind: attrib.Person, Role: "Belarus's president"}); !ok {
		t.Errorf("mediating president's side %q (%s), want Belarus's", p, ev)
	}
}
