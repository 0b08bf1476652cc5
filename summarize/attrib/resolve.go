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

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
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
		out = unaccented.Get(s, removeAccents, func(o string) int { return len(o) })
	}
	return strings.ToLower(strings.ReplaceAll(out, "’", "'"))
}

// removeAccents returns s without its combining marks. Names are folded
// many times over a story: the results are kept (unaccented).
func removeAccents(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// unaccentedBytes bounds the memory of the names kept without accents.
const unaccentedBytes = 2 << 20

var unaccented = lex.NewMemo[string](unaccentedBytes)

// isPunctuation reports whether r is of the General Punctuation block
// (dashes, curly quotes, ellipsis) apart from its two spaces that
// decompose: normalising leaves such a rune, and the runes about it, as
// they are.
func isPunctuation(r rune) bool { return r >= 0x2010 && r <= 0x206F }

// resolve turns the words that name a speaker into a Speaker.
func (a *article) resolve(np []tok, role string) (*Speaker, bool) {
	for len(np) > 1 && placeModifier(np[0].lower) {
		np = np[1:] // "Leiden-based Kestrel said"
	}
	if len(np) == 0 {
		return nil, false
	}
	if quantifiers[np[0].lower] || numberWords[np[0].lower] && len(np) > 1 && np[1].lower == "of" {
		return nil, false
	}
	if a.pollShare(np) {
		a.note.resolution = fmt.Sprintf("'%s' is a share of people polled: a finding, no speaker", joinText(np))
		return nil, false // "70 percent of Tarnians say"
	}
	if last := np[len(np)-1].lower; (np[0].lower == "a" || np[0].lower == "an") && documentNouns[last] && !hasCap(np) && bodyModifier(np) == "" {
		if src := a.docSource(np); len(src) > 0 {
			return a.resolve(src, role) // "said a report from Kotak Research"
		}
		if issuedDocs[last] {
			return a.issuedDocOwner(np) // "“...,” a statement said": a new source
		}
		a.note.resolution = fmt.Sprintf("document '%s' whose owner is not said", joinText(np))
		return nil, false // "according to a notice published in the gazette"
	}
	if sp, ok := a.ownedBody(np); ok {
		return sp, true
	}
	if sp, ok := a.possessedAgent(np); ok {
		return sp, true // "Varga's rep told", "the singer's lawyer said"
	}
	determined := np[0].lower == "the" || np[0].lower == "a" || np[0].lower == "an"
	// A weekday, a month, a determiner or a function word opening a
	// sentence is never a speaker ("The", "Thursday", "And").
	for len(np) > 0 && nonNames[np[0].lower] && !personPronouns[np[0].lower] && !bodyPronouns[np[0].lower] {
		np = np[1:]
	}
	if len(np) == 0 {
		a.note.resolution = "no speaker: only function words or dates"
		return nil, false
	}
	if a.namesThing(np) {
		a.note.resolution = fmt.Sprintf("'%s' names a thing, not a speaker", joinText(np))
		return nil, false // "Clipper will orbit Jupiter"
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
			sp, ok := a.personPronoun(np, low)
			if ok {
				a.heard(sp, genderOfWords([]string{low}))
			}
			return sp, ok
		case bodyPronouns[low], low == "them":
			if sp, ok := a.docPronoun(low); ok {
				return sp, true // "The lawsuit accuses Varga. It claims ..."
			}
			if sp, ok := a.bodySubjectPronoun(np, low); ok {
				return sp, true // "The union rejected the plan, which it said ..."
			}
			if sp, ok := a.pairPronoun(low); ok {
				return sp, true // "Lena and Tomas Varo disputed ... They said"
			}
			if a.lastBody == nil {
				a.note.resolution = fmt.Sprintf("pronoun '%s' with no body or group before it", low)
				return nil, false
			}
			return a.noted(a.lastBody, "pronoun '%s' -> %s (last body or group that spoke)", low)
		}
	}
	if p, ok := a.roleNameOf(np, role); ok {
		return a.noted(p, "'%s' -> %s (a role and a name, of a body)", joinText(np))
	}
	if org := a.findOrg(joinText(dropDeterminers(np))); org != "" && (hasCap(dropDeterminers(np)) || kindOfName(org, joinText(dropDeterminers(np)))) {
		// A short name is written as a name, or is the kind that opens
		// the name ("the university" of the University of Castelmoor):
		// "the government" is no "Government House" a press conference
		// was held at.
		return a.noted(&Speaker{Name: org, Kind: Body, Role: role}, "'%s' -> %s (organisation named in the article)", joinText(np))
	}
	var affiliation string
	// "Russia's Permanent Mission to the United Nations": the body before
	// "to" speaks; what follows says where ("the ministry's letter to the
	// union": to whom).
	for i, t := range np {
		if t.lower == "for" && i > 0 && i+1 < len(np) && np[i-1].cap && orgHeads[strings.TrimSuffix(np[i-1].lower, "'s")] &&
			!personBeforeOf(np[:i]) {
			// "the Attorney's Office for the Western District": a body
			// named with what it serves, all of it its name.
			whole := joinText(dropDeterminers(np))
			return a.noted(&Speaker{Name: whole, Kind: Body, Role: role}, "'%s' -> %s (a body named with what it serves)", whole)
		}
		if t.lower == "for" && i > 0 && i+1 < len(np) && np[i-1].cap && roleWords[np[i-1].lower] {
			// "the High Commissioner for Coastal Affairs": the remit of
			// the office named before it, which speaks.
			role = joinRole(role, "", "") + strings.TrimSpace(" for "+joinText(dropDeterminers(np[i+1:])))
			np = np[:i]
			break
		}
		if t.lower == "of" && i > 0 && postOf(np[i-1]) {
			if where := dropDeterminers(np[i+1:]); departmentAndName(where) {
				// "Secretary of Commerce Ivo Maric": the department,
				// then the name of who holds the post.
				n := len(where)
				role = joinRole(joinText(dropDeterminers(np[:i]))+" of "+joinText(where[:n-2]), role, "")
				np = where[n-2:]
				break
			}
		}
		if t.lower == "to" && i > 0 && i+1 < len(np) && (orgHeads[np[i-1].lower] || roleWords[np[i-1].lower] || documentNouns[np[i-1].lower]) {
			where := dropDeterminers(np[i+1:])
			if n := len(where); n >= 3 && allCap(where) && roleWords[np[i-1].lower] {
				// "Vellia's ambassador to Tarnland Liu Xiaoben": the
				// place, then the name of who holds the post.
				role = joinRole(joinText(dropDeterminers(np[:i]))+" to "+joinText(where[:n-2]), role, "")
				np = where[n-2:]
				break
			}
			role = joinRole(role, "", "") + strings.TrimSpace(" to "+joinText(where))
			np = np[:i]
			break
		}
	}
	for i, t := range np {
		if (t.lower == "of" && !orgHeads[np[max(i-1, 0)].lower] || t.lower == "in" || t.lower == "at" || t.lower == "from") && i > 0 && i+1 < len(np) {
			if t.lower != "of" && occasionNouns[np[len(np)-1].lower] {
				np = np[:i] // "attorneys in a letter", "officials at a briefing": how, not whose
				break
			}
			if (t.lower == "from" || t.lower == "of") && documentNouns[np[i-1].lower] && !hasCap(np[:i]) {
				// "A statement from its media wing said": the source
				// the document comes from speaks.
				if sp, ok := a.resolve(np[i+1:], role); ok {
					return sp, true
				}
			}
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
	if ep := a.epithetPhrase(np, determined); len(ep) > 0 {
		return a.epithetPerson(ep) // "the world's richest person said"
	}
	if n := len(np); !head.cap && n >= 2 && orgHeads[head.lower] && !bodyNouns[head.lower] && !unnamedHeads[head.lower] && np[n-2].cap {
		// "The Farmers' Union party said": the body the capitalised
		// words name, its kind after it; lower-case words before the
		// name say what it is ("the opposition Civic Unity party").
		words := dropDeterminers(np[:n-1])
		k := 0
		for k < len(words)-1 && !words[k].cap {
			k++
		}
		if !words[k].cap {
			k = 0
		}
		name := joinText(words[k:])
		if org := a.findOrg(name); org != "" {
			name = org
		}
		return a.noted(&Speaker{Name: name, Kind: Body, Role: joinRole(joinText(words[:k]), role, affiliation)}, "'%s' -> %s (a body named before its kind)", joinText(np))
	}
	if !head.cap {
		sp, ok := a.resolveGeneric(np, role, affiliation)
		if !ok {
			if org := a.orgByTail(np); org != "" {
				// "The Ostrevian Coast Guard detained a crab boat. In a
				// statement, the coast guard said": the body whose name
				// ends in those words.
				a.note.resolution = ""
				return a.noted(&Speaker{Name: org, Kind: Body, Role: role}, "'%s' -> %s (a body named before whose name ends in those words)", joinText(np))
			}
		}
		return sp, ok
	}
	if orgHeads[head.lower] && len(np) > 1 { // "St Brigid Health Group said"
		name := joinText(dropDeterminers(np))
		if org := a.findOrg(name); org != "" {
			name = org
		} else if owned, ok := a.ownedName(np); ok {
			name = owned // "the group's Supreme Council": the group's, named
		}
		return a.noted(&Speaker{Name: name, Kind: Body, Role: role}, "'%s' -> %s (organisation name)", joinText(np))
	}
	if org, at := a.orgWithLink(np); org != "" {
		// "The campaign group Parents for Safe Medicines said": a body
		// named in the article whose name holds a lower-case link,
		// where the capitals alone would end at "Safe Medicines".
		return a.noted(&Speaker{Name: org, Kind: Body, Role: joinRole(joinText(dropDeterminers(np[:at])), role, affiliation)},
			"'%s' -> %s (organisation named in the article)", joinText(np))
	}
	k := len(np)
	for k > 0 && len(np)-k < maxNameWords(np) && np[k-1].cap && !roleWords[np[k-1].lower] && !titles[np[k-1].lower] &&
		!describesPerson(np[k-1].lower) && !lex.IsEpithet(np[k-1].lower) && !strings.HasSuffix(np[k-1].lower, "'s") {
		k--
	}
	name := np[k:]
	pre := joinText(dropDeterminers(np[:k]))
	if ext := preNameWords(a.curToks, subjectStart(a.curToks, np)); ext != "" && len(name) >= 2 && !strings.Contains(Fold(role), Fold(ext)) {
		// "hospital administrator Vesna Korda", "Retired border police
		// colonel Anton Druska": the lower-case words of the role before
		// what the phrase took in.
		pre = strings.TrimSpace(ext + " " + pre)
	}
	if honorifics[strings.ToLower(strings.TrimSuffix(pre, "."))] {
		pre = "" // an honorific is no role: "Its chair, Dr Ada Renn," holds the chair
	}
	for first, rest, ok := strings.Cut(pre, " "); ok && lex.IsEpithet(strings.ToLower(first)); first, rest, ok = strings.Cut(rest, " ") {
		pre = rest // "Furious Health Minister Ines Marovic": the minister
	}
	if lex.IsEpithet(strings.ToLower(pre)) {
		pre = "" // "Heartbroken Ivana Rusk": no role
	}
	if len(name) == 0 {
		// "The Prime Minister said": a title written as an office's, with
		// no name after it: its holder, named before or not.
		return a.resolveGeneric(np, role, affiliation)
	}
	role = a.titleOwner(a.possessor(joinRole(pre, role, affiliation)))
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
	if last := name[len(name)-1].lower; len(name) >= 2 && groupPlural(last) {
		// "House Republicans", "Senate Democrats": a group of people,
		// never one person's name.
		whole := joinText(dropDeterminers(np))
		return a.noted(&Speaker{Name: whole, Kind: Unnamed, Generic: last, Role: role}, "'%s' -> %s (a group named by its members' noun)", joinText(np))
	}
	if len(name) >= 2 && !orgHeads[name[len(name)-1].lower] && strings.Contains(a.curText, joinText(name)+", which ") {
		// "Fair Ballot Watch, which had 26 observers at the count, has
		// called for an audit": "which" is no person's pronoun.
		a.orgs = append(a.orgs, joinText(name))
		a.orgSent = append(a.orgSent, a.sent)
		return a.noted(&Speaker{Name: joinText(name), Kind: Body, Role: role}, "'%s' -> %s (a body: a relative clause of a thing follows it)", joinText(np))
	}
	if len(name) >= 2 && !orgHeads[name[len(name)-1].lower] {
		p := a.addPerson(joinText(name), role)
		return a.noted(p, "'%s' -> %s (person's name)", joinText(np))
	}
	word := joinText(name)
	// "The Pentagon" is no person's surname, whoever was named "VOA
	// Pentagon": a determiner comes before a thing or a body.
	if p, ok := a.persons[surnameKey(word)]; ok && len(name) == 1 && !(determined && k == 0) {
		if p.Role == "" && role != "" {
			p.Role = role // "the Tarn Herald's Vask": a role the first mention did not give
		}
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
	if k > 0 && len(name) == 1 && allRoleWords(np[:k]) && (personRoles[np[k-1].lower] || occupations[np[k-1].lower]) {
		// "Union president Farrow said", "Developer Norwood called": a
		// role before one capitalised word that names no one yet. The
		// role is no part of the name; a role held by one person makes
		// the word a surname.
		if personRoles[np[k-1].lower] {
			return a.noted(a.addPerson(word, role), "'%s' -> %s (role and surname)", joinText(np))
		}
		return a.noted(&Speaker{Name: word, Role: role, Kind: Body}, "'%s' -> %s (role and a capitalised name taken as a body)", joinText(np))
	}
	if at := subjectStart(a.curToks, np); len(np) == 1 && np[0].tag == tag.NNS && at == 0 && tag.Known(np[0].lower) &&
		len(a.curToks) > 1 && a.curToks[1].tag == tag.IN {
		// "Talks on the budget collapsed": a plural common noun the
		// tagger knows, capitalised because it opens the sentence, with
		// its complement after it ("Marks and Brennan says" is a name).
		a.note.resolution = fmt.Sprintf("'%s' is a plural common noun opening the sentence: no name", np[0].text)
		return nil, false
	}
	if len(name) == 1 && LowerCompound(word) {
		// "Penny-pinching shoppers and farmers cheered": an adjective
		// that opens the sentence, no name.
		a.note.resolution = fmt.Sprintf("'%s' is a hyphenated adjective: no name", word)
		return nil, false
	}
	if len(name) == 1 && agedIn(a.curText, word) {
		// "said Dominik, 34, a support engineer": an age is a person's.
		return a.noted(a.addPerson(word, role), "'%s' -> %s (a name with an age: a person)", joinText(np))
	}
	return a.noted(&Speaker{Name: strings.TrimPrefix(joinText(np), "The "), Role: role, Kind: Body}, "'%s' -> %s (capitalised name taken as a body)", joinText(np))
}

// groupPlural reports a plural noun of people that heads a group's name
// ("Republicans", "Lawmakers"): a body noun ("Holdings") is no such noun.
func groupPlural(w string) bool {
	return unnamedHeads[w] && strings.HasSuffix(w, "s") && !bodyNouns[w] && !orgHeads[w]
}

// writtenLower reports a word the article writes in lower case somewhere.
func (a *article) writtenLower(low string) bool {
	if a.lowerWords == nil {
		a.lowerWords = map[string]bool{}
		for _, s := range a.texts {
			for _, t := range tokenize(s, nil) {
				if !t.cap && !t.punct {
					a.lowerWords[t.lower] = true
				}
			}
		}
	}
	return a.lowerWords[low]
}

// namedMidSentence reports a word the article writes capitalised after
// a sentence's first word ("with Tarnco"): a name, not a common word
// capitalised only because it opens a sentence.
func (a *article) namedMidSentence(low string) bool {
	if a.midNames == nil {
		a.midNames = map[string]bool{}
		for _, s := range a.sentences {
			for i, t := range tokenize(s, nil) {
				if i > 0 && t.cap && !t.punct {
					a.midNames[t.lower] = true
				}
			}
		}
	}
	return a.midNames[low]
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
			if people := a.pluralSubjectBefore(); people != "" && strings.EqualFold(p, "their ") {
				// "The militants appear to be in no hurry. Their
				// spokesman said": the spokesman of the people the
				// sentence before is about, not of the body named last.
				return "the " + people + "' " + rest
			}
			if owner := a.stateOpeningBefore(rest); owner != "" {
				// "Dostrava's version is the mirror image. Its defence
				// ministry insists ...": the state whose version opens
				// the sentence before owns its ministry.
				return possessive(owner) + " " + rest
			}
			if b := a.subjBody; b != nil && a.subjBodyAt == a.sent-1 && b.Generic != "" && startsUpper(b.Name) && a.findOrg(b.Name) == "" {
				// "Marakhand's government has said little. Its spokesman
				// said", "The Save Marrowby Maternity campaign puts the
				// figure at 900. Its chair said": the body the sentence
				// before spoke as, named by its owner or its kind, not the
				// organisation named last.
				return possessive(b.Name) + " " + rest
			}
			if org := a.lastOrgNamed(); org != "" {
				return possessive(org) + " " + rest
			}
		}
	}
	for _, prep := range []string{" for the ", " of the ", " at the "} {
		// "But Valvetec hit back. A spokeswoman for the firm, Ida Sorn,
		// said": the firm that has just spoken or acted, not another the
		// article named (an analyst's bank).
		if i := strings.Index(low, prep); i > 0 {
			if noun := strings.TrimRight(low[i+len(prep):], ".,"); firmNouns[noun] {
				if org := a.firmBefore(noun); org != "" {
					return role[:i+len(prep)-len("the ")] + org
				}
			}
		}
	}
	return a.ownedPart(role)
}

// roleNameOf returns the person of a phrase of a role, a name of two or
// three words and "of" a body ("Analyst Piotr Dana of Meridian
// Securities", or with no role when a given name opens the name: "Ruth
// Calloway of the Selby Institute"), with the role and the body as their
// post; ok is false for any other phrase ("Bank of England", "University
// of Castelmoor").
func (a *article) roleNameOf(np []tok, role string) (*Speaker, bool) {
	of := slices.IndexFunc(np, func(t tok) bool { return t.lower == "of" })
	if of < 2 || of+1 >= len(np) {
		return nil, false
	}
	k := 0
	for k < of && roleWords[np[k].lower] && np[k].cap {
		k++
	}
	name := np[k:of]
	if len(name) < 2 || len(name) > 3 || k == 0 && givenNameGender(joinText(name)) == unknown && !a.bodyTail(np[of+1:]) {
		// "Ruth Calloway of the Selby Institute": a given name says a
		// person; so does a body's name after "of" ("Priya Raman of
		// Skyline Aviation Consulting"), where a body's own name would
		// end in its head noun ("Bank of England").
		return nil, false
	}
	for _, t := range name {
		if !t.cap || orgHeads[t.lower] || roleWords[t.lower] || possessiveTok(t) {
			return nil, false
		}
	}
	post := strings.TrimSpace(joinText(np[:k]) + " of " + joinText(dropDeterminers(np[of+1:])))
	switch {
	case k == 0 && role != "":
		post = role // "Professor Ruth Calloway of the Selby Institute": the title read with the body
	case role != "":
		post = joinRoleWords(post, role)
	}
	return a.addPerson(joinText(name), post), true
}

// bodyTail reports words after "of" that name a body: one the article
// names, or a name of capitalised words that ends in a body's head noun
// or a firm's trade ("Skyline Aviation Consulting").
func (a *article) bodyTail(ts []tok) bool {
	ts = dropDeterminers(ts)
	if len(ts) < 2 || !allCap(ts) {
		return false
	}
	if a.findOrg(joinText(ts)) != "" {
		return true
	}
	last := ts[len(ts)-1].lower
	return orgHeads[last] || IsFirmTrade(last)
}

// orgByTail returns the organisation named so far whose name ends in the
// lower-case words of a definite noun phrase of one to three words ("the
// coast guard" of "Ostrevian Coast Guard"), the last named if several,
// or "".
func (a *article) orgByTail(np []tok) string {
	if len(np) > 0 && np[0].lower == "the" {
		np = np[1:]
	}
	if len(np) == 0 || len(np) > 3 {
		return ""
	}
	words := make([]string, 0, len(np))
	for _, t := range np {
		if t.cap || t.punct || t.quote > 0 {
			return ""
		}
		words = append(words, t.lower)
	}
	tail := " " + strings.Join(words, " ")
	orgs := a.orgsSoFar()
	for i := len(orgs) - 1; i >= 0; i-- {
		if f := Fold(orgs[i]); strings.HasSuffix(f, tail) && f != strings.TrimSpace(tail) {
			return orgs[i]
		}
	}
	// A body named only as it acted ("The Ostrevian Coast Guard detained
	// a crab boat"): the capitalised run that ends in the words, in the
	// sentences before.
	for s := a.sent - 1; s >= 0 && s >= a.sent-maxTailDistance; s-- {
		toks := a.tokens(a.sentences[s])
		for j := len(toks) - 1; j >= len(words); j-- {
			if !toks[j].cap || Fold(toks[j].text) != words[len(words)-1] {
				continue
			}
			k := j - len(words) + 1
			match := true
			for n, w := range words {
				if !toks[k+n].cap || Fold(toks[k+n].text) != w {
					match = false
				}
			}
			if !match || k == 0 || !toks[k-1].cap || toks[k-1].punct {
				continue
			}
			for k > 0 && toks[k-1].cap && !toks[k-1].punct && toks[k-1].lower != "the" {
				k--
			}
			return joinText(toks[k : j+1])
		}
	}
	return ""
}

// maxTailDistance is how many sentences back a body named as it acted is
// what the last words of its name stand for.
const maxTailDistance = 3

// firmBefore returns the business a firm noun ("the firm") stands for in
// a role: the organisation that was the subject of the sentence before,
// else one that has just spoken, else "".
func (a *article) firmBefore(noun string) string {
	if b := a.subjBody; b != nil && a.subjBodyAt == a.sent-1 {
		if org := a.findOrg(b.Name); org != "" && (GenericOrg(noun, []string{org}) != "" || a.orgKind[org] == "" || firmNouns[a.orgKind[org]]) {
			return org
		}
	}
	if org := a.firmThatSpoke(noun); org != "" {
		return org
	}
	return a.firmSubjectBefore(noun)
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
	// "The United Nations called for restraint. Its spokesman said ...":
	// the body that was the subject of a cue in the sentence before, a
	// state or a place as much as an organisation.
	if b := a.subjBody; b != nil && a.subjBodyAt == a.sent-1 {
		if org := a.findOrg(b.Name); org != "" {
			return org
		}
		if b.Generic == "" {
			return b.Name
		}
		if !startsUpper(b.Name) {
			// "The company has admitted ... Its site director said": the
			// company the article does not name, for the story to tell.
			return "the " + b.Generic
		}
	}
	if name := a.subjectBefore(); name != "" {
		return name
	}
	if org := a.kindSubjectBefore(orgs); org != "" {
		return org
	}
	for k := a.sent - 1; k >= 0 && k >= a.sent-2; k-- {
		text := a.sentences[k]
		best, at := "", len(text)
		for _, o := range orgs {
			f := strings.Fields(o)
			forms := []string{o, f[0]}
			if len(f) > 1 && orgHeads[strings.ToLower(f[len(f)-1])] {
				forms = append(forms, "The "+f[len(f)-1]) // "The Inspectorate is examining five sites."
			}
			for _, form := range forms {
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

// kindSubjectBefore returns the organisation of orgs that the sentence
// before names by its kind as the subject of its main clause, after a
// fronted phrase or none ("Instead of waiting for the count, the
// alliance has gone looking for a scandal. Its campaign manager ..."),
// or "".
func (a *article) kindSubjectBefore(orgs []string) string {
	if a.sent == 0 || a.sent > len(a.sentences) {
		return ""
	}
	toks := a.tokens(a.sentences[a.sent-1])
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != "the" || k > 0 && toks[k-1].text != "," || !bodyNouns[toks[k+1].lower] {
			continue
		}
		if v := toks[k+2]; v.tag.Verb() || v.tag == tag.MD {
			return GenericOrg(toks[k+1].lower, orgs)
		}
	}
	return ""
}

// stateOpeningBefore returns, for a post of a state's government after
// "its" (a ministry, an army), the name the sentence before opens with in
// the possessive when it is no person's nor an organisation's
// ("Dostrava's version is the mirror image. Its defence ministry"), or "".
func (a *article) stateOpeningBefore(post string) string {
	words := strings.Fields(strings.ToLower(post))
	if len(words) == 0 || !statePosts[words[len(words)-1]] || a.sent == 0 {
		return ""
	}
	toks := a.tokens(a.sentences[a.sent-1])
	k := 0
	for k < len(toks) && toks[k].cap && !toks[k].punct && !possessiveTok(toks[k]) && k < 2 {
		k++
	}
	if k >= len(toks) || !toks[k].cap || !possessiveTok(toks[k]) || isFunctionWord(toks[0].lower) ||
		k+1 < len(toks) && toks[k+1].cap {
		return "" // "The Sarnel Fishermen's Cooperative": a body's name goes on
	}
	name := strings.TrimSuffix(strings.TrimSuffix(joinText(toks[:k+1]), "'s"), "’s")
	if _, person := a.persons[surnameKey(name)]; person || name == "" || a.findOrg(name) != "" {
		return ""
	}
	return name
}

func dropDeterminers(ts []tok) []tok {
	for len(ts) > 0 && (ts[0].lower == "the" || ts[0].lower == "a" || ts[0].lower == "an" || len(ts) > 1 && placeModifier(ts[0].lower)) {
		ts = ts[1:]
	}
	return ts
}

// placeModifier reports a word that says where a body is based
// ("Leiden-based Kestrel", "Berlin-headquartered Volta Energy"): no word
// of its name.
func placeModifier(low string) bool {
	for _, suffix := range []string{"-based", "-headquartered", "-registered", "-listed"} {
		if strings.HasSuffix(low, suffix) {
			return true
		}
	}
	return false
}

func joinText(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.text != ")" && t.text != "," && t.text != "." && ts[i-1].text != "(" {
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

// allRoleWords reports a run of words that are all role words or
// determiners ("the union president", "Developer").
func allRoleWords(ts []tok) bool {
	for _, t := range ts {
		if !roleWords[t.lower] {
			return false
		}
	}
	return len(ts) > 0
}

// subjectBefore returns the name that opens the sentence before as the
// subject of its verb, when the article gives no sign that it is a
// person's (a given name, a title, a role, "he" or "she"): "Highland
// Skies struck a more emotional note. Its chief executive, Alison
// Grieve, said": "its" stands for it, a body, which the name of two
// capitalised words had made a person. It is a body from then on.
// pluralSubjectBefore returns the plural common noun that is the subject
// of the sentence before ("The militants appear to be in no hurry.",
// "The striking nurses marched on Monday."), lower case, or "".
func (a *article) pluralSubjectBefore() string {
	if a.sent == 0 {
		return ""
	}
	toks := a.tokens(a.sentences[a.sent-1])
	if len(toks) < 3 || toks[0].lower != "the" {
		return ""
	}
	j := 1
	for j < len(toks)-1 && j < 3 && (toks[j].tag == tag.JJ || toks[j].tag == tag.VBG) && !toks[j].cap {
		j++
	}
	if t := toks[j]; t.tag != tag.NNS || t.cap || bodyNouns[t.lower] || j+1 >= len(toks) || !finiteTag(toks[j+1].tag) {
		return ""
	}
	return toks[j].lower
}

func (a *article) subjectBefore() string {
	if a.sent == 0 || !strings.HasPrefix(strings.ToLower(a.curText), "its ") {
		return ""
	}
	toks := a.tokens(a.sentences[a.sent-1])
	i := 0
	if len(toks) > 0 && toks[0].lower == "the" {
		i = 1
	}
	j := i
	for j < len(toks) && toks[j].cap && !toks[j].punct && toks[j].quote == 0 {
		j++
	}
	if j-i >= 2 && j-i <= 5 && possessiveTok(toks[j-1]) {
		// "The Sevra River Commission's own gauges paint a less dramatic
		// picture. Its chair said": the body whose possessive opens the
		// subject, when its name says it is a body.
		last := strings.TrimSuffix(strings.TrimSuffix(toks[j-1].lower, "'s"), "’s")
		if orgHeads[last] {
			name := strings.TrimSuffix(strings.TrimSuffix(joinText(toks[i:j]), "'s"), "’s")
			if org := a.findOrg(name); org != "" {
				return org
			}
			a.orgs = append(a.orgs, name)
			a.orgSent = append(a.orgSent, a.sent-1)
			return name
		}
	}
	v := j
	if v+1 < len(toks) && toks[v].text == "," && toks[v+1].lower == "which" {
		// "Fair Ballot Watch, which had 26 observers at the count, has
		// called for an audit": a thing's relative clause, then the verb.
		for v += 2; v < len(toks) && toks[v].text != ","; v++ {
		}
		v++
	}
	if j == i || j-i > 4 || v >= len(toks) || !finiteTag(toks[v].tag) {
		return ""
	}
	name := joinText(toks[i:j])
	if org := a.findOrg(name); org != "" {
		return org
	}
	if i > 0 {
		return "" // "The Inspectorate is examining ...": a short name of a body named before
	}
	key := surnameKey(name)
	p, ok := a.persons[key]
	if !ok {
		if isPlace(toks[i:j]) || a.things[Fold(name)] || a.writtenAsThing(name) {
			return "" // "France struck back.": the state, as the sentence before gives it
		}
		if j-i > 1 {
			// "Royal Mail struck a different tone.": no person's name. One
			// word ("Coralport has refused.") may be the short name of a
			// body another article names whole, which the story matches.
			a.orgs = append(a.orgs, name)
			a.orgSent = append(a.orgSent, a.sent-1)
		}
		return name
	}
	if p.Name != name || p.Role != "" || givenNameGender(name) != unknown || a.genderOf(p) != unknown ||
		titles[toks[i].lower] || personalTitles[toks[i].lower] {
		return ""
	}
	delete(a.persons, key)
	a.orgs = append(a.orgs, name)
	a.orgSent = append(a.orgSent, a.sent-1)
	return name
}
