package parties

// Counsel speak for their client: "a lawyer for Kell", "Brook's
// attorney", "Piet Olm, who represents Kell". A client's side is the
// client's own, not the body the client works at ("a guard at Harrow
// County Jail" is no voice of the jail), unless the client holds a post
// that speaks for the body (its chief executive, its spokeswoman, a
// minister), when the client's side is the body's.

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// maxClientChain bounds how many clients deep a side is read: counsel
// for a client who is counsel too (a name that reads as both, "Varo's
// lawyer" taken into "Lina Varo") would otherwise read without end.
const maxClientChain = 2

// clientSide returns the side of a person of the story whom counsel or
// another agent speaks for, with its evidence.
func (s *Story) clientSide(p attrib.Speaker) (string, string) {
	if s.clients >= maxClientChain {
		return "", "" // counsel for counsel for ...: whose is not said
	}
	s.clients++
	side, ev, ok := s.Side(p)
	s.clients--
	if !ok || side == Others {
		return "", ""
	}
	own := untitled(p.Name)
	if side == own || s.speaksForBody(p) {
		return side, ev
	}
	return own, "the client " + strconvQuote(own) + " holds no post that speaks for " + strconvQuote(side) + ": a side of their own"
}

// speaksForBody reports a person whose roles in the story hold a post of
// a body's voice or head ("chief executive", "spokeswoman", "minister").
func (s *Story) speaksForBody(p attrib.Speaker) bool {
	roles := append([]string{currentPosts(p.Role)}, s.clauseRoles(p.Name)...)
	for _, r := range s.roles[s.PersonKey(p.Name)] {
		roles = append(roles, currentPosts(r))
	}
	all := strings.Join(roles, " , ")
	return hasWord(all, voicePosts) || hasWord(all, corporateTitles) || hasWord(all, governmentTitles)
}

// counselClient returns the client a speaker's name or role names as
// counsel's ("Ilan Brook's attorney", "a lawyer for Kell", "Kell's
// lawyers"), or "".
func counselClient(name, role string) string {
	for _, text := range []string{name, role} {
		words := strings.Fields(strings.ReplaceAll(trimThe(text), "’", "'"))
		for i, w := range words {
			if f := attrib.Fold(strings.TrimRight(w, ",.")); !attrib.IsCounselNoun(f) && !voiceNouns[f] {
				continue
			}
			// "Brook's attorney", "Ilan Brook's longtime attorney"
			for k := i - 1; k >= 0 && i-k <= 3; k-- {
				if owner, ok := strings.CutSuffix(words[k], "'s"); ok {
					if k > 0 && startsUpper(words[k-1]) && startsUpper(owner) {
						owner = words[k-1] + " " + owner
					}
					if startsUpper(owner) {
						return owner
					}
					break
				}
			}
			// "a lawyer for Kell"; "a lawyer for former compliance
			// officer Tomás Ruelle": the name after the description
			if i+2 < len(words) && words[i+1] == "for" {
				cw := clientWords(words[i+2:])
				if name, ok := asName(cw); ok {
					return name
				}
				if name, ok := trailingName(cw); ok {
					return name
				}
			}
		}
	}
	return ""
}

// voiceNouns are the posts of those who speak for a person as counsel
// do ("Joy Lamasan, spokesperson for Sumagaysay", "Putin's aide"): the
// person's side is theirs (counselSide reads only a person of the
// story so, never a body).
var voiceNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true,
	"aide": true, "adviser": true, "advisor": true}

// clientWords are the words of a name after "for", up to a comma.
func clientWords(words []string) []string {
	for j, w := range words {
		if strings.HasSuffix(w, ",") {
			return words[:j+1]
		}
	}
	return words
}

// counselSide is partyOf for counsel whose name or role names a client
// who is a person of the story.
func (s *Story) counselSide(sp attrib.Speaker) (string, string) {
	c := counselClient(sp.Name, sp.Role)
	if sp.Kind == attrib.Person {
		// The client the story's roles name most often, before one
		// article's reading of "His lawyer" after an unnamed "former
		// compliance officer".
		if story := s.storyClient(sp.Name); story != "" {
			c = story
		}
	}
	if c == "" {
		return "", ""
	}
	p, ok := s.Person(c)
	if !ok {
		return "", ""
	}
	side, ev := s.clientSide(p)
	if side == "" {
		return "", ""
	}
	if _, ok := possessor(sp.Name); ok {
		return side, "possessive " + strconvQuote(sp.Name) + " names counsel for " + strconvQuote(p.Name) + ": " + ev
	}
	return side, "counsel for " + strconvQuote(p.Name) + ": " + ev
}

// storyClient returns the client the story's roles for a person name
// them counsel for most often ("her lawyer, Bastien Yarrow" where "her"
// is the sprinter's; "who represents Tomás Ruelle"), so that an article
// that names the lawyer without the client still gives the client's
// side; "" when none, or two as often.
func (s *Story) storyClient(name string) string {
	votes := map[string]int{}
	longest := map[string]string{} // "Nadia Korvel's lawyer" and "Korvel's lawyer": one client
	for _, r := range s.roles[s.PersonKey(name)] {
		c := counselClient(name, r)
		if c == "" {
			c = principal(r) // "who represents Tomás Ruelle"
			if _, ok := s.Person(c); !ok {
				continue
			}
		}
		k := s.PersonKey(c)
		votes[k]++
		if len(c) > len(longest[k]) {
			longest[k] = c
		}
	}
	best, n, second := leading(votes)
	if n == 0 || n == second {
		return "" // none, or two clients as often: whose is not said
	}
	return longest[best]
}

// trailingName returns the name that ends a description of a person
// ("former Hartwell Meridian compliance officer Tomás Ruelle"): the last
// two or three capitalised words after a word in lower case.
func trailingName(words []string) (string, bool) {
	n := len(words)
	for k := 2; k <= 3 && k < n; k++ {
		if w := words[n-k-1]; startsUpper(w) {
			continue
		}
		return asName(words[n-k:])
	}
	return "", false
}
