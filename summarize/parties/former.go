package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// currentPosts drops from a role what says nothing of its holder's
// side: a post they no longer hold, a part (between commas) opening with
// a word of the past ("a former Tarn Council official", "the ex-chief of
// Halvard", "onetime envoy to Dornava"), and a kin relation, a part or
// a member of an "and" naming a relative ("younger brother of the
// Kestrian heir", "Lena's husband"). A former official speaks for
// themselves, not for the body they left, and a relative for
// themselves, not for their kin's country or side; the posts the role
// still gives are kept ("Lena's husband and Tarnsoft's chief
// executive").
func currentPosts(role string) string {
	parts := strings.Split(role, ",")
	kept := parts[:0:0]
	for _, p := range parts {
		if pastPost(p) {
			continue
		}
		members := strings.Split(p, " and ")
		own := members[:0:0]
		for _, m := range members {
			if !kinRelation(m) {
				own = append(own, m)
			}
		}
		if len(own) > 0 {
			kept = append(kept, strings.Join(own, " and "))
		}
	}
	return strings.TrimSpace(strings.Join(kept, ","))
}

// kinRelation reports words that name a relative of someone: a kin noun
// before "of" ("brother of the heir"), after a possessive ("Lena's
// husband") or after a possessive pronoun ("his aunt").
func kinRelation(words string) bool {
	f := strings.Fields(strings.ReplaceAll(attrib.Fold(words), "’", "'"))
	for i, w := range f {
		if !kinNouns[w] {
			continue
		}
		if i+1 < len(f) && f[i+1] == "of" {
			return true
		}
		if i > 0 && (strings.HasSuffix(f[i-1], "'s") || strings.HasSuffix(f[i-1], "s'") || possessivePronouns[f[i-1]]) {
			return true
		}
	}
	return false
}

// pastPost reports a part of a role that opens, after its article, with
// a word of the past.
func pastPost(part string) bool {
	words := strings.Fields(attrib.Fold(part))
	if len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the" || words[0] == "his" || words[0] == "her") {
		words = words[1:]
	}
	if len(words) > 0 && strings.HasSuffix(words[0], "-year-old") {
		words = words[1:] // "a 47-year-old former mayor of Morlen"
	}
	for i, w := range words {
		if i+2 < len(words) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			words = words[i+1:] // "the Tarn Athletics Federation's former finance director"
			break
		}
	}
	if len(words) < 2 {
		return false
	}
	w := words[0]
	return pastMarkers[w] || strings.HasPrefix(w, "ex-") && len(w) > 3
}
