package parties

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// Those who treat, rescue, investigate or count: a hospital, a fire and
// rescue or ambulance service, a civil protection agency, the Red Cross,
// an accident's investigators or coroner, a health authority, a weather
// or statistics office. A story quotes them for the toll, the fire, the
// forecast or the figures, not for a side in what it disputes ("At the
// district hospital, Dr Helena Mbore said 34 people had now died"; "Chief
// Fire Officer Gunnar Basso says the fire is out"). Unless the story is about them (a
// hospital its nurses strike against, named in the leads of two of its
// articles or more), their words are no side's claim.

// carerNames are the words of such a body's name.
var carerNames = []string{"hospital", "hospitals", "infirmary", "clinic", "medical centre", "medical center",
	"fire and rescue", "fire service", "fire brigade", "fire department", "ambulance service", "rescue service",
	"emergency service", "emergency services", "red cross", "red crescent", "meteorological", "weather service",
	"met office", "weather bureau", "weather agency", "statistics",
	"civil protection", "harbour master", "harbourmaster", "harbor master", "harbormaster",
	// who investigates an accident or counts its dead and hurt ("the
	// Transport Safety Board", "the regional health authority")
	"safety board", "accident investigation", "investigation branch", "coroner", "health authority",
	// a hospital's wards and units ("the head of the emergency department")
	"emergency department", "emergency room", "accident and emergency", "intensive care", "trauma unit", "burns unit"}

// carer reports a speaker that is such a body, or a person whose roles
// all name one ("director of Kaledi District Hospital", "Chief Fire
// Officer of Ostmark Fire and Rescue").
func (s *Story) carer(sp attrib.Speaker) bool {
	switch sp.Kind {
	case attrib.Body:
		return carerName(sp.Name) && !s.carersStory(sp.Name)
	case attrib.Person:
		roles := append([]string{sp.Role}, s.roles[s.PersonKey(sp.Name)]...)
		named := false
		for _, r := range roles {
			if r == "" {
				continue
			}
			if !carerName(r) || hasWord(r, []string{"union", "association", "federation", "guild"}) {
				return false // a post elsewhere too, or at its staff's union
			}
			named = true
		}
		return named && !s.principal(sp) && !s.carersStory(s.org(sp.Role))
	}
	return false
}

// clergyTitles open the names of the clergy ("the Reverend Simeon
// Hartle", "Father Anzel Dobrev"); clergyWords are their posts ("the
// village priest").
var (
	clergyTitles = map[string]bool{"reverend": true, "rev": true, "rev.": true, "father": true, "rabbi": true,
		"imam": true, "pastor": true, "canon": true, "sister": true}
	clergyWords = []string{"priest", "vicar", "pastor", "rabbi", "imam", "chaplain", "curate", "parish"}
)

// mediatorWords are the posts of one who brings sides together and takes
// neither's part ("State mediator Anselm Grody, who chaired the talks").
var mediatorWords = []string{"mediator", "conciliator", "arbitrator", "arbiter", "ombudsman"}

// mediatorPerson reports one the story names by a go-between's post and
// no post of a body or a state of the story: their words are no side's
// claim. A state's leader who mediates ("Lukashenko, who brokered the
// deal") holds a post of his state, and keeps its side.
func (s *Story) mediatorPerson(sp attrib.Speaker) bool {
	if sp.Kind != attrib.Person || s.principal(sp) {
		return false
	}
	named := false
	for _, r := range append([]string{sp.Role}, s.roles[s.PersonKey(sp.Name)]...) {
		switch {
		case r == "":
		case s.org(r) != "" || s.namedOrg(r) != "" || s.roleParty(r, 0) != "" && !hasWord(r, mediatorWords):
			return false // a post of a body or a state of the story
		case hasWord(r, mediatorWords):
			named = true
		}
	}
	return named
}

// clergy reports a member of the clergy the story quotes on what befell
// their people ("she taught half this town to read," said the Reverend
// Simeon Hartle): one with a clergy's title or post and no post of a
// body of the story, whom the story is not about; their words are no
// side's claim, as a carer's are not.
func (s *Story) clergy(sp attrib.Speaker) bool {
	if sp.Kind != attrib.Person || s.principal(sp) {
		return false
	}
	first, _, _ := strings.Cut(attrib.Fold(sp.Name), " ")
	titled := clergyTitles[first] && len(strings.Fields(sp.Name)) > 2
	for _, r := range append([]string{sp.Role}, s.roles[s.PersonKey(sp.Name)]...) {
		switch {
		case r == "":
		case s.org(r) != "" || s.namedOrg(r) != "":
			return false // a post of a body of the story
		case hasWord(r, clergyWords):
			titled = true
		}
	}
	return titled
}

// carersStory reports a carer the story is about: a principal (see
// principal) that the leads of two of its articles name, as a
// hospital's strike is in every report of it; one article that opens on
// the toll a hospital gives makes no story of the hospital.
func (s *Story) carersStory(name string) bool {
	return name != "" && s.principal(attrib.Speaker{Name: name, Kind: attrib.Body}) && s.leadsNaming(name) >= min(2, len(s.texts))
}

// carerName reports a name or a role that holds a word of carerNames.
func carerName(text string) bool {
	f := " " + attrib.Fold(strings.ReplaceAll(text, "&", "and")) + " "
	for _, w := range carerNames {
		if strings.Contains(f, " "+w+" ") || strings.Contains(f, " "+w+"'s ") {
			return true
		}
	}
	return false
}

// onlookingMayor reports a mayor the story quotes on what befell their
// town ("Sarvena's mayor, Luca Demmi, said 212 people were still in
// emergency accommodation"), as it quotes a fire chief: one that is no
// principal of the story (no lead names them) and that fewer than
// onlookerArticles of its articles name, in a story of at least
// onlookerArticles articles (fewer say too little of whom a story is
// about). A mayor the story is about (a fare rise at City Hall, a mayor
// against the council, a tender the mayor defends in every report) is a
// side, the mayor's office, though the leads name only the deal.
func (s *Story) onlookingMayor(sp attrib.Speaker) bool {
	if sp.Kind != attrib.Person || len(s.texts) < onlookerArticles {
		return false
	}
	roles := append([]string{sp.Role}, s.roles[s.PersonKey(sp.Name)]...)
	mayor := false
	for _, r := range roles {
		r = strings.ReplaceAll(r, ",", " ") // "City councillor, represents the Harbour ward"
		switch {
		case hasWord(r, []string{"mayor", "councillor", "councilor"}):
			mayor = true // "City councillor Marta Denholm, who represents the Harbour ward"
		case reWard.MatchString(attrib.Fold(r)):
			// "who represents the Harbour ward": where, not a post
		case hasWord(r, voicePosts) || hasWord(r, corporateTitles) || hasWord(r, governmentTitles) || hasWord(r, otherPosts) || s.org(r) != "":
			return false // a post elsewhere too ("who has not taken sides" is none)
		}
	}
	if !mayor || s.principal(sp) {
		return false
	}
	f := strings.Fields(sp.Name)
	return s.textsNaming(f[len(f)-1]) < onlookerArticles
}

// reWard finds a councillor's ward in a relative clause: "who represents
// the Harbour ward", "who represents Harbour".
var reWard = regexp.MustCompile(`\brepresents (the )?\S+( (ward|district|division|constituency))?$`)

// onlookerArticles is how many articles a story needs before a mayor
// no lead names is taken for an onlooker.
const onlookerArticles = 3

// policeNames are the words of a police force's name or a post in it.
var policeNames = []string{"police", "constabulary"}

// policeRanks are the titles only a police officer holds ("Chief
// Inspector Dario Venn", "Sergeant Mark Delane"); a superintendent alone
// may run a school district.
var policeRanks = []string{"chief inspector", "detective inspector", "detective chief inspector",
	"chief superintendent", "detective superintendent", "constable", "chief constable", "sergeant", "detective sergeant"}

// onlookingPolice reports police the story quotes for what they count or
// saw ("Some 40,000 people joined the rally, according to municipal
// police"; "Captain Rufo Danel, a police spokesman, said the march had
// been peaceful"), in a story of at least onlookerArticles articles of
// which fewer than two leads name them. Police the story is about (a
// death in custody, a charge on a march), named in its leads, are a side.
func (s *Story) onlookingPolice(sp attrib.Speaker) bool {
	if len(s.texts) < onlookerArticles {
		return false
	}
	switch sp.Kind {
	case attrib.Body, attrib.Unnamed:
		return hasWord(sp.Name, policeNames) && !s.policeStory() // "municipal police", "a police spokesman"
	case attrib.Person:
		roles := append([]string{sp.Role}, s.roles[s.PersonKey(sp.Name)]...)
		police := false
		for _, r := range roles {
			switch {
			case hasWord(r, policeNames) || hasWord(r, policeRanks) && !s.inspectorateStory():
				police = true
			case s.org(r) != "" || hasWord(r, corporateTitles) || hasWord(r, governmentTitles) && !hasWord(r, []string{"spokesman", "spokeswoman", "spokesperson"}) ||
				otherInspector(r):
				return false // a post elsewhere too
			}
		}
		return police && !s.principal(sp) && !s.policeStory()
	}
	return false
}

// reOtherInspector finds an inspector of a trade or a service other than
// the police's: "the chief labour inspector", "a health and safety
// inspector", "school inspectors".
var reOtherInspector = regexp.MustCompile(`\b(labour|labor|safety|health|fire|tax|school|schools|food|building|mine|mines|factory|factories|environmental|prison|prisons|rail|transport|aviation|marine|port|customs|ticket) inspectors?\b`)

// otherInspector reports a role of an inspector whom a trade or a
// service other than the police's names: no police rank, though "chief
// inspector" is one.
func otherInspector(role string) bool { return reOtherInspector.MatchString(attrib.Fold(role)) }

// inspectorateStory reports a story that names an inspectorate: its
// "Chief Inspector Ilse Marwitz" is the inspectorate's, whose office
// opened an investigation, no police rank, though police counted the
// crowd.
func (s *Story) inspectorateStory() bool {
	return slices.ContainsFunc(s.orgs, func(o string) bool { return hasWord(o, []string{"inspectorate"}) })
}

// policeStory reports a story whose leads name the police, other than
// as the source of what they say ("according to police", "police
// said"), in two of its articles or more: one about what the police did.
func (s *Story) policeStory() bool {
	n := 0
	for _, t := range s.texts {
		lead, _, _ := strings.Cut(strings.TrimSpace(t), "\n")
		if policeActing(lead) {
			n++
		}
	}
	return n >= 2
}

// policeActing reports a text that names the police other than as a
// source: "Police charge marchers", not "3,000 marched, according to
// police" or "police said 40 were held".
func policeActing(text string) bool {
	words := strings.Fields(attrib.Fold(text))
	for i := range words {
		words[i] = strings.Trim(words[i], ",.;:'’\"“”()")
	}
	for i, w := range words {
		if !slices.Contains(policeNames, w) {
			continue
		}
		source := i >= 2 && words[i-2] == "according" && words[i-1] == "to" ||
			i >= 3 && words[i-3] == "according" && words[i-2] == "to" // "according to local police"
		for j := i + 1; j < len(words) && j <= i+2; j++ {
			switch words[j] {
			case "said", "say", "says", "told", "reported", "estimated", "estimate":
				source = true
			}
		}
		if !source {
			return true
		}
	}
	return false
}
