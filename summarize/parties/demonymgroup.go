package parties

// A demonym before the name of a known group or organisation says where
// the group is from, not whose side it speaks for: "Afghan Taliban" is the
// Taliban, "the Kestrian Harbour Guild" the guild, never Afghanistan or
// Kestria. The group's own name then gives the side.

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// maxGroupNameWords is how many capitalised words after a demonym are
// read as a group's name.
const maxGroupNameWords = 4

// demonymOfGroup reports words[i], a demonym of a country ("Afghan",
// "Kestrian"), that modifies the name of a group or organisation the
// words after it write: one of the gazetteer that is no state (an armed
// group, an international body), one the story names, or a name whose
// head noun is a civil body's or a group's ("Liberation Front").
func (s *Story) demonymOfGroup(words []string, i int) bool {
	if !s.countryDemonym(words[i]) {
		return false
	}
	j := i + 1
	for j < len(words) && j-i <= maxGroupNameWords && startsUpper(words[j]) && !possessiveEnd(words[j]) {
		j++
	}
	if j == i+1 {
		return false // "Afghan government", "Kestrian officials": the country's
	}
	if rest := strings.Join(words[i+1:j], " "); hasWord(rest, governmentWords) || hasWord(rest, stateBodyWords) {
		return false // "Kestrian Defence Ministry", "Kestrian Army": the state's own
	}
	for k := j; k > i+1; k-- {
		name := strings.Join(words[i+1:k], " ")
		if p, ok := Lookup(name); ok {
			return armedGroup(p.Name) // "Afghan Taliban"; "Afghan Kabul" is no group
		}
		if s.org(name) != "" {
			return true // "the Kestrian Harbour Guild", the story naming the guild
		}
	}
	last := attrib.Fold(strings.Trim(words[j-1], ",.;:"))
	return civilHeads[last] || groupHeads[last]
}

// countryDemonym reports a word that is the demonym of a state of the
// gazetteer or of a country the story names, not of a group ("Houthi").
func (s *Story) countryDemonym(w string) bool {
	w = strings.Trim(w, ",.;:")
	if !startsUpper(w) {
		return false
	}
	if p, ok := Lookup(w); ok && !armedGroup(p.Name) && !strings.EqualFold(p.Name, w) {
		for _, d := range p.Demonyms {
			if d == w {
				return true
			}
		}
		return false
	}
	return s.demonymOf(w) != ""
}
