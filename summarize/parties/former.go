package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// currentPosts drops from a role the posts its holder no longer holds: a
// part (between commas) opening with a word of the past ("a former
// Tarn Council official", "the ex-chief of Halvard", "onetime envoy to
// Dornava"). A former official speaks for themselves, not for the body
// they left; the posts the role still gives are kept ("a former envoy,
// now chief executive of Tarnsoft").
func currentPosts(role string) string {
	parts := strings.Split(role, ",")
	kept := parts[:0:0]
	for _, p := range parts {
		if !pastPost(p) {
			kept = append(kept, p)
		}
	}
	return strings.TrimSpace(strings.Join(kept, ","))
}

// pastPost reports a part of a role that opens, after its article, with
// a word of the past.
func pastPost(part string) bool {
	words := strings.Fields(attrib.Fold(part))
	if len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the" || words[0] == "his" || words[0] == "her") {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	w := words[0]
	return pastMarkers[w] || strings.HasPrefix(w, "ex-") && len(w) > 3
}
