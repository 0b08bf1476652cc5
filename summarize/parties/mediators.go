package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
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
	fp := attrib.Fold(place)
	for _, t := range s.texts {
		words := strings.Fields(placePunct.Replace(attrib.Fold(t)))
		for i, w := range words {
			if strings.TrimSuffix(w, "'s") != fp {
				continue
			}
			next := words[i+1:]
			if len(next) > 0 && next[0] == "which" {
				next = next[1:]
			}
			if len(next) > 0 && hasWord(next[0], mediatorVerbs) {
				return true
			}
			if i > 0 && hasWord(words[i-1], mediatorNouns) {
				return true
			}
		}
	}
	return false
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
