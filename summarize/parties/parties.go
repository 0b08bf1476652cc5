package parties

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
)

// Story is what a story's articles name, to find the side each speaker
// speaks for.
type Story struct {
	home    string                     // the country the story happens in, when it says
	orgs    []string                   // organisation names, longest form first per first word
	kinds   map[string]string          // organisation -> the common noun that introduced it
	texts   []string                   // the articles' texts, for the words of unnamed bodies
	people  map[string]*attrib.Speaker // person key -> merged person
	capital map[string]string          // folded capitalised word of the texts -> as written
	country map[string]bool            // places outside the gazetteer that a demonym names (Kestria)
}

// NewStory gathers the organisations, people and capitalised words of a
// story's articles.
func NewStory(analyses []attrib.Analysis, texts []string) *Story {
	s := &Story{people: map[string]*attrib.Speaker{}, capital: map[string]string{}, country: map[string]bool{},
		kinds: map[string]string{}, texts: texts}
	seen := map[string]bool{}
	for _, a := range analyses {
		for _, o := range a.Orgs {
			if !seen[attrib.Fold(o)] {
				seen[attrib.Fold(o)] = true
				s.orgs = append(s.orgs, o)
			}
		}
		for o, k := range a.OrgKinds {
			s.kinds[o] = k
		}
	}
	// A capitalised body that speaks is an organisation ("Marisca Line
	// said"), unless it is a place, an office or a short form of one
	// already known ("Halvard" for Halvard Power Systems).
	for _, a := range analyses {
		for _, st := range a.Statements {
			name := st.Speaker.Name
			if st.Speaker.Kind != attrib.Body || !isProperName(name) || seen[attrib.Fold(name)] || office(name) != "" {
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
	var words []string
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if r := []rune(w); len(r) > 2 && unicode.IsUpper(r[0]) {
				s.capital[attrib.Fold(w)] = w
				words = append(words, w)
			}
		}
	}
	for _, a := range analyses {
		for _, p := range a.People {
			s.addPerson(p)
		}
	}
	// Count the countries the texts name, a demonym for the country it
	// stands for when the story names that country ("Kestrian" and
	// "Kestria" are one), else for its government.
	count := map[string]int{}
	for _, w := range words {
		switch p, ok := Lookup(w); {
		case ok:
			count[p.Name]++
		case s.demonymOf(w) != "":
			c := s.demonymOf(w)
			s.country[c] = true
			count[c]++
		case isDemonymShape(w):
			count[w+" government"]++
		}
	}
	// The story's country: one that the texts name at least three times as
	// often as any other.
	best, second := 0, 0
	for _, k := range sortedKeys(count) {
		switch n := count[k]; {
		case n > best:
			s.home, best, second = k, n, best
		case n > second:
			second = n
		}
	}
	if best < 3*second {
		s.home = ""
	}
	return s
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

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// isDemonymShape reports a capitalised adjective of origin not in the
// gazetteer ("Tarsian").
func isDemonymShape(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// governmentWords mark a role in a national government.
var governmentWords = []string{"minister", "ministry", "government", "cabinet", "chancellor", "premier"}

// addPerson merges a person into the story's people: one person however
// the outlets spell the name (Zelenskyy, Zelensky; Yury, Yuri).
func (s *Story) addPerson(p attrib.Speaker) *attrib.Speaker {
	key := s.PersonKey(p.Name)
	if q, ok := s.people[key]; ok {
		if len(strings.Fields(p.Name)) > len(strings.Fields(q.Name)) {
			q.Name = p.Name
		}
		// Keep the role that says whose side the person is on.
		if p.Role != "" && (q.Role == "" || s.roleParty(q.Role, 0) == "" && s.roleParty(p.Role, 0) != "") {
			q.Role = p.Role
		}
		return q
	}
	cp := p
	s.people[key] = &cp
	return &cp
}

// PersonKey is the key of a person's name in the story: the folded
// surname, or the surname of a person already known whose surname is
// spelled nearly the same.
func (s *Story) PersonKey(name string) string {
	f := strings.Fields(attrib.Fold(name))
	if len(f) == 0 {
		return ""
	}
	sur := strings.TrimSuffix(f[len(f)-1], "'s")
	if _, ok := s.people[sur]; ok {
		return sur
	}
	keys := make([]string, 0, len(s.people))
	for k := range s.people {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if similarName(k, sur) {
			return k
		}
	}
	return sur
}

// similarName reports two spellings of one surname: a small edit distance
// for their length.
func similarName(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 || ra[0] != rb[0] {
		return false
	}
	d := editDistance(ra, rb)
	return d <= 1 || d <= 2 && min(len(ra), len(rb)) >= 7
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Person returns the story's merged record of a person.
func (s *Story) Person(name string) (attrib.Speaker, bool) {
	p, ok := s.people[s.PersonKey(name)]
	if !ok {
		return attrib.Speaker{}, false
	}
	return *p, true
}

// Canonical returns the speaker as the story knows it: a person under the
// fullest spelling of their name with their role, and a single word that
// is a known person's surname ("Trump said") as that person.
func (s *Story) Canonical(sp attrib.Speaker) attrib.Speaker {
	if sp.Kind == attrib.Person || sp.Kind == attrib.Body && !strings.Contains(sp.Name, " ") {
		if p, ok := s.people[s.PersonKey(sp.Name)]; ok && (sp.Kind == attrib.Person || s.PersonKey(sp.Name) == attrib.Fold(sp.Name)) {
			out := *p
			if out.Role == "" {
				out.Role = sp.Role
			}
			return out
		}
	}
	return sp
}

// isCommentator reports words for a person or body that comments on a
// story rather than takes a side in it: an analyst, a professor, or a
// seat of learning by its head noun ("Carrow Business School", "the
// Institute of Fiscal Studies", not "Save Our Schools" or "the school
// board").
func isCommentator(text string) bool {
	if hasWord(text, commentators) {
		return true
	}
	words := strings.Fields(attrib.Fold(strings.NewReplacer(",", " ", ".", " ").Replace(text)))
	for i, w := range words {
		if !academies[w] {
			continue
		}
		if i == len(words)-1 || words[i+1] == "of" {
			return true
		}
	}
	return false
}

// academies are the head nouns of seats of learning and research.
var academies = map[string]bool{"university": true, "institute": true, "college": true, "school": true}

// commentators are words for people and bodies that comment on a story
// rather than take a side in it.
var commentators = []string{"think tank", "analyst",
	"economist", "professor", "expert", "researcher", "observer", "academic", "consultancy", "lecturer"}

// outletWords end the names of news outlets, which report and are no side.
var outletWords = []string{"post", "times", "news", "herald", "journal", "tribune", "gazette", "reuters",
	"wire", "daily", "ledger", "chronicle", "telegraph", "guardian", "express", "press", "review",
	"television", "tv", "radio", "broadcasting"}

// offices are one-person offices whose holder speaks for the office
// ("Mayor Priya Raman"); City Hall is the mayor's office.
var offices = map[string]string{"mayor": "Mayor's Office", "city hall": "Mayor's Office",
	"governor": "Governor's Office", "deputy mayor": "Mayor's Office"}

func hasWord(text string, words []string) bool {
	f := " " + attrib.Fold(text) + " "
	for _, w := range words {
		if strings.Contains(f, " "+w+" ") || strings.Contains(f, " "+w+"s ") {
			return true
		}
	}
	return false
}

func isOutlet(name string) bool {
	f := strings.Fields(attrib.Fold(name))
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if last == "agency" { // a news agency, not an environment agency
		return f[len(f)-2] == "news" || f[len(f)-2] == "press"
	}
	for _, w := range outletWords {
		if last == w {
			return true
		}
	}
	return false
}

// office returns the office a role or body name holds, if any.
func office(text string) string {
	f := " " + attrib.Fold(text) + " "
	for _, k := range []string{"deputy mayor", "city hall", "mayor", "governor"} {
		if strings.Contains(f, " "+k+" ") || strings.Contains(f, " "+k+"'s ") {
			return offices[k]
		}
	}
	return ""
}

// PartyOf names the side a speaker speaks for, or "" when the text does
// not say: a country or body named by the speaker's words or role
// ("Kremlin aide", "U.S. officials", "Foreign Minister of Moldara", "her
// Kestrian counterpart"), the side of a person the role belongs to
// ("Putin's adviser"), or the organisation the speaker is or speaks for.
func (s *Story) PartyOf(sp attrib.Speaker) string {
	p := s.partyOf(sp)
	if isCommentator(p) || isOutlet(p) {
		return ""
	}
	return p
}

func (s *Story) partyOf(sp attrib.Speaker) string {
	own := sp.Role
	sp = s.Canonical(sp)
	if isCommentator(sp.Name+" "+sp.Role) || isOutlet(sp.Name) {
		return ""
	}
	switch sp.Kind {
	case attrib.Person:
		// The role this statement gives, then the role the story gives
		// the person; only then the story's country for a minister whose
		// roles name none.
		// An organisation any of the person's roles names in full is the
		// side they speak for ("the Dornavan steelworkers' leader" is the
		// Dornavan Steelworkers' Union's general secretary, not Dornava).
		for _, role := range []string{own, sp.Role} {
			if o := s.namedOrg(role); o != "" {
				return o
			}
		}
		for _, role := range []string{own, sp.Role} {
			if p := s.roleParty(role, 0); p != "" {
				return p
			}
		}
		if s.home != "" && hasWord(own+" "+sp.Role, governmentWords) {
			return s.home
		}
		if p := s.roleBody(own); p != "" {
			return p
		}
		return s.roleBody(sp.Role)
	default:
		if o := s.namedOrg(sp.Name); o != "" {
			return o // "the Dornavan Steelworkers' Union": the union, not Dornava
		}
		if p := s.placeIn(sp.Name, 0); p != "" {
			return p
		}
		if o := office(sp.Name); o != "" {
			return o
		}
		if o := s.org(sp.Name); o != "" {
			return o
		}
		if sp.Generic != "" {
			if o := s.genericOrg(sp.Generic); o != "" {
				return o
			}
			if hasWord(sp.Name, governmentWords) && s.home != "" {
				return s.home // "the ministry said"
			}
			// "Officials at the authority": the body the words name.
			if p := s.roleParty(sp.Name, 0); p != "" {
				return p
			}
			return s.unnamedBody(sp.Generic)
		}
		if sp.Kind == attrib.Body && isProperName(sp.Name) {
			return sp.Name
		}
		if p := s.roleParty(sp.Role, 0); p != "" {
			return p
		}
		return s.roleBody(sp.Role)
	}
}

// roleParty finds the side in a role: a place, a person's side, an
// organisation, in that order.
func (s *Story) roleParty(role string, depth int) string {
	if role == "" || depth > 2 {
		return ""
	}
	if o := s.namedOrg(role); o != "" {
		return o // "general secretary of the Dornavan Steelworkers' Union"
	}
	if p := s.placeIn(role, depth); p != "" {
		return p
	}
	if o := office(role); o != "" {
		return o
	}
	if o := s.org(role); o != "" {
		return o
	}
	for _, w := range strings.Fields(attrib.Fold(role)) {
		if o := s.genericOrg(strings.Trim(w, ",.'s")); o != "" {
			return o
		}
	}
	if p := represented(role); p != "" {
		return p // "a lawyer representing seven families"
	}
	if i := strings.LastIndex(strings.ToLower(role), " of "); i >= 0 {
		if w := strings.TrimSpace(role[i+4:]); isProperName(w) {
			return strings.TrimPrefix(w, "the ")
		}
	}
	// "TarsAir's chief executive": the body the role belongs to.
	for _, w := range strings.Fields(role) {
		w = strings.ReplaceAll(w, "’", "'")
		owner, ok := strings.CutSuffix(w, "'s")
		if !ok {
			owner, ok = strings.CutSuffix(w, "'") // "Partners' founder"
		}
		if ok && startsUpper(owner) {
			if _, person := s.people[s.PersonKey(owner)]; !person {
				return owner
			}
		}
	}
	return ""
}

// roleBody finds in a role a body the story does not name ("Board chair
// Gwen Halloway"), unless it belongs to another ("the parliament's
// committee").
func (s *Story) roleBody(role string) string {
	if strings.Contains(strings.ReplaceAll(role, "’", "'"), "'s ") {
		return ""
	}
	for _, w := range strings.Fields(attrib.Fold(role)) {
		if p := s.unnamedBody(strings.Trim(w, ",.'s")); p != "" {
			return p
		}
	}
	return ""
}

// placeIn finds a country, body or person's side named by the words of s:
// "Kremlin", "U.S.", "Russian", "NATO", a demonym of a country the story
// names ("Kestrian" for Kestria), or "Putin's".
func (s *Story) placeIn(text string, depth int) string {
	words := strings.Fields(strings.NewReplacer(",", " ", "’", "'").Replace(text))
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			phrase := strings.Join(words[i:i+n], " ")
			bare := strings.TrimSuffix(phrase, "'s")
			if !startsUpper(bare) {
				continue
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
						if side := s.roleParty(p.Role, depth+1); side != "" {
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
// words of the story: Kestrian -> Kestria, Moldaran -> Moldara.
func (s *Story) demonymOf(word string) string {
	f := attrib.Fold(word)
	for _, suf := range []string{"n", "an", "ian", "ese", "i", "ish"} {
		if stem, ok := strings.CutSuffix(f, suf); ok && len(stem) >= 4 {
			for _, cand := range []string{stem, stem + "a", stem + "e", stem + "ia"} {
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
// its initials ("MEC"), its first word ("Tessaro" for Tessaro Holdings) or
// its last ("the Alliance"); the best-covered name wins.
func (s *Story) org(text string) string {
	bare := strings.NewReplacer("'s", "", "'", "", ",", " ")
	f := " " + bare.Replace(attrib.Fold(text)) + " "
	best, bestScore := "", 0
	for _, o := range s.orgs {
		fo := bare.Replace(attrib.Fold(o)) // "National Exporters' Association": "exporters"
		words := strings.Fields(fo)
		score := 0
		switch {
		case strings.Contains(f, " "+fo+" "):
			score = 100 + len(words)
		case len(words) > 1 && strings.Contains(f, " "+initials(words)+" "):
			score = 50
		default:
			for _, w := range words {
				if w == "of" {
					break // "United Nurses of Carrow": the place is not the name
				}
				if len(w) > 3 && !isGenericWord(w) && strings.Contains(f, " "+w+" ") {
					score++
				}
			}
			if score == 0 && len(words) > 1 && strings.Contains(f, " "+words[len(words)-1]+" ") &&
				startsUpperIn(text, words[len(words)-1]) {
				score = 1 // "the Alliance"
			}
		}
		if score > bestScore || score == bestScore && score > 0 && len(o) > len(best) {
			best, bestScore = o, score
		}
	}
	return strings.TrimPrefix(best, "The ")
}

// namedOrg returns the story's organisation that text names in full or by
// its initials, which outranks a place its name holds.
func (s *Story) namedOrg(text string) string {
	bare := strings.NewReplacer("'s", "", "'", "", "’s", "", "’", "", ",", " ")
	f := " " + bare.Replace(attrib.Fold(text)) + " "
	best := ""
	for _, o := range s.orgs {
		fo := bare.Replace(attrib.Fold(o))
		words := strings.Fields(fo)
		if len(words) < 2 {
			continue
		}
		if strings.Contains(f, " "+fo+" ") && len(o) > len(best) {
			best = o
		}
	}
	return strings.TrimPrefix(best, "The ")
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

// isGenericWord reports words that name a kind of body, not one body.
func isGenericWord(w string) bool {
	switch w {
	case "airline", "airlines", "airport", "airports", "association", "city", "council", "group", "union", "bank", "party", "board", "trade", "health", "national",
		"united", "northern", "southern", "eastern", "western", "general", "hospital", "hospitals",
		"community", "transit", "economic", "federation", "alliance", "commission", "ministry", "partners",
		"holdings", "logistics", "company", "authority", "agency", "markets":
		return true
	}
	return false
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
