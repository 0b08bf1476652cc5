package parties

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// TestBystanderTakesNoSide covers private people a reporter asks what
// they saw or feel, named with an everyday description (the shop they
// keep), an age, or an occupation and where they work, and no post: no side's claim; while one the story is about
// (whose lawyers speak for her), one with a post, and one of a kind of
// people the story has a body of (a dairy farmer where the farmers'
// federation speaks) keep their sides. One named by her work alone, of
// a kind the story has no body of, is a private person (privatePerson).
func TestBystanderTakesNoSide(t *testing.T) {
	texts := []string{
		"Floodwater reached the town square on Sunday, the Kessar Farmers' Federation said.",
		`"By dawn the river was in the streets," said Marta Kovi, 61, whose family has grown apples there for three generations.`,
		"Sam Petrakis, 44, a truck driver from Wetherill Park, said he did not care who was right.",
		"Angela Cole, a maths teacher, said she and 40 colleagues had come to the rally for fair pay.",
		"At the airport, retired teacher Sandra Rendall, 67, told reporters she flies every six weeks.",
		"Jan Visser, a dairy farmer, said the blockade would go on.",
		"Ada Renn, a crane driver, sued the Harbour Board. Renn's lawyers said the board had hidden the logs.",
		"Lena Mercer, 52, chief executive of Tarnair, said the merger would go ahead.",
		"Anka Dorn, 68, said a fragment had come through her kitchen ceiling.",
		"Erik Holm, who runs a pharmacy on Brennsby's Storgata, said the confusion was real.",
		"Dr Ahmed Karimi, a general practitioner in Tollvik, said patients were anxious.",
		"Ruth Halloran, who runs the Quayside Cafe opposite the gates, said trade had fallen.",
		`"I have never seen anything like it," said Mara Ilic, who was filling two canisters at the market square.`,
		"Tomas Reyl, 71, the chairman of the Kessar Growers' Cooperative, said the growers would rebuild.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	checkSided(t, s, []sided{
		{attrib.Speaker{Name: "Marta Kovi", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Sam Petrakis", Kind: attrib.Person, Role: "a truck driver from Wetherill Park"}, false},
		{attrib.Speaker{Name: "Sandra Rendall", Kind: attrib.Person, Role: "teacher"}, false},
		{attrib.Speaker{Name: "Jan Visser", Kind: attrib.Person, Role: "a dairy farmer"}, true},
		{attrib.Speaker{Name: "Angela Cole", Kind: attrib.Person, Role: "a maths teacher"}, false},
		{attrib.Speaker{Name: "Ada Renn", Kind: attrib.Person, Role: "a crane driver"}, true},
		{attrib.Speaker{Name: "Lena Mercer", Kind: attrib.Person, Role: "chief executive of Tarnair"}, true},
		{attrib.Speaker{Name: "Anka Dorn", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Erik Holm", Kind: attrib.Person, Role: "runs a pharmacy on Brennsby's Storgata"}, false},
		{attrib.Speaker{Name: "Ahmed Karimi", Kind: attrib.Person, Role: "a general practitioner in Tollvik"}, false},
		{attrib.Speaker{Name: "Ruth Halloran", Kind: attrib.Person, Role: "runs the Quayside Cafe opposite the gates"}, false},
		{attrib.Speaker{Name: "Mara Ilic", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Tomas Reyl", Kind: attrib.Person, Role: "the chairman of the Kessar Growers' Cooperative"}, true},
	})
}

// A life spent in a place, in the relative clause after a name ("who has
// fished the strait for thirty years", "who has lived in the village
// since 1970"), makes a private person, whose words are no side's; a
// working life at a body of the story ("who has worked at the plant for
// 20 years") does not.
func TestLifeSpentThereIsNoPost(t *testing.T) {
	texts := []string{
		"The Marvan Maritime Authority said the leak had been stopped.",
		"Teodor Vanek, who has fished the strait for thirty years, said he had not seen anything like it.",
		"Ilse Brandt, who has lived in the village since 1970, said the smell was everywhere.",
		"Piet Olm, who has worked at the plant for 20 years, said the valves had been replaced.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, tc := range []struct {
		who  string
		side bool
	}{
		{"Teodor Vanek", false},
		{"Ilse Brandt", false},
		{"Piet Olm", true},
	} {
		if p, ev, ok := s.Side(attrib.Speaker{Name: tc.who, Kind: attrib.Person}); ok != tc.side {
			t.Errorf("%s: side %q, %v (%s), want a side: %v", tc.who, p, ok, ev, tc.side)
		}
	}
}

// TestFamilyHomeAndAgeMakeABystander covers a private person named by
// their family or home in a relative clause ("whose brother worked the
// night shift", "whose Mill Lane home has flooded three times"), by an
// age that ends the sentence ("said farmer Piet Olvary, 52."), or by an
// age and where they farm, near a town the story also quotes: no side's
// claim; while the buyer a story is about, named by his family's firm,
// keeps his side.
func TestFamilyHomeAndAgeMakeABystander(t *testing.T) {
	texts := []string{
		"Osric Varn agreed to buy Tarrow Rovers on Monday. The Tarrow Rovers Supporters' Trust said it would seek guarantees.",
		"Osric Varn, whose family controls the Varn Line shipping business, said he would keep the club at its ground.",
		"Mikko Ahlberg, whose brother worked the night shift at the plant, said the town had always known the risks.",
		"Lena Oakley, whose Mill Lane home has flooded three times, said she had cried when the result was read out.",
		`"The whole house shook," said farmer Piet Olvary, 52. "We ran to the cellar."`,
		"Seed merchants in Orvenne and Tassel Green reported strong demand for sorghum. Rice grower Marta Quist, 41, who farms 30 hectares near the town of Orvenne, said she had not planted.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	checkSided(t, s, []sided{
		{attrib.Speaker{Name: "Mikko Ahlberg", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Lena Oakley", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Piet Olvary", Kind: attrib.Person, Role: "farmer"}, false},
		{attrib.Speaker{Name: "Marta Quist", Kind: attrib.Person, Role: "Rice grower"}, false},
		{attrib.Speaker{Name: "Osric Varn", Kind: attrib.Person}, true},
	})
}

// TestShopKeeperIsABystander covers one who keeps a small business,
// named by a keeper's noun ("Shop owner Priya Haddow, 44", "Hotel owner
// Bram Tessel") or by a clause of running it ("who has run Lune's Books
// on College Street for 30 years"): a private person, though "owner" is
// a company's post; the owner of a business the story is about keeps
// their side.
func TestShopKeeperIsABystander(t *testing.T) {
	texts := []string{
		"Six people died when a train left the rails near Lessington, Velmont Rail said.",
		"Shop owner Priya Haddow, 44, said her nephew had walked away with cuts and bruises.",
		"Hetty Lune, who has run Lune's Books on College Street for 30 years, said students were her best customers.",
		"Velmont Rail owner Osric Talbrenn said the company would pay for the funerals.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	checkSided(t, s, []sided{
		{attrib.Speaker{Name: "Priya Haddow", Kind: attrib.Person, Role: "Shop owner"}, false},
		{attrib.Speaker{Name: "Hetty Lune", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Osric Talbrenn", Kind: attrib.Person, Role: "Velmont Rail owner"}, true},
	})
}

// TestTradersAndAgesAreBystanders covers a private person named by a
// trade of their own ("Shopkeeper Morna Glaive", "stallholder Ivo
// Brankett", "Local takeaway owner Dimo Ressel"), a bare owner at a
// cafe the sentence names, with an age ("owner Della Kiernan, 55"), and
// an age written into the description ("a 61-year-old ferryman"): no
// side's claim.
func TestTradersAndAgesAreBystanders(t *testing.T) {
	texts := []string{
		"The recount confirmed the Civic Alliance win on Monday, the electoral commission said.",
		"Shopkeeper Morna Glaive said trade had dried up over the week.",
		"At the Saturday market, stallholder Ivo Brankett said the decision would make little difference to him.",
		"Local takeaway owner Dimo Ressel said he had delivered 80 pizzas in a single evening.",
		"At the Anchor Cafe on Wharf Lane, owner Della Kiernan, 55, said most of her regulars wanted a fresh election.",
		"Gavro Pettish, a 61-year-old ferryman, said he heard shooting at dawn.",
	}
	an := attrib.Extract(texts)
	s := NewStory([]attrib.Analysis{an}, texts)
	for _, sp := range []attrib.Speaker{
		{Name: "Morna Glaive", Kind: attrib.Person, Role: "Shopkeeper"},
		{Name: "Ivo Brankett", Kind: attrib.Person, Role: "stallholder"},
		{Name: "Dimo Ressel", Kind: attrib.Person, Role: "Local takeaway owner"},
		{Name: "Della Kiernan", Kind: attrib.Person, Role: "owner"},
		{Name: "Gavro Pettish", Kind: attrib.Person, Role: "a 61-year-old ferryman"},
	} {
		if p, ev, ok := s.Side(sp); ok {
			t.Errorf("%s (%s): side %q (%s), want none", sp.Name, sp.Role, p, ev)
		}
	}
}

// A person of no affiliation whom no lead names and who holds no post is
// a private person the story quotes, of no side; one the story is about,
// or one who holds a post, is a side of their own.
func TestPrivatePerson(t *testing.T) {
	s := story(
		"Power cut leaves 200,000 homes dark\n\nNortegrid said a fault at the Mirefield plant tripped the grid. Anneke Voss, who founded the Dark Homes campaign, called the cut a scandal.",
		"Grid blames generator\n\nNortegrid said Calveron's plant failed. Lorry driver Piotr Szabo said the traffic lights were out for hours. Butcher Goran Petrovic said he threw away meat worth 3,000 crowns. \"Nobody will pay me for that,\" said Vera Dimitrova.",
		"Anneke Voss sues Nortegrid\n\nAnneke Voss said she would sue the grid operator. Piotr Szabo said he had lost a day's pay. Lene Moritz, the campaign's vice-president, said the suit would be filed on Monday. Her deputy Ivo Renn said the campaign had 4,000 members.",
		"Farmers join protest\n\nThe Velden Dairy Farmers' Association said milk was being poured away. Dairy farmer Jorik Haan said he had lost 3,000 litres. Ola Strand, who has worked at the Mirefield plant for 20 years, said the alarms never sounded.",
	)
	checkSided(t, s, []sided{
		{attrib.Speaker{Name: "Piotr Szabo", Kind: attrib.Person, Role: "Lorry driver"}, false},
		{attrib.Speaker{Name: "Goran Petrovic", Kind: attrib.Person, Role: "Butcher"}, false},
		{attrib.Speaker{Name: "Vera Dimitrova", Kind: attrib.Person}, false},
		{attrib.Speaker{Name: "Anneke Voss", Kind: attrib.Person}, true}, // named in two leads
		{attrib.Speaker{Name: "Lene Moritz", Kind: attrib.Person, Role: "the campaign's vice-president"}, true},
		{attrib.Speaker{Name: "Ivo Renn", Kind: attrib.Person, Role: "Her deputy"}, true},
		{attrib.Speaker{Name: "Jorik Haan", Kind: attrib.Person, Role: "Dairy farmer"}, true}, // of the farmers' association's kind
		{attrib.Speaker{Name: "Ola Strand", Kind: attrib.Person}, true},                       // works at the plant
	})
}
