package parties

import (
	"regexp"
	"regexp/syntax"
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

// TestPortfolioPatternSameAsBefore checks that portfolioPattern parses, as
// package regexp parses it, to the same expression as its earlier
// spelling with \p{L} first in the class.
func TestPortfolioPatternSameAsBefore(t *testing.T) {
	for _, remit := range []string{"interior", "foreign affairs", "health (acting)"} {
		before := `(\p{Lu}[\p{L}.-]+)(?:'s|’s)? (?i:` + regexp.QuoteMeta(remit) + `) (?i:minist(?:er|ry))`
		now, err := syntax.Parse(portfolioPattern(remit), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		was, err := syntax.Parse(before, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if !now.Equal(was) {
			t.Errorf("portfolioPattern(%q) = %s, want the same expression as %s", remit, now, was)
		}
	}
}
