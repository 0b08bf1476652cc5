package attrib

// Phrases headed by a common noun: roles, bodies, documents and unnamed
// sources ("the Kremlin adviser", "the company", "the statement",
// "officials").

import (
	"fmt"
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
			if all && len(want) == 1 && affiliation == "" && a.otherHolder(p.Role, want[0]) {
				continue // "the president" is not "the president of the Tarn Farm Bureau"
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
			if indefinite(a.curToks, np) && capitalisedModifier(np) {
				// "a Houthi military spokesperson", "a Varo spokesperson":
				// an unnamed holder of a post of the body the role names
				// ("the Tarnco chief" is someone the article has named).
				return a.noted(&Speaker{Name: words, Kind: Unnamed, Generic: head}, "role '%s' -> %s (unnamed holder)", words)
			}
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
		if org := a.bodyOfKindNamedSince(np, head); org != "" && !capitalisedModifier(dropDeterminers(np)) {
			return a.noted(&Speaker{Name: org, Kind: Body, Generic: head}, "head noun '%s' -> %s (the %s last named since another speaker took the floor)", head, head)
		}
		if b := a.lastBody; b != nil && b.Kind == Body && a.sent-a.lastBodyAt <= 2 && a.sent > a.lastBodyAt && !capitalisedModifier(dropDeterminers(np)) &&
			a.findOrg(b.Name) != "" && (b.Generic == head || a.orgKind[b.Name] == head || GenericOrg(head, []string{b.Name}) != "") {
			// "The company said it had made an excellent offer. ... the
			// company said in a statement": the named company that has
			// just spoken goes on, whatever other company was named
			// between ("the Tarsian carmaker" is the one so described).
			return a.noted(b, "head noun '%s' -> %s (the %s that spoke just before)", head, head)
		}
		if org := a.genericOrg(head); org != "" {
			return a.noted(&Speaker{Name: org, Kind: Body, Generic: head}, "head noun '%s' -> %s (last %s named)", head, head)
		}
		if b := a.firmThatSpoke(head); b != "" {
			return a.noted(&Speaker{Name: b, Kind: Body, Generic: head}, "head noun '%s' -> %s (the organisation that has just spoken)", head)
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

// maxBodyWords is how long a body's name opening a sentence may be.
const maxBodyWords = 4

// clauseBody returns the capitalised name that opens a sentence as the
// subject of its finite verb ("Tarnco has cut", "Vantor Rail was
// pulled"), when it is no person the article names, no pronoun, no place
// and no common word capitalised only to open the sentence ("Shares
// fell"): a body. It returns "" otherwise.
func (a *article) clauseBody(toks []tok) string {
	n := 0
	for n < len(toks) && n < maxBodyWords && toks[n].cap && !toks[n].punct && toks[n].quote == 0 {
		n++
	}
	if n == 0 || n >= len(toks) || !finiteTag(toks[n].tag) {
		return ""
	}
	run := toks[:n]
	if nonNames[run[0].lower] || personPronouns[run[0].lower] || bodyPronouns[run[0].lower] || isPlace(run) ||
		roleWords[run[0].lower] || titles[run[0].lower] {
		return ""
	}
	if _, person := a.persons[surnameKey(run[n-1].text)]; person {
		return ""
	}
	if n == 1 && (run[0].tag == tag.NNS || a.writtenLower(run[0].lower) || !a.namedMidSentence(run[0].lower)) {
		return ""
	}
	return joinText(run)
}

// possessiveName returns the capitalised words from the start of ts up
// to the one in "'s" ("Kessler Freight Group's" of "Kessler Freight
// Group's lawsuit"), or the first word when no such run ends in "'s".
func possessiveName(ts []tok) string {
	for k, t := range ts {
		if !t.cap || t.punct {
			break
		}
		if strings.HasSuffix(t.lower, "'s") {
			return joinText(ts[:k+1])
		}
	}
	return ts[0].text
}

// bodyModifier returns the body noun that modifies a document noun ("a
// union statement", "the company's filing"), or "".
func bodyModifier(np []tok) string {
	for _, t := range np[:len(np)-1] {
		if w := strings.TrimSuffix(t.lower, "'s"); bodyNouns[w] && !t.cap {
			return w
		}
	}
	return ""
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
	if a.note.cue == "according to" && a.note.mention != "" {
		// "SAG-AFTRA and the AMPTP failed to agree, according to the
		// actors' union": a source after what it says may be a body
		// that what it says named.
		if i := strings.Index(a.curText, a.note.mention); i > 0 {
			text = " " + Fold(a.curText[i:]) + " "
		}
	}
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

// genericOrgs lists, for a generic noun, the heads of the organisation
// names it can stand for ("the union" for "United Nurses of Carrow").
var genericOrgs = map[string][]string{
	"union": {"union", "nurses", "workers", "guild", "federation", "association"},
	"guild": {"guild", "union", "nurses"},
	"company": {"holdings", "group", "corp", "corporation", "inc", "ltd", "plc", "logistics", "foods", "motors", "airlines", "energy", "company", "partners", "capital", "industries", "systems", "technologies", "media", "services",
		"productions", "records", "entertainment", "pictures", "studios", "films", "broadcasting", "communications", "publishing", "games"},
	"label":      {"records", "recordings", "music"},
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
	"studio":     {"studios", "pictures", "entertainment", "productions", "films"},
	"treasury":   {"treasury"},
	"embassy":    {"embassy"},
	"presidency": {"presidency"},
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
