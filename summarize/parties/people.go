package parties

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// addRole records a role the story gives a person.
func (s *Story) addRole(p attrib.Speaker) {
	if p.Role == "" {
		return
	}
	k := s.PersonKey(p.Name)
	if !slices.Contains(s.roles[k], p.Role) {
		s.roles[k] = append(s.roles[k], p.Role)
	}
}

// addPerson merges a person into the story's people: one person however
// the outlets spell the name (Zelenskyy, Zelensky; Yury, Yuri).
func (s *Story) addPerson(p attrib.Speaker) *attrib.Speaker {
	key := s.PersonKey(p.Name)
	if q, ok := s.people[key]; ok {
		if len(strings.Fields(p.Name)) > len(strings.Fields(q.Name)) {
			q.Name = p.Name
		}
		// Keep the role that says whose side the person is on (the same
		// role again changes nothing).
		if p.Role != "" && p.Role != q.Role && (q.Role == "" || s.roleParty(q.Role, 0) == "" && s.roleParty(p.Role, 0) != "") {
			q.Role = p.Role
		}
		return q
	}
	cp := p
	s.people[key] = &cp
	return &cp
}

// byFirstName returns the one person of the story whose first name is
// name ("Elon" for Elon Musk), when exactly one has it: a first name
// that two people of the story share names neither.
func (s *Story) byFirstName(name string) (*attrib.Speaker, bool) {
	f := attrib.Fold(strings.TrimSpace(name))
	if f == "" || strings.Contains(f, " ") {
		return nil, false
	}
	var found *attrib.Speaker
	for _, k := range slices.Sorted(maps.Keys(s.people)) {
		p := s.people[k]
		w := strings.Fields(attrib.Fold(p.Name))
		if len(w) < 2 || w[0] != f {
			continue
		}
		if found != nil && found != p {
			return nil, false
		}
		found = p
	}
	return found, found != nil
}

// sharedFirstName reports a one-word name that is no surname of the story
// and the first name of two people of it or more ("Lena" for Lena Holm
// and Lena Dorsk): whose it is is not said.
func (s *Story) sharedFirstName(name string) bool {
	f := attrib.Fold(strings.TrimSpace(name))
	if f == "" || strings.Contains(f, " ") {
		return false
	}
	if _, surname := s.people[f]; surname {
		return false
	}
	n := 0
	for _, p := range s.people {
		if w := strings.Fields(attrib.Fold(p.Name)); len(w) > 1 && w[0] == f {
			n++
		}
	}
	return n > 1
}

// PersonKey is the key of a person's name in the story: the folded
// surname, or the surname of a person already known whose surname is
// spelled nearly the same.
func (s *Story) PersonKey(name string) string {
	f := strings.Fields(attrib.Fold(name))
	if len(f) == 0 {
		return ""
	}
	sur := strings.TrimSuffix(f[len(f)-1], "'s")
	if _, ok := s.people[sur]; ok {
		return sur
	}
	keys := make([]string, 0, len(s.people))
	for k := range s.people {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if similarName(k, sur) {
			return k
		}
	}
	return sur
}

// similarName reports two spellings of one surname: a small edit distance
// for their length.
func similarName(a, b string) bool {
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

// Person returns the story's merged record of a person.
func (s *Story) Person(name string) (attrib.Speaker, bool) {
	p, ok := s.people[s.PersonKey(name)]
	if !ok {
		return attrib.Speaker{}, false
	}
	return *p, true
}

// Canonical returns the speaker as the story knows it: a person under the
// fullest spelling of their name with their role, and a single word that
// is a known person's surname ("Trump said") as that person.
func (s *Story) Canonical(sp attrib.Speaker) attrib.Speaker {
	if _, _, joint := jointPeople(sp); joint {
		return sp // "Lena Varo and Tomas Brekke": both, not the one named last
	}
	if sp.Kind == attrib.Person || sp.Kind == attrib.Body && !strings.Contains(sp.Name, " ") {
		// A one-word body that is a person's surname, or a misspelling of
		// it ("Dresher" for Drescher), is that person.
		if p, ok := s.people[s.PersonKey(sp.Name)]; ok && (sp.Kind == attrib.Person || similarName(s.PersonKey(sp.Name), attrib.Fold(sp.Name)) && !s.isBodyName(sp.Name)) {
			out := *p
			if out.Role == "" {
				out.Role = sp.Role
			}
			return out
		}
	}
	return sp
}

// stopWordSurname reports a person's name whose first word, a surname
// written first, is also a short function word ("He Jianxiong"): a name
// of capitalised words, the rest of which is a name.
func stopWordSurname(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || strings.EqualFold(words[0], "the") {
		return false
	}
	first := words[0]
	if len(first) > 3 || !startsUpper(first) || first == strings.ToUpper(first) || !lex.IsStop(strings.ToLower(first)) {
		return false
	}
	return isName(strings.Join(words[1:], " "))
}
