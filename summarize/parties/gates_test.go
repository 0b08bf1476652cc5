package parties

import (
	"regexp"
	"testing"
)

// gateTexts are invented texts after a name (or roles), each matched by
// one of the gated patterns or nearly so.
var gateTexts = []string{
	"", ",", ", the ecology minister who is part of the Arden delegation to the summit",
	", who was head of the port authority, said", ",who is also a member of the Quay Council",
	", the minister, who is part of the delegation", ", a former aide who were leading the talks",
	", (who is part of the team)", ", whom is part of", ",who  is part of the board",
	" (R-CA) said", " (D-N.Y.)", ", R-Texas", ",  I-Vt", "\t(R-Ohio", " R-CA", " (r-ca)", "(X-CA)",
	"a lawyer representing seven families", "Attorney for the victims", "SPOKESWOMAN for the tenants",
	"a spokesperson of some workers", "the solicitors for many shareholders", "counsel of the plaintiffs",
	"a representative of the owners", "the lawyer, who spoke for the residents", "a lawyer for victims",
	"ſpokesman for the families", "a Counſel for the patients", "the lawyer",
}

// TestGatesKeepMatches checks that every gate lets through each text its
// pattern matches: gated or not, a text matches alike.
func TestGatesKeepMatches(t *testing.T) {
	for _, s := range gateTexts {
		checkGates(t, s)
	}
}

// FuzzGatesKeepMatches is TestGatesKeepMatches on any text.
func FuzzGatesKeepMatches(f *testing.F) {
	for _, s := range gateTexts {
		f.Add(s)
	}
	f.Fuzz(checkGates)
}

func checkGates(t *testing.T, s string) {
	t.Helper()
	tests := []struct {
		name string
		gate bool
		re   *regexp.Regexp
	}{
		{"mayMemberClause", mayMemberClause(s), memberClause()},
		{"mayPartyMark", mayPartyMark(s), partyMarkRe()},
		{"mayRepresented", mayRepresented(s), representedRe()},
	}
	for _, tt := range tests {
		if tt.re.MatchString(s) && !tt.gate {
			t.Errorf("%s(%q) shuts out a text %s matches", tt.name, s, tt.re)
		}
	}
}
