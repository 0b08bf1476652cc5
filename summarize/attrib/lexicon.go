package attrib

import (
	"slices"
	"strings"
)

// skipBeforeCue are words that may stand between a speaker and a cue
// verb: auxiliaries and adverbs ("has also said", "later told").
var skipBeforeCue = setOf("has", "had", "have", "also", "later", "earlier", "previously", "again",
	"repeatedly", "publicly", "privately", "then", "would", "will", "separately", "further", "once", "since",
	"flat-out", "instead", "still",
	"recently", "subsequently", "quickly", "flatly", "firmly", "strongly", "openly", "initially",
	"first", "now", "just", "already", "yesterday", "today", "on", "twice", "only", "not", "did",
	"does", "do", "is", "was", "were", "are", "been", "in", "at", "late", "early", "last", "this", "that",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "night",
	"morning", "afternoon", "evening", "week", "weekend", "month", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november", "december")

// pronouns that stand for the last person named.
var personPronouns = setOf("he", "she")

// quantifiers stand for some of a group, never a named speaker ("Many
// said", "Some warned").
var quantifiers = setOf("many", "some", "others", "most", "few", "several", "both", "all", "none", "each", "one",
	"dozens", "hundreds", "thousands", "millions", "scores",
	"neither", "either", "nobody", "everyone", "someone", "anyone")

// bodyPronouns stand for the last body (a company, a ministry) or group.
var bodyPronouns = setOf("it", "they")

// unnamedHeads are the nouns of sources that are not named.
var unnamedHeads = setOf("defence", "defense", "prosecution", "mission", "staff", "command", "customs", "airline", "carrier", "operator", "monitors", "observers", "officials", "official", "sources", "source", "diplomats", "analysts",
	"people", "person", "aides", "insiders", "insider", "confidant", "confidants", "negotiators", "lawmakers", "lawmaker", "legislators", "legislator", "diplomat", "campaigners",
	"backers", "supporters", "opponents", "proponents", "advocates", "sceptics", "skeptics", "detractors",
	"activists", "residents", "critics", "experts", "economists", "observers", "governments",
	"ministers", "leaders", "executives", "investors", "shareholders", "members", "workers",
	"units", "forces", "authorities", "spokespeople", "representatives", "delegates", "organisers",
	"organizers", "protesters", "bosses", "administrators", "union", "unions", "management", "government", "administration",
	"ministry", "company", "group", "council", "board", "commission", "agency", "authority",
	"campaign", "federation", "alliance", "bloc", "regulator", "department", "office", "firm",
	"bank", "court", "police", "army", "military", "cabinet", "parliament", "committee", "trust",
	"guild", "team", "side", "delegation", "statement", "letter", "memo", "report", "document",
	"spokesperson", "spokesman", "spokeswoman", "lawyers", "attorneys", "prosecutors", "investigators",
	"researchers", "scientists", "doctors", "witnesses", "actors", "employees", "staffers", "advisers",
	"advisors", "allies", "supporters", "opponents", "rebels", "militants", "fighters", "troops",
	"signatories", "opposition", "presidency", "secretariat", "embassy", "treasury", "carmaker",
	"automaker", "studio", "studios", "broadcaster", "network", "giant", "maker", "manufacturer",
	"retailer", "lender", "insurer", "startup", "senators", "congressmen", "republicans", "democrats",
	"countries", "nations", "states", "families", "parents", "teachers", "students", "farmers", "nurses",
	"pilots", "drivers", "unionists", "strikers", "delegations", "donors", "bankers", "traders",
	"supplier", "subsidiary", "contractor", "distributor", "conglomerate", "utility",
	"bureau", "politburo", "wing",
	// businesses and interest groups, several at once ("Shipping firms
	// have criticised both sides", "Exporters' groups urged")
	"firms", "companies", "groups", "businesses", "exporters", "importers", "manufacturers",
	"retailers", "banks", "lenders", "insurers", "airlines", "carmakers", "automakers", "operators",
	"producers", "suppliers", "landlords", "tenants", "consumers", "customers", "passengers",
	"commuters", "associations", "organisations", "organizations", "charities", "agencies",
	// groups of people who speak together ("fishermen and island states
	// warned")
	"environmentalists", "conservationists", "fishermen", "villagers", "islanders", "citizens")

// bodyNouns are unnamed heads that are one body, not several people.
var bodyNouns = setOf("supplier", "subsidiary", "contractor", "distributor", "conglomerate", "utility",
	"opposition", "presidency", "secretariat", "embassy", "treasury", "carmaker",
	"automaker", "studio", "broadcaster", "giant", "maker", "manufacturer", "retailer", "lender", "insurer",
	"startup", "mission", "staff", "command", "airline", "carrier", "operator", "union", "management", "government", "administration", "ministry", "company",
	"group", "council", "board", "commission", "agency", "authority", "campaign", "federation",
	"alliance", "bloc", "regulator", "department", "office", "firm", "bank", "court", "police", "army",
	"military", "cabinet", "parliament", "committee", "trust", "guild", "team", "side", "delegation",
	"bureau", "politburo", "wing", "service", "watchdog", "hospital",
	"charity", "foundation", "association", "coalition", "cooperative", "consortium", "league", "movement", "syndicate",
	"club", "militia", "faction", "university", "college")

// partBodies are the heads of bodies that may be a part of another body,
// named with its possessive ("the group's Supreme Council", "the union's
// executive committee", "the movement's political bureau").
var partBodies = setOf("council", "bureau", "politburo", "committee", "board", "office", "mission",
	"delegation", "wing", "leadership", "presidium", "directorate", "secretariat", "cabinet", "command",
	"branch", "caucus", "assembly", "staff", "team", "department", "shura")

// ownedPhraseEnds end the phrase a possessive opens in a role ("the
// group's Supreme Council in Sanaa"): what follows is no part of its name.
var ownedPhraseEnds = setOf("of", "in", "at", "to", "for", "on", "and", "or", "who", "which", "that", "since", "from")

// postLinks link a post to the body it is held in ("member of", "spokesman
// for", "seat on").
var postLinks = setOf("of", "for", "on", "in", "at")

// headedBodies are the bodies a person heads or acts through, named after
// "his" or "her" ("his ministry", "her campaign").
var headedBodies = setOf("ministry", "department", "office", "government", "administration",
	"campaign", "team", "delegation", "cabinet")

// corporateTitles are the titles that name no body of their own, whose
// body the sentence before may give ("Ostrand rejected the claims.
// ..., chief executive Hanna Roos said").
var corporateTitles = setOf("chief executive", "chief executive officer", "ceo", "chief financial officer",
	"cfo", "chief operating officer", "coo", "chairman", "chairwoman", "chairperson", "spokesperson",
	"spokesman", "spokeswoman", "general counsel", "managing director", "founder", "co-founder")

// firmMembers are the people of a business a one-word name before them
// makes it a business's ("Tarnwork executives"), with the corporate
// titles.
var firmMembers = setOf("executives", "employees", "shareholders", "board", "management")

// firmNamesNoBusiness are the firm nouns that as often name a group of
// people as a business ("the group"): a one-word business named before is
// not what they stand for.
var firmNamesNoBusiness = setOf("group")

// firmParts are the bodies within a business that speak for it
// ("company management", "the company board").
var firmParts = setOf("management", "board", "leadership")

// firmNouns are the body nouns of businesses ("the company", "the
// social media giant").
var firmNouns = setOf("company", "firm", "giant", "carmaker", "automaker", "maker", "manufacturer",
	"retailer", "lender", "insurer", "startup", "studio", "broadcaster", "airline", "carrier", "operator",
	"label", "publisher", "group", "conglomerate", "supplier", "subsidiary")

// kindNouns say what kind of body a name is ("the United Auto Workers
// union", "the Tarsian government"), not an organ of it (a board, a
// ministry).
var kindNouns = union(firmNouns, setOf("union", "government", "administration", "alliance", "federation",
	"guild", "bloc", "campaign", "agency", "authority", "regulator", "association"))

// IsKindNoun reports a noun that says what kind of body the name before
// it is ("union" in "the United Auto Workers union").
func IsKindNoun(w string) bool { return kindNouns[w] }

// IsBodyNoun reports a noun for a kind of body ("company", "giant",
// "union"), the head of a description that stands for a named one ("the
// social media giant").
func IsBodyNoun(w string) bool { return bodyNouns[w] || firmNouns[w] }

// servingHeads head the names of bodies named with what they serve
// ("Centre for Disease Control", "Institute for Fiscal Studies",
// "Commission for Racial Equality"); a company's word ("Solutions",
// "Systems") is not one: "Head of Platform Solutions for Tarnco" is a post.
var servingHeads = setOf("centre", "center", "institute", "council", "commission", "office", "agency",
	"foundation", "committee", "coalition", "alliance", "society", "league", "fund", "bureau", "trust",
	"campaign", "network", "association", "federation", "union", "board", "authority", "department",
	"ministry", "court", "tribunal", "program", "programme", "school", "college")

// campaignMembers are the people a campaign group's name opens with,
// before "for" and its cause ("Parents for Safe Medicines", "Citizens for
// Clean Air").
var campaignMembers = setOf("parents", "mothers", "fathers", "families", "doctors", "nurses", "scientists",
	"citizens", "lawyers", "students", "teachers", "women", "veterans", "residents", "neighbours",
	"neighbors", "workers", "farmers", "fishermen", "patients", "taxpayers", "voters", "physicians",
	"engineers", "journalists", "artists", "musicians", "grandparents", "survivors", "victims")

// documentNouns are texts that state positions ("the statement said").
var documentNouns = setOf("statement", "letter", "memo", "report", "document", "filing", "release",
	"post", "communique", "communiqué", "declaration", "notice", "lawsuit", "suit", "complaint",
	"petition", "ruling", "judgment", "judgement", "motion", "tweet", "email", "message", "transcript",
	"study", "survey", "assessment", "audit", "resolution", "announcement", "decree", "indictment",
	"affidavit", "testimony", "memorandum", "proposal")

// courtFilings are the documents filed in court, which speak for
// whoever filed them ("Tarn Air has sued Varga. The lawsuit accuses
// ...").
var courtFilings = setOf("lawsuit", "suit", "complaint", "filing", "petition")

// IsCourtFiling reports a document a party files in court ("lawsuit"),
// which speaks for whoever filed it.
func IsCourtFiling(noun string) bool { return courtFilings[noun] }

// issuedDocs are the documents a party issues to state its position,
// which an unowned "a statement said" gives to the body that issued the
// last document or spoke last; a report, a study or a ruling is a third
// party's and stays unowned.
var issuedDocs = setOf("statement", "release", "communique", "communiqué", "declaration",
	"announcement", "tweet", "post", "email", "message", "letter", "memo", "memorandum")

// occasionNouns are the texts and occasions through which someone
// speaks ("attorneys in a letter", "officials at a briefing"): a phrase
// "in" or "at" one of them after a speaker says how it spoke, not whose
// it is.
var occasionNouns = union(issuedDocs, setOf("interview", "briefing", "speech", "address", "conference",
	"hearing", "rally", "summit", "meeting", "session", "broadcast", "podcast", "video", "call"))

// epithetHeads are the nouns of descriptions of a person that name no
// role ("the world's richest person", "the oldest man").
var epithetHeads = setOf("person", "man", "woman")

// partisanHeads name a member of a political party, the head of an
// epithet for a politician named before ("the top Republican", "the
// veteran Tory").
var partisanHeads = setOf("republican", "democrat", "tory", "conservative", "liberal", "socialist",
	"communist", "nationalist", "centrist")

// orgHeads end the names of organisations ("St Brigid Health Group").
var orgHeads = union(setOf(
	// armed groups ("Crimson Ridge Brigades", "Tesna Militia")
	"brigades", "brigade", "militia", "militias", "brotherhood", "faction",
	"athletic", "rovers", "wanderers", "rangers", "albion", "fc", "afc", "hotspur", "harriers", "bureau", "politburo", "group", "holdings", "partners", "union", "council", "commission", "authority",
	"ministry", "department", "agency", "federation", "alliance", "community", "transit", "logistics",
	"bank", "company", "corp", "corporation", "inc", "ltd", "plc", "party", "committee", "board",
	"office", "court", "hospitals", "hospital", "university", "trust", "guild", "foundation",
	"institute", "fund", "capital", "foods", "motors", "airlines", "airways", "energy", "association",
	"organisation", "organization", "league", "network", "service", "services", "industries", "systems",
	"technologies", "media", "house", "kremlin", "parliament", "assembly", "senate", "congress",
	"government", "administration", "police", "army", "forces", "navy", "nurses", "workers", "times",
	"post", "news", "reuters", "mission", "staff", "command", "airports", "airport", "airways", "air",
	"secretariat", "observers", "monitors", "line", "lines", "shipping", "rail", "railways", "steel",
	"mining", "pharma", "pharmaceuticals", "labs", "brands", "stores", "insurance", "chemicals",
	"petroleum", "telecom", "studios", "ventures", "enterprises", "solutions", "software", "properties",
	"coalition", "movement", "campaign", "society", "centre", "center", "clinic", "academy", "charity",
	"cooperative", "co-operative", "co-op", "syndicate", "consortium", "collective", "tankers",
	"forum", "caucus", "presidency", "secretariat", "embassy", "treasury", "studios", "network", "fellowship",
	"inspectorate", "directorate", "tribunal", "ombudsman", "chamber", "chambers", "confederation",
	// research and broking houses ("Kotal Institutional Equities")
	"equities", "securities", "research", "analytics", "consulting",
	// entertainment and publishing ("Dick Clark Productions", "Big Machine Records")
	"productions", "records", "recordings", "entertainment", "pictures", "films", "broadcasting",
	"communications", "publishing", "games"), setOf(firmTrades...))

// firmTrades end a firm's name with its trade ("Halvard Therapeutics",
// "Brackwater Petroleum", "Ardent Minerals"): a company's name, never a
// person's, and what "the company" may stand for.
var firmTrades = []string{"therapeutics", "biosciences", "biotech", "biopharma", "pharma", "pharmaceuticals", "minerals", "mining",
	"resources", "metals", "materials", "steel", "chemicals", "petroleum", "oil", "gas", "electronics",
	"semiconductors", "investments", "aerospace", "robotics", "laboratories", "labs", "textiles", "freight",
	"shipping", "construction", "engineering", "hotels", "resorts", "hydro", "power", "telecom", "software",
	"brands", "ventures", "enterprises", "solutions", "properties", "insurance", "assurance", "networks",
	"telecoms", "communications", "utilities", "water", "mobile", "broadband", "airways", "rail", "billing", "payments",
	"security", "consulting", "analytics", "advisory", "aviation", "energy", "foods", "motors", "airlines", "industries",
	"systems", "technologies", "catering", "events", "logistics", "haulage", "transport", "media", "ferries",
	"agrochem", "agrochemicals", "petrochemicals", "fertilisers", "fertilizers", "seeds", "agritech", "fintech", "medtech",
	"seafood", "seafoods", "fisheries", "dairies", "farms", "breweries", "brewing", "bakeries", "homes", "developments", "builders",
	// a commodity the firm mines or makes ("Andina Meridian Lithium")
	"lithium", "copper", "gold", "nickel", "uranium", "coal", "cobalt", "zinc", "iron", "aluminium", "aluminum"}

// kinNouns are the nouns of a person's relatives, who speak for them and
// their family: "Pelletti's mother said", "the victim's widow said".
var kinNouns = setOf("mother", "father", "parents", "son", "daughter", "sons", "daughters", "wife", "husband",
	"widow", "widower", "brother", "sister", "brothers", "sisters", "grandmother", "grandfather", "aunt",
	"uncle", "cousin", "niece", "nephew", "partner", "fiancee", "fiancée", "fiance", "fiancé", "family",
	"relatives", "relative", "stepfather", "stepmother")

// IsFirmTrade reports a word of a firm's trade that ends its name
// ("Therapeutics", "Assurance").
func IsFirmTrade(w string) bool { return slices.Contains(firmTrades, w) }

// agentNouns are the nouns of someone who speaks for another person:
// after a person's possessive ("Varga's rep", "the singer's lawyers")
// an unnamed agent speaking for that person (agents.go); so do the
// person's relatives (kinNouns).
var agentNouns = union(setOf("rep", "reps", "representative", "representatives", "publicist", "publicists",
	"spokesperson", "spokesman", "spokeswoman", "spokespeople", "lawyer", "lawyers", "attorney",
	"attorneys", "counsel", "agent", "agents", "camp", "team"), kinNouns)

// IsAgentNoun reports a noun of someone who speaks for another person
// after the person's possessive ("Varga's rep", "Pelletti's mother").
func IsAgentNoun(w string) bool { return agentNouns[w] }

// IsKinNoun reports a noun of a person's relative ("mother", "widow").
func IsKinNoun(w string) bool { return kinNouns[w] }

// titleAbbreviations are the titles news abbreviates before a name
// ("Gov. Ivo Marsh", "Lt. Col."), written out.
var titleAbbreviations = map[string]string{"gov": "governor", "sen": "senator", "rep": "representative",
	"gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
	"cmdr": "commander", "adm": "admiral", "supt": "superintendent", "pres": "president",
	"atty": "attorney", "maj": "major", "det": "detective", "insp": "inspector", "amb": "ambassador"}

// placeAbbreviations open the names of places and institutions named for
// a saint, a mountain or a fort ("St. Ivo's", "Mt. Hood", "Ft. Worth").
var placeAbbreviations = setOf("st", "mt", "ft")

// counselNouns are posts of counsel, who speak for their clients, never
// for the firm they work at ("a lawyer at Quaile Renner"); after a
// possessive pronoun ("her lawyer") they speak for the person it stands
// for.
var counselNouns = setOf("lawyer", "lawyers", "attorney", "attorneys", "counsel", "barrister",
	"barristers", "solicitor", "solicitors", "advocate")

// portfolios are the remits a minister's or a ministry's title names
// ("the defence minister", "Foreign Minister"): two titles with two
// different ones are two posts.
var portfolios = setOf("foreign", "defence", "defense", "interior", "finance", "trade", "health", "justice",
	"labour", "labor", "education", "transport", "energy", "environment", "economy", "industry",
	"agriculture", "home", "culture", "treasury", "commerce")

// IsCounselNoun reports a noun of counsel ("lawyer", "attorneys").
func IsCounselNoun(w string) bool { return counselNouns[w] }

// roleWords are the lower-case words of a role before a name ("senior
// Kremlin aide", "union president", "chief executive").
var roleWords = union(setOf("senior", "top", "chief", "aide", "adviser", "advisor", "spokesperson",
	"spokesman", "spokeswoman", "president", "vice", "minister", "secretary", "general", "envoy",
	"special", "executive", "officer", "chair", "chairman", "chairwoman", "chairperson", "director",
	"leader", "head", "founder", "mayor", "governor", "commissioner", "ombudsman", "ombudswoman", "ombudsperson", "negotiator", "foreign", "constable", "whistleblower", "witness",
	"finance", "trade", "defence", "defense", "prime", "deputy", "member", "councillor",
	"councilmember", "mp", "mps", "mep", "msp", "councilman", "councilwoman", "ambassador", "representative", "official",
	"press", "policy", "chief's", "former", "acting", "interim", "lead", "general-secretary",
	"secretary-general", "director-general", "attorney-general", "solicitor-general", "auditor-general",
	"inspector-general", "manager", "analyst", "economist", "professor", "coach", "captain",
	"lawyer", "attorney", "judge", "campaigner", "organiser", "organizer", "coordinator", "activist", "investor",
	"partner", "founder", "owner", "economy", "industry", "health", "transport", "treasurer",
	"cfo", "ceo", "coo", "the", "its", "his", "her", "their", "a", "an", "mr", "mrs", "ms", "dr",
	"u.s.", "us", "state", "national", "military", "army", "labour", "labor", "union", "city",
	"county", "regional", "federal", "council", "group", "company", "board", "finance", "transit",
	"club", "league", "trust", "association", "federation", "guild", "cooperative", "agency", "authority",
	"speaker", "senator", "congressman", "congresswoman", "lawmaker", "prosecutor", "energy",
	"environment", "climate", "interior", "justice", "boss", "billionaire", "emir", "king", "prince",
	// research fellows and the middle words of corporate titles ("chief
	// financial officer")
	"fellow", "financial", "operating", "technology", "marketing", "commercial", "information",
	"communications", "managing", "counsel", "operations", "strategy", "sales",
	// heads of agencies and school systems ("Space Agency Administrator
	// Ivo Maric", "schools Superintendent Lena Vask")
	"administrator", "superintendent"), occupations, positions, ranked(setOf("president", "founder", "chancellor",
	"chair", "chairman", "chairwoman", "chairperson", "premier", "admiral", "marshal", "principal", "rector", "provost", "dean")))

// ranked returns the words with the hyphenated prefixes of a post below or
// beside them ("vice-chancellor", "co-founder").
func ranked(words map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range words {
		for _, p := range []string{"vice-", "co-"} {
			out[p+w] = true
		}
	}
	return out
}

// positions are the abbreviated playing positions a sports report writes
// before a player's name ("Harbor Hawks QB Tomas Berg"): a role, never
// part of the name.
var positions = setOf("qb", "rb", "wr", "ol", "dl", "lb", "cb", "dt", "ot", "fb",
	"lhp", "rhp", "pg", "sg", "sf", "pf",
	// and written out ("Wild defenseman Ryan Suter")
	"defenseman", "defenceman", "goaltender", "goalkeeper", "quarterback", "linebacker", "midfielder",
	"shortstop")

// occupations are the role words that name what someone or some firm
// does, which a sentence may open with before a name ("Employee Dana Holt
// told the paper", "Developer Norwood called the game"), unlike the words
// that only qualify a role ("city", "national").
var occupations = setOf("employee", "worker", "developer", "engineer", "researcher", "scientist",
	"doctor", "nurse", "teacher", "student", "resident", "driver", "pilot", "author", "co-author",
	"writer", "editor", "historian", "expert", "strategist", "consultant", "witness", "farmer",
	"designer", "producer", "publisher", "contractor", "supplier", "retailer", "manufacturer", "architect", "coordinator",
	"carmaker", "automaker", "analyst", "economist", "professor", "coach", "investor", "activist",
	"campaigner", "correspondent", "reporter", "journalist", "columnist", "anchor", "presenter",
	// a tabloid's words of kin before a name ("Mum Rosalind Petch")
	"mum", "mom", "dad", "gran", "granny", "grandma", "grandad", "granddad", "grandpa", "nan", "nana",
	// and of who someone is in the story ("Eyewitness Katya Horn",
	// "Trucker Dariusz Wenk")
	"eyewitness", "trucker", "pensioner", "widow", "widower", "survivor", "passenger", "commuter",
	"motorist", "shopkeeper", "neighbour", "neighbor", "haulier", "fisherman", "miner", "builder",
	"landlord", "tenant", "shopper", "holidaymaker", "bystander", "onlooker", "grandmother", "grandfather",
	"mother", "father", "widow",
	// trades named before a worker's name ("Welder Pavel Duric")
	"welder", "electrician", "plumber", "carpenter", "mechanic", "cleaner", "baker", "butcher",
	"docker", "labourer", "laborer", "firefighter", "paramedic", "midwife", "vendor", "trader")

// describesPerson reports a word before a name that says who the person
// is in the story (occupations), a tabloid's "mum-of-two" among them.
func describesPerson(w string) bool {
	if occupations[w] {
		return true
	}
	kin, _, ok := strings.Cut(w, "-of-")
	return ok && occupations[kin]
}

// indefiniteDeterminers open a noun phrase that brings in someone not
// spoken of before ("one legal expert", "another engineer").
var indefiniteDeterminers = setOf("a", "an", "one", "another")

// personalTitles are the titles of address and rank that name a person
// before a single name ("Mrs Varga", "Prince Edwin"); unlike offices
// ("General", "Justice") they never open the name of a body.
var personalTitles = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "king",
	"queen", "prince", "princess", "pope")

// IsRoleWord reports a word of a role or a title that may stand before a
// name ("vice", "president", "minister", "senator").
func IsRoleWord(w string) bool { return roleWords[w] || titles[w] }

// titles come before a surname ("Mr Witkoff").
var titles = setOf("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "president", "cllr",
	"senator", "sen", "rep", "gov", "governor", "mayor", "minister", "general", "gen", "judge", "justice",
	"chancellor", "premier", "king", "queen", "prince", "princess", "pope", "ombudsman", "ombudswoman",
	// Military and police ranks, written out or cut short.
	"col", "colonel", "lt", "lieutenant", "capt", "captain", "maj", "major", "brigadier", "marshal", "sgt", "sergeant",
	"adm", "admiral", "cmdr", "commander", "brig", "cpl", "corporal", "insp", "inspector", "supt",
	"vice-president", "vice-chancellor", "vice-premier", "vice-admiral", "vice-chairman", "vice-chair")

// union returns a set of the words of all sets.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// personRoles are role nouns that, with "the", stand for one person
// named before ("the minister said").
var personRoles = setOf("aide", "adviser", "advisor", "spokesperson", "spokesman", "spokeswoman",
	"president", "minister", "secretary", "envoy", "executive", "chair", "chairman", "chairwoman",
	"director", "leader", "founder", "mayor", "governor", "commissioner", "ombudsman", "ombudswoman", "negotiator", "ambassador",
	"chief", "premier", "chancellor", "organiser", "organizer", "manager", "counterpart",
	"secretary-general", "director-general", "attorney-general", "solicitor-general", "auditor-general",
	"inspector-general", "speaker", "lawyer", "attorney", "ceo", "cfo", "head", "captain", "coach",
	"prosecutor", "senator", "congressman", "congresswoman", "chairperson", "negotiator",
	"general-secretary", "owner", "boss", "billionaire", "lawmaker", "king", "prince", "emir", "constable")

// nonNames are words that a capital letter never makes a name: weekdays,
// months, determiners, conjunctions and other function words that open
// sentences.
var nonNames = union(setOf("the", "a", "an", "and", "but", "or", "so", "yet", "then", "this", "that", "these",
	"those", "there", "here", "if", "when", "while", "as", "after", "before", "since", "because",
	"although", "though", "however", "meanwhile", "also", "still", "now", "today", "yesterday",
	"tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august", "september", "october",
	"november", "december", "in", "on", "at", "for", "with", "from", "by", "to", "of", "what", "which",
	"who", "whom", "whose", "why", "how", "where", "its", "his", "her", "their", "our", "my", "your",
	"we", "i", "you", "such", "other", "another", "last", "next", "earlier", "later", "about",
	// Contractions of pronouns and "let us" open sentences, never names.
	"i'm", "i've", "i'll", "i'd", "we've", "we're", "we'll", "we'd", "you're", "you've", "you'll",
	"you'd", "they're", "they've", "they'll", "they'd", "it's", "that's", "there's", "here's",
	"let's", "he's", "she's", "he'd", "she'd", "he'll", "she'll", "what's", "who's"), questionWords)

// questionWords are the auxiliaries that open a question ("Would Adam
// Holt have ...?"); not "will" or "may", which are names too.
// openingQuantifiers open a sentence before a name they quantify, and
// are no word of it: "No Dostravan unit fired", "Every Tarnco store".
var openingQuantifiers = union(quantifiers, setOf("no", "every", "any"))

var questionWords = setOf("is", "are", "was", "were", "would", "could", "should", "does", "did", "do",
	"has", "have", "had", "shall", "might", "must", "can")

// placeWords make a capitalised phrase a place or a state, never a person:
// the words of states' names ("United States", "Republic of Korea") and
// the heads of geographic names ("Red Sea", "Gaza Strip").
var placeWords = setOf("united", "republic", "kingdom", "states", "emirates", "nations", "federation",
	"sea", "ocean", "strait", "gulf", "river", "valley", "island", "islands", "mountains", "peninsula",
	"canal", "coast", "desert", "lake", "basin", "strip", "province", "region",
	"harbour", "harbor", "street", "square", "avenue", "road", "bridge",
	// and streets as other languages name them ("Avenida Colon")
	"avenida", "calle", "rue", "via", "plaza", "piazza", "boulevard", "strasse", "prospekt", "ulica")

// placeSecondWords are the second words of two-word places, which make a
// place only after their first ("New York", not the composer "Ilka York").
var placeSecondWords = map[string][]string{
	"york": {"new"}, "angeles": {"los"}, "francisco": {"san"}, "delhi": {"new"}, "zealand": {"new"},
	"kong": {"hong"}, "lanka": {"sri"}, "rica": {"costa"}, "salvador": {"el", "san"}, "faso": {"burkina"},
	"leone": {"sierra"}, "arabia": {"saudi"}, "korea": {"north", "south"},
	"africa": {"south", "central", "north", "west", "east"},
}

// isPlace reports a capitalised phrase that names a place or a state.
func isPlace(name []tok) bool {
	for i, t := range name {
		if placeWords[t.lower] {
			return true
		}
		if firsts, ok := placeSecondWords[t.lower]; ok && i > 0 && slices.Contains(firsts, name[i-1].lower) {
			return true
		}
	}
	return false
}

// voicePosts are the posts, of one gender, of a person through whom a
// body speaks ("a spokeswoman for the trust").
var voicePosts = setOf("spokeswoman", "spokesman", "chairwoman", "chairman", "policewoman", "policeman")

// voiceHeads are the posts of a body's voice: "a spokeswoman" after a
// body has spoken or acted speaks for it.
var voiceHeads = setOf("spokesman", "spokeswoman", "spokesperson", "representative", "official")

// IsPersonNoun reports a noun for a person or people holding a post or
// acting together ("boss", "members", "supporters").
func IsPersonNoun(w string) bool { return personRoles[w] || unnamedHeads[w] }

// issuingVerbs put a document out: "issued a statement", "put out a
// letter".
var issuingVerbs = setOf("issued", "issues", "released", "releases", "published", "publishes", "posted", "posts", "put", "puts", "sent", "sends")

// placePrepositions take a place for their object ("into", "near"), and
// directions one after "of" ("east of Korva").
var placePrepositions, directions = setOf("into", "near", "outside", "towards", "toward"),
	setOf("east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "outskirts")

// businessHeads are the generic nouns of a business, which any firm the
// article names may be: "the company" for Halvard Therapeutics.
var businessHeads = setOf("company", "firm", "business", "group", "maker", "manufacturer", "drugmaker", "carmaker", "automaker")

// motionParticles after a verb make it a movement or a blow, never
// speech: "slammed into", "hit into", "ripped through".
var motionParticles = setOf("into", "onto", "through", "across", "towards", "toward")

// blameNouns are what a side that denies it was at fault denies: "denied
// responsibility", "denies any wrongdoing".
var blameNouns = setOf("responsibility", "blame", "wrongdoing", "liability", "fault", "involvement",
	"culpability", "negligence", "wrongdoings")

// workforceNouns are people who work for the body named before them:
// "Skyline Air cabin crew", "Kestrel Airways pilots".
var workforceNouns = setOf("crew", "crews", "pilots", "workers", "staff", "employees", "nurses", "drivers",
	"members", "teachers", "doctors", "dockers", "miners", "attendants", "engineers", "cleaners", "porters",
	"guards", "officers", "controllers", "technicians", "journalists", "players", "lecturers")

// deliveryWords say how words are delivered, after "was" or "is": with
// the epithets of a speaker's mood (lex.IsEpithet: "furious", "defiant"),
// the predicates of such a sentence.
var deliveryWords = setOf("blunt", "scathing", "emphatic", "adamant", "forthright", "withering",
	"unequivocal", "frank", "candid", "direct", "scornful", "dismissive", "categorical", "unmoved",
	"uncompromising")

// answerWords open an answer, not a name: "No, and I think ...".
var answerWords = setOf("no", "yes", "well", "look", "sure", "absolutely", "honestly", "frankly", "actually", "listen",
	"right", "okay", "ok", "indeed", "sorry", "thanks", "again", "first", "firstly", "so", "now", "clearly", "certainly",
	"obviously", "exactly", "yeah", "nope", "perhaps", "maybe", "definitely", "of")

// statePosts end the posts only a state holds: "its defence ministry",
// "its army".
var statePosts = setOf("ministry", "government", "army", "military", "forces", "navy", "embassy", "cabinet", "minister", "ambassador")

// openingConjunctions open a sentence and join it to the one before;
// they are no word of a role that follows them.
var openingConjunctions = setOf("but", "and", "yet", "so", "or")

// possessiveDeterminers own the post after them: "Its spokeswoman".
var possessiveDeterminers = setOf("its", "their", "his", "her")
