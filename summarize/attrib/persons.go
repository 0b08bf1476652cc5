package attrib

// The people an article names, one per surname, with the fullest name
// and the roles it gives them.

import (
	"strings"
	"unicode"
)

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

func surnameKey(name string) string {
	f := strings.Fields(Fold(name))
	for len(f) > 1 && generationSuffixes[strings.TrimSuffix(f[len(f)-1], ",")] {
		f = f[:len(f)-1] // "Piet Alder Jr.": Alder
	}
	if len(f) == 0 {
		return ""
	}
	return strings.TrimSuffix(f[len(f)-1], "'s")
}
