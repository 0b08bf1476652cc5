package parties

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// genericOrg returns the story's organisation that a common noun stands
// for: one introduced by that noun ("the campaign group Fair Fares" for
// "the group"), else one whose name says its kind ("the union" for the
// Korvel Dockworkers' Union).
func (s *Story) genericOrg(noun string) string {
	var kinded []string
	for _, o := range s.orgs {
		if s.kinds[o] == noun {
			kinded = append(kinded, o)
		}
	}
	if len(kinded) == 1 {
		return strings.TrimPrefix(kinded[0], "The ")
	}
	orgs := s.orgs
	if len(s.commenting) > 0 {
		orgs = slices.DeleteFunc(slices.Clone(orgs), func(o string) bool { return s.commenting[attrib.Fold(o)] })
	}
	if o := attrib.GenericOrg(noun, orgs); o != "" {
		return strings.TrimPrefix(o, "The ")
	}
	if noun == "company" || noun == "firm" {
		// "the company's chief executive" where the one business of the
		// story is named by its trade ("Kestrel Biopharma").
		var firms []string
		for _, o := range s.orgs {
			if f := strings.Fields(attrib.Fold(o)); len(f) > 1 && attrib.IsFirmTrade(f[len(f)-1]) && !attrib.PublicBodyName(o) {
				firms = append(firms, o)
			}
		}
		if len(firms) == 1 {
			return strings.TrimPrefix(firms[0], "The ")
		}
	}
	return s.namedService(noun)
}

// namedService returns the one organisation of the story whose name holds
// a word of the state's service a common noun stands for ("police" for
// the Halvern Police Department, "prosecutors" for the Vesk Public
// Prosecution Service), or "" when the story names none or several.
func (s *Story) namedService(noun string) string {
	words := serviceNames[noun]
	found := ""
	for _, o := range s.orgs {
		if !slices.ContainsFunc(strings.Fields(attrib.Fold(o)), func(w string) bool { return slices.Contains(words, w) }) {
			continue
		}
		if MembersBody(o) {
			continue // "the Kelvor Police Federation": the officers' union, not the police
		}
		if found != "" {
			return "" // two: which is not said
		}
		found = o
	}
	return trimThe(found)
}

// placedService returns the side of the one place the texts name before a
// state's service in lower case ("Hong Kong police", "the Lisbon
// prosecutors"), and that phrase, or "": "police said" is that place's
// police, as the qualified form is, not a side of their own beside it.
// Two places ("Lisbon police", "Porto police") leave it unsaid.
func (s *Story) placedService(noun string) (side, phrase string) {
	found := remember(&s.byName.placed, noun, func(noun string) [2]string {
		side, phrase := s.findPlacedService(noun)
		return [2]string{side, phrase}
	})
	return found[0], found[1]
}

// findPlacedService is placedService, read from the texts.
func (s *Story) findPlacedService(noun string) (side, phrase string) {
	for _, text := range s.texts {
		toks := lex.Tokens(text)
		for i, t := range toks {
			if t.Text != noun {
				continue
			}
			j := i
			for j > 0 && i-j < 3 && isCapital(toks[j-1].Text) {
				j--
			}
			if j == i {
				continue
			}
			words := make([]string, 0, i-j+1)
			for _, w := range toks[j : i+1] {
				words = append(words, w.Text)
			}
			p := s.placeIn(strings.Join(words, " "), 0)
			if !s.valid(p) {
				continue
			}
			if side != "" && side != p {
				return "", "" // two: which is not said
			}
			side, phrase = p, strings.Join(words, " ")
		}
	}
	return side, phrase
}

// servicePlace returns the side of a state's service the speaker names
// by its common noun alone ("police said"), when the texts put one place
// before that noun (placedService), with the evidence.
func (s *Story) servicePlace(name string) (side, evidence string) {
	w := serviceWord(name)
	if w == "" {
		return "", ""
	}
	p, phrase := s.placedService(w)
	if p == "" {
		return "", ""
	}
	return p, "the unnamed " + strconvQuote(name) + " are the story's " + strconvQuote(phrase) + ", of " + strconvQuote(p)
}

// isCapital reports a word written with a capital first letter.
func isCapital(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// kindWord is a word of a role read as a kind of body: without its
// punctuation and possessive ("the union's leader": "union"). A plural
// stays plural: "unions", "teachers unions" are many bodies, never the
// story's one union.
func kindWord(w string) string {
	w = strings.Trim(w, ",.")
	if stem, ok := strings.CutSuffix(w, "'s"); ok {
		return stem
	}
	return strings.TrimSuffix(w, "'")
}

// inName reports a capitalised word after another capitalised one
// (not "The"): the end of a name ("We Company's", "Vell Teachers
// Association"), not a kind of body standing for the story's one.
func inName(words []string, i int) bool {
	return i > 0 && startsUpper(words[i]) && startsUpper(words[i-1]) && !strings.EqualFold(words[i-1], "the")
}

// unnamedBody names a body the story refers to only by a common noun, as
// the texts most often write it: "Brindlemoor school board" from
// "Brindlemoor's school board" and "the school board".
func (s *Story) unnamedBody(noun string) string {
	if !institutions[noun] {
		return ""
	}
	if s.bodies == nil {
		s.bodies = s.bodyUses()
	}
	u := s.bodies[noun]
	if u == nil {
		u = &bodyUse{} // the texts never write it after a word
	}
	best, n := "", 0
	keys := make([]string, 0, len(u.mods))
	for k := range u.mods {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k != "" && u.mods[k] > n {
			best, n = k, u.mods[k]
		}
	}
	name := strings.TrimSpace(best + " " + noun)
	if o := u.owner[best]; o != "" {
		name = o + " " + name
	}
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:] // a body's name: "Brindlemoor School Board"
	}
	return strings.Join(words, " ")
}

// bodyUse is how the texts write one noun of a body: how often after each
// modifier ("" for none), and the capitalised owner last written before
// each modifier ("Linden Bay" of "Linden Bay's city council").
type bodyUse struct {
	mods  map[string]int
	owner map[string]string
}

// bodyUses reads the texts once for the uses of every noun of a body
// (institutions), for unnamedBody.
func (s *Story) bodyUses() map[string]*bodyUse {
	uses := map[string]*bodyUse{}
	for _, t := range s.texts {
		words, lower := bodyWords(t)
		for i := range words {
			if i == 0 || !institutions[lower[i]] {
				continue
			}
			mod := words[i-1]
			if mod == "|" {
				continue // the noun opens a sentence
			}
			u := uses[lower[i]]
			if u == nil {
				u = &bodyUse{mods: map[string]int{}, owner: map[string]string{}}
				uses[lower[i]] = u
			}
			if !isModifier(mod) {
				u.mods[""]++
				continue
			}
			u.mods[mod]++
			if i >= 2 {
				// "Linden Bay's city council": the capitalised owner, whole.
				if o, ok := strings.CutSuffix(strings.ReplaceAll(words[i-2], "’", "'"), "'s"); ok && startsUpper(o) {
					for j := i - 3; j >= 0 && i-j < 6 && startsUpper(words[j]); j-- {
						o = words[j] + " " + o
					}
					u.owner[mod] = o
				}
			}
		}
	}
	return uses
}

// sentenceEnds marks the ends of sentences and lines as a word of their own.
var sentenceEnds = strings.NewReplacer(". ", " | ", "? ", " | ", "! ", " | ", "\n", " | ",
	// Nor does a modifier cross a comma, a quotation mark or a bracket:
	// `nothing to do with the conflict," ministry spokeswoman` holds no
	// "conflict ministry".
	",", " | ", ";", " | ", ":", " | ", "\"", " | ", "“", " | ", "”", " | ", "(", " | ", ")", " | ",
	"—", " | ", "–", " | ")

// isModifier reports a lower-case word that narrows a body's noun ("school"
// in "school board"), not a determiner or a verb's object marker.
func isModifier(w string) bool {
	if w == "" || !unicode.IsLower([]rune(w)[0]) || strings.ContainsAny(w, "'’") || lex.IsEpithet(w) {
		return false // not "the fiery union"
	}
	if attrib.IsCue(w) || strings.HasSuffix(w, "ed") && lex.StanceOf(w) != lex.NoStance {
		return false // "Pirelli accused union officials", "told union members": a verb and its object
	}
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "whole", "entire", "said",
		"seven-member", "five-member", "nine-member", "new", "local", "town's", "city's":
		return false
	}
	return !strings.HasSuffix(w, "-member")
}

// representedGroups are the groups of people a lawyer or spokesperson may
// act for, who are a side of their own: never the side of a body or
// person they are the victims, customers or accusers of.
const representedGroups = `families|residents|victims|parents|passengers|tenants|patients|survivors|farmers|pupils|shareholders|customers|owners|accusers|plaintiffs|relatives|creditors|investors|employees|workers`

// representedRe finds the people a lawyer or spokesperson acts for.
var representedRe = lazyRegexp(`(?i)\b(?:lawyer|attorney|solicitor|counsel|spokesperson|spokesman|spokeswoman|representative)s?\b.*\b(?:representing|for|of)\s+(?:the\s+|some\s+|several\s+|many\s+|[\w'’]+\s+)?(` + representedGroups + `)\b`)

// possessedGroupRe finds a principal that is a group of someone's:
// "Vesper's accusers", "the airline's passengers".
var possessedGroupRe = lazyRegexp(`(?i)^(?:(?:some|many|several|most|all|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d+)\s+of\s+)?(?:the\s+)?((.+?)(?:'s|’s|')\s+(?:\w+\s+)?(` + representedGroups + `))$`)

// possessedGroup returns the side of a principal that is a group of
// someone's ("Vesper's accusers" for "representing Vesper's accusers"):
// the group, named with its possessor, or "".
func possessedGroup(principal string) string {
	m := possessedGroupRe().FindStringSubmatch(strings.Trim(principal, ",. "))
	if m == nil {
		return ""
	}
	return m[1]
}

// represented returns the group a role acts for ("Families" for "a lawyer
// representing seven families").
func represented(role string) string {
	if !mayRepresented(role) {
		return ""
	}
	m := representedRe().FindStringSubmatch(role)
	if m == nil {
		return ""
	}
	g := strings.ToLower(m[1])
	return strings.ToUpper(g[:1]) + g[1:]
}

// companyOf returns the company an unqualified corporate title belongs
// to ("chief executive", "the company's chairman"): the story's one
// company, when the story names exactly one. A title that names its own
// company ("Acme chief executive") is read elsewhere.
func (s *Story) companyOf(role string) string {
	if !s.unqualifiedCorporate(role) {
		return ""
	}
	return s.storyCompany()
}

// unqualifiedCorporate reports a corporate title that names no company
// of its own ("Chief executive", not "Tesla CEO").
func (s *Story) unqualifiedCorporate(role string) bool {
	if !hasWord(role, corporateTitles) {
		return false
	}
	for _, w := range strings.Fields(role) {
		if startsUpper(w) && !corporateTitleWords[attrib.Fold(strings.Trim(w, ",."))] {
			return false // "Tesla CEO": a company of its own, read by its name or not at all
		}
	}
	return !namesOwnCompany(role)
}

// namesOwnCompany reports a title whose company is named after "of" or
// "at" by a word that is no kind of body, whatever its case: "founder of
// eTarn" names eTarn; "chief executive of the company" names none.
func namesOwnCompany(role string) bool {
	f := strings.Fields(attrib.Fold(role))
	for i := len(f) - 2; i >= 0; i-- {
		if f[i] != "of" && f[i] != "at" {
			continue
		}
		rest := f[i+1:]
		for len(rest) > 0 && (rest[0] == "the" || rest[0] == "a" || rest[0] == "an" || rest[0] == "its") {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return false
		}
		w := strings.Trim(rest[0], ",.")
		return !isGenericWord(w) && !lex.IsStop(w) && !corporateTitleWords[w] && !companyNouns[w]
	}
	return false
}

// storyCompany returns the company the story is about: its one company,
// or of several the one the texts name at least twice as often as any
// other ("the company" in a story of a utility's fire that an insurer's
// claims follow), else "": whose is not said.
func (s *Story) storyCompany() string {
	var companies []string
	for _, o := range s.orgs {
		if s.isCompany(o) {
			companies = append(companies, o)
		}
	}
	switch len(companies) {
	case 0:
		return ""
	case 1:
		return strings.TrimPrefix(companies[0], "The ")
	}
	best, n, second := "", 0, 0
	for _, o := range companies {
		c := 0
		for _, t := range s.texts {
			c += strings.Count(t, trimThe(o))
		}
		switch {
		case c > n:
			best, n, second = o, c, n
		case c > second:
			second = c
		}
	}
	if n < 2*second {
		return ""
	}
	return strings.TrimPrefix(best, "The ")
}

// isCompany reports an organisation the story introduces as a company or
// whose name ends in a company's suffix ("Marisca Line Ltd").
func (s *Story) isCompany(o string) bool {
	f := strings.Fields(attrib.Fold(o))
	if s.commenting[attrib.Fold(o)] || attrib.PublicBodyName(o) && !(len(f) == 2 && shippingHeads[f[1]]) {
		return false // a brokerage whose analysts comment; the "Ministry of Mines and Energy"; not "Skerrow Line"
	}
	if companyNouns[s.kinds[o]] {
		return true
	}
	if len(f) < 2 || !companySuffixes[f[len(f)-1]] {
		return false
	}
	// "Brennholt Residents' Action Group": a group named by its members
	// is no company.
	return !slices.ContainsFunc(f[1:len(f)-1], func(w string) bool { return strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s's") })
}

// storyUnion returns the union the story is about: its one organisation
// introduced as a union or named so ("Korvel Dockworkers' Union", "the
// actors' guild"), or "" when it names none or several.
func (s *Story) storyUnion() string {
	found := ""
	for _, o := range s.orgs {
		f := strings.Fields(attrib.Fold(o))
		if !unionNouns[s.kinds[o]] && (len(f) == 0 || !unionNouns[f[len(f)-1]]) {
			continue
		}
		if found != "" {
			return ""
		}
		found = o
	}
	return trimThe(found)
}

// storyArmedGroup returns the one armed group the story names (a name
// whose head is an armed group's: "Crimson Ridge Brigades", "Tesna
// Militia"), or "" when it names none or several.
func (s *Story) storyArmedGroup() string {
	found := ""
	for _, o := range s.orgs {
		f := strings.Fields(attrib.Fold(o))
		if len(f) < 2 || !armedHeads[f[len(f)-1]] {
			continue
		}
		if found != "" {
			return ""
		}
		found = o
	}
	return trimThe(found)
}

// shippingHeads end the names of shipping firms, which the names of
// public services end in too ("the Northern Line"): a name of two words,
// a name and its head ("Skerrow Line", "Nordvik Tankers"), is a firm's.
var shippingHeads = map[string]bool{"line": true, "lines": true, "tankers": true}
