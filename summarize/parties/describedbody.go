package parties

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/tag"
)

// A state's agency is often named in full once ("the Federal Disaster
// Response Office") and after by what it does and a kind of agency, each
// capitalised ("the Disaster Agency"): a description, not another body.

// describedBody returns the one organisation of the story that a name of
// common nouns and a state agency's head noun describes ("Federal Disaster
// Response Office" for "Disaster Agency"): the other's name holds every
// word before the head and is also an agency's. It returns "" for a name
// with a proper noun before the head ("Tarn Agency"), or when no
// organisation or several fit.
func (s *Story) describedBody(p string) string {
	words := strings.Fields(attrib.Fold(trimThe(p)))
	n := len(words)
	if n < 2 || !agencyHeads[words[n-1]] {
		return ""
	}
	what := words[:n-1]
	for _, w := range what {
		if !tag.Known(w) || isGenericWord(w) || nameConnectors[w] {
			return "" // a proper noun, or a word of any body ("National Agency")
		}
	}
	found := ""
	for _, o := range s.orgs {
		fo := strings.Fields(attrib.Fold(trimThe(o)))
		if len(fo) <= n || !agencyHeads[fo[len(fo)-1]] || !containsAll(fo, what) {
			continue
		}
		if found != "" {
			return "" // two agencies do such work: which is not said
		}
		found = trimThe(o)
	}
	return found
}

// containsAll reports whether every word of want is among words.
func containsAll(words, want []string) bool {
	for _, w := range want {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}
