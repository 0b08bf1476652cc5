package attrib

// The people an article names, one per surname, with the fullest name
// and the roles it gives them.

import (
	"slices"
	"strings"
	"unicode"
)

// addPerson registers a person by surname and returns them.
func (a *article) addPerson(name, role string) *Speaker {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	key := surnameKey(name)
	if p, ok := a.persons[key]; ok && OtherBearer(p.Name, name) {
		// "Hunter Biden" after "Joe Biden": another person of the
		// surname, kept under the whole name; the surname alone still
		// stands for the first.
		key = "\x00" + Fold(name)
	}
	if p, ok := a.persons[key]; ok {
		if len(strings.Fields(name)) > len(strings.Fields(p.Name)) {
			p.Name = name
		}
		switch old, new := Fold(p.Role), Fold(role); {
		case sameHeldRole(p.Role, role):
			// "the company's chief technology officer" and "Halvard Power
			// Systems' chief technology officer": keep the one that names.
			if startsUpper(role) && (!startsUpper(p.Role) || unownedPost(p.Role)) && !unownedPost(role) {
				p.Role = role // "Its general counsel" is "Solvane's general counsel"
			}
		case role == "" || strings.Contains(old, new):
		case p.Role == "" || strings.Contains(new, old):
			p.Role = role
		case strings.HasPrefix(p.Role, "of ") && !strings.HasPrefix(role, "of "):
			p.Role = role + " " + p.Role // "planetary geologist" of "of the Orla Laboratory"
		case len(p.Role)+len(role) < 90:
			p.Role += ", " + role // "Major General" and "its spokesman"
		}
		return p
	}
	p := &Speaker{Name: name, Role: role, Kind: Person}
	a.persons[key] = p
	return p
}

// OtherBearer reports two full names of one surname whose given names
// differ ("Joe Biden", "Hunter Biden"): two people. A name whose words end
// the other's ("Van Dorn", "Ada Van Dorn") is the same
// person's.
func OtherBearer(known, name string) bool {
	k, n := strings.Fields(Fold(known)), strings.Fields(Fold(name))
	if len(k) < 2 || len(n) < 2 {
		return false
	}
	if len(n) > len(k) {
		k, n = n, k
	}
	tail := k[len(k)-len(n):]
	if slices.Equal(tail, n) {
		return false
	}
	// "J. Varga" of "Joe Varga"; "Mike Alder" of "John M. Alder", who
	// goes by his middle name: a given name of one, or its initial, is
	// the other's.
	h := strings.TrimSuffix(n[0], ".")
	for _, w := range k[:len(k)-1] {
		g := strings.TrimSuffix(w, ".")
		if sameGivenName(g, h) || len(g) == 1 && strings.HasPrefix(h, g) || len(h) == 1 && strings.HasPrefix(g, h) {
			return false
		}
	}
	return true
}

// sameGivenName reports two spellings of one given name, which outlets
// transliterate more freely than surnames ("Aleksei" and "Alexei",
// "Dmitri" and "Dmytro", "Yury" and "Yuri").
func sameGivenName(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 3 || len(rb) < 3 || ra[0] != rb[0] {
		return false
	}
	d, short := editDistance(ra, rb), min(len(ra), len(rb))
	return d <= 1 || d <= 2 && short >= 5
}

// SimilarName reports two spellings of one surname: a small edit distance
// for their length.
func SimilarName(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 || ra[0] != rb[0] {
		return false
	}
	d := editDistance(ra, rb)
	return d <= 1 || d <= 2 && min(len(ra), len(rb)) >= 7
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
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

// unownedPost reports a role whose owner is a pronoun left unresolved
// ("Its general counsel", "their spokesman").
func unownedPost(role string) bool {
	f := Fold(role)
	return strings.HasPrefix(f, "its ") || strings.HasPrefix(f, "their ")
}
