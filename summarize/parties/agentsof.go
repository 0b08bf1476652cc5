package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// stateAgentNouns are the nouns of the bodies that speak for a state after
// its possessive ("Russia's Permanent Mission to the United Nations"),
// beside personsBodies and the agent nouns (attrib.IsAgentNoun), which act
// for a person; a relative (attrib.IsKinNoun) speaks for the person's
// side, but in words of their own.
var stateAgentNouns = map[string]bool{"mission": true, "embassy": true}

// AgentsOf reports a speaker named as the people or the body that act
// for side, with the side's possessive: "Musk's lawyers", "Elon's side"
// and "Russia's Permanent Mission to the United Nations" give the word of
// Elon Musk and of Russia, so what they say is the side's own. The
// possessor is the side's name or one word of it.
func AgentsOf(name, side string) bool {
	owner, rest, ok := strings.Cut(strings.ReplaceAll(trimThe(name), "’", "'"), "'s ")
	if !ok || owner == "" || strings.ContainsAny(owner, ",;") {
		return false
	}
	// The head noun is the last word before a preposition: "Permanent
	// Mission to the United Nations", "legal team".
	var head string
	for _, w := range strings.Fields(rest) {
		f := attrib.Fold(strings.TrimRight(w, ",."))
		if f == "to" || f == "at" || f == "of" || f == "for" || f == "in" {
			break
		}
		head = f
	}
	if !personsBodies[head] && (!attrib.IsAgentNoun(head) || attrib.IsKinNoun(head)) && !stateAgentNouns[head] {
		return false
	}
	o, s := attrib.Fold(owner), attrib.Fold(side)
	if o == s {
		return true
	}
	if strings.Contains(o, " ") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if w == o {
			return true
		}
	}
	return false
}
