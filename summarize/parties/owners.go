package parties

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// Sides named by their owner: "Musk's lawyers", "Lena's side", the
// Biden administration, "the company's site director".

// possessor returns the name a speaker's words open with as a
// possessive ("Lena" of "Lena's side").
func possessor(name string) (string, bool) {
	first, _, _ := strings.Cut(strings.ReplaceAll(trimThe(name), "’", "'"), " ")
	owner, ok := strings.CutSuffix(first, "'s")
	return owner, ok && startsUpper(owner)
}

// ownersSide returns the side of a known person whose team, lawyers or
// administration speak ("Musk's lawyers", "the Biden administration"):
// the person's affiliation, else the person.
func (s *Story) ownersSide(name string) (string, string) {
	words := strings.Fields(strings.ReplaceAll(strings.TrimPrefix(name, "the "), "’", "'"))
	if len(words) < 2 {
		return "", ""
	}
	owner, ok := cutPossessive(words[0])
	if !ok && len(words) >= 3 && len(words) <= 6 && personsBodies[strings.ToLower(words[len(words)-1])] {
		// "Aleksei Voronek's ministry": the whole name owns it;
		// "Ombudsman Ivo Marsh's office": the name after the title;
		// "Ivo Marsh's defence team": a modifier before the body.
		p := len(words) - 2
		for p > 1 && len(words)-2-p < 2 && !startsUpper(words[p]) {
			p--
		}
		if last, whole := cutPossessive(words[p]); whole {
			for i := 0; i < p && !ok; i++ {
				name := strings.Join(append(slices.Clone(words[i:p]), last), " ")
				if _, known := s.people[s.PersonKey(name)]; known || i == p-1 {
					owner, ok = name, true
				}
			}
		}
	}
	if head := strings.ToLower(words[len(words)-1]); !ok && attrib.IsAgentNoun(head) && len(words) <= 5 {
		// "Orla Venn's rep", "Orla Venn's longtime agent": the whole
		// name owns its agent.
		if last, whole := cutPossessive(words[1]); whole {
			owner, ok = words[0]+" "+last, true
		}
	}
	if !ok && len(words) == 2 && personsBodies[strings.ToLower(words[1])] {
		owner, ok = words[0], true
	}
	if !ok || !startsUpper(owner) {
		return "", ""
	}
	p, known := s.people[s.PersonKey(owner)]
	if !known {
		// "Elon's side": the one person of the story of that first name.
		if _, place := Lookup(owner); place || s.namedOrg(owner) != "" {
			return "", "" // "Jordan's ministry": the country, not Jordan Vell
		}
		if p, known = s.byFirstName(owner); !known {
			return "", ""
		}
	}
	ev := "possessive " + strconvQuote(name) + " belongs to " + strconvQuote(p.Name)
	if side, _ := s.affiliation(*p); side != "" {
		return side, ev
	}
	if isName(p.Name) {
		return p.Name, ev
	}
	return "", ""
}

// isPersonName reports a name that can be a person's: a name, not a
// place or a structure ("Sarnek Dam"), nor part of an organisation's name

// genericOwner returns the noun of a role, or of one of its parts after a
// comma, that opens with a body named by its kind ("company" in "the
// company's site director"), or "".
func genericOwner(role string) string {
	parts := strings.Split(strings.ReplaceAll(role, "’", "'"), ", ")
	for _, part := range parts {
		// "the party's secretary-general", "university's vice-chancellor"
		// (a role is kept without its article), after a title too
		// ("Professor, university's vice-chancellor").
		rest := strings.TrimPrefix(strings.TrimPrefix(part, "the "), "The ")
		if noun, _, cut := strings.Cut(rest, "'s "); cut && !strings.Contains(noun, " ") && noun == strings.ToLower(noun) {
			return noun // "varga's lawyer" is never written so: a name is no kind
		}
		// "a university spokeswoman", "union official": the kind
		// before a voice's post, in lower case.
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "a "), "an ")
		if noun, post, cut := strings.Cut(rest, " "); cut && kindOwnerBodies[noun] && slices.Contains(voicePosts, post) {
			return noun
		}
	}
	return ""
}

// partOwner returns the side of the actor whose possessive names the body
// o in text ("a member of Kessar Front's Supreme Council", "the Houthi
// group's Supreme Political Council", o being "Supreme Council" or
// "Kessar Front's Supreme Council"): an organisation named with a
// possessive of another actor belongs to that actor's side. It returns ""
// when no possessive stands before o, or its owner is no actor the story
// knows.
func (s *Story) partOwner(text, o string) string {
	if o == "" || MembersBody(trimThe(o)) {
		return "" // "Keldor Fishermen's Cooperative": its members' own, no part of Keldor
	}
	norm, on := strings.ReplaceAll(text, "’", "'"), strings.ReplaceAll(trimThe(o), "’", "'")
	owner := ""
	if i := strings.Index(on, "'s "); i > 0 {
		owner = on[:i] // "Kessar Front's Supreme Council"
	} else if i := strings.Index(strings.ToLower(norm), strings.ToLower(on)); i > 0 {
		owner = possessorBefore(norm[:i])
		if j := strings.Index(norm[:i], "'s "); owner == "" && j > 0 && unitHead(on) {
			// "NASA's associate administrator of the Science Mission
			// Directorate": a unit of the body whose post it is.
			owner = norm[:j]
		}
	}
	if owner == "" || !startsUpper(owner) || attrib.Fold(owner) == attrib.Fold(on) {
		return ""
	}
	if side, _ := s.ownersSide(owner + "'s council"); s.valid(side) {
		return side // "a member of Voronek's council": the person's side
	}
	if p := s.roleParty(owner, 1); s.valid(p) && attrib.Fold(p) != attrib.Fold(on) {
		return p // "the Houthi group's": the Houthis
	}
	if s.valid(owner) && isProperName(owner) && !s.commonNoun(owner) && s.standsAlone(owner, "'s") {
		return s.fullName(owner) // "Kessar Front's Supreme Council", Kessar Front named on its own too
	}
	return ""
}

// possessorBefore returns the name a text ends with as a possessive
// ("Kessar Front" of "a member of Kessar Front's ", "Houthi group" of "a
// member of the Houthi group's "): its capitalised words, and a body noun
// after them; "" when the text ends in no possessive of a name.
func possessorBefore(text string) string {
	words := strings.Fields(text)
	if len(words) == 0 || !strings.HasSuffix(text, " ") {
		return ""
	}
	last := words[len(words)-1]
	bare, ok := strings.CutSuffix(last, "'s")
	if !ok {
		if bare, ok = strings.CutSuffix(last, "'"); !ok || !strings.HasSuffix(bare, "s") {
			return ""
		}
	}
	name := []string{bare}
	if !startsUpper(bare) && !attrib.IsBodyNoun(strings.ToLower(bare)) {
		return ""
	}
	for i := len(words) - 2; i >= 0 && startsUpper(words[i]) && !strings.ContainsAny(words[i], ",;:()\"“”"); i-- {
		name = append([]string{words[i]}, name...)
	}
	if !startsUpper(name[0]) {
		return "" // "the group's": a body no name says
	}
	return strings.Join(name, " ")
}

// cutPossessive returns a word without its possessive ending ("Varga's",
// "Guterres'") and whether it had one.
func cutPossessive(w string) (string, bool) {
	if owner, ok := strings.CutSuffix(w, "'s"); ok {
		return owner, true
	}
	if strings.HasSuffix(w, "s'") {
		return strings.TrimSuffix(w, "'"), true
	}
	return w, false
}

// withoutPluralPossessive drops the apostrophe of a possessive in s' that
// ends a name ("Brackwater Holdings'" of "Brackwater Holdings' offer"):
// the name is the body's, not its possessive. A name in 's keeps it
// ("Sainsbury's" may be the whole name).
func withoutPluralPossessive(name string) string {
	for _, a := range []string{"'", "’"} {
		if bare, ok := strings.CutSuffix(name, a); ok && strings.HasSuffix(bare, "s") {
			return bare
		}
	}
	return name
}

// unitHeads end the names of a body's units ("Science Mission
// Directorate", "Office of Fair Trading" aside: a unit named after its
// owner's post is the owner's).
var unitHeads = map[string]bool{"directorate": true, "department": true, "division": true, "office": true,
	"bureau": true, "unit": true, "committee": true, "secretariat": true, "wing": true, "branch": true}

// unitHead reports a name that ends in a unit's head noun.
func unitHead(name string) bool {
	f := strings.Fields(attrib.Fold(name))
	return len(f) > 1 && unitHeads[f[len(f)-1]]
}
