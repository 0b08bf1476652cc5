package attrib

// Phrases headed by a common noun: roles, bodies, documents and unnamed
// sources ("the Kremlin adviser", "the company", "the statement",
// "officials").

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

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
		if noun := bodyModifier(np); noun != "" {
			// "a union statement", "the ministry's letter": the body of
			// that kind the article has named owns it.
			if org := a.genericOrg(noun); org != "" {
				sp := &Speaker{Name: org, Kind: Body, Generic: noun}
				a.ownDoc(head, sp)
				return a.noted(sp, "document '%s' -> %s (the %s named before)", words, noun)
			}
		}
		for i, t := range np {
			if nonNames[t.lower] || documentNouns[t.lower] {
				continue // "The statement": no owner
			}
			if t.cap || strings.HasSuffix(t.lower, "'s") {
				owner := strings.TrimSuffix(strings.TrimSuffix(possessiveName(np[i:]), "'s"), "’s")
				if org := a.findOrg(owner); org != "" {
					owner = org
				}
				sp := &Speaker{Name: owner, Kind: Body}
				a.ownDoc(head, sp)
				return a.noted(sp, "document '%s' -> %s (its named owner)", words)
			}
		}
		if owner := a.docOwner[docKey(head)]; owner != nil && np[0].lower != "a" && np[0].lower != "an" {
			// "Tarn Air has sued Varga. The lawsuit accuses ...": whoever
			// filed it; "a union statement said ... The statement said":
			// the union.
			return a.noted(owner, "document '%s' -> %s (whose "+head+" it is)", words)
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
		if a.lastBody != nil && a.lastBody.Kind != Document && !a.nearBody(a.lastBody, a.lastBodyAt) {
			// A body that spoke far back has given the floor to others:
			// the document is no more its than anyone's.
			return a.noted(&Speaker{Name: words, Kind: Document, Generic: head}, "document '%s' -> %s (no body spoke or was named near it)", words)
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
		fresh := len(want) == 1 && affiliation == "" && indefinite(a.curToks, np)
		if fresh && voiceHeads[head] {
			if b := a.openingOrg(a.curToks); b != "" && subjectStart(a.curToks, np) > 0 {
				// "The Chief Prosecutor's Office says it will decide
				// within 14 days, according to a spokeswoman": one
				// speaking for the body this sentence opens with.
				return a.noted(&Speaker{Name: b, Kind: Body}, "role '%s' -> %s (a voice of the body this sentence opens with)", words)
			}
			if b := a.lastBody; b != nil && b.Kind == Body && a.sent-a.lastBodyAt <= 1 && (a.lastPerson == nil || a.lastBodyAt >= a.lastPersonAt) {
				// "Solvane denied it. A spokeswoman said ...": one
				// speaking for the body that has just spoken or acted.
				return a.noted(&Speaker{Name: possessive(b.Name) + " " + head, Kind: Unnamed, Generic: head}, "role '%s' -> %s (a voice of the body that has just spoken or acted)", words)
			}
			if b := a.subjectBodyBefore(); b != "" {
				// "The Orla Prison Service has updated the death toll. A
				// spokeswoman tells the Post ...": the body that opened
				// the sentence before.
				return a.noted(&Speaker{Name: possessive(b) + " " + head, Kind: Unnamed, Generic: head}, "role '%s' -> %s (a voice of the body that opened the sentence before)", words)
			}
			if k := a.kindBefore(); k != "" {
				// "The ministry was having none of it. A spokeswoman
				// insisted ...", the article naming no ministry: a voice
				// of the body of that kind, whichever the story names.
				return a.noted(&Speaker{Name: k + " " + head, Kind: Unnamed, Generic: head}, "role '%s' -> %s (a voice of the body of the kind that opened the sentence before)", words)
			}
		}
		var best *Speaker
		for _, key := range sortedKeys(a.persons) {
			if fresh {
				break // "a spokeswoman" is someone new, not the spokeswoman named before
			}
			p := a.persons[key]
			role := " " + expandTitles(Fold(p.Role)) + " "
			all := true
			for _, w := range want {
				if !strings.Contains(role, " "+w+" ") && !(leaderHeads[w] && holdsLead(role)) {
					all = false // "the union chief" is the "Union boss"
					break
				}
			}
			if all && len(want) == 1 && affiliation == "" && a.otherHolder(p.Role, want[0]) {
				continue // "the president" is not "the president of the Tarn Farm Bureau"
			}
			// Of two holders ("Gov. Marsh", "Carrow Gov. Alder"), the
			// last speaker, else the one named last.
			if all && (best == nil || p == a.lastPerson || best != a.lastPerson && a.lastNamed(p) > a.lastNamed(best)) {
				best = p
			}
		}
		if best == nil && affiliation != "" {
			// "the chair of Clean River Merrin": whoever chairs it, as a
			// role of the person says ("chairs the group Clean River Merrin").
			aff := Fold(affiliation)
			for _, key := range sortedKeys(a.persons) {
				p := a.persons[key]
				role := " " + expandTitles(Fold(p.Role)) + " "
				if strings.Contains(role, aff) && strings.Contains(role, " "+head) {
					best = p
				}
			}
			if best == nil {
				return a.noted(&Speaker{Name: joinRole(words, "", affiliation), Kind: Unnamed, Generic: head}, "role '%s' -> %s (unnamed holder)", words)
			}
		}
		if best == nil {
			if b := a.bodyOfModifier(np); b != "" {
				// "The Civic Union called it a fantasy. A party spokesman
				// said ...": one speaking for the body that has just
				// spoken (or of that kind), not for the last person named.
				return a.noted(&Speaker{Name: possessive(b) + " " + head, Kind: Unnamed, Generic: head}, "role '%s' -> %s (a post of the body of that kind)", words)
			}
		}
		if best == nil && len(want) == 1 && a.lastPerson != nil && (!otherPost(a.lastPerson.Role) || indefinite(a.curToks, np)) {
			// "The governor": the last person, unless the article has
			// given them another post ("House Speaker"; "UN chief" may be
			// the Secretary-General); "a spokeswoman": one speaking for
			// the last person.
			best = a.lastPerson
		}
		if best == nil {
			// "The group's spokesman", "the Saudi energy minister": the
			// person last named whose role has the head noun.
			best = a.lastWithRole(head)
			if best != nil && len(want) == 1 && affiliation == "" && a.otherHolder(best.Role, head) {
				best = nil // "the president" is not the bureau's
			}

		}
		if best == nil && affiliation == "" {
			// "..., the regional governor said" in the lead, "Governor Ada
			// Renn said" after it: the one holder the article names,
			// later if need be.
			best = a.onlyHolder(head)
		}
		if m := kindModifier(np); best != nil && m != "" && !strings.Contains(Fold(best.Role), m) {
			best = nil // "the union chief" is not "Solvik chief executive Anton Greve"
		}
		if p := portfolioOf(want); best != nil && p != "" && otherPortfolio(best.Role, p) {
			// "the defence minister" is not Foreign Minister Selma Tovey,
			// but "Defence chief Rurik Hale" named before.
			best = a.lastWithRole(p)
		}
		if best == nil {
			if sp, ok := a.ownedRole(np, words, head); ok {
				return sp, true // "Varga's lawyer": Varga's agent, unnamed
			}
			if b := a.businessOfRole(np, head); b != "" {
				// "A company spokesperson said", the article having named
				// one business: that business's spokesperson, unnamed.
				name := possessive(b) + " " + head
				return a.noted(&Speaker{Name: name, Kind: Unnamed, Generic: head}, "role '%s' -> %s (a post of the article's one business)", words)
			}
			if m := bodyModifier(np); indefinite(a.curToks, np) && (capitalisedModifier(np) || m != "" && !firmNouns[m]) {
				// "a Houthi military spokesperson", "a Varo spokesperson":
				// an unnamed holder of a post of the body the role names
				// ("the Tarnco chief" is someone the article has named);
				// "a justice ministry spokeswoman" too, but not "a
				// company spokeswoman" of one of two companies.
				return a.noted(&Speaker{Name: words, Kind: Unnamed, Generic: head}, "role '%s' -> %s (unnamed holder)", words)
			}
			if officeTitle(a.curToks, np, head) {
				// "The Prime Minister said", "the United Nations High
				// Commissioner for Human Rights said": a title written
				// as an office's, whose holder the article does not name.
				return a.noted(&Speaker{Name: joinRole(words, "", affiliation), Kind: Unnamed, Generic: head}, "role '%s' -> %s (unnamed holder of the office)", words)
			}
			a.note.resolution = fmt.Sprintf("role '%s' held by no person named", words)
			return nil, false
		}
		for _, t := range np {
			if body := strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s"); body != t.lower && bodyNouns[body] {
				a.memberOf[body] = best // "the group's spokesman"
			}
		}
		if owner, _, ok := strings.Cut(words, "'s "); ok && startsUpper(owner) && !strings.Contains(Fold(best.Role), Fold(owner)) {
			// "Aldmark's ambassador to Tarvania has said", the article
			// having named "Ambassador Henrike Vossberg": whose post it
			// is goes with her role.
			if strings.Contains(Fold(words), Fold(best.Role)) {
				best.Role = words // "Ambassador" is "Aldmark's ambassador"
			} else {
				best.Role = joinRoleWords(words, best.Role)
			}
		}
		return a.noted(best, "role '%s' -> %s (person who holds it)", words)
	case bodyNouns[head]:
		if owner := a.itsOwner(np); owner != "" {
			// "Tesselmark gave another account. In a statement, its army
			// general staff said ...": the body of the subject before.
			return a.noted(&Speaker{Name: possessive(owner) + " " + words, Kind: Body, Generic: head}, "'%s' -> %s (a body of the subject of the sentence before)", words)
		}
		if owned, ok := a.ownedName(np); ok {
			// "the group's political bureau": the bureau of the group
			// named before.
			return a.noted(&Speaker{Name: owned, Kind: Body, Generic: head}, "'%s' -> %s (a body of the body its possessive stands for)", words)
		}
		if org := a.firmPart(np); org != "" {
			// "Company management said": the management of the company
			// the article names speaks for it.
			return a.noted(&Speaker{Name: org, Kind: Body}, "'%s' -> %s (the business whose part it is)", words)
		}
		if org := a.bodyOfKindNamedSince(np, head); org != "" && !capitalisedModifier(dropDeterminers(np)) && namesModifiers(np, org) {
			return a.noted(&Speaker{Name: org, Kind: Body, Generic: head}, "head noun '%s' -> %s (the %s last named since another speaker took the floor)", head, head)
		}
		if b := a.lastBody; b != nil && b.Kind == Body && a.sent-a.lastBodyAt <= 2 && a.sent > a.lastBodyAt && !capitalisedModifier(dropDeterminers(np)) && namesModifiers(np, b.Name) &&
			(a.findOrg(b.Name) != "" && (b.Generic == head || a.orgKind[b.Name] == head || GenericOrg(head, []string{b.Name}) != "") ||
				b.Generic == head && (strings.Contains(b.Name, "'s ") || strings.Contains(b.Name, "’s "))) {
			// "The company said it had made an excellent offer. ... the
			// company said in a statement": the named company that has
			// just spoken goes on, whatever other company was named
			// between ("the Tarsian carmaker" is the one so described);
			// so does a body named by its owner and its kind ("Vesk's
			// defence ministry said ... the ministry said").
			return a.noted(b, "head noun '%s' -> %s (the %s that spoke just before)", head, head)
		}
		if b := a.officersBody(head); b != "" && namesModifiers(np, b) && !capitalisedModifier(dropDeterminers(np)) {
			// "Halvard chief executive Maren Holt said ... . The company
			// said ...": the company whose officer has just spoken, not
			// the last company named ("the contractor ClinaTest").
			return a.noted(&Speaker{Name: b, Kind: Body, Generic: head}, "head noun '%s' -> %s (the %s whose officer spoke just before)", head, head)
		}
		org := a.genericOrg(head)
		if owned := ownedByOther(np, org); owned != "" {
			// "Varesh's foreign ministry dismissed that claim", "Elmstead's
			// board": the body of the owner the phrase names, not the last
			// ministry or board named.
			return a.noted(&Speaker{Name: owned, Kind: Body, Generic: head}, "'%s' -> %s (the %s of the owner its possessive names)", owned, head)
		}
		if org != "" && namesModifiers(np, org) {
			return a.noted(&Speaker{Name: org, Kind: Body, Generic: head}, "head noun '%s' -> %s (last %s named)", head, head)
		}
		if b := a.firmThatSpoke(head); b != "" {
			return a.noted(&Speaker{Name: b, Kind: Body, Generic: head}, "head noun '%s' -> %s (the organisation that has just spoken)", head)
		}
		if b := a.firmByTrade(head); b != "" && namesModifiers(np, b) {
			return a.noted(&Speaker{Name: b, Kind: Body, Generic: head}, "head noun '%s' -> %s (the business named by its trade)", head)
		}
		if b := a.firmSubjectBefore(head); b != "" {
			return a.noted(&Speaker{Name: b, Kind: Body, Generic: head}, "head noun '%s' -> %s (the body that opened the sentence before)", head)
		}
		if b := a.firmNamedBefore(np, head); b != "" && !capitalisedModifier(dropDeterminers(np)) {
			return a.noted(&Speaker{Name: b, Kind: Body, Generic: head}, "head noun '%s' -> %s (the one business named just before)", head)
		}
		if m := a.memberOf[head]; m != nil && affiliation == "" && m.Role != "" {
			// "The group's spokesman said ... The group affirmed": the body
			// the spokesman's role names ("Houthi spokesman").
			return a.noted(&Speaker{Name: joinRole(words, "", ""), Kind: Body, Generic: head, Role: m.Role}, "'%s' -> %s (the %s of the %s who spoke before)", words, head, m.Role)
		}
		return a.noted(&Speaker{Name: joinRole(words, "", affiliation), Kind: Body, Generic: head}, "'%s' -> %s (a body the article does not name)", words)
	case unnamedHeads[head]:
		return a.noted(&Speaker{Name: joinRole(words, "", affiliation), Kind: Unnamed, Generic: head, Role: role}, "'%s' -> %s (unnamed source)", words)
	case kinNouns[head]:
		// "Pelletti's mother said", "the victim's father said", of no
		// person the article names: someone it names only by kin.
		return a.noted(&Speaker{Name: words, Kind: Unnamed, Generic: head}, "'%s' -> %s (a relative the article names by kin)", words)

	}
	if p := a.definiteRoleHolder(np, head); p != nil {
		return a.noted(p, "'%s' -> %s (the person named before whose role has the word)", words)
	}
	a.note.resolution = fmt.Sprintf("'%s' is no speaker", words)
	return nil, false
}

// definiteRoleHolder returns the person last named whose role holds the
// head noun of a definite singular description the lexicon lists as no
// role: "the analyst" after "Jefferies analyst Jon Matus", "the
// glaciologist" after "glaciologist Ada Renn". It returns nil for an
// indefinite or plural description ("an analyst", "analysts").
func (a *article) definiteRoleHolder(np []tok, head string) *Speaker {
	last := np[len(np)-1]
	if last.tag != tag.NN || last.cap {
		return nil
	}
	definite := np[0].lower == "the"
	if at := subjectStart(a.curToks, np); at > 0 && at < len(a.curToks) {
		definite = definite || a.curToks[at-1].lower == "the"
	}
	if !definite {
		return nil
	}
	return a.lastWithRole(head)
}

// titleOwner gives a bare corporate title ("chief executive", "a
// spokeswoman") the body that was the subject of a cue in the sentence
// before: "Ostrand rejected the claims. “...,” chief executive Hanna Roos
// said" is Ostrand's chief executive. A title that names its body, or
// any other role, is returned as it is.
func (a *article) titleOwner(role string) string {
	if role == "" {
		return role
	}
	words := strings.Fields(strings.ToLower(role))
	kept := strings.Fields(role)
	for len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the" || words[0] == "its") {
		words, kept = words[1:], kept[1:]
	}
	if !corporateTitles[strings.Join(words, " ")] {
		return role
	}
	// "Halvern, whose chief executive Marta Eklund has said": the name
	// the relative "whose" follows.
	if owner := whoseOwner(a.curToks, words); owner != "" {
		return possessive(owner) + " " + strings.Join(kept, " ")
	}
	// "Tarnco has cut 500 jobs, chief executive Ada Renn said": the body
	// that is the subject of the reported clause before the title.
	if owner := a.clauseBody(a.curToks); owner != "" {
		return possessive(owner) + " " + strings.Join(kept, " ")
	}
	b := a.subjBody
	if b == nil || a.subjBodyAt != a.sent-1 || b.Generic != "" {
		return role
	}
	return possessive(b.Name) + " " + strings.Join(words, " ")
}

// whoseOwner returns the capitalised name before ", whose" when the
// title's words follow "whose" ("Halvern, whose chief executive Marta
// Eklund"), or "".
func whoseOwner(toks []tok, title []string) string {
	for i := 2; i+len(title) < len(toks); i++ {
		if toks[i].lower != "whose" || toks[i-1].text != "," {
			continue
		}
		match := true
		for k, w := range title {
			if toks[i+1+k].lower != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if name := collectLeft(toks, i-2); len(name) > 0 && hasCap(name) {
			return joinText(dropDeterminers(name))
		}
	}
	return ""
}

// kindModifier returns the noun of a kind of body that narrows a role
// before its head, not as a possessive: "union" of "the union chief",
// not "group" of "the group's spokesman".
func kindModifier(np []tok) string {
	for _, t := range np[:len(np)-1] {
		if bodyNouns[t.lower] && !t.cap {
			return t.lower
		}
	}
	return ""
}

// leaderHeads are the words news uses for whoever leads a body: "the
// union chief" is its "boss", its "head", its "leader".
var leaderHeads = setOf("chief", "boss", "head", "leader")

// holdsLead reports a role (folded, spaced) that leads a body.
func holdsLead(role string) bool {
	for w := range leaderHeads {
		if strings.Contains(role, " "+w+" ") {
			return true
		}
	}
	return false
}

// lastWithRole returns the person mentioned last up to the sentence read
// whose role holds the role noun, or nil.
func (a *article) lastWithRole(noun string) *Speaker {
	for i := len(a.mentions) - 1; i >= 0; i-- {
		m := a.mentions[i]
		if m.sent > a.sent {
			continue
		}
		for _, w := range strings.Fields(expandTitles(Fold(roleWordBreaks.Replace(m.person.Role)))) {
			if w == noun || strings.ReplaceAll(noun, "-", " ") != noun && strings.Contains(Fold(m.person.Role), noun) {
				return m.person
			}
		}
	}
	return nil
}

// portfolioOf returns the remit a title's words name ("defence" of "the
// defence minister"), or "".
func portfolioOf(words []string) string {
	for _, w := range words {
		if portfolios[w] {
			return w
		}
	}
	return ""
}

// otherPortfolio reports a role that names a remit and not p: "Foreign
// Minister" for "defence".
func otherPortfolio(role, p string) bool {
	words := strings.Fields(Fold(roleWordBreaks.Replace(role)))
	return !slices.Contains(words, p) && portfolioOf(words) != ""
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
		if orgHeads[words[len(words)-1]] || a.writtenAsThing(p.Name) {
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

// indefinite reports a noun phrase with "a" or "an" before its first
// word or as it.
func indefinite(toks, np []tok) bool {
	if np[0].lower == "a" || np[0].lower == "an" {
		return true
	}
	i := startOf(toks, np)
	return i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "an")
}

// officeTitle reports a role phrase whose head is capitalised inside its
// sentence, as an office's title is written ("the Prime Minister", "the
// Kestrian Foreign Minister"), unlike a description ("the minister").
func officeTitle(toks, np []tok, head string) bool {
	start := startOf(toks, np)
	for k := len(np) - 1; k >= 0; k-- {
		if np[k].lower == head {
			return np[k].cap && start+k > 0
		}
	}
	return false
}

// lastNamed returns the last sentence up to the current one that names p,
// or -1.
func (a *article) lastNamed(p *Speaker) int {
	for i := len(a.mentions) - 1; i >= 0; i-- {
		if m := a.mentions[i]; m.person == p && m.sent <= a.sent {
			return m.sent
		}
	}
	return -1
}

// expandTitles writes out the abbreviated titles of a folded role
// ("republican gov." is "republican governor"), so that "the governor"
// finds the person a role names "Gov.".
func expandTitles(role string) string {
	words := strings.Fields(role)
	changed := false
	for i, w := range words {
		if full, ok := titleAbbreviations[strings.TrimSuffix(w, ".")]; ok {
			words[i], changed = full, true
		}
	}
	if !changed {
		return role
	}
	return strings.Join(words, " ")
}

// capitalisedModifier reports a role phrase with a capitalised word
// before its head ("a Houthi military spokesperson"): the name of the
// body whose post it is.
func capitalisedModifier(np []tok) bool {
	for _, t := range np[:len(np)-1] {
		if t.cap && !t.punct {
			return true
		}
	}
	return false
}

// definiteNoun returns "the" and a singular common noun that end at i and
// open their clause ("The glaciologist said"), which the resolver takes
// only for a person named before with that word in their role, or nil.
func definiteNoun(toks []tok, i int) []tok {
	if i < 1 || toks[i].cap || toks[i].tag != tag.NN || toks[i-1].lower != "the" {
		return nil
	}
	if i >= 2 && !toks[i-2].punct && toks[i-2].quote == 0 {
		return nil
	}
	return toks[i-1 : i+1]
}

// onlyHolder returns the one person of the article whose role holds the
// noun head as a word, or nil when none or several do.
func (a *article) onlyHolder(head string) *Speaker {
	var found *Speaker
	for _, key := range sortedKeys(a.persons) {
		p := a.persons[key]
		if !slices.Contains(strings.Fields(expandTitles(Fold(p.Role))), head) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// itsOwner returns, for a body noun phrase opened by "its" or "their", the
// name that is the subject of the sentence before when that sentence
// reports no speech ("Tesselmark gave another account."), or "".
func (a *article) itsOwner(np []tok) string {
	its := len(np) > 1 && (np[0].lower == "its" || np[0].lower == "their")
	if at := subjectStart(a.curToks, np); !its && at > 0 && at <= len(a.curToks) {
		its = a.curToks[at-1].lower == "its" || a.curToks[at-1].lower == "their" // the phrase without its determiner
	}
	if !its || a.sent == 0 {
		return ""
	}
	prev := a.tokens(a.sentences[a.sent-1])
	if hasCue(prev) {
		return ""
	}
	return a.clauseBody(prev)
}
