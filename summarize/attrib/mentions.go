package attrib

// The people and bodies a sentence names, with their roles, registered as
// the article is read: the mentions that coreference resolves to.

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// register notes the people and organisations a sentence names, with the
// roles given before or after a person's name.
func (a *article) register(sentence string) {
	a.curText = sentence // what "its" looks back through (ownerInSentence)
	toks := a.tokens(sentence)
	for i := 0; i < len(toks); {
		if !toks[i].cap || toks[i].quote > 0 {
			i++
			continue
		}
		j := i
		for j < len(toks) && (toks[j].cap && !toks[j].punct && toks[j].quote == 0 ||
			isConnector(toks[j].lower) && j+1 < len(toks) && toks[j+1].cap && j > i ||
			servesFor(toks, j) && j > i || placeAbbreviationDot(toks, j)) {
			j++
		}
		// Connectors stay only inside an organisation's name ("Competition
		// and Markets Commission", "United Nurses of Carrow").
		// "Korvel Dockworkers' Union and Selvan Port Company": two bodies.
		// A connector that opens the run ("And the union said ...") is
		// not inside a name: the cut starts after the first word, which
		// also keeps the run from being empty.
		for k := i + 1; k < j && !spelledAfter(toks, i, j); k++ {
			// "United Nations and European Union", "Big Machine and The
			// Carlyle Group": a place or a body already named before "and"
			// is a name of its own.
			if isConnector(toks[k].lower) && !remitAnd(toks, i, k, j) && (!orgHeads[toks[j-1].lower] && !orgHeads[toks[k-1].lower] ||
				toks[k].lower != "of" && orgHeads[toks[k-1].lower] ||
				toks[k].lower == "and" && (k-i >= 2 && isPlace(toks[i:k]) || a.findOrg(joinText(toks[i:k])) != "" || toks[k+1].lower == "the")) {
				j = k
				break
			}
		}
		run := toks[i:j]
		if i == 0 && len(run) > 0 && (isFunctionWord(run[0].lower) || questionWords[run[0].lower] || openingQuantifiers[run[0].lower]) {
			run = run[1:] // "The ...", "Would Adam Holt ...?", "No Dostravan unit fired"
		}
		for len(run) > 1 && placeModifier(run[0].lower) {
			run = run[1:] // "Leiden-based Kestrel"
		}
		if len(run) > 0 && (tickerAfter(toks, j, run) || ownsFacility(toks, j-1)) {
			// "Ford (F) said", "Varo Motors (NYSE: VRM)": a listed company,
			// named without the possessive it may carry ("Varo's (VRM)").
			name := strings.TrimSuffix(strings.TrimSuffix(joinText(run), "'s"), "’s")
			if _, known := a.orgKind[name]; !known {
				a.orgs = append(a.orgs, orgName(name))
				a.orgSent = append(a.orgSent, a.sent)
			}
			a.orgKind[name] = "company"
			i = j
			continue
		}
		a.noteRun(toks, i+len(toks[i:j])-len(run), run)
		i = j
	}
}

// ownersPostBefore returns the post, under its owner's possessive, that
// stands between a cue or "according to" and a name the sentence closes
// on ("..., according to its director-general, Sofia Brandt.", "..., said
// the union's general secretary, Ana Varga."), or "".
func ownersPostBefore(toks []tok, start, end int) string {
	if start < 3 || toks[start-1].text != "," || end < len(toks)-1 || end == len(toks)-1 && toks[end].text != "." {
		return ""
	}
	k := start - 2
	for k > 0 && !toks[k-1].punct && toks[k-1].quote == 0 && start-k < 8 && !cueVerbs[toks[k-1].lower] && toks[k-1].lower != "to" {
		k--
	}
	if k == 0 || !cueVerbs[toks[k-1].lower] && !(toks[k-1].lower == "to" && k >= 2 && toks[k-2].lower == "according") {
		return ""
	}
	post := toks[k : start-1]
	if len(post) < 2 || !personRoles[post[len(post)-1].lower] {
		return ""
	}
	if w := post[0].lower; w != "its" && w != "their" && !possessiveTok(post[0]) {
		return ""
	}
	return joinText(post)
}

// ownerInSentence reports a post whose possessive the sentence itself
// resolves: a body's name ("the union's"), or "its" or "their" after an
// organisation the sentence names before them.
func (a *article) ownerInSentence(post string) bool {
	low := strings.ToLower(post)
	if !strings.HasPrefix(low, "its ") && !strings.HasPrefix(low, "their ") {
		return true
	}
	at := strings.Index(a.curText, post)
	if at < 0 {
		return false
	}
	for _, o := range a.orgs {
		if strings.Contains(a.curText[:at], o) {
			return true
		}
	}
	return false
}

// remitAnd reports an "and" at k inside the remit of a body or a post
// that the run toks[i:j] names: after the body's or the post's "of" or
// "for" ("Ministry of Energy and Water Resources", "Minister of Energy
// and Water Resources", "Authority for Consumers and Markets"), or
// between the portfolios before a minister's title ("Employment and
// Workplace Relations Minister Rachel Denholm"). The words on both sides
// are one name.
func remitAnd(toks []tok, i, k, j int) bool {
	if toks[k].lower != "and" && toks[k].lower != "&" || k+1 >= j || possessiveTok(toks[k+1]) {
		return false
	}
	if i >= 2 && (toks[i-1].lower == "of" || toks[i-1].lower == "for") && (orgHeads[toks[i-2].lower] || governmentPosts[toks[i-2].lower]) {
		return true // "Minister of Environment and Water Teodor Valsic": the run opens the remit
	}
	if members := func(t tok) bool {
		w := strings.TrimRight(t.lower, "'’")
		return len(w) > 3 && strings.HasSuffix(w, "s")
	}; members(toks[k-1]) && members(toks[k+1]) &&
		k+2 < j && toks[j-1].cap && (unionHeads[toks[j-1].lower] || orgHeads[toks[j-1].lower] && !members(toks[j-1])) {
		return true // "Victorian Nurses and Midwives Union": the members of one union
	}
	for m := k - 1; m > i; m-- {
		switch toks[m].lower {
		case "and", "&":
			return false
		case "of", "for":
			return orgHeads[toks[m-1].lower] || governmentPosts[toks[m-1].lower]
		}
	}
	// Portfolios before a post: no post or body word before "and", one
	// after it, before the end of the run.
	for m := i; m < k; m++ {
		if orgHeads[toks[m].lower] || governmentPosts[toks[m].lower] || roleWords[toks[m].lower] ||
			givenNameGender(toks[m].text+" "+toks[m+1].text) != unknown {
			return false // "Governor Ingrid Valsted and Finance Minister Marcus Ellery": two people
		}
	}
	for m := k + 1; m < j; m++ {
		if governmentPosts[toks[m].lower] {
			return m > k+1
		}
	}
	return false
}

// unionHeads end the name of a body of members.
var unionHeads = setOf("union", "association", "federation", "guild", "society", "alliance", "council", "congress")

// governmentPosts are the posts a government's portfolio names
// ("Minister of Energy", "Home Secretary").
var governmentPosts = setOf("minister", "secretary", "commissioner", "ministry", "department")

// spelledAfter reports a run toks[i:j] followed by the acronym its words
// spell in brackets: "Alliance of Motion Picture and Television Producers
// (AMPTP)", "Screen Actors Guild-American Federation of Television and
// Radio Artists (SAG-AFTRA)". The acronym vouches for every word, so a
// connector inside the run does not cut it in two.
func spelledAfter(toks []tok, i, j int) bool {
	if j+2 >= len(toks) || toks[j].text != "(" || toks[j+2].text != ")" {
		return false
	}
	acr := strings.ReplaceAll(toks[j+1].text, "-", "")
	if len(acr) < 3 || strings.ToUpper(acr) != acr || !isLetters(acr) {
		return false
	}
	var ini strings.Builder
	for _, t := range toks[i:j] {
		if isConnector(t.lower) {
			continue
		}
		for _, part := range strings.Split(t.text, "-") {
			if part != "" {
				ini.WriteString(strings.ToUpper(part[:1]))
			}
		}
	}
	return ini.String() == acr
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

// servesFor reports a "for" inside a body's name, between its head and
// what it serves ("Centre for Disease Control", "Institute for Fiscal
// Studies"), or between the people a campaign is made of and its cause
// ("Parents for Safe Medicines", "Citizens for Clean Air").
func servesFor(toks []tok, j int) bool {
	return toks[j].lower == "for" && j > 0 && toks[j-1].cap && (servingHeads[toks[j-1].lower] || campaignMembers[toks[j-1].lower]) &&
		j+1 < len(toks) && toks[j+1].cap
}

func isConnector(low string) bool { return low == "of" || low == "and" || low == "&" }

func isFunctionWord(low string) bool {
	switch low {
	case "the", "a", "an", "but", "and", "in", "on", "at", "as", "after", "before", "when", "while",
		"if", "for", "with", "despite", "however", "meanwhile", "this", "that", "his", "her", "their", "its",
		"by", "from", "until", "since", "during", "over", "through", "under", "to", "about", "against",
		"among", "amid", "like", "unlike", "without", "into", "across", "between", "toward", "towards", "via":
		return true
	}
	return false
}

// noteRun registers one run of capitalised words starting at toks[at].
func (a *article) noteRun(toks []tok, at int, run []tok) {
	if len(run) == 0 {
		return
	}
	// "Yemen's Houthi rebels", "Tesla's Elon Musk": a possessive inside a
	// run ends the possessor's name; what follows is a name of its own,
	// unless it is a body of the possessor ("Russia's Permanent Mission").
	for k := 0; k < len(run)-1 && !orgHeads[run[len(run)-1].lower]; k++ {
		if strings.HasSuffix(run[k].lower, "'s") {
			a.noteRun(toks, at, run[:k+1])
			a.noteRun(toks, at+k+1, run[k+1:])
			return
		}
	}
	if titleRun(toks, at, run) {
		return // "Head of Platform Solutions for Tarnco": a post, not a body
	}
	if at == 0 && len(run) >= 2 && a.labels[run[0].lower] {
		at, run = at+1, run[1:] // "Summary Studies show": a heading glued on
	}
	if at == 0 && len(run) >= 2 && numberWords[run[0].lower] {
		at, run = at+1, run[1:] // "Two Tesselmark soldiers died"
	}
	if thingRun(toks, at, run) {
		a.noteThing(run) // "a mission called Europa Clipper"
		return
	}
	if at == 0 && len(run) >= 3 && firmNouns[run[0].lower] && orgHeads[run[len(run)-1].lower] {
		// "Insurer Brightwell Assurance said": the kind of firm opens the
		// sentence, the name follows it.
		a.orgKind[joinText(run[1:])] = run[0].lower
		at, run = at+1, run[1:]
	}
	last := strings.TrimRight(run[len(run)-1].lower, "'’") // "Almsby Rovers' stadium"
	isOrg := orgHeads[last]
	if ofAt := indexOf(run, "of"); ofAt > 0 && orgHeads[run[ofAt-1].lower] {
		isOrg = true // "United Nurses of Carrow"
	}
	if ofAt := indexOf(run, "of"); isOrg && ofAt == 2 && !orgHeads[run[1].lower] && givenNameGender(joinText(run[:2])) != unknown {
		// "Sofia Lindqvist of Northbridge Capital": a person, then the
		// body she belongs to, not one body's name.
		a.noteRun(toks, at, run[:2])
		a.noteRun(toks, at+3, run[3:])
		return
	}
	if isOrg {
		if len(run) == 1 && a.orgKind[joinText(run)] == "" {
			return // "Union", "Hospital": a word for a kind of body, not a name
		}
		if lex.KnownOutlet(joinText(run)) {
			return // "Fast Company": an outlet, which "the company" never is
		}
		a.orgs = append(a.orgs, orgName(joinText(run)))
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
		a.orgs = append(a.orgs, orgName(joinText(run)))
		a.orgSent = append(a.orgSent, a.sent)
		a.orgKind[orgName(joinText(run))] = noun
		return
	}
	if n := len(run); at >= 2 && toks[at-1].lower == "of" && postOf(toks[at-2]) && departmentAndName(run) {
		// "Minister of Foreign Affairs Lena Vask": the department, then
		// the name of who holds the post.
		at, run = at+n-2, run[n-2:]
	}
	if n := len(run); n >= 3 && at >= 2 && toks[at-1].lower == "to" && roleWords[toks[at-2].lower] {
		// "ambassador to Tarnland Liu Xiaoben": the place, then the
		// name of who holds the post.
		at, run = at+n-2, run[n-2:]
	}
	if end := at + len(run); len(run) >= 2 && beforeRoleAndName(toks, end) {
		// "Vell Motor chief executive Jan Farley", "Tarn Radio Pentagon
		// correspondent Carla Babb": the words before a role and a name
		// say whose role it is; they are a body, not a person.
		a.orgs = append(a.orgs, orgName(joinText(run)))
		a.orgSent = append(a.orgSent, a.sent)
		return
	}
	k := len(run)
	for k > 0 && len(run)-k < maxNameWords(run) && !roleWords[run[k-1].lower] && !titles[run[k-1].lower] &&
		!(k-1 < len(run)-2 && (describesPerson(run[k-1].lower) || lex.IsEpithet(run[k-1].lower))) {
		k-- // "Heartbroken Ivana Rusk", "Eyewitness Katya Horn": no word of the name
	}
	// "Save Our Schools Brindlemoor", "Fight For Fair Rents": a name that
	// holds a capitalised function word is a body's, not a person's.
	if len(run) >= 3 && hasFunctionWord(run[1:]) {
		a.orgs = append(a.orgs, orgName(joinText(run)))
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
			a.mentions = append(a.mentions, mention{p, a.sent, at+k == 0 || at+k == 1 && isFunctionWord(toks[0].lower) ||
				at == 0 && k > 0 && titlesOnly(run[:k]) || afterOpeningPhrase(toks, at+k, at+len(run))})
			return
		}
		// "the real Prince Edwin", "Mrs Varga": a personal title before
		// one name names a person, as a title before a surname does.
		titled := k > 0 && personalTitles[strings.TrimSuffix(run[k-1].lower, ".")] && !possessiveTok(name[0]) ||
			// "Governor Dobran has gone further.": an office's title
			// before one name that is the subject of the verb after it.
			k > 0 && at == 0 && titles[run[k-1].lower] && !possessiveTok(name[0]) && !tag.Known(name[0].lower) &&
				at+len(run) < len(toks) && finiteTag(toks[at+len(run)].tag) // not "General Turbines cut"
		// "Mr. Alder's plan": an honorific's dot parts it from the name,
		// which stays a person's, possessive and all.
		dotted := k == 0 && at >= 2 && toks[at-1].text == "." && personalTitles[toks[at-2].lower]
		if (titled || dotted) && !orgHeads[name[0].lower] && !nonNames[name[0].lower] {
			p := a.byNamePart(name[0].text) // "Prince Karim" for "Karim bin Tareq"
			if p == nil {
				p = a.addPerson(name[0].text, "")
			}
			a.mentions = append(a.mentions, mention{p, a.sent, at == 0 || at == 1 && isFunctionWord(toks[0].lower) ||
				afterOpeningPhrase(toks, at, at+len(run))})
		}
		return
	}
	if len(name) < 2 {
		return
	}
	// "Halvard Minerals' Sorvik nickel mine": a possessive inside the run
	// makes it a body's thing, never a person's name.
	if i := slices.IndexFunc(name[:len(name)-1], func(t tok) bool {
		return strings.HasSuffix(t.text, "'") || strings.HasSuffix(t.text, "’") || possessiveTok(t)
	}); i >= 0 {
		if owner := name[:i+1]; len(owner) >= 2 {
			o := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(joinText(owner), "'s"), "’s"), "'’")
			if last := strings.ToLower(lastWord(o)); orgHeads[last] || IsFirmTrade(last) {
				a.orgs = append(a.orgs, o) // "Halvard Minerals"
				a.orgSent = append(a.orgSent, a.sent)
			}
		}
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
		a.thingNames = append(a.thingNames, Fold(joinText(name)))
		return
	}
	// "builds the Ford Super Duty, Ford Expedition and Lincoln
	// Navigator": a later item of a list of names whose first follows a
	// determiner is a thing like the first.
	if k == 0 && thingList(toks, at, at+len(run)) {
		return
	}
	// The role: capitalised role words in the run and role words before it.
	start := at
	for start > 0 && (roleBefore(toks[start-1]) || abbreviatedTitleDot(toks, start-1) || titleOf(toks, start-1)) && at-start < 6 {
		start--
	}
	var roleToks []tok
	for i, t := range toks[start : at+k] {
		switch {
		case t.lower == "the" || t.lower == "a" || t.lower == "an":
		case honorifics[strings.TrimSuffix(t.lower, ".")]: // "Dr Ada Renn": a title of address, no post
		case len(roleToks) == 0 && lex.IsEpithet(t.lower): // "Furious Transport Minister Pavel Orsic"
		case abbreviatedTitleDot(toks, start+i) && len(roleToks) > 0:
			roleToks[len(roleToks)-1].text += "." // "Gov."
		case len(roleToks) == 0 && start+i == 0 && (t.tag == tag.NN || t.tag == tag.NNS) && (bodyNouns[t.lower] || orgHeads[t.lower] || facilityNouns[t.lower]) && !toks[start+i+1].cap:
			// "Plant director Joris Falk", "Company spokeswoman Mia
			// Lindqvist": a common noun capitalised only because it opens
			// the sentence says whose post it is, as "the plant's" would;
			// it names no body ("Transport Minister" is one title).
			t.text = t.lower
			roleToks = append(roleToks, t)
		default:
			roleToks = append(roleToks, t)
		}
	}
	role := joinText(roleToks)
	end := at + len(run)
	if k == 0 && pluralNounName(name) {
		// "Coralport Terminals", "Highland Skies": a name that ends in a
		// plural noun, with no given name or title, is a body's.
		a.orgs = append(a.orgs, orgName(joinText(name)))
		a.orgSent = append(a.orgSent, a.sent)
		return
	}
	if body := bodyAfterOf(toks, end); body != "" {
		role = strings.TrimSpace(role + " of " + body)
	} else if ap := appositive(toks, end); ap != "" && (hasRoleWord(ap) && closedAppositive(toks, end) || accordingToEnd(toks, start, end)) {
		if role != "" && holdsNamedPost(ap) {
			// "Councillor Ada Pell, who leads Lorimar City Council,":
			// the title and the body whose post the clause gives.
			role = joinRoleWords(role, ap)
		}
		role = firstNonEmpty(role, ap)
	}
	if role == "" {
		if r := ownersPostBefore(toks, start, end); r != "" && a.ownerInSentence(r) {
			role = a.possessor(r) // "according to its director-general, Sofia Brandt."
		}
	}
	p := a.addPerson(joinText(name), role)
	a.mentions = append(a.mentions, mention{p, a.sent, start == 0 || start == 1 && isFunctionWord(toks[0].lower) || start == pageLabelEnd(toks) ||
		leadingRole(toks, start) || leadingRole(toks, at) || afterOpeningPhrase(toks, start, end)})
}

// bodyAfterOf returns the body a name is "of" when "of" and a
// capitalised name follow it: "Tarnco", "Orla Propulsion Laboratory" (of
// "of the Orla ..."), "Tarnco's research arm", "Department of Health and
// Human Services"; else "".
func bodyAfterOf(toks []tok, end int) string {
	i := end + 1
	if end >= len(toks) || toks[end].lower != "of" {
		return ""
	}
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	if i >= len(toks) || !toks[i].cap || toks[i].punct || toks[i].quote > 0 {
		return ""
	}
	j := i
	for j < len(toks) && (toks[j].cap && !toks[j].punct && toks[j].quote == 0 ||
		isConnector(toks[j].lower) && j > i && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct) {
		j++
		if possessiveTok(toks[j-1]) && j < len(toks) && !toks[j].cap {
			// "Tarnco's research arm": the possessed noun, lower case.
			for k := 0; k < 3 && j < len(toks) && !toks[j].cap && !toks[j].punct && toks[j].quote == 0 && !isFunctionWord(toks[j].lower) && !isConnector(toks[j].lower); k++ {
				j++
			}
			break
		}
	}
	return joinText(toks[i:j])
}

// beforeRoleAndName reports lower-case role words at toks[i], then a
// capitalised name: what stands before them qualifies the role.
func beforeRoleAndName(toks []tok, i int) bool {
	j := i
	for j < len(toks) && j-i < 3 && !toks[j].cap && !toks[j].punct && toks[j].quote == 0 && roleWords[toks[j].lower] {
		j++
	}
	return j > i && j+1 < len(toks) && toks[j].cap && toks[j+1].cap && !toks[j].punct && !toks[j+1].punct
}

// leadingRole reports a name that follows a role opening the sentence
// ("Selvan's chief executive, Annelise Brandvold, gave...", "The
// commission chair Irena Vasko is speaking"): the name is the sentence's
// subject.
func leadingRole(toks []tok, at int) bool {
	if at >= 2 && at <= 8 && roleWords[toks[at-1].lower] && !toks[at-1].cap {
		// "The commission chair Irena Vasko is speaking now.": a role
		// of common nouns before the name, with no comma.
		for _, t := range toks[:at-1] {
			if t.punct || t.quote > 0 || !(determiners[t.lower] || t.cap || t.tag.Noun() || roleWords[t.lower] || possessiveTok(t)) {
				return false
			}
		}
		return true
	}
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
		if noun := relativeIntroducer(toks, i); noun != "" {
			return noun
		}
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
	if i < at-1 && postBeforeBody(toks, i) {
		// "The head of the Velor observer mission, Anna Brisk,": who holds
		// the post, where "organiser of the residents' group Fair Fares"
		// names the group.
		return ""
	}
	return toks[i].lower
}

// postBeforeBody reports a body noun at i that a person's post takes through
// "of" or "for" before its noun phrase ("the head of the Velor observer
// mission", "a spokesman for the Vell port authority"): a name set off
// after it is the post holder's, not the body's.
func postBeforeBody(toks []tok, i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		if toks[j].punct || toks[j].quote > 0 {
			return false
		}
		if toks[j].lower == "of" || toks[j].lower == "for" {
			w := toks[j-1].lower
			return personRoles[w] || roleWords[w] || voiceHeads[w]
		}
	}
	return false
}

// appositiveBody returns the body noun of an appositive that follows a
// name and says what kind of body it is ("Consumer Shield, the consumer
// group,"), not whom a person serves ("a member of the union").
func appositiveBody(toks []tok, end int) string {
	if end >= len(toks) || toks[end].text != "," {
		return ""
	}
	closed := closedAppositive(toks, end)
	j := end + 1
	if j >= len(toks) || toks[j].lower != "the" && toks[j].lower != "a" && toks[j].lower != "an" {
		return ""
	}
	for j+1 < len(toks) && !toks[j+1].punct && toks[j+1].quote == 0 && !relativeWords[toks[j+1].lower] {
		j++ // "Greenplate Catering, the company that ran the stalls,": the noun before the clause
		if toks[j].lower == "of" || toks[j].lower == "for" || toks[j].tag == tag.IN {
			if w := toks[j-1].lower; closed && (bodyNouns[w] || appositiveBodies[w]) && !verbBetween(toks, end+1, j) {
				// "Civic Unity, the largest unionist party in the
				// regional parliament,": where the party sits, not "a
				// guard assigned to the east wing at the jail"
				return w
			}
			return "" // "Gustav Ebbe, a former chief engineer at the ministry,": an engineer, not a ministry
		}
		if toks[j].cap {
			return "" // "a former engineer at Tarnco": a person of the firm
		}
	}
	if !closed && (j+1 >= len(toks) || !relativeWords[toks[j+1].lower]) {
		return "" // a clause that runs on, unless the noun's own relative clause ends the sentence
	}
	if bodyNouns[toks[j].lower] || appositiveBodies[toks[j].lower] {
		return toks[j].lower
	}
	return ""
}

// verbBetween reports a verb among toks[i:j].
func verbBetween(toks []tok, i, j int) bool {
	for _, t := range toks[i:j] {
		if t.tag.Verb() {
			return true
		}
	}
	return false
}

// maxListWords is how far back the determiner of a list of names may
// stand from one of its later items.
const maxListWords = 12

// thingList reports a name at at that is a later item of a list of
// capitalised names opened by a determiner ("the Brisk Van, Brisk Coupe
// and Orla Sprinter").
func thingList(toks []tok, at, end int) bool {
	if at == 0 || toks[at-1].text != "," && toks[at-1].lower != "and" {
		return false
	}
	// An item after a comma goes on with the list ("the Brisk Van, Brisk
	// Coupe and ..."); one that a comma closes with no more names is
	// an appositive ("the National Assembly, Annika Brandt, said").
	if toks[at-1].text == "," && !(end < len(toks) && (toks[end].lower == "and" || toks[end].lower == "or" ||
		toks[end].text == "," && end+1 < len(toks) && toks[end+1].cap && !toks[end+1].punct)) {
		return false
	}
	for j := at - 1; j >= 0 && at-j <= maxListWords; j-- {
		t := toks[j]
		switch {
		case t.lower == "the" || t.lower == "a" || t.lower == "an":
			return j+1 < at && toks[j+1].cap
		case t.cap && !t.punct, t.text == ",", t.lower == "and", t.text == "-":
		default:
			return false
		}
	}
	return false
}

// relativeIntroducer returns the body noun of a phrase with a relative
// clause that ends at the comma c, the phrase opening the sentence or
// following a comma: "The group that runs the harbour ferries, Orla Sound,
// says" introduces Orla Sound as a group.
func relativeIntroducer(toks []tok, c int) string {
	k := c - 1
	for k >= 0 && toks[k].text != "," && c-k <= maxRelativeWords {
		k--
	}
	start := k + 1
	if start+2 >= c || toks[start].lower != "the" && toks[start].lower != "a" && toks[start].lower != "an" {
		return ""
	}
	noun := toks[start+1].lower
	if !bodyNouns[noun] || toks[start+1].cap && start+1 > 0 {
		return ""
	}
	if rel := toks[start+2].lower; rel != "that" && rel != "which" {
		return ""
	}
	return noun
}

// maxRelativeWords is how long a phrase with a relative clause before a
// name may be ("The group that runs most of the harbour ferries,").
const maxRelativeWords = 16

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

// accordingToEnd reports a name after "according to" that closes the
// sentence's words (not one that opens it: "According to Ivo Maric, the
// company cut 300 jobs." gives what he said after the comma), or the
// last of a list of names with appositives, whose appositive ends the
// sentence ("..., according to Martin Haddow, professor of
// sports law at the University of Stirling.", "according to Dr Eilidh
// Munro, a sports psychologist at the University of Edinburgh."): the
// appositive is the name's role, whatever its words, as no clause of a
// verb can follow the name there.
func accordingToEnd(toks []tok, start, end int) bool {
	if start < 2 || !(toks[start-2].lower == "according" && toks[start-1].lower == "to" && start >= 3 && toks[start-3].text == "," ||
		// "Her guests are Marta Oksen, chair of the residents' group, and
		// Tomas Reiner, operations director of Helvox Chemicals.": the
		// last of a list of names, each with its appositive.
		toks[start-2].text == "," && toks[start-1].lower == "and") {
		return false
	}
	for j := end + 1; j < len(toks); j++ {
		if toks[j].punct || toks[j].quote > 0 {
			return toks[j].text == "." && j == len(toks)-1
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

// holdsNamedPost reports a relative clause's post in a body it names:
// "leads Lorimar City Council", not "led the opposition".
func holdsNamedPost(role string) bool {
	ws := strings.Fields(role)
	if len(ws) < 2 || !holdingVerbs[strings.ToLower(ws[0])] {
		return false
	}
	for _, w := range ws[1:] {
		// "who leads Lorimar City Council"; "who has led the coast guard
		// since 2020": a body named, or a state's force.
		if low := strings.ToLower(w); startsUpper(w) || forceNouns[low] {
			return true
		}
	}
	return false
}

// forceNouns are the common nouns of a state's forces, which a relative
// clause's post may name without their state ("who has led the coast
// guard since 2020").
var forceNouns = setOf("guard", "army", "navy", "police", "forces")

// pageLabelEnd returns where a sentence's words start after a page's
// label ("Breaking:", "Update:") that opens it, or -1 when none does:
// "Breaking: Labour Minister Sofia Ekberg has appointed ..." has her as
// its subject.
func pageLabelEnd(toks []tok) int {
	if len(toks) > 2 && notSpeakers[toks[0].lower] && toks[1].text == ":" {
		return 2
	}
	return -1
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

func indexOf(ts []tok, low string) int {
	for i, t := range ts {
		if t.lower == low {
			return i
		}
	}
	return -1
}

// abbreviatedTitleDot reports the dot of an abbreviated title at i
// ("Gov." of "Republican Gov. Ivo Marsh").
func abbreviatedTitleDot(toks []tok, i int) bool {
	_, ok := titleAbbreviations[toks[max(i-1, 0)].lower]
	return i > 0 && toks[i].text == "." && ok && toks[i-1].cap
}

// placeAbbreviationDot reports the dot of "St.", "Mt." or "Ft." inside a
// name ("St. Ivo's District Hospital"): the saint's name goes on, and its
// possessive names no owner.
func placeAbbreviationDot(toks []tok, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].text == "." && toks[i-1].cap && placeAbbreviations[toks[i-1].lower] && toks[i+1].cap
}

// titleOf reports the "of" of a title and its department at i
// ("Secretary of State Mike Pompeo", "Minister of Defence Ada Renn").
func titleOf(toks []tok, i int) bool {
	return i > 0 && toks[i].lower == "of" && toks[i-1].cap && roleWords[toks[i-1].lower]
}

// orgName is a body's name as a run of capitals writes it, without a
// possessive's apostrophe ("Almsby Rovers' proposed stadium", "retailer
// Kronvall's takeover").
func orgName(run string) string {
	if strings.HasSuffix(run, "s'") || strings.HasSuffix(run, "s’") {
		return strings.TrimRight(run, "'’")
	}
	for _, pos := range []string{"'s", "’s"} {
		if name, ok := strings.CutSuffix(run, pos); ok && name != "" {
			return name // "retailer Kronvall's takeover": Kronvall
		}
	}
	return run
}

// namedBy reports a person the article names before sentence i.
func (a *article) namedBy(p *Speaker, i int) bool {
	for _, m := range a.mentions {
		if m.sent < i && m.person == p {
			return true
		}
	}
	return false
}

// pluralNounName reports a name of two capitalised words whose first is
// no given name and whose last is a plural of a common noun ("Coralport
// Terminals", "Highland Skies"): a firm's or a body's, not a person's,
// as a surname that is a plural noun follows a given name ("Jane
// Fields").
func pluralNounName(name []tok) bool {
	if len(name) != 2 || givenNameGender(joinText(name)) != unknown || possessiveTok(name[1]) || groupPlural(name[1].lower) {
		return false
	}
	w := name[1].lower
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	singular := strings.TrimSuffix(w, "s")
	if y, ok := strings.CutSuffix(w, "ies"); ok {
		singular = y + "y"
	}
	return tag.Known(singular)
}
