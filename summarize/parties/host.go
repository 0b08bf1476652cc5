package parties

// A place a role names that is not the holder's side: the host of a
// posting abroad ("envoy to Dornava") or the target of what the holder's
// body works against ("the mission against pirates off Dornava"); and a
// place named inside someone else's quotation just before a name.

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// ownPart returns the words of a role that can name its holder's own
// side: those before the host of a posting ("Varenia's envoy" of
// "Varenia's envoy to Dornava"), before what the holder's body is
// against, and before the seat a member of a house sits for.
func ownPart(role string) string {
	words := strings.Fields(role)
	posting := false
	for i, w := range words {
		f := attrib.Fold(strings.Trim(w, ",.;:"))
		switch {
		case opposedLinks[f], f == "to" && posting:
			return strings.Join(words[:i], " ")
		case i > 0 && (f == "for" && seatHolder(words[:i]) || f == "from" && stateMembers[attrib.Fold(words[i-1])]):
			// "the MP for Dornfeld East", "a senator from Vesk": the
			// place a member sits for is no side of theirs.
			return strings.Join(words[:i], " ")
		case postingNouns[strings.TrimSuffix(f, "s")]:
			posting = true
		}
	}
	return role
}

// namesHost reports whether any of the roles names the host of a posting
// or the target of an operation: such a role names a place that is not
// the holder's, so the place just before the name is no better guess.
func namesHost(roles []string) bool {
	for _, r := range roles {
		if ownPart(r) != r {
			return true
		}
	}
	return false
}

// narration returns text without the words inside quotation marks,
// including a quotation whose opening mark lies before text begins (a
// closing mark with no opening one before it): a place a quoted speaker
// names sets no scene for the narration that follows.
func narration(text string) string {
	var b strings.Builder
	in := false
	straight := strings.Count(text, `"`)%2 == 1 // one begun before text
	for _, r := range text {
		switch {
		case r == '“':
			in = true
		case r == '”':
			if !in {
				b.Reset() // the quotation began before text
			}
			in = false
		case r == '"':
			if straight {
				b.Reset()
				straight = false
			} else {
				in = !in
			}
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// withoutRegions returns text with the names of regions that hold a
// country's name blanked out ("Tarnco North America": not the United
// States).
func withoutRegions(text string) string {
	for _, r := range regions {
		if strings.Contains(text, r) {
			text = strings.ReplaceAll(text, r, strings.Repeat(" ", len(r)))
		}
	}
	return text
}

// seatHolder reports words that end in a member of a house who sits for
// a seat: "the MP", "a member of parliament".
func seatHolder(words []string) bool {
	last := attrib.Fold(words[len(words)-1])
	if last == "parliament" && len(words) >= 3 && attrib.Fold(words[len(words)-3]) == "member" {
		return true
	}
	return constituencyHolders[last]
}
