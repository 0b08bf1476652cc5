package parties

import "strings"

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
	owner, ok := strings.CutSuffix(words[0], "'s")
	if !ok && len(words) == 3 {
		// "Aleksei Voronek's ministry": the whole name owns it.
		if last, whole := strings.CutSuffix(words[1], "'s"); whole && personsBodies[strings.ToLower(words[2])] {
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

// genericOwner returns the noun of a role that opens with a body named
// by its kind ("company" in "the company's site director"), or "".
func genericOwner(role string) string {
	rest, ok := strings.CutPrefix(strings.ToLower(strings.ReplaceAll(role, "’", "'")), "the ")
	if !ok {
		return ""
	}
	noun, _, ok := strings.Cut(rest, "'s ")
	if !ok || strings.Contains(noun, " ") {
		return ""
	}
	return noun
}
