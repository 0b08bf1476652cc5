package parties

import (
	"strings"
)

// partyMarkRe is a party letter and a state after a name: "(R-CA)",
// "(D-N.Y.)", ", R-Texas".
var partyMarkRe = lazyRegexp(`^\s*(?:\(|,\s*)([RDI])-[A-Z][A-Za-z.]{1,14}\)?`)

// partyMark returns the party a story's texts write after a person's
// name or surname ("Kevin McCarthy (R-CA)"), or "".
func (s *Story) partyMark(name string) string {
	return remember(&s.byName.partyMark, name, s.findPartyMark)
}

// findPartyMark is partyMark, read from the texts.
func (s *Story) findPartyMark(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	forms := []string{name}
	if len(words) > 1 {
		forms = append(forms, words[len(words)-1])
	}
	for _, t := range s.texts {
		for _, f := range forms {
			for i := strings.Index(t, f); i >= 0; {
				if rest := t[i+len(f):]; mayPartyMark(rest) {
					if m := partyMarkRe().FindStringSubmatch(rest); m != nil {
						return partyMarkers[m[1]]
					}
				}
				next := strings.Index(t[i+len(f):], f)
				if next < 0 {
					break
				}
				i += len(f) + next
			}
		}
	}
	return ""
}
