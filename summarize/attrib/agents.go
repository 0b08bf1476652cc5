package attrib

// A person's agent: a noun of someone who speaks for another after a
// person's possessive ("Varga's rep told", "the singer's lawyer said",
// "Orla Venn's attorneys wrote") names an unnamed agent speaking for
// that person, whose side is the person's. The possessive may be the
// person's name or a phrase the article uses for them ("the singer").

import (
	"slices"
	"strings"
)

// maxAgentModifiers bounds the lower-case words between the possessive
// and the agent noun ("Varga's longtime rep").
const maxAgentModifiers = 2

// agentAfterPossessive reports an agent noun at j that a possessive
// opens, with at most maxAgentModifiers lower-case words between:
// collectLeft takes such a noun into the phrase.
func agentAfterPossessive(toks []tok, j int) bool {
	if !agentNouns[toks[j].lower] || toks[j].cap {
		return false
	}
	for k := j - 1; k >= 0 && j-k <= maxAgentModifiers+1; k-- {
		t := toks[k]
		if t.punct || t.quote > 0 {
			return false
		}
		if possessiveTok(t) || counselNouns[toks[j].lower] && pronounOwners[t.lower] {
			return true
		}
		if t.cap || isFunctionWord(t.lower) {
			return false
		}
	}
	return false
}

// pronounOwners are the possessive pronouns of one person, whose counsel
// they may name ("her lawyer", "his attorneys").
var pronounOwners = map[string]bool{"his": true, "her": true}

// pronounsCounsel resolves counsel or a spokesperson named by a
// possessive pronoun ("her lawyer said", "his longtime attorneys", "his
// spokesman said"): an unnamed agent of the
// person named last whom the pronoun fits, named with that person's
// full name. It reports false for any other phrase, or when no person
// fits.
func (a *article) pronounsCounsel(np []tok) (*Speaker, bool) {
	n := len(np)
	if n < 2 || n > maxAgentModifiers+2 || !pronounOwners[np[0].lower] || !counselNouns[np[n-1].lower] && !spokesNouns[np[n-1].lower] || np[n-1].cap {
		return nil, false
	}
	for _, t := range np[1 : n-1] {
		if t.cap || t.punct || isFunctionWord(t.lower) {
			return nil, false
		}
	}
	owner := a.lastOfGender(genderOfWords([]string{np[0].lower}))
	if owner == nil || jointSpeaker(owner) {
		return nil, false
	}
	post := joinText(np[1:])
	if a.namedHolder(owner, post) {
		return nil, false
	}
	name := possessive(owner.Name) + " " + post
	return a.noted(&Speaker{Name: name, Kind: Unnamed, Generic: np[n-1].lower, Role: owner.Name},
		"'%s' -> %s (counsel or spokesperson of the person the possessive pronoun stands for)", joinText(np))
}

// spokesNouns are the agents who speak for one person, whose possessive
// pronoun may name them as it names counsel: "Guterres called for a
// ceasefire, his spokesman said".
var spokesNouns = setOf("spokesman", "spokeswoman", "spokesperson", "publicist", "rep")

// aideNouns are the posts of one who works for a person: "Her deputy
// Ivo Renn", "his chief adviser".
var aideNouns = setOf("deputy", "aide", "adviser", "advisor")

// agentNoun reports a noun of one who acts for a person: counsel, a
// spokesperson or an aide.
func agentNoun(w string) bool { return counselNouns[w] || spokesNouns[w] || aideNouns[w] }

// possessedAgent resolves a phrase that is a person's possessive and an
// agent noun: the agent, unnamed, named with the person's full name
// ("Orla Venn's rep"). It reports false when the possessive is no person
// (a body's spokesman is the body's), or when the article names the
// person who holds that post ("Varga's lawyer, Ida Holm,").
func (a *article) possessedAgent(np []tok) (*Speaker, bool) {
	n := len(np)
	if sp, ok := a.pronounsCounsel(np); ok {
		return sp, true
	}
	if n < 2 || !agentNouns[np[n-1].lower] || np[n-1].cap {
		return nil, false
	}
	p := -1
	for k := n - 2; k >= 0 && n-1-k <= maxAgentModifiers+1; k-- {
		if possessiveTok(np[k]) {
			p = k
			break
		}
		if np[k].cap {
			return nil, false
		}
	}
	if p < 0 {
		return nil, false
	}
	owner := a.possessorPerson(np[:p+1])
	if owner == nil {
		return nil, false
	}
	post := joinText(np[p+1:])
	if a.namedHolder(owner, post) {
		return nil, false
	}
	name := possessive(owner.Name) + " " + post
	return a.noted(&Speaker{Name: name, Kind: Unnamed, Generic: np[n-1].lower, Role: owner.Name},
		"'%s' -> %s (an agent speaking for the person whose possessive opens it)", joinText(dropDeterminers(np)))
}

// possessorPerson returns the person a phrase ending in a possessive names
// ("Venn's", "Orla Venn's", "the singer's"), or nil when it names a body
// or no person the article knows.
func (a *article) possessorPerson(ph []tok) *Speaker {
	last := ph[len(ph)-1]
	bare := append([]tok(nil), ph...)
	bare[len(bare)-1].text = trimPossessive(strings.ReplaceAll(last.text, "’", "'"))
	bare[len(bare)-1].lower = strings.ToLower(bare[len(bare)-1].text)
	if last.cap {
		run := bare
		for len(run) > 0 && !run[0].cap {
			run = run[1:]
		}
		if len(run) == 0 || a.findOrg(joinText(run)) != "" || isPlace(run) {
			return nil
		}
		if p, ok := a.persons[surnameKey(run[len(run)-1].text)]; ok {
			return p
		}
		if len(run) == 1 {
			return a.byNamePart(run[0].text)
		}
		return nil
	}
	// "the singer's": the person last named whose role holds the noun
	// ("pop singer Orla Venn").
	// A body's noun ("the company's lawyer") names no person.
	if n := bare[1].lower; len(ph) == 2 && ph[0].lower == "the" && !last.cap && !bodyNouns[n] && !unnamedHeads[n] {
		return a.lastWithRole(n)
	}
	return nil
}

// namedHolder reports a person the article names whose role is that post
// of the owner ("Venn's attorney, Ida Holm,"): that person speaks, not
// an unnamed agent.
func (a *article) namedHolder(owner *Speaker, post string) bool {
	want := Fold(post)
	sur := surnameKey(owner.Name)
	for _, key := range sortedKeys(a.persons) {
		r := Fold(a.persons[key].Role)
		if strings.Contains(r, want) && strings.Contains(r, sur) {
			return true
		}
	}
	return false
}

// pronounsClient returns a person's role with a possessive pronoun before
// a noun of counsel, of a spokesperson or of an aide ("her lawyer", "his
// longtime attorney", "His spokeswoman", "Her deputy") replaced by
// the possessive of the person it stands for: the person named last,
// other than the speaker, whom the pronoun fits ("Dara Kell's lawyer").
// Any other role is returned as it is.
func (a *article) pronounsClient(sp *Speaker) string {
	parts := strings.Split(sp.Role, ",")
	for i, part := range parts {
		words := strings.Fields(part)
		n := len(words)
		if n < 2 || n > maxAgentModifiers+2 || !pronounOwners[strings.ToLower(words[0])] || !agentNoun(strings.ToLower(words[n-1])) {
			continue
		}
		g := genderOfWords(words[:1])
		// "His lawyer": the last man the article marks so, else the last
		// person the pronoun may stand for.
		client := a.lastClient(sp, g, true)
		if client == nil {
			client = a.lastClient(sp, g, false)
		}
		if client != nil {
			lead := strings.TrimSuffix(part, strings.TrimLeft(part, " "))
			parts[i] = lead + possessive(client.Name) + " " + strings.Join(words[1:], " ")
		}
	}
	return strings.Join(parts, ",")
}

// lastClient returns the last person named before sp's sentence whom a
// pronoun of gender g may stand for: with known set, only one the article
// marks of that gender (or a pronoun of it has stood for).
func (a *article) lastClient(sp *Speaker, g gender, known bool) *Speaker {
	for k := len(a.mentions) - 1; k >= 0; k-- {
		m := a.mentions[k]
		if m.sent >= a.sent || m.person == sp || sameName(m.person.Name, sp.Name) || jointSpeaker(m.person) || !a.fits(m.person, g) {
			continue
		}
		if known && g != unknown && a.genderOf(m.person) != g && a.heardAs[m.person] != g {
			continue
		}
		return m.person
	}
	return nil
}

// kindsVoice returns a role that names a voice of a body by its kind
// alone ("ministry spokeswoman", "a spokeswoman for the ministry") with
// the body of that kind that spoke or acted in this sentence or the one
// before named in its place ("Tarvania's ministry of water and energy's
// spokeswoman"), so that the side is that body's, not another of its
// kind: "Tarvania's ministry of water and energy denied withholding
// information. A ministry spokeswoman, Oana Pirvu, said ...". Any other
// role is returned as it is.
func (a *article) kindsVoice(role string) string {
	b := a.lastBody
	if b == nil || b.Kind != Body || a.sent-a.lastBodyAt > 1 || a.lastPerson != nil && a.lastPersonAt > a.lastBodyAt {
		return role
	}
	parts := strings.Split(role, ",")
	for i, part := range parts {
		words := strings.Fields(strings.ToLower(part))
		for len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the") {
			words = words[1:]
		}
		kind, post := "", ""
		switch {
		case len(words) == 2 && bodyNouns[words[0]] && voiceHeads[words[1]]:
			kind, post = words[0], words[1] // "ministry spokeswoman"
		case len(words) == 4 && voiceHeads[words[0]] && words[1] == "for" && words[2] == "the" && bodyNouns[words[3]]:
			kind, post = words[3], words[0] // "spokeswoman for the ministry"
		default:
			continue
		}
		if !slices.Contains(strings.Fields(strings.ToLower(b.Name)), kind) || !strings.Contains(b.Name, "'s ") {
			continue // only a body its state's possessive names: "Tarvania's ministry"
		}
		lead := strings.TrimSuffix(part, strings.TrimLeft(part, " "))
		parts[i] = lead + possessive(b.Name) + " " + post
	}
	return strings.Join(parts, ",")
}
