package parties

// The country a story happens in, read from the names of its bodies, and
// the first names of its people, which no demonym's shape makes a
// people's.

import "strings"

// homeOfBodies reports a country whose name or demonym opens the names
// of two or more of the story's bodies while no other country's opens
// any ("the Valdorian Growers' Union", "the Federation of Valdorian Food
// Importers", a story of imports from Ostrania): the country the story
// happens in, though it names its neighbour often.
func (s *Story) homeOfBodies(c string) bool {
	if c == "" {
		return false
	}
	n := 0
	for _, o := range s.orgs {
		for _, w := range strings.Fields(o) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			owner := w
			if d := s.demonymOf(w); d != "" {
				owner = d
			}
			if !s.country[owner] {
				continue
			}
			if owner != c {
				return false
			}
			n++
			break
		}
	}
	return n >= 2
}

// firstNames returns the first words of the full names of the story's
// people ("Anneliese" of Anneliese Brandt), which a demonym's shape does
// not make a people's.
func (s *Story) firstNames() map[string]bool {
	if s.firsts == nil {
		s.firsts = map[string]bool{}
		for _, p := range s.people {
			if f := strings.Fields(p.Name); len(f) > 1 {
				s.firsts[f[0]] = true
			}
		}
	}
	return s.firsts
}
