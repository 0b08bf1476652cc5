package parties

// The sides of unnamed speakers and of names that stand for no body.

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/tag"
)

// namesUnknown reports a capitalised word no dictionary holds, in a role
// or a body's name: a place the gazetteer does not know ("Keldor foreign
// minister"), not a portfolio ("Labour Minister").
func namesUnknown(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ",.;:'’()")
		if startsUpper(w) && !tag.Known(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))) {
			return true
		}
	}
	return false
}

// publicService returns the side of a state's service an unnamed speaker
// is ("Federal prosecutors", "police officers"), or "".
func publicService(name string) string {
	words := strings.Fields(attrib.Fold(name))
	if n := len(words); n >= 2 && words[n-1] == "officers" && words[n-2] == "police" {
		return "Police"
	}
	if len(words) == 0 || len(words) > 3 {
		return ""
	}
	return publicServices[words[len(words)-1]]
}

// serviceWord is the word of name that makes it a state's service
// ("police" of "police officers"), or "".
func serviceWord(name string) string {
	words := strings.Fields(attrib.Fold(name))
	for i := len(words) - 1; i >= 0; i-- {
		if publicServices[words[i]] != "" {
			return words[i]
		}
	}
	return ""
}

// showOthers says whether statements of unnamed speakers of no known side
// ("officials said", "a statement said" where the story never says whose)
// show under Others. They do not: on the eval sets such statements are
// background, not a side's claims, and showing them lowered precision
// (dev 0.80 to 0.73) for no recall. Side still returns them as Others with
// their evidence, so an explanation can list them.
const showOthers = false

// expandAbbreviations writes out the abbreviations of the gazetteer in a
// name ("UN observer mission" is "United Nations observer mission"), so
// that an organisation named with one is found by its full name.
func expandAbbreviations(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if w != strings.ToUpper(w) || len(w) < 2 {
			continue
		}
		if p, ok := Lookup(w); ok && p.Name != w {
			words[i] = p.Name
		}
	}
	return strings.Join(words, " ")
}

// loneKindWord reports a side named by one word for a kind of body alone
// ("Agency" of "the Agency's team", "Commission"): it stands for a body
// named elsewhere, and names none itself.
func loneKindWord(p string) bool {
	p = strings.TrimSpace(trimThe(p))
	return !strings.Contains(p, " ") && isGenericWord(attrib.Fold(p))
}

// ownedBy reports a name that opens with owner's possessive ("Agency's
// survey team" by "Agency").
func ownedBy(name, owner string) bool {
	f := strings.ReplaceAll(attrib.Fold(trimThe(name)), "’", "'")
	return strings.HasPrefix(f, attrib.Fold(trimThe(owner))+"'s ")
}
