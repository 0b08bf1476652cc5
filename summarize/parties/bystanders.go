package parties

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// Bystanders: a private person a reporter asks what they saw, lost or
// feel ("said Remedios Gallo, 59, a rice farmer"; "Jens Marloe, 68, a
// retired electrician, has waited 19 months"; "Esther Nalwe, who sells
// dried fish at the market") gives colour, not a side's claim. Such a
// person is named with an everyday description or an age ("Anka Dorn,
// 68, said"), holds no post and names no body of the story in any of their
// roles, and is no member of a kind of people the story has a body of
// ("a dairy farmer" where the Farmers' Federation is a side).

// everydayNouns describe a private person by where they live, what
// they saw or whom they live with, not by a post: a bystander whatever
// else the story says of them.
var everydayNouns = []string{"resident", "neighbour", "neighbor", "eyewitness", "witness", "bystander",
	"passer-by", "onlooker", "shopper", "commuter", "passenger", "voter", "pensioner", "retiree", "retired",
	"villager", "local", "tourist", "visitor", "who lives", "whose family", "whose home", "whose house",
	"shopkeeper", "stallholder", "market trader",
	"whose son", "whose daughter"}

// occupationNouns describe a private person by their work: a bystander
// only when the story also gives their age ("Remedios Gallo, 59, a rice
// farmer"), for a teacher or a driver who speaks with no age is as often
// one of those on strike or at the rally the story is about.
var occupationNouns = []string{"driver", "farmer", "fisherman", "shopkeeper", "stallholder", "trader",
	"vendor", "baker", "electrician", "plumber", "student", "teacher", "nurse", "doctor", "worker",
	"employee", "mother", "father", "grandmother", "grandfather", "mum", "dad", "pharmacist",
	"general practitioner", "gp", "developer", "supervisor", "herder", "mechanic", "waiter", "cleaner",
	"labourer", "laborer"}

// reEverydayClause finds what a reporter says of a private person in a
// relative clause: whose family or home ("a nurse whose two children
// attend St Aidan's"), the shop they keep ("who runs a pharmacy on
// Storgata", "who owns the Quayside Cafe"), or that they hold a ticket.
var reEverydayClause = regexp.MustCompile(`\bwhose (\S+ ){0,2}(` + kinPattern + `|family|home|house|flat)\b|` +
	keeping + `|\b(season-ticket|ticket) holder\b`)

// keeping matches the words that say one keeps a small business: a
// keeper's noun after its kind ("shop owner") or a verb of running it
// ("who has run Lune's Books").
const keeping = `\b` + smallBusinesses + ` (owner|landlord|landlady|proprietor|keeper)\b|` +
	`\b(runs|run|ran|owns|owned|keeps|kept|manages|managed) (a|an|the|\S+'s) (\S+ ){0,3}` + smallBusinesses + `\b`

// reKeeper finds one who keeps a small business, by a keeper's noun, a
// verb of running it, or a bare owner's title.
var reKeeper = regexp.MustCompile(`^(the )?(owner|landlord|landlady|proprietor)$|` + keeping)

// smallBusinesses are the shops and houses a private person keeps: one
// who runs one ("who has run Lune's Books for 30 years", "shop owner
// Priya Haddow") speaks for no side by it.
const smallBusinesses = `(cafe|café|shop|pharmacy|bakery|restaurant|bar|pub|stall|store|salon|garage|kiosk|guesthouse|` +
	`books|bookshop|bookstore|hotel|inn|chandlery|deli|florist|newsagent|butcher|butchers|boozer|tearoom|takeaway)`

// kinPattern matches a word of kinNouns, singular or plural, in a
// relative clause that names a private person by their family ("whose
// brother worked the night shift").
var kinPattern = `(` + strings.Join(slices.Sorted(maps.Keys(kinNouns)), "|") + `)s?`

// reResidence finds where a person lives or works, after their
// description: "who farms 30 hectares near the town of Orvenne", "a
// baker in Tollvik". A body the story names there is their place, not
// their side.
var reResidence = regexp.MustCompile(`\b(in|near|from|outside) (the (town|village|city|hamlet|suburb|district) of )?[A-Z]`)

// reFromPlace finds where an occupation's holder lives or works, named
// after it: "a general practitioner in Tollvik", "a truck driver from
// Wetherill Park".
var reFromPlace = regexp.MustCompile(`\b(in|from) [A-Z]`)

// otherPosts are posts beyond voicePosts, corporateTitles and
// governmentTitles that make a person more than a bystander.
var otherPosts = []string{"member", "councillor", "officer", "manager", "president", "secretary",
	"captain", "coach", "lawyer", "attorney", "judge", "prosecutor", "campaigner", "organiser", "organizer",
	"activist", "analyst", "professor", "founder", "mp", "representative", "ambassador", "minister",
	"commander", "coordinator", "steward", "referee", "striker", "protester", "protestor", "deputy", "superintendent"}

// reWorks finds that a person works at a place, in the relative clause
// after their name: "who has worked at the plant for 20 years" is one of
// its people, not a passer-by.
var reWorks = regexp.MustCompile(`^, who (has |had |have )?(works|worked|work|is employed|was employed) (at|for|in|on)\b`)

// worksThere reports a person whom the texts say works at a place.
func (s *Story) worksThere(name string) bool {
	return remember(&s.byName.works, name, func(name string) bool {
		works := false
		s.afterName(name, func(rest string) bool {
			works = reWorks.MatchString(rest)
			return works
		})
		return works
	})
}

// bystander reports a person of no side's (see above).
func (s *Story) bystander(sp attrib.Speaker) bool {
	if sp.Kind != attrib.Person || !s.isPersonName(untitled(sp.Name)) || s.principal(sp) || s.hasAgents(sp.Name) {
		return false // one the story is about: "Ada Renn, a crane driver, sued the Harbour Board"
	}
	aged, described := s.aged(sp.Name)
	doing := s.doing(sp.Name) // "Mara Ilic, who was filling two canisters at the market"
	roles := append([]string{sp.Role, described, doing}, s.roles[s.PersonKey(sp.Name)]...)
	everyday, occupation, placed := "", "", false
	for _, r := range roles {
		if r == "" {
			continue
		}
		retired := hasWord(r, []string{"retired"}) // "retired teacher Sandra Rendall"
		if reYearsOld.MatchString(r) {
			aged = true // "a 61-year-old ferryman"
		}
		bodies := r
		if loc := reResidence.FindStringIndex(r); loc != nil {
			bodies = r[:loc[0]]
		}
		keeper := reKeeper.MatchString(attrib.Fold(r)) // "shop owner", "who runs the Quayside Cafe": no company's owner
		if !keeper && (hasWord(r, voicePosts) || hasWord(r, corporateTitles)) || hasWord(r, governmentTitles) ||
			!retired && hasWord(r, otherPosts) || s.org(bodies) != "" || s.namedOrg(bodies) != "" {
			return false // a post, or a body of the story
		}
		if retired {
			everyday = "retired"
		}
		for _, w := range everydayNouns {
			if hasWord(r, []string{w}) {
				everyday = w
			}
		}
		clause := everyday == "" && reEverydayClause.MatchString(attrib.Fold(r))
		for _, w := range occupationNouns {
			if hasWord(r, []string{w}) && everyday == "" {
				occupation = w
				placed = placed || reFromPlace.MatchString(r)
			}
		}
		if clause {
			// "a nurse whose two children attend St Aidan's", "who runs a
			// pharmacy": a private person, of the kind of their work if
			// the clause gives one.
			everyday = cmp.Or(occupation, "everyday")
		}
	}
	if everyday == "" && doing != "" {
		everyday = "doing"
	}
	if everyday == "" {
		if !aged && !(placed && occupation != "") {
			return false // "Angela Cole, a maths teacher": one of those on strike, maybe
		}
		if occupation == "" {
			return true // "Anka Dorn, 68, said": an age and no post, a private person
		}
		everyday = occupation
	}
	// "a dairy farmer" where the Farmers' Federation speaks: one of a
	// kind of people that is a side.
	if stem := strings.Fields(everyday); len(stem) == 1 {
		for _, o := range s.orgs {
			if strings.Contains(attrib.Fold(o), stem[0][:len(stem[0])-1]) {
				return false
			}
		}
	}
	return true
}

// reYearsOld finds an age written into a description: "a 61-year-old
// ferryman".
var reYearsOld = regexp.MustCompile(`\b\d{1,3}-year-old\b`)

// reAge finds a name followed by an age between commas and what the
// text says of the person next ("Paul Ekiru, 63, who has sold maize at
// the market"), or by an age that ends the sentence ("said farmer Stepan
// Olvary, 52.").
var reAge = regexp.MustCompile(`^, \d{1,3}(,([^,.;:"“”]*)|[.;]|$)`)

// aged reports a person the texts name with their age, and the words
// after the age, up to the next punctuation, that describe them.
func (s *Story) aged(name string) (bool, string) {
	a := remember(&s.byName.aged, name, s.readAge)
	return a.aged, a.described
}

// readAge is aged, read from the texts.
func (s *Story) readAge(name string) agedName {
	var a agedName
	s.afterName(name, func(rest string) bool {
		if m := reAge.FindStringSubmatch(rest); m != nil {
			a = agedName{true, strings.TrimSpace(m[2])}
			return true
		}
		return false
	})
	return a
}

// afterName calls found with the text after each mention of name in the
// story's texts, in order, until it returns true.
func (s *Story) afterName(name string, found func(rest string) bool) {
	for _, t := range s.texts {
		for from := 0; ; {
			i := strings.Index(t[from:], name)
			if i < 0 {
				break
			}
			from += i + len(name)
			if found(t[from:]) {
				return
			}
		}
	}
}

// reDoing finds what a person was doing when the reporter met them, in
// the relative clause after their name: ", who was filling two canisters
// at the market square", ", who had queued since dawn"; the life they
// have spent there: ", who has fished the strait for thirty years", ",
// who has lived in the village since 1970"; their family or home:
// ", whose brother worked the night shift", ", whose Mill Lane home has
// flooded three times"; or the shop they keep: ", who has run Lune's
// Books on College Street for 30 years".
var reDoing = regexp.MustCompile(`^, who (was|were|had been|had) ([a-z]+ing|queued|waited|walked|driven|travelled|traveled)\b[^,.;:"“”]*|` +
	`^, who (has|had) (lived|fished|farmed) [^,.;:"“”]*\b(for|since)\b[^,.;:"“”]*|` +
	`^, whose (\S+ ){0,2}(` + kinPattern + `|home|house|flat)\b[^,.;:"“”]*|` +
	`(?i:^, who (has |had )?(runs|run|ran|owns|owned|keeps|kept|manages|managed) (a|an|the|\S+'s) (\S+ ){0,3}` + smallBusinesses + `\b)[^,.;:"“”]*`)

// doing returns what the texts say a person was doing, when they say it
// in such a clause ("who was filling ..."), or "": an everyday
// description.
func (s *Story) doing(name string) string {
	return remember(&s.byName.doing, name, s.readDoing)
}

// readDoing is doing, read from the texts.
func (s *Story) readDoing(name string) string {
	doing := ""
	s.afterName(name, func(rest string) bool {
		if !strings.HasPrefix(rest, ", who") {
			return false
		}
		// The clause ends at the sentence's first stop: reading no further
		// keeps the match from scanning the rest of the article.
		if end := strings.IndexAny(rest, ".;:"); end >= 0 {
			rest = rest[:end]
		}
		if m := reDoing.FindString(rest); m != "" {
			doing = strings.TrimPrefix(m, ", ")
			return true
		}
		return false
	})
	return doing
}

// hasAgents reports a person whom counsel or a spokesperson speaks for
// in the texts ("Renn's lawyers said"): one the story is about.
func (s *Story) hasAgents(name string) bool {
	return remember(&s.byName.agents, name, s.readAgents)
}

// readAgents is hasAgents, read from the texts.
func (s *Story) readAgents(name string) bool {
	f := strings.Fields(untitled(name))
	if len(f) == 0 {
		return false
	}
	sur := f[len(f)-1]
	for _, t := range s.texts {
		t = strings.ReplaceAll(t, "’", "'")
		for from := 0; ; {
			i := strings.Index(t[from:], sur+"'s ")
			if i < 0 {
				break
			}
			from += i + len(sur) + 3
			next := strings.Fields(t[from:min(len(t), from+40)])
			for k := 0; k < len(next) && k < 2; k++ {
				if f := attrib.Fold(strings.Trim(next[k], ",.")); attrib.IsCounselNoun(f) || voiceNouns[f] || attrib.IsCounselNoun(strings.TrimSuffix(f, "s")) {
					return true
				}
			}
		}
	}
	return false
}

// privatePerson reports a person of no affiliation whom the story quotes
// but is not about, in a story of at least onlookerArticles articles
// (fewer say too little of whom a story is about): no lead names them
// (principal), none of their roles is a post, work at a place ("who has
// worked at the plant") or a trade of a kind of people the story has a
// body of ("a dairy farmer" where the Farmers' Federation speaks), and
// no one speaks for them. Such a person ("Lorry driver Piotr Szabo", "Butcher Goran
// Petrovic said", "said Vera Dimitrova") tells what they saw or lost, as
// a bystander does; a side of their own would make each such voice a
// party of the story.
func (s *Story) privatePerson(sp attrib.Speaker) bool {
	if sp.Kind != attrib.Person || len(s.texts) < onlookerArticles || s.principal(sp) || s.hasAgents(sp.Name) || s.worksThere(sp.Name) {
		return false
	}
	_, described := s.aged(sp.Name)
	roles := append([]string{sp.Role, described, s.doing(sp.Name)}, s.roles[s.PersonKey(sp.Name)]...)
	retired := slices.ContainsFunc(roles, func(r string) bool { return hasWord(r, []string{"retired"}) })
	for _, r := range roles {
		if reKeeper.MatchString(attrib.Fold(r)) {
			continue // "shop owner": no company's owner
		}
		r = strings.ReplaceAll(r, "-", " ") // "vice-president"
		if hasWord(r, voicePosts) || hasWord(r, corporateTitles) || hasWord(r, governmentTitles) || hasWord(r, otherPosts) ||
			!retired && s.kindOfSide(r) { // "retired teacher Sandra Rendall": of no kind at work now
			return false
		}
	}
	return true
}

// kindOfSide reports a description that names a person by a trade of a
// kind of people the story has a body of: "a dairy farmer" where the
// Kessar Farmers' Federation speaks.
func (s *Story) kindOfSide(role string) bool {
	for _, w := range occupationNouns {
		if !hasWord(role, []string{w}) || len(w) < 4 {
			continue
		}
		for _, o := range s.orgs {
			if strings.Contains(attrib.Fold(o), w[:len(w)-1]) {
				return true
			}
		}
	}
	return false
}
