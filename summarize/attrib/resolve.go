package attrib

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns a name in lower case without accents, for matching
// spellings of one name ("Voinović", "Voinovic").
func Fold(s string) string {
	ascii, plain := true, true
	for _, r := range s {
		if r >= utf8.RuneSelf {
			ascii = false
			if !isPunctuation(r) {
				plain = false
				break
			}
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	out := s
	if !plain { // only letters and marks outside ASCII have accents to lose
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		var err error
		if out, _, err = transform.String(t, s); err != nil {
			out = s
		}
	}
	return strings.ToLower(strings.ReplaceAll(out, "’", "'"))
}

// isPunctuation reports whether r is of the General Punctuation block
// (dashes, curly quotes, ellipsis) apart from its two spaces that
// decompose: normalising leaves such a rune, and the runes about it, as
// they are.
func isPunctuation(r rune) bool { return r >= 0x2010 && r <= 0x206F }

// genericOrgs lists, for a generic noun, the heads of the organisation
// names it can stand for ("the union" for "United Nurses of Carrow").
var genericOrgs = map[string][]string{
	"union":      {"union", "nurses", "workers", "guild", "federation", "association"},
	"guild":      {"guild", "union", "nurses"},
	"company":    {"holdings", "group", "corp", "corporation", "inc", "ltd", "plc", "logistics", "foods", "motors", "airlines", "energy", "company", "partners", "capital", "industries", "systems", "technologies", "media", "services"},
	"firm":       {"holdings", "group", "corp", "corporation", "inc", "ltd", "plc", "logistics", "partners", "capital", "company"},
	"group":      {"group", "holdings"},
	"bidder":     {"holdings", "group", "capital", "partners"},
	"council":    {"council"},
	"commission": {"commission"},
	"regulator":  {"commission", "authority", "agency"},
	"authority":  {"authority"},
	"agency":     {"agency", "transit"},
	"ministry":   {"ministry"},
	"alliance":   {"alliance"},
	"bloc":       {"community", "alliance", "union"},
	"federation": {"federation"},
	"board":      {"board"},
	"trust":      {"trust", "hospitals"},
	"campaign":   {"campaign"},
	"committee":  {"committee"},
	"department": {"department"},
	"bank":       {"bank"},
	"mission":    {"mission", "observers", "monitors"},
	"staff":      {"staff", "command"},
	"airline":    {"air", "airways", "airlines"},
	"carrier":    {"air", "airways", "airlines"},
	"operator":   {"airports", "airport", "operator"},
	"carmaker":   {"motors", "motor", "cars", "automotive", "company", "group"},
	"automaker":  {"motors", "motor", "cars", "automotive", "company", "group"},
	"maker":      {"motors", "industries", "technologies", "systems", "company", "group"},
	"giant":      {"holdings", "group", "corp", "corporation", "inc", "company", "media", "technologies"},
	"studio":     {"studios", "pictures", "entertainment"},
	"treasury":   {"treasury"},
	"embassy":    {"embassy"},
	"presidency": {"presidency"},
}

// register notes the people and organisations a sentence names, with the
// roles given before or after a person's name.
func (a *article) register(sentence string) {
	toks := tokenize(sentence, quotes(sentence))
	for i := 0; i < len(toks); {
		if !toks[i].cap || toks[i].quote > 0 {
			i++
			continue
		}
		j := i
		for j < len(toks) && (toks[j].cap && !toks[j].punct && toks[j].quote == 0 ||
			isConnector(toks[j].lower) && j+1 < len(toks) && toks[j+1].cap && j > i) {
			j++
		}
		// Connectors stay only inside an organisation's name ("Competition
		// and Markets Commission", "United Nurses of Carrow").
		// "Korvel Dockworkers' Union and Selvan Port Company": two bodies.
		// A connector that opens the run ("And the union said ...") is
		// not inside a name: the cut starts after the first word, which
		// also keeps the run from being empty.
		for k := i + 1; k < j; k++ {
			// "United Nations and European Union", "Big Machine and The
			// Carlyle Group": a place or a body already named before "and"
			// is a name of its own.
			if isConnector(toks[k].lower) && (!orgHeads[toks[j-1].lower] && !orgHeads[toks[k-1].lower] ||
				toks[k].lower != "of" && orgHeads[toks[k-1].lower] ||
				toks[k].lower == "and" && (k-i >= 2 && isPlace(toks[i:k]) || a.findOrg(joinText(toks[i:k])) != "" || toks[k+1].lower == "the")) {
				j = k
				break
			}
		}
		run := toks[i:j]
		if i == 0 && len(run) > 0 && isFunctionWord(run[0].lower) {
			run = run[1:]
		}
		a.noteRun(toks, i+len(toks[i:j])-len(run), run)
		i = j
	}
}

func hasFunctionWord(run []tok) bool {
	for _, t := range run {
		switch t.lower {
		case "our", "the", "for", "your", "my", "their", "we", "no", "not", "against":
			return true
		}
	}
	return false
}

func isConnector(low string) bool { return low == "of" || low == "and" || low == "&" }

func isFunctionWord(low string) bool {
	switch low {
	case "the", "a", "an", "but", "and", "in", "on", "at", "as", "after", "before", "when", "while",
		"if", "for", "with", "despite", "however", "meanwhile", "this", "that", "his", "her", "their", "its",
		"by", "from", "until", "since", "during", "over", "through", "under":
		return true
	}
	return false
}

// noteRun registers one run of capitalised words starting at toks[at].
func (a *article) noteRun(toks []tok, at int, run []tok) {
	if len(run) == 0 {
		return
	}
	last := run[len(run)-1].lower
	isOrg := orgHeads[last]
	if ofAt := indexOf(run, "of"); ofAt > 0 && orgHeads[run[ofAt-1].lower] {
		isOrg = true // "United Nurses of Carrow"
	}
	if isOrg {
		if len(run) == 1 && a.orgKind[joinText(run)] == "" {
			return // "Union", "Hospital": a word for a kind of body, not a name
		}
		a.orgs = append(a.orgs, joinText(run))
		a.orgSent = append(a.orgSent, a.sent)
		return
	}
	// "a residents' campaign group, Fair Fares Linden Bay,": a body named
	// after the noun that introduces it, or before it ("Consumer Shield,
	// the consumer group,").
	noun := introducingNoun(toks, at)
	if end := at + len(run); noun != "" && toks[at-1].text == "," && (end >= len(toks) || toks[end].text != ",") {
		noun = "" // "Before meeting the US delegation, Putin said": no appositive
	}
	if noun == "" {
		noun = appositiveBody(toks, at+len(run))
	}
	if noun != "" {
		a.orgs = append(a.orgs, joinText(run))
		a.orgSent = append(a.orgSent, a.sent)
		a.orgKind[joinText(run)] = noun
		return
	}
	k := len(run)
	for k > 0 && len(run)-k < 3 && !roleWords[run[k-1].lower] && !titles[run[k-1].lower] {
		k--
	}
	// "Save Our Schools Brindlemoor", "Fight For Fair Rents": a name that
	// holds a capitalised function word is a body's, not a person's.
	if len(run) >= 3 && hasFunctionWord(run[1:]) {
		a.orgs = append(a.orgs, joinText(run))
		a.orgSent = append(a.orgSent, a.sent)
		return
	}
	name := run[k:]
	if len(name) >= 2 && isPlace(name) {
		a.places = append(a.places, joinText(name))
		return // "the United States", "the Red Sea": a place, not a person
	}
	if len(name) == 1 {
		// "Raman defended the plan.": a person already named, by surname.
		if p, ok := a.persons[surnameKey(name[0].text)]; ok {
			a.mentions = append(a.mentions, mention{p, a.sent, at+k == 0 || at+k == 1 && isFunctionWord(toks[0].lower)})
		}
		return
	}
	if len(name) < 2 {
		return
	}
	// "Election Day", "Monday Night", "Christmas Eve": a date is no person.
	if last := name[len(name)-1].lower; last == "day" || last == "eve" || last == "week" ||
		slices.ContainsFunc(name, func(t tok) bool { return nonNames[t.lower] }) {
		return
	}
	// "the Ford Expedition", "a Boeing Dreamliner": a determiner right
	// before two capitalised words with no title names a thing, not a
	// person.
	if k == 0 && at > 0 && (toks[at-1].lower == "the" || toks[at-1].lower == "a" || toks[at-1].lower == "an") {
		return
	}
	// The role: capitalised role words in the run and role words before it.
	start := at
	for start > 0 && !toks[start-1].punct && toks[start-1].quote == 0 && (roleWords[toks[start-1].lower] ||
		toks[start-1].cap || strings.HasSuffix(toks[start-1].lower, "'s")) && at-start < 5 {
		start--
	}
	var roleToks []tok
	for _, t := range toks[start : at+k] {
		if t.lower != "the" && t.lower != "a" && t.lower != "an" {
			roleToks = append(roleToks, t)
		}
	}
	role := joinText(roleToks)
	end := at + len(run)
	if end+1 < len(toks) && toks[end].lower == "of" && toks[end+1].cap {
		role = strings.TrimSpace(role + " of " + toks[end+1].text)
	} else if ap := appositive(toks, end); ap != "" && hasRoleWord(ap) && closedAppositive(toks, end) {
		role = firstNonEmpty(role, ap)
	}
	p := a.addPerson(joinText(name), role)
	a.mentions = append(a.mentions, mention{p, a.sent, start == 0 || start == 1 && isFunctionWord(toks[0].lower) ||
		leadingRole(toks, start)})
}

// leadingRole reports a name that follows a role opening the sentence
// ("Selvan's chief executive, Annelise Brandvold, gave..."): the name is
// the sentence's subject.
func leadingRole(toks []tok, at int) bool {
	if at < 2 || toks[at-1].text != "," {
		return false
	}
	for j := at - 2; j >= 0; j-- {
		t := toks[j]
		if t.punct || t.quote > 0 || !(roleWords[t.lower] || t.cap || strings.HasSuffix(t.lower, "'s") ||
			strings.HasSuffix(t.lower, "’s")) || at-j > 8 {
			return false
		}
	}
	return true
}

// introducingNoun returns the body noun that introduces the name at
// toks[at] ("campaign group, Fair Fares", "the union UNC"), unless it is a
// body someone speaks for ("a spokesman for the group, Leo Varga").
func introducingNoun(toks []tok, at int) string {
	i := at - 1
	if i >= 0 && toks[i].text == "," {
		i--
	}
	if i < 0 || !bodyNouns[toks[i].lower] || toks[i].cap {
		return ""
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch toks[j].lower {
		case "for", "of", "in", "at", "to", "before", "after", "from", "on", "with", "by", "into":
			return "" // "Speaking in parliament, Falk said": a place, not a kind
		}
		if toks[j].punct {
			return ""
		}
	}
	return toks[i].lower
}

// appositiveBody returns the body noun of an appositive that follows a
// name and says what kind of body it is ("Consumer Shield, the consumer
// group,"), not whom a person serves ("a member of the union").
func appositiveBody(toks []tok, end int) string {
	if end >= len(toks) || toks[end].text != "," || !closedAppositive(toks, end) {
		return ""
	}
	j := end + 1
	if j >= len(toks) || toks[j].lower != "the" && toks[j].lower != "a" && toks[j].lower != "an" {
		return ""
	}
	for j+1 < len(toks) && !toks[j+1].punct && toks[j+1].quote == 0 {
		j++
		if toks[j].lower == "of" || toks[j].lower == "for" || strings.HasSuffix(toks[j].lower, "'s") || toks[j].cap {
			return ""
		}
	}
	if bodyNouns[toks[j].lower] || appositiveBodies[toks[j].lower] {
		return toks[j].lower
	}
	return ""
}

// appositiveBodies are nouns for a body that appositives use beyond the
// unnamed heads ("the discount chain", "the battery maker").
var appositiveBodies = setOf("chain", "retailer", "maker", "manufacturer", "charity", "lender", "insurer",
	"developer", "carrier", "operator", "supplier", "broker", "fund", "network", "association", "organisation",
	"organization", "watchdog", "coalition", "movement", "party")

// closedAppositive reports an appositive that a comma closes ("Ferrer, the
// chief executive, said"), not a clause that runs to the end.
func closedAppositive(toks []tok, i int) bool {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].punct || toks[j].quote > 0 {
			return toks[j].text == ","
		}
	}
	return false
}

// lastSubject returns the last person named as the subject of a sentence
// before the one being read.
func (a *article) lastSubject() *mention {
	for i := len(a.mentions) - 1; i >= 0; i-- {
		if m := &a.mentions[i]; m.sent < a.sent && m.subject {
			return m
		}
	}
	return nil
}

// subjectOf returns the person named as the subject of sentence sent, or
// nil.
func (a *article) subjectOf(sent int) *mention {
	for i := range a.mentions {
		if m := &a.mentions[i]; m.sent == sent && m.subject {
			return m
		}
	}
	return nil
}

// lastMentioned returns the person last named up to the sentence read.
func (a *article) lastMentioned() *Speaker {
	for i := len(a.mentions) - 1; i >= 0; i-- {
		if a.mentions[i].sent <= a.sent {
			return a.mentions[i].person
		}
	}
	return nil
}

func hasRoleWord(s string) bool {
	for i, w := range strings.Fields(strings.ToLower(s)) {
		if i == 0 && holdingVerbs[w] {
			return true
		}
		if roleWords[strings.Trim(w, ",.")] && w != "the" && w != "a" && w != "an" && w != "his" && w != "her" && w != "its" && w != "their" {
			return true
		}
	}
	return false
}

// addPerson registers a person by surname and returns them.
func (a *article) addPerson(name, role string) *Speaker {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	key := surnameKey(name)
	if p, ok := a.persons[key]; ok {
		if len(strings.Fields(name)) > len(strings.Fields(p.Name)) {
			p.Name = name
		}
		switch old, new := Fold(p.Role), Fold(role); {
		case sameHeldRole(p.Role, role):
			// "the company's chief technology officer" and "Halvard Power
			// Systems' chief technology officer": keep the one that names.
			if startsUpper(role) && !startsUpper(p.Role) {
				p.Role = role
			}
		case role == "" || strings.Contains(old, new):
		case p.Role == "" || strings.Contains(new, old):
			p.Role = role
		case len(p.Role)+len(role) < 90:
			p.Role += ", " + role // "Major General" and "its spokesman"
		}
		return p
	}
	p := &Speaker{Name: name, Role: role, Kind: Person}
	a.persons[key] = p
	return p
}

// possessive returns the possessive of a name: "Halvard Power Systems'",
// "TarsAir's".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// sameHeldRole reports two roles that name one post of one body, told two
// ways ("the company's chief executive", "Halvard's chief executive").
func sameHeldRole(a, b string) bool {
	post := func(r string) string {
		r = strings.ReplaceAll(r, "’", "'")
		for _, p := range []string{"its ", "their ", "Its ", "Their "} {
			if rest, ok := strings.CutPrefix(r, p); ok {
				return Fold(rest) // "its director of enforcement"
			}
		}
		if i := strings.LastIndex(r, "' "); i >= 0 {
			return Fold(r[i+2:])
		}
		if i := strings.LastIndex(r, "'s "); i >= 0 {
			return Fold(r[i+3:])
		}
		return ""
	}
	pa, pb := post(a), post(b)
	return pa != "" && pa == pb
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func indexOf(ts []tok, low string) int {
	for i, t := range ts {
		if t.lower == low {
			return i
		}
	}
	return -1
}

func surnameKey(name string) string {
	f := strings.Fields(Fold(name))
	if len(f) == 0 {
		return ""
	}
	return strings.TrimSuffix(f[len(f)-1], "'s")
}

// resolve turns the words that name a speaker into a Speaker.
func (a *article) resolve(np []tok, role string) (*Speaker, bool) {
	if len(np) == 0 {
		return nil, false
	}
	if quantifiers[np[0].lower] {
		return nil, false
	}
	if last := np[len(np)-1].lower; (np[0].lower == "a" || np[0].lower == "an") && documentNouns[last] && !hasCap(np) {
		a.note.resolution = fmt.Sprintf("document '%s' whose owner is not said", joinText(np))
		return nil, false // "according to a notice published in the gazette"
	}
	// A weekday, a month, a determiner or a function word opening a
	// sentence is never a speaker ("The", "Thursday", "And").
	for len(np) > 0 && nonNames[np[0].lower] && !personPronouns[np[0].lower] && !bodyPronouns[np[0].lower] {
		np = np[1:]
	}
	if len(np) == 0 {
		a.note.resolution = "no speaker: only function words or dates"
		return nil, false
	}
	// "A law firm representing Elon Musk filed a letter, stating ...": an
	// unnamed agent of a principal, not the last firm named.
	if !hasCap(np) {
		if pr, _ := principalAt(a.curToks, subjectStart(a.curToks, np)+len(np)); pr != "" {
			words := joinText(dropDeterminers(np))
			return a.noted(&Speaker{Name: words + " " + pr, Kind: Unnamed, Generic: np[len(np)-1].lower, Role: pr},
				"'%s' -> %s (an agent of whom it represents)", words)
		}
	}
	if len(np) == 1 {
		switch low := np[0].lower; {
		case personPronouns[low], low == "him", low == "her":
			// The last speaker, unless another person has since been the
			// subject of a sentence ("Owen Mbeki backed the plan. He said...");
			// failing those, the last person named whom the pronoun fits.
			g := genderOfWords([]string{low})
			// "Elon Musk is not taking over Twitter, he notified the
			// company": a pronoun in a later clause is the sentence's subject.
			if at := subjectStart(a.curToks, np); at > 0 && at < len(a.curToks) {
				if m := a.subjectOf(a.sent); m != nil && a.fits(m.person, g) {
					return a.noted(m.person, "pronoun '%s' -> %s (the subject of this sentence)", low)
				}
			}
			// "Putin criticised Europe. He accused...": a one-word speaker
			// of the sentence before, newer than any person, is a person.
			if b := a.lastBare; b != nil && a.lastBareAt >= a.sent-1 && a.lastBareAt > a.lastPersonAt {
				if m := a.lastSubject(); m == nil || m.sent < a.lastBareAt {
					return a.noted(a.addPerson(b.Name, b.Role), "pronoun '%s' -> %s (the one-word subject of the sentence before)", low)
				}
			}
			if m := a.lastSubject(); m != nil && (a.lastPerson == nil || m.sent > a.lastPersonAt) && a.fits(m.person, g) {
				return a.noted(m.person, "pronoun '%s' -> %s (last person named as a subject)", low)
			}
			if a.lastPerson == nil {
				a.lastPerson = a.lastMentioned()
			}
			if a.lastPerson != nil && a.fits(a.lastPerson, g) {
				return a.noted(a.lastPerson, "pronoun '%s' -> %s (last person who spoke or acted)", low)
			}
			if p := a.lastOfGender(g); p != nil {
				return a.noted(p, "pronoun '%s' -> %s (last %s person)", low, genderName(g))
			}
			a.note.resolution = fmt.Sprintf("pronoun '%s' with no person it fits", low)
			return nil, false
		case bodyPronouns[low], low == "them":
			if a.lastBody == nil {
				a.note.resolution = fmt.Sprintf("pronoun '%s' with no body or group before it", low)
				return nil, false
			}
			return a.noted(a.lastBody, "pronoun '%s' -> %s (last body or group that spoke)", low)
		}
	}
	if org := a.findOrg(joinText(dropDeterminers(np))); org != "" {
		return a.noted(&Speaker{Name: org, Kind: Body, Role: role}, "'%s' -> %s (organisation named in the article)", joinText(np))
	}
	var affiliation string
	// "Russia's Permanent Mission to the United Nations": the body before
	// "to" speaks; what follows says where.
	for i, t := range np {
		if t.lower == "to" && i > 0 && i+1 < len(np) && (orgHeads[np[i-1].lower] || roleWords[np[i-1].lower]) {
			role = joinRole(role, "", "") + strings.TrimSpace(" to "+joinText(dropDeterminers(np[i+1:])))
			np = np[:i]
			break
		}
	}
	for i, t := range np {
		if (t.lower == "of" && !orgHeads[np[max(i-1, 0)].lower] || t.lower == "in" || t.lower == "at" || t.lower == "from") && i > 0 && i+1 < len(np) {
			affiliation = joinText(dropDeterminers(np[i+1:]))
			np = np[:i]
			break
		}
	}
	head := np[len(np)-1]
	if len(np) == 1 && head.cap && (bodyNouns[head.lower] || unnamedHeads[head.lower] || roleWords[head.lower] || documentNouns[head.lower]) {
		head.cap = false // "Diplomats said" at the start of a sentence
		return a.resolveGeneric([]tok{head}, role, affiliation)
	}
	if !head.cap {
		return a.resolveGeneric(np, role, affiliation)
	}
	if orgHeads[head.lower] && len(np) > 1 { // "St Brigid Health Group said"
		name := joinText(dropDeterminers(np))
		if org := a.findOrg(name); org != "" {
			name = org
		}
		return a.noted(&Speaker{Name: name, Kind: Body, Role: role}, "'%s' -> %s (organisation name)", joinText(np))
	}
	k := len(np)
	for k > 0 && len(np)-k < 3 && np[k-1].cap && !roleWords[np[k-1].lower] && !titles[np[k-1].lower] &&
		!strings.HasSuffix(np[k-1].lower, "'s") {
		k--
	}
	name := np[k:]
	pre := joinText(dropDeterminers(np[:k]))
	switch strings.ToLower(strings.TrimSuffix(pre, ".")) {
	case "mr", "mrs", "ms", "miss":
		pre = "" // an honorific is no role
	}
	role = a.possessor(joinRole(pre, role, affiliation))
	if len(name) == 0 {
		return nil, false
	}
	if len(name) >= 2 && isPlace(name) {
		if org := a.findOrg(joinText(name)); org != "" {
			return a.noted(&Speaker{Name: org, Kind: Body, Role: role}, "'%s' -> %s (organisation named in the article)", joinText(np))
		}
		whole := dropDeterminers(np)
		if !allCap(whole) {
			whole = name
		}
		return a.noted(&Speaker{Name: joinText(whole), Kind: Body, Role: role}, "'%s' -> %s (a place or state, not a person)", joinText(np))
	}
	if len(name) >= 2 && !orgHeads[name[len(name)-1].lower] {
		p := a.addPerson(joinText(name), role)
		return a.noted(p, "'%s' -> %s (person's name)", joinText(np))
	}
	word := joinText(name)
	if p, ok := a.persons[surnameKey(word)]; ok && len(name) == 1 {
		return a.noted(p, "'%s' -> %s (surname of a person named before)", joinText(np))
	}
	if org := a.findOrg(word); org != "" && (k == 0 || !titles[np[k-1].lower]) {
		return a.noted(&Speaker{Name: org, Kind: Body}, "'%s' -> %s (first word of an organisation's name)", joinText(np))
	}
	if p := a.byNamePart(word); p != nil && len(name) == 1 {
		// "Prince Abdulaziz" for "Abdulaziz bin Salman": a name given
		// in another order, or the given name alone.
		return a.noted(p, "'%s' -> %s (a part of a person's full name)", joinText(np))
	}
	if k > 0 && titles[np[k-1].lower] && len(name) == 1 {
		return a.noted(a.addPerson(word, role), "'%s' -> %s (title and surname)", joinText(np))
	}
	if at := subjectStart(a.curToks, name); len(name) == 1 && (at == 0 || at < len(a.curToks) && a.curToks[at-1].punct) && a.writtenLower(name[0].lower) {
		// "Backers say", "Working from home, ...": a word capitalised
		// only because it opens the sentence, which the article writes
		// in lower case elsewhere, is a common word, not a name.
		a.note.resolution = fmt.Sprintf("'%s' opens the sentence and is written in lower case elsewhere: no name", name[0].text)
		return nil, false
	}
	return a.noted(&Speaker{Name: strings.TrimPrefix(joinText(np), "The "), Role: role, Kind: Body}, "'%s' -> %s (capitalised name taken as a body)", joinText(np))
}

// writtenLower reports a word the article writes in lower case somewhere.
func (a *article) writtenLower(low string) bool {
	if a.lowerWords == nil {
		a.lowerWords = map[string]bool{}
		for _, s := range a.sentences {
			for _, t := range tokenize(s, nil) {
				if !t.cap && !t.punct {
					a.lowerWords[t.lower] = true
				}
			}
		}
	}
	return a.lowerWords[low]
}

func sortedKeys(m map[string]*Speaker) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// possessor names the body behind "its" or "their" in a role ("its
// founder"): the organisation last named.
func (a *article) possessor(role string) string {
	low := strings.ToLower(role)
	if rest, ok := strings.CutPrefix(low, "the "); ok {
		if i := strings.Index(rest, "'s "); i > 0 && bodyNouns[rest[:i]] {
			if org := a.genericOrg(rest[:i]); org != "" {
				return possessive(org) + role[len("the ")+i+len("'s"):] // "the group's organiser" -> "Fair Fares' organiser"
			}
		}
	}
	for _, p := range []string{"its ", "their ", "Its ", "Their "} {
		if rest, ok := strings.CutPrefix(role, p); ok {
			if org := a.lastOrgNamed(); org != "" {
				return possessive(org) + " " + rest
			}
		}
	}
	return role
}

// lastOrgNamed returns the organisation that "its" stands for: the first
// named in the sentence before, as its subject mostly is ("Greyfield
// Partners, which holds 6% of Northwind, ... Its founder"), by its name or
// its first word ("Halvard's chief executive" names Halvard Power
// Systems), looking back two sentences; failing that, the last one
// registered.
func (a *article) lastOrgNamed() string {
	orgs := a.orgsSoFar()
	// "The agency denies it: Agnes Dorval, its director, said...": a body
	// the sentence names before "its".
	low := strings.ToLower(a.curText)
	if at := strings.Index(low, "its "); at > 0 {
		before := a.curText[:at]
		for _, o := range orgs {
			if strings.Contains(before, o) || strings.Contains(before, strings.Fields(o)[0]+" ") {
				return o
			}
		}
		for _, w := range strings.Fields(strings.ToLower(before)) {
			if w = strings.Trim(w, ",.:;"); bodyNouns[w] && strings.Contains(strings.ToLower(before), "the "+w) {
				if org := GenericOrg(w, orgs); org != "" {
					return org
				}
			}
		}
	}
	for k := a.sent - 1; k >= 0 && k >= a.sent-2; k-- {
		text := a.sentences[k]
		best, at := "", len(text)
		for _, o := range orgs {
			for _, form := range []string{o, strings.Fields(o)[0]} {
				if len(form) < 4 {
					continue
				}
				if i := strings.Index(text, form); i >= 0 && i < at {
					best, at = o, i
				}
			}
		}
		if best != "" {
			return best
		}
	}
	if len(orgs) > 0 {
		return orgs[len(orgs)-1]
	}
	return ""
}

// resolveGeneric resolves a phrase whose head is a common noun: "the
// Kremlin adviser" (a role: the person who holds it), "the company" (the
// organisation of that kind last named), "U.S. officials" (unnamed).
func (a *article) resolveGeneric(np []tok, role, affiliation string) (*Speaker, bool) {
	head := np[len(np)-1].lower
	// "the ministry of defence": the body noun before "of" heads it.
	for i := len(np) - 2; i > 0; i-- {
		if np[i].lower == "of" && bodyNouns[np[i-1].lower] && !bodyNouns[head] && !unnamedHeads[head] {
			head = np[i-1].lower
			break
		}
	}
	words := joinText(dropDeterminers(np))
	switch {
	case documentNouns[head]:
		for _, t := range np {
			if nonNames[t.lower] || documentNouns[t.lower] {
				continue // "The statement": no owner
			}
			if t.cap || strings.HasSuffix(t.lower, "'s") {
				owner := strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")
				if org := a.findOrg(owner); org != "" {
					return a.noted(&Speaker{Name: org, Kind: Body}, "document '%s' -> %s (its named owner)", words)
				}
				return a.noted(&Speaker{Name: owner, Kind: Body}, "document '%s' -> %s (its named owner)", words)
			}
		}
		if np[0].lower == "a" || np[0].lower == "an" {
			a.note.resolution = fmt.Sprintf("document '%s' whose owner is not said", joinText(np))
			return nil, false // "according to a notice published in the gazette"
		}
		if (a.lastBody == nil || a.lastBody.Kind == Document) && a.lastSpeaker != nil && a.lastSpeaker.Kind == Person && a.sent-a.lastStated <= 2 {
			// "..., the spokesman said. ... the statement said": the
			// statement of the person who has just spoken.
			return a.noted(a.lastSpeaker, "document '%s' -> %s (the person who has just spoken)", words)
		}
		if a.lastBody == nil || a.lastBody.Kind == Document {
			// "The lawsuit said": the document speaks for whoever filed it,
			// which the story's sides work out.
			return a.noted(&Speaker{Name: words, Kind: Document, Generic: head}, "document '%s' -> %s (no body named before it)", words)
		}
		return a.noted(a.lastBody, "document '%s' -> %s (last body that spoke)", words)
	case personRoles[head]:
		// "the Kremlin adviser", "US president": the person whose role has
		// these words, the last speaker among them first.
		want := strings.Fields(Fold(words))
		var best *Speaker
		for _, key := range sortedKeys(a.persons) {
			p := a.persons[key]
			role := " " + Fold(p.Role) + " "
			all := true
			for _, w := range want {
				if !strings.Contains(role, " "+w+" ") {
					all = false
					break
				}
			}
			if all && (best == nil || p == a.lastPerson) {
				best = p
			}
		}
		if best == nil && affiliation != "" {
			// "the chair of Clean River Merrin": whoever chairs it, as a
			// role of the person says ("chairs the group Clean River Merrin").
			aff := Fold(affiliation)
			for _, key := range sortedKeys(a.persons) {
				p := a.persons[key]
				role := " " + Fold(p.Role) + " "
				if strings.Contains(role, aff) && strings.Contains(role, " "+head) {
					best = p
				}
			}
			if best == nil {
				return a.noted(&Speaker{Name: joinRole(words, "", affiliation), Kind: Unnamed, Generic: head}, "role '%s' -> %s (unnamed holder)", words)
			}
		}
		if best == nil && len(want) == 1 {
			best = a.lastPerson
		}
		if best == nil {
			// "The group's spokesman", "the Saudi energy minister": the
			// person last named whose role has the head noun.
			best = a.lastWithRole(head)
		}
		if best == nil {
			a.note.resolution = fmt.Sprintf("role '%s' held by no person named", words)
			return nil, false
		}
		for _, t := range np {
			if body := strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s"); body != t.lower && bodyNouns[body] {
				a.memberOf[body] = best // "the group's spokesman"
			}
		}
		return a.noted(best, "role '%s' -> %s (person who holds it)", words)
	case bodyNouns[head]:
		if org := a.genericOrg(head); org != "" {
			return a.noted(&Speaker{Name: org, Kind: Body, Generic: head}, "head noun '%s' -> %s (last %s named)", head, head)
		}
		if m := a.memberOf[head]; m != nil && affiliation == "" && m.Role != "" {
			// "The group's spokesman said ... The group affirmed": the body
			// the spokesman's role names ("Houthi spokesman").
			return a.noted(&Speaker{Name: joinRole(words, "", ""), Kind: Body, Generic: head, Role: m.Role}, "'%s' -> %s (the %s of the %s who spoke before)", words, head, m.Role)
		}
		return a.noted(&Speaker{Name: joinRole(words, "", affiliation), Kind: Body, Generic: head}, "'%s' -> %s (a body the article does not name)", words)
	case unnamedHeads[head]:
		return a.noted(&Speaker{Name: joinRole(words, "", affiliation), Kind: Unnamed, Generic: head, Role: role}, "'%s' -> %s (unnamed source)", words)
	}
	a.note.resolution = fmt.Sprintf("'%s' is no speaker", words)
	return nil, false
}

// lastWithRole returns the person mentioned last up to the sentence read
// whose role holds the role noun, or nil.
func (a *article) lastWithRole(noun string) *Speaker {
	for i := len(a.mentions) - 1; i >= 0; i-- {
		m := a.mentions[i]
		if m.sent > a.sent {
			continue
		}
		for _, w := range strings.Fields(Fold(roleWordBreaks.Replace(m.person.Role))) {
			if w == noun || strings.ReplaceAll(noun, "-", " ") != noun && strings.Contains(Fold(m.person.Role), noun) {
				return m.person
			}
		}
	}
	return nil
}

func allCap(ts []tok) bool {
	for _, t := range ts {
		if !t.cap {
			return false
		}
	}
	return len(ts) > 0
}

// byNamePart returns the one person whose full name holds the word (not
// as its last word, which surnameKey matches), or nil when none or
// several do.
func (a *article) byNamePart(word string) *Speaker {
	f := Fold(word)
	var found *Speaker
	for _, key := range sortedKeys(a.persons) {
		p := a.persons[key]
		words := strings.Fields(Fold(p.Name))
		if orgHeads[words[len(words)-1]] {
			continue
		}
		for _, w := range words[:len(words)-1] {
			if w == f && !nameParticles[w] {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// findOrg returns the organisation the article named whose name is or
// starts with word ("Tessaro" for "Tessaro Holdings").
func (a *article) findOrg(word string) string {
	f := Fold(word)
	for i := len(a.orgs) - 1; i >= 0; i-- {
		o := Fold(a.orgs[i])
		if o == f || strings.HasPrefix(o, f+" ") {
			return a.orgs[i]
		}
	}
	return ""
}

// genericOrg returns the organisation last named whose kind a generic noun
// names ("the union").
func (a *article) genericOrg(noun string) string {
	// "The company said Tessaro's plans...": the company is not one the
	// sentence names.
	var orgs []string
	text := " " + Fold(a.curText) + " "
	for _, o := range a.orgsSoFar() {
		// By its name, its possessive or, for a one-word name, the word:
		// "Russian" in a sentence does not name the Russian Defence Ministry.
		f := strings.Fields(Fold(o))
		if named := strings.Contains(text, " "+Fold(o)) || !demonymLike(f[0]) && strings.Contains(text, " "+f[0]); !named {
			orgs = append(orgs, o)
		}
	}
	for i := len(orgs) - 1; i >= 0; i-- {
		if a.orgKind[orgs[i]] == noun {
			return orgs[i]
		}
	}
	return GenericOrg(noun, orgs)
}

// demonymLike reports a word shaped like an adjective of a people
// ("russian", "chinese", "british"), which names no one body.
func demonymLike(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// orgsSoFar returns the organisations named up to the sentence being read.
func (a *article) orgsSoFar() []string {
	n := 0
	for n < len(a.orgs) && a.orgSent[n] <= a.sent {
		n++
	}
	return a.orgs[:n]
}

// GenericOrg returns the last of orgs whose kind a generic noun names:
// "union" for "United Nurses of Carrow", "company" for "Tessaro
// Holdings"; "" when none is of that kind.
func GenericOrg(noun string, orgs []string) string {
	// The noun itself first: "the union" is the Dockworkers' Union before
	// it is the Exporters' Association.
	for i := len(orgs) - 1; i >= 0; i-- {
		if f := strings.Fields(Fold(orgs[i])); f[len(f)-1] == noun && genericOrgs[noun] != nil {
			return orgs[i]
		}
	}
	heads := genericOrgs[noun]
	for i := len(orgs) - 1; i >= 0; i-- {
		words := strings.Fields(Fold(orgs[i]))
		for _, w := range words {
			for _, h := range heads {
				// A one-word name may end in its kind: "TarsAir" for "airline".
				if w == h || len(words) == 1 && len(w) > len(h)+2 && strings.HasSuffix(w, h) {
					return orgs[i]
				}
			}
		}
	}
	return ""
}

func dropDeterminers(ts []tok) []tok {
	for len(ts) > 0 && (ts[0].lower == "the" || ts[0].lower == "a" || ts[0].lower == "an") {
		ts = ts[1:]
	}
	return ts
}

func joinText(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.text != ")" && ts[i-1].text != "(" {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func joinRole(pre, role, affiliation string) string {
	r := strings.TrimSpace(pre)
	if role != "" {
		r = strings.TrimSpace(r + ", " + role)
		r = strings.TrimPrefix(r, ", ")
	}
	if affiliation != "" {
		r = strings.TrimSpace(r + " of " + affiliation)
	}
	return r
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// noted records how a mention was resolved and returns the speaker. The
// format's first verb is the mention (or its head noun), then the
// speaker's name, then any more arguments.
func (a *article) noted(sp *Speaker, format string, mention string, more ...any) (*Speaker, bool) {
	args := append([]any{mention, sp.Name}, more...)
	a.note.resolution = fmt.Sprintf(format, args...)
	return sp, true
}

func genderName(g gender) string {
	switch g {
	case male:
		return "male"
	case female:
		return "female"
	}
	return "any"
}

// roleWordBreaks splits a role's hyphenated words and commas into words.
var roleWordBreaks = strings.NewReplacer("-", " ", ",", " ")
