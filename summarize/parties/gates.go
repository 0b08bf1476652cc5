package parties

// Gates: a pattern is compiled the first time it is used, and compiling
// one costs more than most stories' reading of it, so the costly patterns
// are tried only on a text holding what every match of theirs holds. A
// gate is a necessary condition, never a sufficient one: with it or
// without it a text matches alike (TestGatesKeepMatches). The patterns'
// words are matched regardless of case, and a letter's case folding
// reaches outside ASCII only for k and s: a gate's words have neither.

import "strings"

// mayMemberClause reports whether s, the text after a name, may open with
// memberClause: its "who " stands before any of the characters its
// apposition cannot hold.
func mayMemberClause(s string) bool {
	if !strings.HasPrefix(s, ",") {
		return false
	}
	s = s[1:]
	if i := strings.IndexAny(s, ",\"“”;:()"); i >= 0 {
		s = s[:i]
	}
	return strings.Contains(s, "who ")
}

// mayPartyMark reports whether s, the text after a name, may open with
// partyMarkRe: a bracket or a comma after any spaces.
func mayPartyMark(s string) bool {
	s = strings.TrimLeft(s, "\t\n\f\r ")
	return strings.HasPrefix(s, "(") || strings.HasPrefix(s, ",")
}

// representativeWords hold a word of each of representedRe's roles
// (lawyer, attorney, solicitor, counsel, spokesperson, spokesman,
// spokeswoman, representative) without k or s; linkWords of its links.
var (
	representativeWords = []string{"lawyer", "attorney", "olicitor", "coun", "per", "man", "repre"}
	linkWords           = []string{"repre", "for", "of"}
)

// mayRepresented reports whether a role may match representedRe.
func mayRepresented(role string) bool {
	low := strings.ToLower(role)
	return containsAny(low, representativeWords) && containsAny(low, linkWords)
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
