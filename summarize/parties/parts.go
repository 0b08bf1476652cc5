package parties

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// wholeOrg returns the organisation a body named as its part belongs to
// ("the Veltex Union National Board" is the Veltex Union's side; "the EU
// delegation" the European Union's), with what was cut, or p itself and
// "". The organisation must be one the story names, a place of the
// gazetteer, or a capitalised name the texts write on its own: "Town
// Council" is no part of an organisation "Town".
func (s *Story) wholeOrg(p string) (whole, part string) {
	f := attrib.Fold(trimThe(p))
	best := ""
	for _, w := range orgParts {
		if strings.HasSuffix(f, " "+w) && len(w) > len(best) {
			best = w
		}
	}
	if best == "" {
		return p, ""
	}
	words := strings.Fields(trimThe(p))
	n := len(words) - len(strings.Fields(best))
	prefix := strings.TrimSuffix(strings.TrimSuffix(strings.Join(words[:n], " "), "'s"), "’s")
	if prefix == "" || !isName(prefix) || s.commonNoun(prefix) {
		return p, ""
	}
	fp := attrib.Fold(prefix)
	for _, w := range strings.Fields(fp) {
		if placeNouns[w] || isGenericWord(w) {
			return p, ""
		}
	}
	for _, o := range s.orgs {
		if attrib.Fold(trimThe(o)) == fp {
			return trimThe(o), best
		}
	}
	if pl, ok := Lookup(prefix); ok {
		return pl.Name, best
	}
	if o := s.fullName(prefix); o != prefix && attrib.Fold(o) != f {
		return o, best
	}
	if !strings.Contains(prefix, " ") && s.standsAlone(prefix, best) {
		return prefix, best
	}
	return p, ""
}

// standsAlone reports a name the texts write without the part after it:
// the organisation is named on its own somewhere in the story.
func (s *Story) standsAlone(name, part string) bool {
	for _, t := range s.texts {
		for i := 0; ; {
			j := strings.Index(t[i:], name)
			if j < 0 {
				break
			}
			at := i + j + len(name)
			rest := strings.ToLower(strings.TrimLeft(t[at:], " "))
			if !strings.HasPrefix(rest, part) && !strings.HasPrefix(rest, "'s "+part) && !strings.HasPrefix(rest, "’s "+part) {
				return true
			}
			i = at
		}
	}
	return false
}

// memberClause matches a relative clause of membership after a person's
// name and role ("..., the ecology minister who is part of the EU
// delegation to the summit"): an apposition of a few words, then "who is"
// and a relation of memberRelations, then the body up to a clause break.
var memberClause = lazyRegexp(`^,([^,"“”;:()]{0,80}?)\bwho (?:is|was|are|were)(?: also)? (` +
	quoteAll(memberRelations) + `) ([^,.;:"“”()]{2,80})`)

// quoteAll joins words as alternatives of a regular expression.
func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// maxAppositionWords is how many words may stand between a name and a
// clause of membership for the clause to be the person's: a role of a few
// words ("the deputy foreign minister"); a longer stretch likely holds
// another noun the clause belongs to.
const maxAppositionWords = 8

// clauseRoles returns, for a person's full name, the bodies relative
// clauses of the texts say the person belongs to, as roles: "part of the
// EU delegation to the summit". Such a clause is cut from the role the
// attribution keeps, yet it says the person's side more exactly than the
// role before it ("the Spanish ecology minister").
func (s *Story) clauseRoles(name string) []string {
	// Clipped: a caller's append must not write into the kept slice.
	return slices.Clip(remember(&s.byName.clauseRoles, name, s.findClauseRoles))
}

// findClauseRoles is clauseRoles, read from the texts.
func (s *Story) findClauseRoles(name string) []string {
	if !strings.Contains(name, " ") {
		return nil
	}
	var roles []string
	for _, t := range s.texts {
		for i := 0; ; {
			j := strings.Index(t[i:], name)
			if j < 0 {
				break
			}
			at := i + j + len(name)
			i = at
			if !mayMemberClause(t[at:]) {
				continue // memberClause opens with the comma after the name
			}
			m := memberClause().FindStringSubmatch(t[at:])
			if m == nil || len(strings.Fields(m[1])) > maxAppositionWords {
				continue
			}
			roles = append(roles, m[2]+" "+strings.TrimSpace(m[3]))
		}
	}
	return roles
}

// independentPart returns, for a body named with its state's possessive
// ("Estmark's Fair Trade Authority"), the body's own name when it is a
// body that acts on its own (a regulator, a court, an inspectorate:
// independentHeads) and the story also names it without the possessive
// ("the Fair Trade Authority blocked the deal"): one side under one
// name. "" otherwise: "Russia's Permanent Mission" speaks for Russia.
func (s *Story) independentPart(o string) string {
	norm := strings.ReplaceAll(o, "’", "'")
	i := strings.Index(norm, "'s ")
	if i <= 0 {
		return ""
	}
	part := norm[i+len("'s "):]
	f := strings.Fields(part)
	if len(f) < 2 || !isProperName(part) || !independentHeads[attrib.Fold(f[len(f)-1])] {
		return ""
	}
	for _, t := range s.texts {
		for at := 0; ; {
			j := strings.Index(t[at:], part)
			if j < 0 {
				break
			}
			before := strings.ReplaceAll(t[max(0, at+j-4):at+j], "’", "'")
			if !strings.HasSuffix(before, "'s ") {
				return part
			}
			at += j + len(part)
		}
	}
	return ""
}
