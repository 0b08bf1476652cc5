package parties

import (
	"regexp"
	"testing"
)

// TestPatterns compiles every pattern of the package, since they are
// compiled only when first used, and tries each on a line.
func TestPatterns(t *testing.T) {
	tests := []struct {
		name string
		re   func() *regexp.Regexp
		in   string
		want bool
	}{
		{"representedRe", representedRe, "a lawyer representing seven families", true},
		{"partyMarkRe", partyMarkRe, " (R-CA)", true},
		{"memberClause", memberClause, ", the minister, said", false},
	}
	for _, tt := range tests {
		if got := tt.re().MatchString(tt.in); got != tt.want {
			t.Errorf("%s matches %q: %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}
