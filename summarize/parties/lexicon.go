package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// This file holds the word lists that decide sides, as data: adding a
// news agency, a title or a political side is one edit here.

// Others is the side of a statement whose speaker is neither affiliated
// with a side nor a named person or body that could be one: "officials
// said", "authorities said" in a story that never says whose.
const Others = "Others"

// isAgency reports a news agency or a known outlet credited for
// reporting ("according to Reuters", "CNBC reports"): a statement credited
// to one is reporting, and it is never a side. The names are lex's.
func isAgency(name string) bool {
	n := strings.TrimSpace(name)
	return lex.KnownOutlet(n) || lex.KnownOutlet(strings.TrimPrefix(attrib.Fold(n), "the "))
}

// governmentWords mark a role in a national government.
var governmentWords = []string{"minister", "ministry", "government", "cabinet", "chancellor", "premier"}

// stateForces are the words of a state's armed forces in a role ("a
// military spokesman"): the country named just before the name holds
// such a post, even in a story of one country.
var stateForces = []string{"military", "army", "navy", "defence", "defense"}

// governmentTitles are the titles of a national government's members and
// voices: in a story of several countries, one whose role names no
// country holds it for the country named just before their name
// ("Commerce Secretary Ana Vesk").
var governmentTitles = append([]string{"secretary", "president", "prime minister", "vice president",
	"ambassador", "envoy", "foreign secretary", "spokesperson", "spokesman", "spokeswoman"}, governmentWords...)

// postingNouns are posts held abroad: the place a posting is "to" is
// its host, not the country that sent its holder ("envoy to Dornava").
var postingNouns = map[string]bool{"ambassador": true, "envoy": true, "emissary": true, "consul": true,
	"representative": true, "delegate": true, "attache": true, "attaché": true}

// departments are the remits a government title takes with "of"
// ("Secretary of State", "Minister of Foreign Affairs"): a department of
// a government, never a side of its own.
var departments = map[string]bool{"state": true, "defense": true, "defence": true, "commerce": true,
	"finance": true, "health": true, "energy": true, "labor": true, "labour": true, "education": true,
	"transportation": true, "transport": true, "agriculture": true, "interior": true, "treasury": true,
	"justice": true, "trade": true, "housing": true, "foreign affairs": true, "home affairs": true,
	"homeland security": true, "veterans affairs": true, "economy": true, "environment": true,
	"culture": true, "tourism": true, "war": true, "affairs": true, "digital": true, "communications": true,
	"infrastructure": true, "fisheries": true, "industry": true, "security": true, "immigration": true,
	"water": true, "mines": true, "sport": true, "sports": true, "youth": true, "family": true, "social": true,
	"welfare": true, "development": true, "planning": true, "climate": true, "science": true, "technology": true}

// isDepartment reports a government's remit after "of" ("Defence",
// "Foreign Affairs"), of several portfolios too ("Environment and
// Water", "Energy and Water Resources"): each part opens with a
// department's word.
func isDepartment(w string) bool {
	f := attrib.Fold(trimThe(w))
	if departments[f] {
		return true
	}
	parts := strings.FieldsFunc(strings.NewReplacer(" and ", ",", " & ", ",").Replace(f), func(r rune) bool { return r == ',' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 || !departments[p] && !departments[words[0]] {
			return false
		}
	}
	return true
}

// regions are names of continents and regions that hold a country's
// short name ("North America" holds "America"): a firm's division or a
// market, never that country; and states and provinces whose names hold
// one ("British Columbia" is no Britain's).
// The longer names come first.
var regions = []string{"North American", "South American", "Latin American", "Central American",
	"North America", "South America", "Latin America", "Central America",
	// states and provinces whose names hold another country's or its people's
	"British Columbia", "New South Wales", "New Mexico", "New Jersey", "New England"}

// bodyLinks join a post to the body it serves when no "of" does
// ("vice president at Tarnsoft", "spokesperson for Steady Harbour").
var bodyLinks = map[string]bool{"at": true, "for": true}

// voicePosts are posts whose holder speaks for the body they serve (its
// head, its spokesperson), beyond corporateTitles and governmentTitles:
// counsel for such a client speak for the body too.
var voicePosts = []string{"head", "leader", "director", "chief", "official", "spokesperson", "spokesman",
	"spokeswoman", "governor", "mayor", "senator", "lawmaker", "commissioner", "chairman", "chair", "owner"}

// pastMarkers open a post its holder no longer holds ("a former
// official", "the onetime envoy").
var pastMarkers = map[string]bool{"former": true, "onetime": true, "one-time": true, "erstwhile": true,
	"ex": true, "retired": true, "late": true}

// kinNouns name a relative, never a post: a relative speaks for
// themselves, not for their kin's side ("brother of the heir").
var kinNouns = map[string]bool{"brother": true, "sister": true, "son": true, "daughter": true,
	"wife": true, "husband": true, "mother": true, "father": true, "aunt": true, "uncle": true,
	"cousin": true, "nephew": true, "niece": true, "widow": true, "widower": true,
	"grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true,
	"stepson": true, "stepdaughter": true, "fiance": true, "fiancee": true,
	"child": true, "children": true, "parent": true, "grandchild": true, "grandchildren": true}

// possessivePronouns own the noun after them ("his aunt").
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// constituencyHolders are members of a house who sit "for" a place, and
// stateMembers those who come "from" one: the place is their seat, not
// their side ("the MP for Dornfeld East", "a senator from Vesk"). A
// lawmaker "from" a party is of that party, so only these say "from".
var constituencyHolders = map[string]bool{"mp": true, "member": true, "senator": true,
	"assemblyman": true, "assemblywoman": true, "assemblymember": true, "councillor": true,
	"councilor": true, "councilman": true, "councilwoman": true, "alderman": true, "mep": true, "msp": true}

var stateMembers = map[string]bool{"senator": true, "congressman": true, "congresswoman": true, "congressmember": true}

// pressKinds are the common nouns that introduce a news outlet: "the
// newspaper, the Carrow Ledger,".
var pressKinds = map[string]bool{"newspaper": true, "paper": true, "outlet": true, "magazine": true,
	"broadcaster": true, "channel": true, "station": true, "site": true, "website": true, "tabloid": true,
	"daily": true, "weekly": true, "agency": true, "network": true, "publication": true, "journal": true,
	"publisher": true, "newsletter": true, "radio": true}

// independentHeads end the names of bodies of a state that act on their
// own, a side apart from its government: "the Fair Trade Authority".
var independentHeads = map[string]bool{"authority": true, "agency": true, "commission": true, "regulator": true,
	"watchdog": true, "inspectorate": true, "tribunal": true, "court": true, "ombudsman": true}

// subjectVerbs follow a name that is the subject of a sentence ("Meridian
// says"), never a demonym, which modifies a noun.
var subjectVerbs = map[string]bool{"says": true, "said": true, "has": true, "had": true, "is": true,
	"was": true, "denied": true, "denies": true, "will": true, "would": true, "offered": true,
	"added": true, "insists": true, "insisted": true, "confirmed": true, "rejected": true}

// officeBodies turn an officer's title into the body it heads, as the
// body's name has it: a commissioner heads a commission.
var officeBodies = map[string]string{"commissioner": "commission", "inspector": "inspectorate",
	"director": "directorate", "regulator": "regulator", "registrar": "registry"}

// opposedLinks open what a role's body works against: the places after
// them are its targets ("the mission against pirates off Dornava").
var opposedLinks = map[string]bool{"against": true}

// unionMembers are the words for a union's members: in a story about one
// union, "strikers", "striking workers" or "union members" speak for it.
var unionMembers = []string{"strikers", "striker", "striking", "union members", "members",
	"picketers", "pickets"}

// armedMembers are the words for an armed group's people: in a story
// about one armed group, "the militants' spokesman" or "a rebel
// commander" speaks for it.
var armedMembers = []string{"militants", "militant", "fighters", "rebels", "rebel", "insurgents", "insurgent",
	"gunmen", "kidnappers", "captors", "guerrillas", "guerrilla"}

// armedHeads are the head nouns of the names of armed groups.
var armedHeads = map[string]bool{"brigades": true, "brigade": true, "militia": true, "militias": true}

// unionNouns name a union.
var unionNouns = map[string]bool{"union": true, "guild": true, "unions": true}

// politicalSides are the generic sides of a conflict, named by a word of
// a role or a speaker ("opposition leader", "rebel commander", "a
// striking worker") when the story names no organisation for them.
var politicalSides = map[string]string{
	"opposition": "Opposition", "rebel": "Rebels", "rebels": "Rebels", "insurgent": "Rebels",
	"insurgents": "Rebels", "protester": "Protesters", "protesters": "Protesters",
	"protestor": "Protesters", "protestors": "Protesters", "demonstrators": "Protesters",
	"striker": "Strikers", "strikers": "Strikers", "striking": "Strikers",
	"activist": "Activists", "activists": "Activists",
	"organisers": "Organisers", "organizers": "Organisers", // of a march: "Organisers said 250,000 marched"
	"residents": "Residents", "villagers": "Residents", "locals": "Residents",
	// Parties of government, by their members' words.
	"republican": "Republicans", "republicans": "Republicans", "gop": "Republicans",
	"democrat": "Democrats", "democrats": "Democrats", "tory": "Conservatives", "tories": "Conservatives",
}

// oppositionWords put a speaker in a country's opposition, which is a side
// of its own, not the country's ("Russian opposition leader", "opposition
// deputies in Drenov"), unless the role names the opposition's party.
var oppositionWords = []string{"opposition"}

// partyMarkers are the party letters written after an American
// legislator's name: "Kevin McCarthy (R-CA)", "Sen. Bernie Sanders
// (I-VT)", "Rep. Ana Ruiz, D-Texas".
var partyMarkers = map[string]string{"R": "Republicans", "D": "Democrats", "I": "Independents"}

// politicalSide returns the generic side a role or name's words say.
func politicalSide(text string) (side, word string) {
	for _, w := range strings.Fields(attrib.Fold(text)) {
		w = strings.Trim(w, ",.;:'’")
		if p, ok := politicalSides[w]; ok {
			return p, w
		}
	}
	return "", ""
}

// personsBodies are the nouns of the people who act for one person
// ("the Biden administration", "the Tavell campaign").
var personsBodies = map[string]bool{"administration": true, "campaign": true, "camp": true,
	"team": true, "government": true, "lawyers": true, "side": true, "office": true,
	"ministry": true, "department": true, "delegation": true, "cabinet": true}

// placeNouns are the head nouns of places and structures, never of a
// person's name ("Sarnek Dam", "Linden Bay").
var placeNouns = map[string]bool{"dam": true, "river": true, "bridge": true, "port": true,
	"road": true, "street": true, "station": true, "plant": true, "mill": true, "airport": true,
	"square": true, "hall": true, "bay": true, "lake": true, "valley": true, "county": true,
	"city": true, "province": true, "region": true, "district": true, "island": true, "islands": true}

// corporateTitles are the titles of a company's officers: an unqualified
// one ("chief executive Jane Roe") belongs to the company the story is
// about.
var corporateTitles = []string{"chief executive", "ceo", "chief executive officer", "chairman",
	"chairwoman", "chair", "chief financial officer", "cfo", "chief operating officer", "coo",
	"founder", "co-founder", "managing director", "company spokesman", "company spokeswoman",
	"company spokesperson"}

// corporateTitleWords are the words of corporateTitles, which may stand
// capitalised in an unqualified title ("Chief executive").
var corporateTitleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range corporateTitles {
		for _, w := range strings.Fields(t) {
			m[w] = true
		}
	}
	return m
}()

// companyNouns stand for the company a story is about ("the company
// said", "the automaker said").
var companyNouns = map[string]bool{"company": true, "firm": true, "automaker": true,
	"carmaker": true, "airline": true, "carrier": true, "retailer": true, "manufacturer": true,
	"insurer": true, "lender": true, "supplier": true, "subsidiary": true, "contractor": true,
	"distributor": true, "conglomerate": true, "utility": true, "giant": true, "maker": true,
	"startup": true, "chain": true}

// broadFirmNouns are the firm nouns that fit a company of any trade ("the
// company" may be an airline); the others name a trade ("the carmaker" is
// no airline).
var broadFirmNouns = map[string]bool{"company": true, "firm": true, "giant": true,
	"conglomerate": true, "startup": true, "subsidiary": true, "contractor": true}

// nonFirmWords are words of an organisation's name that make it no
// company, whatever speaks for it: a court, a legislature, a school
// ("Delaware Court of Chancery").
var nonFirmWords = map[string]bool{"court": true, "chancery": true, "tribunal": true,
	"parliament": true, "senate": true, "congress": true, "assembly": true, "police": true,
	"army": true, "university": true, "college": true, "school": true, "department": true,
	"office": true, "administration": true, "house": true, "kremlin": true, "nations": true}

// companySuffixes end a company's name ("Halvard Power Systems Inc").
var companySuffixes = map[string]bool{"inc": true, "inc.": true, "corp": true, "corp.": true,
	"corporation": true, "co": true, "co.": true, "company": true, "ltd": true, "ltd.": true,
	"plc": true, "llc": true, "ag": true, "sa": true, "gmbh": true, "holdings": true, "group": true,
	"motors": true, "airlines": true, "airways": true, "industries": true, "systems": true,
	"technologies": true, "logistics": true, "bank": true, "chemicals": true, "energy": true,
	"foods": true, "pharmaceuticals": true, "pharma": true, "steel": true, "mining": true, "oil": true,
	"media": true, "entertainment": true, "studios": true, "motor": true, "line": true, "lines": true,
	"shipping": true, "telecom": true, "partners": true, "capital": true, "llp": true,
	"records": true, "recordings": true, "productions": true, "pictures": true, "films": true, "label": true,
	"broadcasting": true, "communications": true, "publishing": true,
	// a firm's trade at the end of its name ("Ardent Minerals", "Veridane
	// Pharmaceuticals"), never a person's surname
	"minerals": true, "resources": true, "metals": true, "materials": true, "biotech": true,
	"therapeutics": true, "biosciences": true, "electronics": true, "semiconductors": true,
	"software": true, "brands": true, "ventures": true, "enterprises": true, "solutions": true,
	"properties": true, "petroleum": true, "investments": true,
	"aerospace": true, "robotics": true, "laboratories": true, "labs": true, "textiles": true,
	"freight": true, "construction": true, "engineering": true, "hotels": true, "resorts": true}

// titleWords are words of a person's title, never of an organisation's
// name ("US President Joe Biden and House" is no body).
var titleWords = map[string]bool{"president": true, "speaker": true, "secretary": true,
	"minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"senator": true, "sen.": true, "rep.": true, "representative": true, "governor": true,
	"mayor": true, "ceo": true, "chair": true, "chairman": true, "chairwoman": true, "gen.": true, "mr.": true,
	"mrs.": true, "ms.": true, "dr.": true}

// calendarWords are never part of a name.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "today": true, "yesterday": true}

// honorifics stand before a person's name and are no part of it ("Speaker
// Kevin Marr", "Superintendent Anders Pell", "Prince Tamar").
var honorifics = map[string]bool{"speaker": true, "president": true, "superintendent": true,
	"prince": true, "princess": true, "sheikh": true, "king": true, "queen": true, "senator": true,
	"sen.": true, "rep.": true, "representative": true, "governor": true, "mayor": true,
	"minister": true, "secretary": true, "chancellor": true, "general": true, "gen.": true,
	"colonel": true, "col.": true, "judge": true, "justice": true, "mr.": true, "mrs.": true,
	"ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "councillor": true, "councilor": true, "chief": true}

// untitled returns a person's name without the titles before it.
func untitled(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 && honorifics[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// orgHeads are the head nouns of organisations' names: a capitalised
// phrase a role holds that ends in one is an organisation ("Wagner Group,
// chief", "Harbour Pilots Guild organiser").
var orgHeads = map[string]bool{"group": true, "union": true, "association": true, "line": true, "lines": true, "tankers": true,
	"federation": true, "council": true, "ministry": true, "party": true, "guild": true,
	"alliance": true, "league": true, "committee": true, "agency": true, "authority": true,
	"commission": true, "board": true, "corporation": true, "company": true, "inc": true,
	"inc.": true, "corp": true, "corp.": true, "ltd": true, "plc": true, "holdings": true,
	"institute": true, "foundation": true, "coalition": true, "front": true, "movement": true,
	"organisation": true, "organization": true, "trucks": true, "motors": true, "airlines": true,
	"bureau": true, "center": true, "centre": true, "bank": true, "fund": true, "society": true,
	"network": true, "forum": true}

// civilHeads are the head nouns of bodies that are no government's
// (associations, businesses, unions): a place in such a name ("Varenian
// Farm Bureau") is no side, where in a government's ("European
// Commission", "Palestinian Authority") it may be.
var civilHeads = map[string]bool{"association": true, "federation": true, "bureau": true,
	"alliance": true, "league": true, "institute": true, "foundation": true, "coalition": true,
	"society": true, "center": true, "centre": true, "network": true, "forum": true, "group": true,
	"company": true, "corporation": true, "inc": true, "inc.": true, "ltd": true, "plc": true,
	"holdings": true, "motors": true, "airlines": true, "trucks": true, "guild": true, "union": true}

// memberHeads are the heads of bodies of members, who speak for
// themselves whoever their name opens with: "the Harth Nurses Union" is
// not Harth, nor "the Tarnco Workers' Association" Tarnco.
var memberHeads = map[string]bool{"union": true, "guild": true, "association": true, "federation": true,
	"league": true, "society": true, "alliance": true, "coalition": true, "cooperative": true, "co-operative": true}

// MembersBody reports a name whose head noun is a body of members'
// (memberHeads): "Harth Nurses Union", "Tarn Farmers' Association".
func MembersBody(name string) bool {
	words := strings.Fields(attrib.Fold(name))
	return len(words) > 1 && memberHeads[words[len(words)-1]]
}

// civilBody reports an organisation's name whose head noun (its last
// word, or its first before a connector: "Alliance for ...") is a civil
// body's.
func civilBody(name string) bool {
	words := strings.Fields(attrib.Fold(name))
	if len(words) == 0 {
		return false
	}
	if last := words[len(words)-1]; orgHeads[last] {
		return civilHeads[last]
	}
	return civilHeads[words[0]]
}

// roleOrgName returns the organisation a role names by a capitalised
// phrase ending in an organisation's head noun, whether the story names
// it elsewhere or not: "Wagner Group, chief" -> "Wagner Group".
func roleOrgName(role string) string {
	words := strings.Fields(roleCommas.Replace(role))
	best := ""
	for i := 0; i < len(words); i++ {
		if !startsUpper(words[i]) || strings.HasSuffix(words[i], "'s") {
			continue
		}
		j := i
		for j+1 < len(words) && (startsUpper(words[j+1]) && !strings.HasSuffix(words[j], "'s") ||
			nameConnectors[words[j+1]] && words[j+1] != "the" && j+2 < len(words) && startsUpper(words[j+2])) {
			j++
		}
		for k := j; k > i; k-- { // the longest phrase from i that ends in a head noun
			if orgHeads[strings.ToLower(strings.TrimSuffix(words[k], "'s"))] {
				if name := strings.Join(words[i:k+1], " "); len(name) > len(best) {
					best = strings.TrimSuffix(name, "'s")
				}
				break
			}
		}
		// "the Alliance for Varenian Shipbuilding", "Bank for
		// International Settlements": a head noun, then a connector and
		// more of the name.
		if j > i+1 && orgHeads[strings.ToLower(words[i])] && nameConnectors[words[i+1]] {
			if name := strings.TrimSuffix(strings.Join(words[i:j+1], " "), "'s"); len(name) > len(best) {
				best = name
			}
		}
		i = j
	}
	return best
}

// trimThe drops a leading article from a side's name ("the AMPTP").
func trimThe(name string) string {
	for _, a := range []string{"the ", "The "} {
		if rest, ok := strings.CutPrefix(name, a); ok && rest != "" {
			return rest
		}
	}
	return name
}

// nameConnectors may stand lower-case inside a proper name ("Alliance of
// Small Island States", "Bank for International Settlements").
var nameConnectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "&": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "on": true, "in": true, "al": true}

// isName reports whether words can name a party: not a determiner,
// pronoun, weekday, month or other function word ("The", "These",
// "Thursday"), nor a sentence fragment (a lower-case word that no name
// holds: "Elon's side Twitter"), nor a person's title and name run into a
// body ("US President Joe Biden and House").
func isName(name string) bool {
	words := strings.Fields(strings.TrimSpace(name))
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], ",.;:"))
	if lex.IsStop(first) {
		return false
	}
	if len(words) == 1 && len([]rune(strings.Trim(first, "!?"))) < 2 {
		return false // one letter ("E" of "E! News") names no side
	}
	for _, w := range words {
		if calendarWords[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return false // "Yevgeny Prigozhin Saturday"
		}
	}
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if lw == "" {
			return false
		}
		if titleWords[lw] && (i == 0 || !nameConnectors[strings.ToLower(words[i-1])]) {
			return false // a title, unless "Office of the President"
		}
		if w == strings.ToUpper(w) && len(w) > 1 && lex.IsStop(lw) {
			return false // a label in capitals: "RECOMMENDED FOR YOU"
		}
		r := []rune(w)
		if !startsUpper(w) && !nameConnectors[lw] && !strings.ContainsAny(string(r[0]), "0123456789") {
			return false
		}
	}
	return true
}

// academies are the head nouns of seats of learning and research.
var academies = map[string]bool{"university": true, "institute": true, "college": true, "school": true, "polytechnic": true, "academy": true}

// commentators are words for people and bodies that comment on a story
// rather than take a side in it.
var commentators = []string{"think tank", "analyst",
	"economist", "professor", "expert", "specialist", "researcher", "observer", "academic", "consultancy", "lecturer",
	"consultant", "statistician", "biostatistician", "epidemiologist", "insolvency practitioner",
	// scholars named by their discipline ("a Kesten University political
	// scientist", "a historian of the region")
	// (and any "-ologist": "a hydrologist at Marrowfield Polytechnic",
	// see commentatorWord)
	"political scientist", "social scientist", "historian", "sociologist", "demographer", "pollster", "agronomist",
	// who values land or buildings for others ("a partner at land agents Brackwell Finch")
	"land agent", "estate agent", "surveyor",
	// who comments for a living ("a fixed-income strategist at Nordvarn
	// Bank", "a DTV Sport pundit", "now a commentator")
	"strategist", "pundit", "commentator", "broker",
	// who manages or prices others' money and speaks of the market ("a
	// portfolio manager at Aldergate Capital", "head of emerging-market
	// strategy at Fennick Capital")
	"portfolio manager", "fund manager", "market strategy", "emerging-market strategy", "equity strategy",
	"investment strategy",
	// what a commentator does, in the relative clause that is their role
	// ("who lectures in computer security")
	"lectures", "studies", "researches", "specialises", "specializes", "lectured", "studied", "researched",
	"teaches", "taught",
	"advises", "consults",
	// an analyst's beat ("who follows Andean miners for Northbridge
	// Capital", "who covers the company for Fenwick Securities")
	"follows", "covers"}

// officeNegators, among the three words before an office's title, say
// the speaker is not its voice: "a critic of the mayor", "the former
// mayor", "ran against the governor", "Vice Governor Rodel Sumagaysay"
// (elected apart, often the governor's rival).
var officeNegators = map[string]bool{"former": true, "ex": true, "ex-": true, "late": true,
	"critic": true, "critics": true, "opponent": true, "opponents": true, "rival": true,
	"challenger": true, "against": true, "candidate": true, "would-be": true, "unseat": true,
	"vice": true, "lieutenant": true, "lt": true, "lt.": true}

// offices are one-person offices whose holder speaks for the office
// ("Mayor Priya Raman"); City Hall is the mayor's office.
var offices = map[string]string{"mayor": "Mayor's Office", "city hall": "Mayor's Office", "town hall": "Mayor's Office",
	"governor": "Governor's Office", "deputy mayor": "Mayor's Office"}

// publicOffices are the offices of public posts named by the post's
// possessive ("the prosecutor's office said"): the office speaks as a
// side of its own, as the mayor's does.
var publicOffices = []struct{ words, office string }{
	{"district attorney's office", "District Attorney's Office"},
	{"state attorney's office", "State Attorney's Office"},
	{"attorney general's office", "Attorney General's Office"},
	{"prosecutor's office", "Prosecutors"},
	{"prosecutors' office", "Prosecutors"},
	{"sheriff's office", "Sheriff's Office"},
	{"ombudsman's office", "Ombudsman's Office"},
	{"coroner's office", "Coroner's Office"},
	{"medical examiner's office", "Medical Examiner's Office"},
}

// publicServices are the plural nouns of a state's services that an
// article leaves unnamed ("prosecutors alleged", "police said"): each is
// a side of the story, the prosecution and the police, under one name
// however the articles word it.
var publicServices = map[string]string{"prosecutors": "Prosecutors", "prosecution": "Prosecutors",
	"police": "Police", "policemen": "Police", "defence": "Defence", "defense": "Defence"}

// serviceNames are, for the common noun of a state's service, the words
// of a body's name that make it that service ("police" of the Halvern
// Police Department): "police said" is that body when the story names it.
var serviceNames = map[string][]string{"police": {"police"}, "policemen": {"police"},
	"prosecutors": {"prosecutor", "prosecutors", "prosecution"}, "prosecution": {"prosecutor", "prosecutors", "prosecution"}}

// agencyHeads are the head nouns of a state's agencies, which one story
// may write for one agency ("Federal Disaster Response Office", "the
// Disaster Agency": describedBody).
var agencyHeads = map[string]bool{"agency": true, "office": true, "authority": true, "department": true,
	"service": true, "bureau": true, "administration": true, "directorate": true}

// institutions are the nouns of bodies that take a side in a story even
// when it never gives their name ("the school board", "the district").
var institutions = map[string]bool{"board": true, "council": true, "committee": true, "department": true,
	"agency": true, "authority": true, "commission": true, "police": true, "court": true,
	"union": true, "company": true, "ministry": true}

// genericWords name a kind of body, not one body: no alias of an
// organisation whose name holds them.
var genericWords = map[string]bool{
	"airline": true, "airlines": true, "airport": true, "airports": true, "association": true,
	"city": true, "council": true, "group": true, "union": true, "bank": true, "party": true,
	"board": true, "trade": true, "health": true, "national": true, "united": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "general": true,
	"hospital": true, "hospitals": true, "community": true, "transit": true, "economic": true,
	"federation": true, "alliance": true, "commission": true, "ministry": true, "partners": true,
	"holdings": true, "logistics": true, "company": true, "authority": true, "agency": true,
	"markets": true, "league": true, "coalition": true, "movement": true, "guild": true}

// isGenericWord reports words that name a kind of body, not one body.
func isGenericWord(w string) bool { return genericWords[w] }

// orgParts are the bodies named as a part of an organisation: a board,
// committee, council, executive, delegation or spokesperson's office named
// after its organisation ("the Veltex Union National Board", "the Orrin
// negotiating committee") speaks for that organisation, its side; so does
// a country's mission, embassy or foreign ministry, which speak for it
// abroad ("Kestria's Permanent Mission", "the Kestrian foreign ministry";
// a defence ministry may be a side of its own at home). Folded;
// the longest that ends a name is taken.
var orgParts = []string{
	"board", "national board", "executive board", "board of directors",
	"committee", "negotiating committee", "bargaining committee", "executive committee", "steering committee",
	"council", "national council", "executive council",
	"executive", "national executive",
	"delegation", "negotiating team", "bargaining team",
	"spokesperson's office", "spokesman's office", "spokeswoman's office", "press office",
	"mission", "permanent mission", "embassy", "consulate",
	"foreign ministry", "foreign office", "ministry of foreign affairs",
}

// memberRelations are the relations of a relative clause after a person's
// name and role that give the body the person belongs to ("..., the
// ecology minister who is part of the EU delegation"): the words after
// "who is" (or "who was", "who is also"), folded.
var memberRelations = []string{
	"part of", "a part of", "a member of", "member of", "head of", "the head of", "leading", "heading",
}

// roleCommas sets a role's commas apart as words and makes its apostrophes
// plain.
var roleCommas = strings.NewReplacer(",", " , ", "’", "'")

// groupHeads are the head nouns of the names of movements and armed
// groups ("Liberation Front", "the Kestrian Brotherhood"): a demonym
// before such a name is where the group is from, not its side.
var groupHeads = map[string]bool{"front": true, "movement": true, "brotherhood": true, "militia": true,
	"brigade": true, "brigades": true, "faction": true, "resistance": true}

// stateBodyWords name the bodies of a state ("Kestrian Army", "Kestrian
// Border Police"): a demonym before them is the state's side, whatever
// the story names them by.
var stateBodyWords = []string{"army", "navy", "police", "parliament", "embassy", "military", "forces",
	"guard", "court", "senate", "assembly", "presidency", "treasury"}

// postTitles are the titles of a post that an organisation's name may
// stand before ("Tarrow coach", "Veltex CEO", "Harbour Police Chief").
var postTitles = map[string]bool{"ceo": true, "cfo": true, "coo": true, "chief": true,
	"coach": true, "captain": true, "president": true, "chairman": true, "chairwoman": true,
	"chair": true, "founder": true, "co-founder": true, "director": true, "manager": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "defenseman": true,
	"defender": true, "forward": true, "goaltender": true, "goalkeeper": true, "quarterback": true,
	"striker": true, "midfielder": true, "owner": true, "boss": true, "commissioner": true}

// titleModifiers qualify a title and are no part of the name before it
// ("Interim", "Acting").
var titleModifiers = map[string]bool{"interim": true, "acting": true, "deputy": true,
	"assistant": true, "associate": true, "new": true, "then": true, "head": true, "general": true}

// policeTitles are the ranks of a police force's chiefs, which speak for
// it though their title names no body ("Chief Constable Roderick Hale").
var policeTitles = []string{"constable"}

// stateNouns are the heads that make the single name before them a
// state's: its government, its ministers and its missions. Forces
// ("navy", "army") are left out: "Tarnco Defence Systems" and a club's
// "Army" are no states.
var stateNouns = append([]string{"embassy", "consulate", "army", "navy", "military", "troops", "coastguard"}, governmentWords...)

// portfolioWords may stand between a state's name and its noun
// ("Tarnland Foreign Minister", "Tarnland Prime Minister").
var portfolioWords = map[string]bool{"foreign": true, "prime": true, "deputy": true, "first": true}

// rankWords are ordinals and ranks a title opens with ("First Minister",
// "Second Secretary", "First Deputy Prime Minister"): a word of the
// title, never the name of the state that holds it.
var rankWords = map[string]bool{"first": true, "second": true, "third": true, "deputy": true,
	"vice": true, "chief": true, "senior": true, "junior": true, "principal": true}

// journalistWords are the posts of an outlet's journalists ("our
// correspondent", "our political editor").
var journalistWords = []string{"reporter", "correspondent", "editor", "journalist", "producer", "presenter"}

// onlyCommentators are the posts of those who comment on stories for a
// living, never the story's own actors: an analyst the presenter
// introduces in a broadcast's first paragraph still comments.
var onlyCommentators = []string{"analyst", "economist", "observer", "think tank", "consultancy", "commentator", "pundit"}

// academicOffices are the offices of those who run a seat of learning:
// whoever holds one speaks for it, a professor or not.
var academicOffices = []string{"vice-chancellor", "chancellor", "rector", "provost", "dean", "registrar"}
