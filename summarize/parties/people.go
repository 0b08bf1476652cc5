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
	if q, ok := s.people[sur]; ok {
		if attrib.OtherBearer(q.Name, name) {
			// "Hunter Biden" after "Joe Biden": another person of the
			// surname, by the whole name.
			return "\x00" + strings.Join(f[:len(f)-1], " ") + " " + sur
		}
		return sur
	}
	keys := make([]string, 0, len(s.people))
	for k := range s.people {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if attrib.SimilarName(k, sur) && !attrib.OtherBearer(s.people[k].Name, name) {
			return k
		}
	}
	return sur
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
		if p, ok := s.people[s.PersonKey(sp.Name)]; ok && (sp.Kind == attrib.Person || attrib.SimilarName(s.PersonKey(sp.Name), attrib.Fold(sp.Name)) && !s.isBodyName(sp.Name)) {
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
