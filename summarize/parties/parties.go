package parties

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// Story is what a story's articles name, to find the side each speaker
// speaks for.
type Story struct {
	home string // the country the story happens in, when it says
	// homeByBodies is set when home is known from the names of the
	// story's bodies rather than by far the most mentions (homeOfBodies).
	homeByBodies bool
	// statesNamed memoises whether the texts name a state by its name,
	// an alias or a demonym (namesState).
	statesNamed map[string]bool
	// mediated memoizes mediates by place: it reads every text.
	mediated map[string]bool
	// calledWords are the folded words of each text (placeWords).
	calledWords [][]string
	// stateless is set when the texts name no country at all: a
	// minister or a ministry is then the government's ("Labour Minister
	// Ivo Marsh"), whichever country it is.
	stateless bool
	orgs      []string                   // organisation names, longest form first per first word
	kinds     map[string]string          // organisation -> the common noun that introduced it
	texts     []string                   // the articles' texts, for the words of unnamed bodies
	people    map[string]*attrib.Speaker // person key -> merged person
	firsts    map[string]bool            // the first words of people's full names (firstNames)
	roles     map[string][]string        // person key -> every role the story gives the person
	capital   map[string]string          // folded capitalised word of the texts -> as written
	lower     map[string]bool            // words the texts write in lower case
	country   map[string]bool            // places outside the gazetteer that a demonym or a state's words name (Kestria)
	acting    map[string]bool            // folded organisation -> it speaks in the story
	bodies    map[string]*bodyUse        // noun of a body -> its uses in the texts, read once (unnamedBody)
	byName    nameMemo                   // what the texts say around each name, read once
	defined   map[string]string          // folded initials -> the name the texts define them by ("DAC")
	regions   map[string]bool            // places the texts name as parts of a country (regionsNamed)
	seats     map[string]string          // a capital the texts name as a state's -> the state (seatsNamed)
	// commentsMemo memoizes comments for the speakers asked about outside
	// any client's side (clients == 0), once the story is read; nil
	// while NewStory reads it.
	commentsMemo map[attrib.Speaker]bool
	// orgForms holds the forms org looks for of each organisation, by
	// name (orgForm).
	orgForms map[string]*orgForm
	// opposition is the one organisation the texts call the opposition,
	// once read (oppositionOrg).
	opposition *string
	// commenting holds the folded organisations named in a commentator's
	// name or role ("Analysts at Karsland brokerage Vestra Capital"): a
	// firm whose people comment, never "the company" of the story.
	commenting map[string]bool
	// bankGovernor is the bank whose governor the texts speak of, once
	// read (banksGovernor).
	bankGovernor *string
	// clients counts the clients whose side is being read for their
	// counsel (clientSide), so that counsel named for counsel never
	// reads round in a circle.
	clients int
}

// NewStory gathers the organisations, people and capitalised words of a
// story's articles.
func NewStory(analyses []attrib.Analysis, texts []string) *Story {
	s := &Story{people: map[string]*attrib.Speaker{}, roles: map[string][]string{}, capital: map[string]string{}, lower: map[string]bool{}, country: map[string]bool{},
		kinds: map[string]string{}, texts: texts}
	seen := map[string]bool{}
	for _, a := range analyses {
		for _, o := range a.Orgs {
			o = withoutPluralPossessive(o)
			if !seen[attrib.Fold(o)] && isName(o) && !isAgency(o) && office(o) == "" {
				seen[attrib.Fold(o)] = true
				s.orgs = append(s.orgs, o)
			}
		}
		for o, k := range a.OrgKinds {
			s.kinds[o] = k
		}
	}
	// A name the texts give its initials in brackets ("the Democratic
	// Alliance for Change (DAC)") is an organisation's.
	s.defined = definedAcronyms(texts)
	for _, name := range sortedValues(s.defined) {
		if _, place := Lookup(name); !place && !seen[attrib.Fold(name)] && isName(name) && !isAgency(name) && office(name) == "" {
			seen[attrib.Fold(name)] = true
			s.orgs = append(s.orgs, name)
		}
	}
	s.orgs = splitCoordinations(s.orgs, texts)
	var words []string
	for _, t := range texts {
		for w := range strings.FieldsFuncSeq(withoutRegions(t), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if utf8.RuneCountInString(w) <= 2 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				s.capital[attrib.Fold(w)] = w
				words = append(words, w)
			} else if unicode.IsLower(r) {
				s.lower[w] = true
			}
		}
	}
	// A capitalised body that speaks is an organisation ("Marisca Line
	// said"), unless it is a place, an office or a short form of one
	// already known ("Halvard" for Halvard Power Systems).
	for _, a := range analyses {
		for _, st := range a.Statements {
			name := withoutPluralPossessive(st.Speaker.Name)
			if st.Speaker.Kind != attrib.Body || !isProperName(name) || !isName(name) || isAgency(name) || s.commonNoun(name) ||
				seen[attrib.Fold(name)] || office(name) != "" {
				continue
			}
			if _, place := Lookup(name); place || s.knownPrefix(name) || s.org(name) != "" ||
				s.placeIn(name, 0) != "" || hasWord(name, governmentWords) {
				continue
			}
			seen[attrib.Fold(name)] = true
			s.orgs = append(s.orgs, name)
		}
	}
	for _, a := range analyses {
		for _, p := range a.People {
			// "Brannock Motor Co" taken for a person is a company too,
			// whose short name ("Brannock") is found by its full one.
			if n := withoutPluralPossessive(p.Name); companyName(n) && !seen[attrib.Fold(n)] && isName(n) {
				seen[attrib.Fold(n)] = true
				s.orgs = append(s.orgs, n)
			}
			s.addPerson(p)
		}
	}
	// Every role the story gives a person is evidence of their side, in
	// whichever article it stands.
	for _, a := range analyses {
		for _, p := range a.People {
			s.addRole(p)
		}
		for _, st := range a.Statements {
			if st.Speaker.Kind == attrib.Person {
				s.addRole(st.Speaker)
			}
		}
	}
	s.commenting = commentingFirms(analyses, s.orgs)
	// A person is no organisation: "Biden said" makes no body "Biden".
	definedNames := map[string]bool{}
	for _, name := range s.defined {
		definedNames[name] = true
	}
	s.orgs = slices.DeleteFunc(s.orgs, func(o string) bool {
		if definedNames[o] {
			return false // "Andina Meridian Lithium (AML)": initials are a body's
		}
		if _, person := s.people[s.PersonKey(o)]; person && !strings.Contains(o, " ") {
			return true // the surname, or a misspelling of it ("Dresher")
		}
		if _, person := s.byFirstName(o); person {
			return true // the first name of one person of the story ("Elon")
		}
		return s.isPersonsName(o) // "Yevgeny Prigozhin" listed as a body
	})
	// Count the countries the texts name, a demonym for the country it
	// stands for when the story names that country ("Kestrian" and
	// "Kestria" are one), else for its government.
	count := map[string]int{}
	nouns := map[string]bool{} // nounUse of each word, read once
	isNoun := func(w string) bool {
		n, ok := nouns[w]
		if !ok {
			n = nounUse(texts, w)
			nouns[w] = n
		}
		return n
	}
	for _, w := range words {
		switch p, ok := Lookup(w); {
		case ok && !isState(p.Name):
			// "the World Health Organization": a body, where no story happens.
		case ok && !s.namesState(p):
			// "Latin America", "reached Washington" (the IMF's seat): a
			// state the texts never name on its own is no scene.
		case ok:
			count[p.Name]++
		case s.demonymOf(w) != "":
			c := s.demonymOf(w)
			s.country[c] = true
			count[c]++
		case isDemonymShape(w) && !isNoun(w) && !s.firstNames()[w]:
			count[w+" government"]++ // not "Anneliese" of Anneliese Brandt
		}
	}
	// A country named before its state's words counts too ("Tarnland
	// Foreign Minister").
	owners := map[string]bool{} // states named only as owners of their posts
	for _, w := range s.stateModifiers(texts) {
		owners[w.name] = w.owner && !s.country[w.name]
		s.country[w.name] = true
	}
	// A country known by its demonym counts where it is named too
	// ("Veldora" beside "Veldoran"); one named only as the owner of its
	// posts ("Vesk's foreign ministry") is never the home, but keeps
	// another country from being it as any other does.
	owned := map[string]int{}
	regions := regionsNamed(texts)
	s.regions = regions
	for _, w := range words {
		switch {
		case regions[w]:
			// a region is no home, and keeps none from being one
		case owners[w]:
			owned[w]++
		case s.country[w]:
			count[w]++
		}
	}
	// The story's country: one that the texts name at least twice, and
	// three times as often as any other.
	best, second := 0, 0
	for _, k := range sortedKeys(count) {
		switch n := count[k]; {
		case n > best:
			s.home, best, second = k, n, best
		case n > second:
			second = n
		}
	}
	for _, n := range owned {
		second = max(second, n)
	}
	if best < 2 || best < 3*second {
		s.homeByBodies = best >= 2 && best > second && s.homeOfBodies(s.home)
		if !s.homeByBodies {
			s.home = "" // one mention of a country makes it no home: "Britain called for her release"
		}
	}
	s.stateless = best == 0
	s.seats = seatsNamed(texts, func(w string) bool {
		if p, ok := Lookup(w); ok {
			return isState(p.Name)
		}
		return s.country[w] && !s.regions[w]
	})
	s.embassyHosts(texts)
	s.noteActing(analyses)
	s.commentsMemo = map[attrib.Speaker]bool{} // the story is read: comments may keep its answers
	return s
}

// isPersonsName reports the full name of a person the story knows that no
// word of marks as a body's ("Yevgeny Prigozhin", not "Meridian Economic
// Community" however the attribution took it).
func (s *Story) isPersonsName(name string) bool {
	p, ok := s.Person(name)
	if !ok || attrib.Fold(p.Name) != attrib.Fold(name) || s.kinds[name] != "" {
		return false // introduced by a common noun: "the consumer group Consumer Shield"
	}
	for k, roles := range s.roles {
		if k == s.PersonKey(name) {
			continue // the person's own roles
		}
		for _, r := range roles {
			if strings.Contains(attrib.Fold(r), attrib.Fold(name)) {
				return false // someone's role names it: "Consumer Shield's director"
			}
		}
	}
	for _, w := range strings.Fields(attrib.Fold(name)) {
		if isGenericWord(w) || orgHeads[w] || companySuffixes[w] || academies[w] {
			return false
		}
	}
	return true
}

// companyName reports a name of two words or more that ends in a
// company's suffix or trade ("Brannock Motor Co", "Ardent Minerals",
// "Veridane Pharmaceuticals'"): an organisation's, never a person's. A
// state's body named for a trade ("Department of Natural Resources") is
// none.
func companyName(name string) bool {
	f := strings.Fields(attrib.Fold(withoutPluralPossessive(name)))
	if len(f) < 2 || !companySuffixes[f[len(f)-1]] {
		return false
	}
	return !slices.ContainsFunc(f, func(w string) bool { return nonFirmWords[w] || slices.Contains(governmentWords, w) })
}

// commonNoun reports a one-word name the texts also write in lower case:
// a common noun capitalised at the start of a sentence ("Exporters say"),
// not a name.
func (s *Story) commonNoun(name string) bool {
	w := trimThe(strings.TrimSpace(name))
	return !strings.Contains(w, " ") && s.lower[strings.ToLower(w)]
}

// knownPrefix reports a name that begins an organisation already known.
func (s *Story) knownPrefix(name string) bool {
	f := attrib.Fold(name)
	for _, o := range s.orgs {
		if strings.HasPrefix(attrib.Fold(o), f+" ") {
			return true
		}
	}
	return false
}

// isDemonymShape reports a capitalised adjective of origin not in the
// gazetteer ("Tarsian").
// nounUse reports a word the texts use as a noun, the subject of a verb
// or a possessor ("Meridian says", "Meridian's board"): a name of the
// story's, not a demonym, whatever it ends in.
func nounUse(texts []string, w string) bool {
	for _, t := range texts {
		for at := 0; ; {
			i := strings.Index(t[at:], w)
			if i < 0 {
				break
			}
			at += i + len(w)
			rest := strings.ReplaceAll(t[at:min(len(t), at+12)], "’", "'")
			if strings.HasPrefix(rest, "'s ") {
				return true
			}
			if next, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " "); rest != "" && rest[0] == ' ' && subjectVerbs[next] {
				return true
			}
		}
	}
	return false
}

func isDemonymShape(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// roleParty finds the side in a role: a place, a person's side, an
// organisation, in that order.
func (s *Story) roleParty(role string, depth int) string {
	role = ownPart(role) // "envoy to Dornava": not Dornava's
	if role == "" || depth > 2 {
		return ""
	}
	if o := s.namedOrg(role); o != "" {
		return o // "general secretary of the Dornavan Steelworkers' Union"
	}
	for _, w := range strings.Fields(role) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",."), "'s"), "’s")
		if name, ok := s.defined[attrib.Fold(w)]; ok && isAcronym(w) {
			return name // "KSA" the texts define as the Keldor Space Agency, not Saudi Arabia
		}
	}
	if p := s.placeIn(role, depth); p != "" {
		return p
	}
	if c := s.stateOwner(role); c != "" {
		return c // "Vesk's governor", Vesk being a state of the story
	}
	if r := s.bodyOwner(role); r != "" && s.regions[r] && regionsPost([]string{role}) {
		return r // "Orvane's governor", Orvane being a province the story names
	}
	if c := s.stateBodyOwner(role); c != "" {
		return c // "who has led the coast guard", Varnia's coast guard
	}
	if o := office(role); o != "" {
		if b := s.banksGovernor(); b != "" && o == offices["governor"] {
			return b // "Governor Ingrid Valsted" of the central bank the story names
		}
		return o
	}
	if o := s.org(role); o != "" {
		return o
	}
	for i, w := range strings.Fields(role) {
		if o := s.genericOrg(kindWord(attrib.Fold(w))); o != "" && !inName(strings.Fields(role), i) {
			return o
		}
	}
	if p := represented(role); p != "" {
		return p // "a lawyer representing seven families"
	}
	// "president of the Tarn Farm Bureau"; "Head of Platform Sales for
	// Tarnco": the last body named after a link word, which the role
	// serves.
	low := strings.ToLower(role)
	i, n := strings.LastIndex(low, " of "), len(" of ")
	for _, link := range []string{" for ", " at "} {
		if j := strings.LastIndex(low, link); j > i && i >= 0 {
			i, n = j, len(link)
		}
	}
	if i >= 0 {
		w := strings.TrimSpace(role[i+n:])
		if k := strings.LastIndex(w, " in "); k > 0 && isProperName(w[k+len(" in "):]) {
			w = w[:k] // "head of equities at Halloway Brandt in Varel": where the firm is
		}
		if isProperName(w) && !possessiveEnd(w) && !isDepartment(w) {
			return strings.TrimPrefix(w, "the ")
		}
	} else if b := s.linkedBody(role); b != "" {
		return b // "vice president at Tarnsoft"
	}
	return s.bodyOwner(role)
}

// bodyOwner returns the body whose possessive a role or a body's name
// holds, with the capitalised words of its name before it: "TarsAir" of
// "TarsAir's chief executive", "Nordic Energy Agency" of "the Nordic
// Energy Agency's programme", "Vesk" of "Vesk's defence ministry"; ""
// when the possessor is a person of the story, or there is none.
func (s *Story) bodyOwner(role string) string {
	words := strings.Fields(strings.ReplaceAll(role, "’", "'"))
	for i, w := range words {
		owner, ok := cutPossessive(w) // "TarsAir's", "Partners'"
		if ok && startsUpper(owner) {
			if _, person := s.people[s.PersonKey(owner)]; !person || officersOf(words[i+1:]) || s.statesPost(owner, words[i+1:]) {
				// "Elektra Vagon's chief executive": a company's officer
				// makes its owner a body, however like a person's its
				// name reads; so does a government's post of a state
				// ("Kestrany's fisheries minister", though "Kestrany
				// would take the dispute" read it as a person's name).
				j := i
				for j > 0 && startsUpper(words[j-1]) && !strings.HasSuffix(words[j-1], ",") && i-j < 5 {
					j--
				}
				return strings.Join(append(slices.Clone(words[j:i]), owner), " ")
			}
		}
	}
	return ""
}

// statesPost reports words after an owner's possessive that open with a
// government's post ("fisheries minister", "foreign ministry") when the
// owner is a state of the story: no person owns a minister.
func (s *Story) statesPost(owner string, words []string) bool {
	return len(words) > 0 && hasWord(strings.Join(words[:min(2, len(words))], " "), governmentWords) && s.storyState(owner, false)
}

// officersOf reports words that open with a company officer's title
// ("chief executive", "chairman", "board"): no person has one.
func officersOf(words []string) bool {
	rest := " " + attrib.Fold(strings.Join(words, " ")) + " "
	for _, t := range officerTitles {
		if strings.HasPrefix(rest, " "+t+" ") {
			return true
		}
	}
	return false
}

// officerTitles are corporateTitles a person's name never takes under
// its possessive ("Musk's founder" is no phrase; "the chair" may be a
// committee's), and a company's board and shareholders.
var officerTitles = append(slices.DeleteFunc(slices.Clone(corporateTitles), func(t string) bool {
	return t == "founder" || t == "co-founder" || t == "chair"
}), "board", "shareholders")

// roleBody finds in a role a body the story does not name ("Board chair
// Gwen Halloway"), unless it belongs to another ("the parliament's
// committee").
func (s *Story) roleBody(role string) string {
	if strings.Contains(strings.ReplaceAll(role, "’", "'"), "'s ") {
		return ""
	}
	for _, w := range strings.Fields(attrib.Fold(role)) {
		w = strings.Trim(w, ",.'s")
		if companyNouns[w] {
			if c := s.storyCompany(); c != "" {
				return c // "a spokeswoman for the company", the story's one company
			}
		}
		if p := s.unnamedBody(w); p != "" {
			return p
		}
	}
	return ""
}

// placeIn finds a country, body or person's side named by the words of s:
// "Kremlin", "U.S.", "Russian", "NATO", a demonym of a country the story
// names ("Kestrian" for Kestria), or "Putin's".
func (s *Story) placeIn(text string, depth int) string {
	words := strings.Fields(commaSpaceQuotes.Replace(withoutRegions(text)))
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			phrase := strings.Join(words[i:i+n], " ")
			bare := strings.TrimSuffix(phrase, "'s")
			if !startsUpper(bare) || n == 1 && s.demonymOfGroup(words, i) {
				continue // "Afghan Taliban": the Taliban, not Afghanistan
			}
			if p, ok := Lookup(bare); ok {
				return p.Name
			}
			if n == 1 {
				if s.country[bare] {
					return bare // "Varenia's defence ministry"
				}
				if c := s.demonymOf(bare); c != "" {
					return c
				}
				if bare != phrase && depth < 2 { // "Putin's adviser": Putin's side
					if p, ok := s.people[s.PersonKey(bare)]; ok {
						if side := s.roleParty(currentPosts(p.Role), depth+1); side != "" {
							return side
						}
					}
				}
			}
		}
	}
	return ""
}

// demonymOf returns the place a demonym stands for among the capitalised
// words of the story: Kestrian -> Kestria, Moldaran -> Moldara,
// Tarnlandic and Tarnlander -> Tarnland.
func (s *Story) demonymOf(word string) string {
	f := attrib.Fold(word)
	for _, suf := range []string{"n", "an", "ian", "ese", "i", "ish", "ic", "er"} {
		if (suf == "ic" || suf == "er") && !strings.HasSuffix(strings.TrimSuffix(f, suf), "land") {
			continue // "Icelandic", "Icelander"; not "Arabic"
		}
		if stem, ok := strings.CutSuffix(f, suf); ok && len(stem) >= 4 {
			for _, cand := range []string{stem, stem + "a", stem + "e", stem + "ia", stem + "y"} { // "Korvanian" of Korvany, as "Italian" of Italy
				if w, ok := s.capital[cand]; ok && cand != f {
					if _, person := s.people[cand]; !person {
						return w
					}
				}
			}
		}
	}
	return ""
}

// org returns the story's organisation that text names: by its full name,
// its initials ("MEC"), its short name (the name without the words that
// say its kind: "Tessaro" for Tessaro Holdings, "Korvel Dockworkers" for
// the Korvel Dockworkers' Union) or its head noun written as a name ("the
// Alliance"); the best-covered name wins. One word the name holds is no
// alias: "House" in a role is not the House Financial Services Committee.
func (s *Story) org(text string) string {
	f := " " + bareOrg.Replace(attrib.Fold(text)) + " "
	best, bestScore := "", 0
	for _, o := range s.orgs {
		of := s.orgForm(o)
		words := of.words
		score := 0
		switch {
		case strings.Contains(f, of.full):
			score = 100 + len(words)
		case len(words) > 1 && (strings.Contains(f, of.initials) || strings.Contains(f, of.hyphenInitials) || s.definedIn(f, o)):
			score = 50
		case of.short != "" && strings.Contains(f, of.shortWord) && startsUpperIn(text, of.shortWords[0]):
			score = 10 + len(of.shortWords)
		case len(words) > 1 && isGenericWord(words[len(words)-1]) && strings.Contains(f, " "+words[len(words)-1]+" ") &&
			startsUpperIn(text, words[len(words)-1]) && !inOtherName(text, words[len(words)-1]):
			score = 1 // "the Alliance", not "House" for the White House
		}
		if score > bestScore || score == bestScore && score > 0 && len(o) > len(best) {
			best, bestScore = o, score
		}
	}
	return strings.TrimPrefix(best, "The ")
}

// inOtherName reports a generic word ("Association") that the text
// writes only at the end of another capitalised name ("Teachers
// Association President"): that is another body's name, not a short one
// for the story's.
func inOtherName(text, generic string) bool {
	words := strings.Fields(text)
	for i, w := range words {
		if attrib.Fold(strings.Trim(w, ",.;:")) != generic {
			continue
		}
		if i == 0 || !startsUpper(words[i-1]) || strings.EqualFold(words[i-1], "the") {
			return false
		}
	}
	return true
}

// orgForm is what org looks for in a text for one organisation of the
// story, each as a word between spaces.
type orgForm struct {
	full           string   // its folded name, without "the" or an apostrophe (bareOrg)
	words          []string // the words of that name
	initials       string   // the initials of those words
	hyphenInitials string   // the same with hyphenated words parted
	short          string   // its short name (shortName), or ""
	shortWord      string   // the short name as a word
	shortWords     []string // the words of the short name
	// named and namedWords are the full name and its number of words
	// for namedOrg, which also drops a curly apostrophe (bareOrgCurly).
	named      string
	namedWords int
}

// orgForm returns the forms of organisation o, worked out the first
// time: org and namedOrg compare every text a story names a body by, and
// every role, with every organisation of the story.
func (s *Story) orgForm(o string) *orgForm {
	if of, ok := s.orgForms[o]; ok {
		return of
	}
	fo := bareOrg.Replace(attrib.Fold(o)) // "National Exporters' Association": "exporters"
	words := strings.Fields(fo)
	of := &orgForm{full: " " + fo + " ", words: words, short: shortName(words)}
	named := bareOrgCurly.Replace(attrib.Fold(o))
	of.named, of.namedWords = " "+named+" ", len(strings.Fields(named))
	if len(words) > 1 {
		of.initials = " " + initials(words) + " "
		of.hyphenInitials = " " + initials(hyphenParts(words)) + " "
	}
	if of.short != "" {
		of.shortWord = " " + of.short + " "
		of.shortWords = strings.Fields(of.short)
	}
	if s.orgForms == nil {
		s.orgForms = map[string]*orgForm{}
	}
	s.orgForms[o] = of
	return of
}

// shortName is an organisation's name (folded words) without the words
// that say its kind ("holdings", "union", "group"), or "" when that
// leaves the whole name or nothing distinctive.
func shortName(words []string) string {
	n := len(words)
	for n > 0 && (isGenericWord(words[n-1]) || companySuffixes[words[n-1]]) {
		n--
	}
	if n == 0 || n == len(words) || lex.IsStop(words[0]) || isGenericWord(words[0]) {
		return ""
	}
	return strings.Join(words[:n], " ")
}

// namedOrg returns the story's organisation that text names in full or by
// its initials, which outranks a place its name holds.
func (s *Story) namedOrg(text string) string {
	f := " " + bareOrgCurly.Replace(attrib.Fold(text)) + " "
	best := ""
	for _, o := range s.orgs {
		of := s.orgForm(o)
		if of.namedWords < 2 {
			continue
		}
		if (strings.Contains(f, of.named) || ownerForDemonym(text, o)) && len(o) > len(best) {
			best = o
		}
	}
	return strings.TrimPrefix(best, "The ")
}

// ownerForDemonym reports a body written with its state's possessive
// where its name opens with the state's demonym: "Lestria's competition
// authority" is the Lestrian Competition Authority.
func ownerForDemonym(text, org string) bool {
	t, o := strings.Fields(attrib.Fold(text)), strings.Fields(attrib.Fold(trimThe(org)))
	if len(t) < 2 || len(t) != len(o) || !slices.Equal(t[1:], o[1:]) {
		return false
	}
	owner, ok := strings.CutSuffix(t[0], "'s")
	if !ok || len(owner) < 4 {
		return false
	}
	rest, ok := strings.CutPrefix(o[0], owner)
	return ok && (rest == "n" || rest == "an" || rest == "ian" || rest == "ese" || rest == "i" || rest == "ish")
}

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w != "of" && w != "and" && w != "&" && w != "the" {
			b.WriteString(w[:1])
		}
	}
	return b.String()
}

// startsUpperIn reports whether word (folded) is capitalised in text.
func startsUpperIn(text, word string) bool {
	for _, w := range strings.Fields(text) {
		if attrib.Fold(strings.Trim(w, ",.")) == word {
			return startsUpper(w)
		}
	}
	return false
}

func isProperName(s string) bool {
	s = strings.TrimPrefix(s, "the ")
	return startsUpper(s)
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// Replacers shared by every call (a Replacer is safe for concurrent use,
// and building one per call cost more than the replacing).
var (
	commaDotSpaces   = strings.NewReplacer(",", " ", ".", " ")
	commaSpaceQuotes = strings.NewReplacer(",", " ", "’", "'")
	bareOrg          = strings.NewReplacer("'s", "", "'", "", ",", " ")
	bareOrgCurly     = strings.NewReplacer("'s", "", "'", "", "’s", "", "’", "", ",", " ")
)
