package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// A role owned by a body named by its kind ("Piet Dorane, the party's
// secretary-general") is a post of the story's body of that kind: its one
// such body, else the one named last before the person.

// kindOwnerBodies are the kinds of body a role's possessive may name
// ("the party's", "the union's"), whose posts speak for it. A company's
// posts are read by storyCompany and contextCompany.
var kindOwnerBodies = map[string]bool{"party": true, "union": true, "guild": true, "league": true,
	"alliance": true, "association": true, "federation": true, "movement": true, "coalition": true,
	"front": true, "university": true, "college": true, "hospital": true, "trust": true, "club": true,
	"council": true, "commission": true, "agency": true, "authority": true, "board": true, "journal": true,
	"laboratory": true, "institute": true, "foundation": true, "charity": true, "academy": true}

// ownerOfKind returns the body of kind noun a post of the person named
// belongs to: the story's one organisation of that kind (introduced by
// the noun or named with it last), else the one of them the text names
// last before the person's first mention; "" when none fits.
func (s *Story) ownerOfKind(name, noun string) (body, how string) {
	if !kindOwnerBodies[noun] {
		return "", ""
	}
	var kind []string
	for _, o := range s.orgs {
		f := strings.Fields(attrib.Fold(trimThe(o)))
		if s.kinds[o] == noun || len(f) > 1 && f[len(f)-1] == noun || len(f) > 2 && f[0] == noun && f[1] == "of" { // "University of Castelmoor"
			kind = append(kind, trimThe(o))
		}
	}
	switch len(kind) {
	case 0:
		return "", ""
	case 1:
		return kind[0], "the story's one " + noun
	}
	for _, t := range s.texts {
		at := strings.Index(t, name)
		if at < 0 {
			continue
		}
		before := " " + attrib.Fold(t[:at])
		best, last := "", -1
		for _, o := range kind {
			if i := strings.LastIndex(before, " "+attrib.Fold(o)); i > last {
				best, last = o, i
			}
		}
		if best != "" {
			return best, "the " + noun + " named last before the name"
		}
		break
	}
	return "", ""
}
