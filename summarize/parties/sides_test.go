package parties

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

func TestIsName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"The", false},
		{"These", false},
		{"Thursday", false},
		{"By Thursday", false},
		{"June and the Kremlin", false},
		{"They", false},
		{"Norrin's side Veltex", false},       // a fragment: a lower-case word no name holds
		{"Chair Ada Renn and Council", false}, // a title and a person run into a body
		{"RECOMMENDED FOR YOU Norrin", false}, // a page's label run into a name
		{"Arlen Voss Saturday", false},        // a weekday run into a name
		{"Veltex", true},
		{"Save Our Rivers Carrow", true},
		{"UN Observer Mission", true},
		{"Alliance of Coastal Towns", true},
		{"the Harbour Pilots' Guild", true},
		{"Office of the President", true},
		{"Grellmoor Motors", true},
	}
	for _, tt := range tests {
		if got := isName(tt.name); got != tt.want {
			t.Errorf("isName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSide(t *testing.T) {
	runSideEvidenceCases(t, []sideEvidenceCase{
		{
			name:    "a person with no affiliation is a side of their own",
			texts:   []string{"Norrin Tavell moved to cancel his bid for Veltex. Veltex said it would sue."},
			speaker: attrib.Speaker{Name: "Norrin Tavell", Kind: attrib.Person},
			want:    "Norrin Tavell", ev: "side of their own",
		},
		{
			name:    "a role naming a company the story never names as an actor is no side",
			texts:   []string{"Norrin Tavell moved to cancel his bid for Veltex. Veltex said it would sue."},
			speaker: attrib.Speaker{Name: "Norrin Tavell", Role: "Quarro CEO", Kind: attrib.Person},
			want:    "Norrin Tavell", ev: "side of their own",
		},
		{
			name:    "an unqualified corporate title belongs to the story's one company",
			texts:   []string{"Grellmoor Motors cut 400 jobs. The union called it a betrayal."},
			speaker: attrib.Speaker{Name: "Ada Renn", Role: "Chief executive", Kind: attrib.Person},
			want:    "Grellmoor Motors", ev: "corporate title",
		},
		{
			name: "a chief executive's company named just before the name, among several",
			texts: []string{"Quarro Holdings bid for Veltex Logistics on Monday.",
				"Veltex Logistics rejected the offer. Chief executive Ada Renn said it was too low. Quarro Holdings said it would wait."},
			speaker: attrib.Speaker{Name: "Ada Renn", Role: "Chief executive", Kind: attrib.Person},
			// The sentence before gives the title its company (attrib's
			// titleOwner), as the words just before the name do.
			want: "Veltex Logistics", ev: "Veltex Logistics",
		},
		{
			name: "a chief executive's company is the one the story is about when the introduction says none",
			texts: []string{"Veltex Logistics cut its forecast. Veltex blamed fuel. Veltex shares fell.",
				"Sales were weak in May. Chief executive Ada Renn said June was better. Quarro Holdings declined to comment."},
			speaker: attrib.Speaker{Name: "Ada Renn", Role: "Chief executive", Kind: attrib.Person},
			want:    "Veltex Logistics", ev: "the company the story is about",
		},
		{
			name:    "a news agency credited for reporting is never a side",
			texts:   []string{"Veltex shares fell. According to Reuters, talks had stalled."},
			speaker: attrib.Speaker{Name: "Reuters", Kind: attrib.Body},
			want:    "",
		},
		{
			name:    "the associated press as a body is no side",
			texts:   []string{"Veltex shares fell, the Associated Press reported."},
			speaker: attrib.Speaker{Name: "the Associated Press", Kind: attrib.Body},
			want:    "",
		},
		{
			name:    "opposition leader is the opposition",
			texts:   []string{"The vote in Parlen passed narrowly after a long debate."},
			speaker: attrib.Speaker{Name: "Iva Droste", Role: "opposition leader", Kind: attrib.Person},
			want:    "Opposition", ev: "opposition",
		},
		{
			name:    "a rebel commander speaks for the rebels",
			texts:   []string{"Fighting resumed near the pass on Sunday."},
			speaker: attrib.Speaker{Name: "Kor Amsel", Role: "a rebel commander", Kind: attrib.Person},
			want:    "Rebels", ev: "rebel",
		},
		{
			name: "a minister's country from the words before the name in a two-country story",
			texts: []string{"Moldara and Kestria met in Geneva. Moldaran and Kestrian diplomats spoke.",
				"Kestria pressed its case. Foreign Minister Ana Vesk said talks would go on. Moldara disagreed."},
			speaker: attrib.Speaker{Name: "Ana Vesk", Role: "Foreign Minister", Kind: attrib.Person},
			want:    "Kestria", ev: "government title",
		},
		{
			name: "a secretary's country from context in a two-country story",
			texts: []string{"Dornavan and Kalmoran negotiators met. Dornava and Kalmora traded blame.",
				"Kalmora raised tariffs. Commerce Secretary Ivo Strand said more would follow. Dornava objected."},
			speaker: attrib.Speaker{Name: "Ivo Strand", Role: "Commerce Secretary", Kind: attrib.Person},
			want:    "Kalmora", ev: "government title",
		},
		{
			name:    "a secretary in a story of one country is a side of their own",
			texts:   []string{"Kalmora's budget talks stalled. Kalmoran lawmakers left. Kalmora waits.", "Commerce Secretary Ivo Strand said the talks would resume."},
			speaker: attrib.Speaker{Name: "Ivo Strand", Role: "Commerce Secretary", Kind: attrib.Person},
			want:    "Ivo Strand", ev: "side of their own",
		},
		{
			name:    "strikers speak for the story's one union",
			texts:   []string{"The Harbour Pilots' Union called the strike. Ferries stayed in port."},
			speaker: attrib.Speaker{Name: "striking pilots", Kind: attrib.Unnamed, Generic: "pilots"},
			want:    "Harbour Pilots' Union", ev: "members of the story's union",
		},
		{
			name:    "strikers with no union named are the strikers",
			texts:   []string{"Ferries stayed in port for a third day."},
			speaker: attrib.Speaker{Name: "strikers", Kind: attrib.Unnamed, Generic: "strikers"},
			want:    "Strikers", ev: "strikers",
		},
		{
			name:    "residents and villagers are the residents",
			texts:   []string{"Floods cut off three villages in Orla province."},
			speaker: attrib.Speaker{Name: "villagers in the worst-hit areas", Kind: attrib.Unnamed, Generic: "villagers"},
			want:    "Residents", ev: "villagers",
		},
		{
			name:    "a known person's team speaks for the person",
			texts:   []string{"Norrin Tavell said he would walk away from Veltex."},
			speaker: attrib.Speaker{Name: "Tavell's lawyers", Kind: attrib.Body},
			want:    "Norrin Tavell", ev: "possessive",
		},
		{
			name:    "an armed group's adjective names the group",
			texts:   []string{"Strikes hit the port. The Houthis vowed to respond."},
			speaker: attrib.Speaker{Name: "Sami Radi", Role: "Houthi spokesman", Kind: attrib.Person},
			want:    "Houthis", ev: "Houthi spokesman",
		},
		{
			name:    "a person's title is no part of the side's name",
			texts:   []string{"Talks on the budget stalled again in Parlen."},
			speaker: attrib.Speaker{Name: "Speaker Tomas Grell", Kind: attrib.Person},
			want:    "Tomas Grell", ev: "side of their own",
		},
		{
			name:    "an organisation a role names by its head noun",
			texts:   []string{"Fighters seized the airfield at dawn."},
			speaker: attrib.Speaker{Name: "Oleg Varin", Role: "Corvan Group, chief", Kind: attrib.Person},
			want:    "Corvan Group", ev: "names the organisation",
		},
		{
			name:    "an organisation of several words before a title",
			texts:   []string{"The strike spread to a third plant on Monday."},
			speaker: attrib.Speaker{Name: "Lea Brandt", Role: "Harbour Pilots Guild organiser", Kind: attrib.Person},
			want:    "Harbour Pilots Guild", ev: "names the organisation",
		},
		{
			name:    "a person's administration speaks for the person",
			texts:   []string{"Marta Keel vetoed the bill. Keel said it was too costly."},
			speaker: attrib.Speaker{Name: "the Keel administration", Kind: attrib.Body, Generic: "administration"},
			want:    "Marta Keel", ev: "belongs to",
		},
		{
			name:    "a country taken for a person is the country",
			texts:   []string{"The talks in Geneva ended without a deal."},
			speaker: attrib.Speaker{Name: "France", Role: "while praising the hosts", Kind: attrib.Person},
			want:    "France", ev: "names the side",
		},
		{
			name:    "a body's name loses its article",
			texts:   []string{"The Harbour Pilots Guild said pilots would walk out."},
			speaker: attrib.Speaker{Name: "the Harbour Pilots Guild", Kind: attrib.Body},
			want:    "Harbour Pilots Guild", ev: "",
		},
		{
			name:    "a body taken for a person is the body",
			texts:   []string{"The Merrin Town Council met late. The council said it would appeal."},
			speaker: attrib.Speaker{Name: "Merrin Town Council", Kind: attrib.Person},
			want:    "Merrin Town Council", ev: "",
		},
		{
			name:    "a body whose name holds a commentator's word is a side",
			texts:   []string{"The Tesna Observer Mission said its monitors were turned back."},
			speaker: attrib.Speaker{Name: "the Tesna Observer Mission", Kind: attrib.Body},
			want:    "Tesna Observer Mission", ev: "",
		},
		{
			name: "the head of an observer mission speaks for it",
			texts: []string{"The Tesna Observer Mission said voting was calm.",
				"Anna Brisk, head of the Tesna observer mission, said counting was problematic."},
			speaker: attrib.Speaker{Name: "Anna Brisk", Role: "head of the Tesna observer mission", Kind: attrib.Person},
			want:    "Tesna Observer Mission", ev: "",
		},
		{
			name: "a professor the story is about is a side",
			texts: []string{"Calder University dismissed Professor Lina Oke on Monday.",
				"Professor Oke said she had never copied anyone's work."},
			speaker: attrib.Speaker{Name: "Lina Oke", Role: "Professor", Kind: attrib.Person},
			want:    "Lina Oke", ev: "side of their own",
		},
		{
			name: "the head of a university the story is about speaks for it",
			texts: []string{"Calder University dismissed Professor Lina Oke on Monday.",
				"Calder University said the panel was thorough. The university's vice-chancellor, Ed Varl, said it was fair."},
			speaker: attrib.Speaker{Name: "Ed Varl", Role: "Professor, university's vice-chancellor", Kind: attrib.Person},
			want:    "Calder University", ev: "the story's one university",
		},
		{
			name: "a professor asked for a word comments",
			texts: []string{"Calder University dismissed a lecturer on Monday.",
				"The panel's report was published. Professor Ivo Thrane said such cases were rare."},
			speaker: attrib.Speaker{Name: "Ivo Thrane", Role: "Professor", Kind: attrib.Person},
			want:    "", ev: "commentator",
		},
		{
			name: "an analyst two articles quote, never in their lead, comments",
			texts: []string{"Northlink blamed its contractor for the outage on Tuesday.\nRuth Kessler, a telecoms analyst at Halden Capital, said the row could take months.",
				"The regulator opened an inquiry into the outage.\nTelecoms analyst Ruth Kessler said the row was likely to end up in court."},
			speaker: attrib.Speaker{Name: "Ruth Kessler", Role: "a telecoms analyst at Halden Capital", Kind: attrib.Person},
			want:    "", ev: "commentator",
		},
		{
			name: "a spokeswoman of the story's one university speaks for it",
			texts: []string{"Harwick University wants to close its School of Music, saying it loses money.\nA university spokeswoman, Rhiannon Vale, denied that staff had been kept in the dark.",
				"Harwick University will vote on the plan in May.\nThe lecturers' union said the figures were wrong."},
			speaker: attrib.Speaker{Name: "Rhiannon Vale", Role: "university spokeswoman", Kind: attrib.Person},
			want:    "Harwick University", ev: "the story's one university",
		},
		{
			name:    "the university one article is about is a side",
			texts:   []string{"Harwick University wants to close its School of Music, saying it loses money.\nHarwick University said the school was too costly."},
			speaker: attrib.Speaker{Name: "Harwick University", Kind: attrib.Body},
			want:    "Harwick University", ev: "",
		},
		{
			name: "the vice-chancellor speaks for the story's university, a professor or not",
			texts: []string{"Harwick University wants to close its School of Music.\nThe vice-chancellor, Professor Edmund Carrow, said the school cannot be kept open.",
				"Harwick University will vote on the plan in May."},
			speaker: attrib.Speaker{Name: "Edmund Carrow", Role: "Professor, vice-chancellor", Kind: attrib.Person},
			want:    "Harwick University", ev: "the story's one university",
		},
		{
			name: "a university named as University of a place is of that kind",
			texts: []string{"The University of Castelmoor will close its languages department.\nThe vice-chancellor, Professor Anselm Dray, said it was no longer sustainable.",
				"The University of Castelmoor board meets in May."},
			speaker: attrib.Speaker{Name: "Anselm Dray", Role: "Professor, vice-chancellor", Kind: attrib.Person},
			want:    "University of Castelmoor", ev: "the story's one university",
		},
		{
			name: "an analyst a broadcast introduces in its first paragraph comments",
			texts: []string{"With me are Captain Ruben Halloway of the pilots' union and the aviation analyst Priya Mendeville.\nMendeville said it was too early to say.",
				"The fleet was grounded.\nAnalyst Priya Mendeville said the readings were within limits."},
			speaker: attrib.Speaker{Name: "Priya Mendeville", Role: "aviation analyst", Kind: attrib.Person},
			want:    "", ev: "commentator",
		},
		{
			name:    "an election observer comments",
			texts:   []string{"The vote was counted overnight in Tesna."},
			speaker: attrib.Speaker{Name: "Anna Brisk", Role: "an election observer", Kind: attrib.Person},
			want:    "", ev: "commentator",
		},
		{
			name: "an abbreviation of the gazetteer is written out to find the body",
			texts: []string{"The United Nations Observer Mission counted the craters.",
				"The UN observer mission said the shells came from the east."},
			speaker: attrib.Speaker{Name: "UN observer mission", Kind: attrib.Body, Generic: "mission"},
			want:    "United Nations Observer Mission", ev: "names the side",
		},
		{
			name:    "a public post's office speaks as a side of its own",
			texts:   []string{"Piet Alder was charged with threatening a judge. The prosecutor’s office said he had made the call."},
			speaker: attrib.Speaker{Name: "prosecutor’s office", Kind: attrib.Body, Generic: "office"},
			want:    "Prosecutors", ev: "",
		},
		{
			name:    "unnamed prosecutors are the prosecution",
			texts:   []string{"Two clerks were charged on Tuesday. Federal prosecutors alleged that the ledgers had been forged."},
			speaker: attrib.Speaker{Name: "Federal prosecutors", Kind: attrib.Unnamed, Generic: "prosecutors"},
			want:    "Prosecutors", ev: "story's prosecutors",
		},
		{
			name:    "unnamed police",
			texts:   []string{"Protesters left the campus on Monday. Police said they had arrested 40 people."},
			speaker: attrib.Speaker{Name: "police", Kind: attrib.Body, Generic: "police"},
			want:    "Police", ev: "",
		},
		{
			name:    "unnamed officials stay unnamed",
			texts:   []string{"Protesters left the campus on Monday. Officials said the campus would reopen."},
			speaker: attrib.Speaker{Name: "Officials", Kind: attrib.Unnamed, Generic: "officials"},
			want:    "", ev: "no affiliation",
		},
		{
			name:    "a sheriff's office",
			texts:   []string{"Two inmates escaped on Monday. The Carrow County sheriff's office said a search was under way."},
			speaker: attrib.Speaker{Name: "Carrow County sheriff's office", Kind: attrib.Body, Generic: "office"},
			want:    "Sheriff's Office", ev: "",
		},
		{
			name:    "a common noun capitalised at the start of a sentence is no side",
			texts:   []string{"Exporters say costs are rising. Many exporters have cut shifts."},
			speaker: attrib.Speaker{Name: "Exporters", Kind: attrib.Body},
			want:    "", ev: "",
		},
		{
			name: "a modifier does not cross a quotation mark and a comma",
			texts: []string{`"People here have nothing to do with the conflict," ministry spokeswoman Lena Dorsch said.`,
				"The ministry said it would protest."},
			speaker: attrib.Speaker{Name: "the ministry", Kind: attrib.Body, Generic: "ministry"},
			// Not the "Conflict Ministry"; the story names no country, so
			// its ministry is the government's.
			want: "Government", ev: "names no country",
		},
		{
			name:    "the company is the story's one company",
			texts:   []string{"Harlow Chemicals said there was no leak. The company said its valves held."},
			speaker: attrib.Speaker{Name: "the company", Kind: attrib.Body, Generic: "company"},
			want:    "Harlow Chemicals", ev: "company",
		},
	})
}

// A role names an office only when its holder speaks for it.
func TestOfficeRoles(t *testing.T) {
	s := story("The council voted on the fares plan in Carrow.")
	tests := []struct{ role, want string }{
		{"Mayor", "Mayor's Office"},
		{"the mayor's spokeswoman", "Mayor's Office"},
		{"deputy mayor", "Mayor's Office"},
		{"a critic of the mayor", ""},
		{"the former mayor", ""},
		{"who ran against the governor last year", ""},
	}
	for _, tt := range tests {
		if got := s.PartyOf(attrib.Speaker{Name: "Ana Vesk", Role: tt.role, Kind: attrib.Person}); got != tt.want {
			t.Errorf("PartyOf(role %q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// One actor is one party, under its fullest name; a word a name holds is
// no alias for it.
func TestOneActorOneParty(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name:  "a short name is the organisation it begins",
			texts: []string{"Brackwater Port Company raised its offer. Brackwater said the offer was final."},
			sp:    attrib.Speaker{Name: "Dana Pike", Role: "Brackwater's chief executive", Kind: attrib.Person},
			want:  "Brackwater Port Company",
		},
		{
			name: "a record label's short name, beside its group",
			texts: []string{"Harlow Records refused the request. Harlow said the singer owed it money.",
				"The Harlow Label Group statement was posted on Friday."},
			sp:   attrib.Speaker{Name: "Harlow", Kind: attrib.Body},
			want: "Harlow Label Group", // the fullest of its names
		},
		{
			name:  "town hall is the mayor's office",
			texts: []string{"Mayor Ines Roth cut the grant. Town Hall said the cut was fair."},
			sp:    attrib.Speaker{Name: "Town Hall", Kind: attrib.Body},
			want:  "Mayor's Office",
		},
		{
			name: "one word of a committee's name in a role is not the committee",
			texts: []string{"The Senate Ethics Committee met. The White House said nothing.",
				"Senate leader Rolf Amber said the vote would wait."},
			sp:   attrib.Speaker{Name: "Rolf Amber", Role: "Senate leader", Kind: attrib.Person},
			want: "Rolf Amber",
		},
	})
}

// A person's surname that speaks is no organisation: "the Tavell
// campaign" is Norrin Tavell's side, not a body "Tavell".
func TestSurnameIsNoOrganisation(t *testing.T) {
	texts := []string{"Norrin Tavell quit the race. Tavell said he was done. The Tavell campaign said so too."}
	analyses := []attrib.Analysis{{
		People: []attrib.Speaker{{Name: "Norrin Tavell", Kind: attrib.Person}},
		Statements: []attrib.Statement{
			{Speaker: attrib.Speaker{Name: "Tavell", Kind: attrib.Body}, Text: "Tavell said he was done."},
		},
	}}
	s := NewStory(analyses, texts)
	got, ev, _ := s.Side(attrib.Speaker{Name: "the Tavell campaign", Kind: attrib.Body, Generic: "campaign"})
	if got != "Norrin Tavell" {
		t.Errorf("Side(the Tavell campaign) = %q (%s), want Norrin Tavell", got, ev)
	}
}

// A person's full name the attribution also listed as a body is still the
// person, whose role says their side.
func TestPersonListedAsBody(t *testing.T) {
	texts := []string{"Norrin Tavell, chief of Veltex Group, spoke.", "The group's leader Norrin Tavell said the march would go on."}
	analyses := []attrib.Analysis{{
		Orgs:   []string{"Veltex Group", "Norrin Tavell"},
		People: []attrib.Speaker{{Name: "Norrin Tavell", Role: "chief of Veltex Group", Kind: attrib.Person}},
	}}
	s := NewStory(analyses, texts)
	got, ev, _ := s.Side(attrib.Speaker{Name: "Norrin Tavell", Role: "group's leader", Kind: attrib.Person})
	if got != "Veltex Group" {
		t.Errorf("Side(Norrin Tavell) = %q (%s), want Veltex Group", got, ev)
	}
}

// A person's side comes from any role the story gives them, in any
// article, even when the role the story keeps for them says none.
func TestSideFromAnyRole(t *testing.T) {
	texts := []string{"Ada Renn, a former pilot, spoke.", "Renn said the plant would close."}
	analyses := []attrib.Analysis{
		{Orgs: []string{"Grellmoor Motors"}, People: []attrib.Speaker{{Name: "Ada Renn", Role: "a former pilot", Kind: attrib.Person}}},
		{Statements: []attrib.Statement{{Speaker: attrib.Speaker{Name: "Ada Renn", Role: "chief executive of Grellmoor Motors", Kind: attrib.Person}, Text: texts[1]}}},
	}
	s := NewStory(analyses, texts)
	got, ev, _ := s.Side(attrib.Speaker{Name: "Renn", Kind: attrib.Person})
	if got != "Grellmoor Motors" || !strings.Contains(ev, "chief executive of Grellmoor Motors") {
		t.Errorf("Side(Renn) = %q (%s), want Grellmoor Motors from the role another article gives", got, ev)
	}
}

// A statement of an unnamed speaker of no known side is Others, with its
// evidence, and never a party named by a function word.
func TestSideUnnamedIsOthers(t *testing.T) {
	s := story("The plan was approved. Officials said costs would rise.")
	got, ev, _ := s.Side(attrib.Speaker{Name: "These", Kind: attrib.Body})
	if got != Others || ev == "" {
		t.Errorf("Side(These) = %q (%s), want %q", got, ev, Others)
	}
}

// A body named in full, by its initials and by a compound of initials is
// one actor: the compound names it, else the full name.
func TestInitialsAreOneActor(t *testing.T) {
	runSideCases(t, []sideCase{
		{
			name:  "initials are the full name",
			texts: []string{"The Orvane Dock Workers Union walked out. Leaders of the Orvane Dock Workers Union said the port must pay more."},
			sp:    attrib.Speaker{Name: "ODWU", Kind: attrib.Body},
			want:  "Orvane Dock Workers Union",
		},
		{
			name: "initials skip 'of'",
			texts: []string{"The Union of Harbour Pilots said it would strike. The UHP said talks had failed.",
				"The Union of Harbour Pilots met on Monday."},
			sp:   attrib.Speaker{Name: "UHP", Kind: attrib.Body},
			want: "Union of Harbour Pilots",
		},
		{
			name:  "the full name is the compound that holds its initials",
			texts: []string{"The Harbour Pilots Guild merged with the Marine Tug Association to form HPG-MTA. HPG-MTA said pilots would strike."},
			sp:    attrib.Speaker{Name: "Harbour Pilots Guild", Kind: attrib.Body},
			want:  "HPG-MTA",
		},
		{
			name:  "the initials are the compound that holds them",
			texts: []string{"The Harbour Pilots Guild merged with the Marine Tug Association to form HPG-MTA. HPG-MTA said pilots would strike."},
			sp:    attrib.Speaker{Name: "Ilse Varn", Role: "HPG's president", Kind: attrib.Person},
			want:  "HPG-MTA",
		},
		{
			name:  "a merged body's full name is its compound of initials",
			texts: []string{"Talks between the studios and the Stage Players Guild-Northern Federation of Film and Radio Artists (SPG-NFFRA) failed. SPG-NFFRA said its members would strike."},
			sp:    attrib.Speaker{Name: "Stage Players Guild-Northern Federation of Film and Radio Artists", Kind: attrib.Body},
			want:  "SPG-NFFRA",
		},
		{
			name:  "initials that match no name stay as they are",
			texts: []string{"The Orvane Dock Workers Union walked out. The ODC said the port would stay open."},
			sp:    attrib.Speaker{Name: "ODC", Kind: attrib.Body},
			want:  "ODC",
		},
	})
}

// "The group" an article never names is the side its spokesman's role
// names.
func TestUnnamedBodyOfASpokesman(t *testing.T) {
	s := story("Orrik Tamm, a spokesman for the Tarvic Dockers' Union, said the strike would go on. The Tarvic Dockers' Union said talks were over.")
	got, ev, _ := s.Side(attrib.Speaker{Name: "group", Kind: attrib.Body, Generic: "group", Role: "Tarvic Dockers' Union spokesman"})
	if got != "Tarvic Dockers' Union" {
		t.Errorf("Side = %q (%s), want the Tarvic Dockers' Union", got, ev)
	}
}

// The side of an agent is its principal's.
func TestAgentSide(t *testing.T) {
	s := story("Harbour owner Ilse Varn sued the port. The Alliance of Reef Nations met in Suva.")
	tests := []struct {
		speaker attrib.Speaker
		want    string
	}{
		{attrib.Speaker{Name: "law firm representing harbour owner Ilse Varn", Kind: attrib.Unnamed, Generic: "firm", Role: "representing harbour owner Ilse Varn"}, "Ilse Varn"},
		{attrib.Speaker{Name: "Tavi Lomu", Kind: attrib.Person, Role: "Fijian negotiator, on behalf of Alliance of Reef Nations"}, "Alliance of Reef Nations"},
	}
	for _, tt := range tests {
		if got, ev, _ := s.Side(tt.speaker); got != tt.want {
			t.Errorf("Side(%+v) = %q (%s), want %q", tt.speaker, got, ev, tt.want)
		}
	}
}

// A legislator's party letter after their name, and a party's member
// word in a speaker, give the party of government as the side.
func TestPartiesOfGovernment(t *testing.T) {
	s := story("Speaker Rolf Amber (R-TX) met the president. Sen. Ana Ruiz (D-N.Y.) said talks would go on. Rep. Ivo Brandt, I-Vt., stayed away.")
	tests := []struct {
		speaker attrib.Speaker
		want    string
	}{
		{attrib.Speaker{Name: "Rolf Amber", Kind: attrib.Person}, "Republicans"},
		{attrib.Speaker{Name: "Ana Ruiz", Kind: attrib.Person}, "Democrats"},
		{attrib.Speaker{Name: "Ivo Brandt", Kind: attrib.Person}, "Independents"},
		{attrib.Speaker{Name: "top Republican", Role: "top", Kind: attrib.Body}, "Republicans"},
	}
	for _, tt := range tests {
		if got, ev, _ := s.Side(tt.speaker); got != tt.want {
			t.Errorf("Side(%+v) = %q (%s), want %q", tt.speaker, got, ev, tt.want)
		}
	}
}

// A surname misspelt by one outlet is the same person, not a body.
func TestMisspeltSurname(t *testing.T) {
	s := story("Union president Fran Drescher said the strike would go on.", `"We stand together," Dresher said.`)
	got, ev, _ := s.Side(attrib.Speaker{Name: "Dresher", Kind: attrib.Body})
	if got == "Dresher" {
		t.Errorf("Side = %q (%s), want Fran Drescher's side", got, ev)
	}
}

// A known outlet or agency that reports takes no side.
func TestOutletIsNoSide(t *testing.T) {
	s := story("CNBC reports the lawyers sent a letter. Reuters said the deal was off.")
	for _, name := range []string{"CNBC", "Reuters", "The New York Times", "Associated Press"} {
		if p, ev, ok := s.Side(attrib.Speaker{Name: name, Kind: attrib.Body}); ok {
			t.Errorf("Side(%q) = %q (%s), want no side", name, p, ev)
		}
	}
}

// A body's unnamed noun takes its modifier from its own sentence, never
// across a sentence end; a ministry is such a body.
func TestUnnamedBodyWithinASentence(t *testing.T) {
	s := story("The port is preparing emergency rules. Union leader Ana Ruiz said the strike would go on. The union said it had no confidence in the operator.",
		"Velmar's transport ministry rejected the offer.")
	tests := []struct {
		speaker attrib.Speaker
		want    string
	}{
		{attrib.Speaker{Name: "Ana Ruiz", Kind: attrib.Person, Role: "Union leader"}, "Union"},
		{attrib.Speaker{Name: "Ilse Varn", Kind: attrib.Person, Role: "a spokeswoman for the ministry"}, "Velmar Transport Ministry"},
	}
	for _, tt := range tests {
		if got, ev, _ := s.Side(tt.speaker); got != tt.want {
			t.Errorf("Side(%+v) = %q (%s), want %q", tt.speaker, got, ev, tt.want)
		}
	}
}

// sideEvidenceCase is a story's texts, a speaker, the side wanted for
// them ("" when the speaker takes none) and a word the evidence must hold.
type sideEvidenceCase struct {
	name    string
	texts   []string
	speaker attrib.Speaker
	want    string
	ev      string
}

// runSideEvidenceCases checks the side and the evidence of each case.
func runSideEvidenceCases(t *testing.T, tests []sideEvidenceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ev, ok := story(tt.texts...).Side(tt.speaker)
			if !ok {
				got = ""
			}
			if got != tt.want || !strings.Contains(ev, tt.ev) {
				t.Errorf("Side(%+v) = %q (%s), want %q with evidence holding %q", tt.speaker, got, ev, tt.want, tt.ev)
			}
		})
	}
}
