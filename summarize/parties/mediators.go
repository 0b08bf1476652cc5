package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// A country that hosts or brokers talks between the story's sides is no
// side of them: its unnamed diplomats or officials ("Diplomats from
// Teluna, which hosted the talks, said") report on the talks, as an
// outlet does.

// mediatorVerbs are the verbs that make a place the go-between of the
// story's sides ("Teluna, which hosted the talks", "Teluna brokered").
var mediatorVerbs = []string{"hosted", "hosts", "hosting", "mediated", "mediates", "mediating", "brokered", "brokers", "brokering"}

// mediatorNouns are the nouns that name a go-between ("the mediator
// Teluna").
var mediatorNouns = []string{"mediator", "host", "broker", "go-between"}

// mediates reports a place the texts make the go-between of the talks:
// its name followed by a verb of hosting or brokering (after "which" at
// most), or a noun of a go-between just before it.
func (s *Story) mediates(place string) bool {
	if m, ok := s.mediated[place]; ok {
		return m
	}
	m := s.readMediates(place)
	if s.mediated == nil {
		s.mediated = map[string]bool{}
	}
	s.mediated[place] = m
	return m
}

// readMediates reads the texts for mediates, once per place.
func (s *Story) readMediates(place string) bool {
	fp := attrib.Fold(place)
	for _, t := range s.texts {
		for _, m := range mediatorMemo.Get(t, mediatorsIn, func(m []string) int { return 32 + 16*len(m) }) {
			if m == fp {
				return true
			}
		}
	}
	return false
}

// mediatorMemo keeps the words each text makes a go-between: a story's
// refresh reads every article again. Its budget counts the texts' bytes
// too (see definedMemo).
var mediatorMemo = lex.NewStoryMemo[[]string](4<<20, 12<<10)

// mediatorsIn returns the folded words a text makes a go-between of
// talks: followed by a verb of hosting or brokering (after "which" at
// most), or just after a noun of a go-between.
func mediatorsIn(t string) []string {
	low := strings.ToLower(t)
	if !strings.Contains(low, "host") && !strings.Contains(low, "mediat") && !strings.Contains(low, "broker") && !strings.Contains(low, "go-between") {
		return nil
	}
	var out []string
	words := strings.Fields(placePunct.Replace(attrib.Fold(t)))
	for i, w := range words {
		next := words[i+1:]
		if len(next) > 0 && next[0] == "which" {
			next = next[1:]
		}
		if len(next) > 0 && hasWord(next[0], mediatorVerbs) || i > 0 && hasWord(words[i-1], mediatorNouns) {
			out = append(out, strings.TrimSuffix(w, "'s"))
		}
	}
	return out
}

// unnamedMediator reports an unnamed speaker whose side is a place the
// texts make the go-between of the talks: no side's claim.
func (s *Story) unnamedMediator(sp attrib.Speaker, side string) bool {
	if sp.Kind != attrib.Unnamed {
		return false
	}
	if _, place := Lookup(side); !place && !s.country[side] && !s.capitalOnly(side) {
		return false
	}
	return s.mediates(side)
}

// capitalOnly reports a one-word name the texts write only capitalised:
// a proper name, as a place the gazetteer does not know is ("Teluna").
func (s *Story) capitalOnly(name string) bool {
	return !strings.Contains(name, " ") && s.capital[attrib.Fold(name)] != "" && !s.lower[strings.ToLower(name)]
}
