package parties

// The people a union is named for speak for it: "actors say" in a story of
// the Screen Actors Guild, "dockworkers said" in one of the Tarn
// Dockworkers' Union, when exactly one union of the story is named for
// them.

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// genericMembers are words for people that any union, or none, may have:
// they name no one union.
var genericMembers = map[string]bool{"workers": true, "employees": true, "members": true,
	"staff": true, "people": true, "officials": true, "leaders": true, "others": true}

// namedForUnion returns the one union of the story whose name holds the
// plural noun that heads an unnamed group ("actors" for the Screen Actors
// Guild), or "".
func (s *Story) namedForUnion(group string) string {
	f := strings.Fields(attrib.Fold(trimThe(group)))
	if len(f) == 0 {
		return ""
	}
	head := f[len(f)-1]
	if len(head) < 5 || !strings.HasSuffix(head, "s") || genericMembers[head] {
		return ""
	}
	found := ""
	for _, o := range s.orgs {
		words := strings.FieldsFunc(attrib.Fold(o), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' })
		union, named := false, false
		for _, w := range words {
			union = union || unionNouns[w]
			named = named || w == head
		}
		if !union || !named {
			continue
		}
		if found != "" && found != o {
			return "" // two unions of actors: whose is not said
		}
		found = o
	}
	return trimThe(found)
}
