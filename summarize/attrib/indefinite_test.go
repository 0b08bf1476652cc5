package attrib

import "testing"

// A quotation whose cue brings in someone by an indefinite phrase ("said
// one structural engineer", "a retired engineer said") is that new
// person's, never the last speaker's, even when the phrase names no one
// the article can resolve; and the quotations after it no longer go on
// from the speaker before it.
func TestIndefiniteSpeakerIsNew(t *testing.T) {
	runRules(t, []ruleCase{
		{"inverted cue, numeral",
			[]string{"“The bridge is safe,” Ada Brun said.", "“The bridge is not safe at all, and the council has known it for a decade without spending a penny on it,” said one structural engineer from Kell."},
			[]string{"Ada Brun"}},
		{"cue after the phrase",
			[]string{"“The bridge is safe,” Ada Brun said.", "“The bridge is not safe at all, and the council has known it for a decade without spending a penny on it,” a retired structural engineer said."},
			[]string{"Ada Brun"}},
		{"a definite phrase after the new speaker",
			[]string{"“The bridge is safe,” Ada Brun said.", "“The bridge will fall,” said another structural engineer.",
				"“It has been neglected for years,” the engineer warned."},
			[]string{"Ada Brun"}},
		{"the last speaker's own pronoun goes on",
			[]string{"“The bridge is safe,” Ada Brun said.", "“It will stand for a century,” she added."},
			[]string{"Ada Brun", "Ada Brun"}},
	})
}
