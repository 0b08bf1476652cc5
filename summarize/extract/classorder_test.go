package extract

import (
	"regexp"
	"regexp/syntax"
	"testing"
)

// TestPatternsSameAsBefore checks that the patterns whose character
// classes now list their single characters before the Unicode classes
// (`[-&.' \p{L}]`, which compiles several times faster than
// `[\p{L}&.' -]`) parse to the same expression as their earlier spelling:
// the same program, so the same matches and submatches on every input.
func TestPatternsSameAsBefore(t *testing.T) {
	tests := []struct {
		name   string
		re     func() *regexp.Regexp
		before string
	}{
		{"reLeadCredit", reLeadCredit, `^\((?:(\p{Lu}[\p{L}&.' -]{1,30}),\s*[^()]{0,30}\d{4})?\)\s*(?:[-–—]\s*)?`},
		{"reTrailCredit", reTrailCredit, `(?:[.!?"”’]|^)(\s*(?:\(([\p{L}][\p{L}&.' -]{1,40})\)|[—–-]{1,2}\s*([\p{L}][\p{L}&.' -]{1,40}?))\s*)$`},
		{"reDateline", reDateline, `^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?(?:,\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?)` +
			`(?:,?\s+(\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}(?:,?\s+\d{4})?)?` +
			`(?:,?\s*\(([\p{L}][\p{L} .&,/-]{0,39})\))?\s*(--|[-–—:])(\s*)`},
		{"reDatelineNoDash", reDatelineNoDash, `^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}),\s*\(([\p{L}][\p{L} .&,/-]{0,39})\)\s+`},
		{"reByline", reByline, `^(?i:by|written by|reported by|words by|story by|edited by|curated by|posted by|compiled by|author)\s*:?\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|al|el|bin))*(\s+\p{Ll}[\p{L}-]*)?(\s+(?i:staff|desk|team|reporters|correspondents|newsroom))?\s*([,|/·•–—-]\s*[\p{L}\d .,&:'’]+)*$`},
		{"reCaptionCredit", reCaptionCredit, `(\s/\s*\p{Lu}[\p{L}&.' -]{1,40}|\((?i:photo|image|file|picture|representational|credit)[^)]*\))\s*$`},
		{"reEditedByStaff", reEditedByStaff, `(?i)edited by ([\p{L}&' .]{2,40}?) staff`},
		{"rePhotoCredit", rePhotoCredit, `(?i)^(\(?(photo|image|picture|video)s?\)?\s*)?(getty images|afp via getty images|shutterstock|epa-efe|ap photo|reuters/[\p{L} ]+|[\p{L} ]+/getty images)$`},
		{"reLinkLabel", reLinkLabel, `\[\p{Lu}[\p{Lu} ]{2,14}\]`},
		{"reOwnCredit", reOwnCredit, `(?i)\b(?:photograph|photo|picture|image)\s*:\s*(\p{Lu}[\p{L}&.' -]{1,40}?)\s*/\s*(\p{Lu}[\p{L}&.' -]{1,40})\s*$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if now := tt.re().String(); now == tt.before {
				t.Fatalf("%s is spelt as before", tt.name)
			}
			if !sameSyntax(t, tt.re().String(), tt.before) {
				t.Errorf("%s parses to another expression than\n%s", tt.name, tt.before)
			}
		})
	}
}

// sameSyntax reports whether two patterns parse, as package regexp parses
// them, to equal expressions.
func sameSyntax(t *testing.T, a, b string) bool {
	t.Helper()
	ra, err := syntax.Parse(a, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := syntax.Parse(b, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return ra.Equal(rb) && ra.Simplify().String() == rb.Simplify().String()
}
