package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// A public post a country's possessive owns ("Vesk's governor" in a story
// of Vesk and Kestria) speaks for that country, not for an office of its
// own ("Governor's Office"), which stands for a post of a story of one
// place ("the mayor").

// stateOwner returns the country whose possessive owns the office a role
// holds ("Vesk" of "Vesk's governor"), or "" when the owner is no state of
// the story.
func (s *Story) stateOwner(role string) string {
	if office(role) == "" {
		return ""
	}
	owner := s.bodyOwner(role)
	if owner == "" || !s.storyState(owner, true) {
		return ""
	}
	return owner
}

// storyState reports a place the story treats as a state: one the
// gazetteer holds as such or a demonym names, one whose possessive owns a
// government's word ("Kestria's foreign minister"), or, when coord is
// set, one the texts coordinate with such a state ("Vesk and Kestria").
func (s *Story) storyState(place string, coord bool) bool {
	if place == "" {
		return false
	}
	if p, ok := Lookup(place); ok {
		return isState(p.Name)
	}
	if s.country[place] {
		return true
	}
	fp := attrib.Fold(place)
	for _, t := range s.texts {
		words := strings.Fields(placePunct.Replace(attrib.Fold(t)))
		for i, w := range words {
			switch {
			case w == fp+"'s" && i+2 < len(words) && hasWord(strings.Join(words[i+1:i+3], " "), governmentWords):
				return true
			case coord && w == fp && i+2 < len(words) && words[i+1] == "and" && s.storyState(s.capital[words[i+2]], false):
				return true
			case coord && w == fp && i >= 2 && words[i-1] == "and" && s.storyState(s.capital[words[i-2]], false):
				return true
			}
		}
	}
	return false
}

// statesBody returns the state a side's name makes it a body of, or "":
// a state's possessive before its government's words ("Tarvania's
// Interior Ministry", "Vesk's army") or an embassy or consulate of a
// state ("Embassy of Aldmark"). The side of a state's body is the state,
// as its minister's is.
func (s *Story) statesBody(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	if owner, ok := strings.CutSuffix(words[0], "'s"); ok || strings.HasSuffix(words[0], "’s") {
		if !ok {
			owner = strings.TrimSuffix(words[0], "’s")
		}
		if isStateWord(attrib.Fold(words[len(words)-1])) && s.storyState(owner, true) {
			return owner
		}
		return ""
	}
	f := attrib.Fold(words[0])
	if (f == "embassy" || f == "consulate") && len(words) == 3 && words[1] == "of" && s.storyState(words[2], true) {
		return words[2]
	}
	return ""
}

// embassyWords are the heads of a state's posts abroad.
var embassyWords = map[string]bool{"embassy": true, "consulate": true, "mission": true}

// embassyOf returns the state whose embassy a name or role names by its
// demonym or possessive ("the Korvanian embassy in Marovo", "Korvany's
// embassy's press attaché"): an embassy speaks for the state that sends
// it, not for the city it sits in.
func (s *Story) embassyOf(text string) string {
	words := strings.Fields(text)
	for i := 1; i < len(words); i++ {
		head := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(strings.Trim(words[i], ",.")), "'s"), "’s")
		if !embassyWords[head] {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(words[i-1], "'s"), "’s")
		if d := s.demonymOf(w); d != "" {
			return d
		}
		if s.country[w] {
			return w
		}
	}
	return ""
}
