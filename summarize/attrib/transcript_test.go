package attrib

import (
	"strings"
	"testing"
)

// In a broadcast transcript (no quotation marks), a first-person line
// after a statement goes on with its speaker, a line between a statement
// and a credit to its speaker is the speaker's, and the reporter's
// sign-off is no one's statement. In an ordinary article the writer's
// "we" stays the writer's.
func TestTranscriptLines(t *testing.T) {
	cases := []ruleCase{
		{"first-person lines after the introduction",
			[]string{"Kell mayor Ada Renn says the bridge will reopen before the winter. We have to finish the deck by May. We’ve got to get the buses back on it."},
			[]string{"Ada Renn", "Ada Renn", "Ada Renn"}},
		{"the sign-off is the reporter's",
			[]string{"Kell mayor Ada Renn says the bridge will reopen before the winter. We have to finish the deck by May. For Kell Radio, I'm Tomas Eld."},
			[]string{"Ada Renn", "Ada Renn"}},
		{"a sign-off alone",
			[]string{"Kell mayor Ada Renn says the bridge will reopen before the winter.", "I'm Tomas Eld in Orla."},
			[]string{"Ada Renn"}},
		{"a line in the third person is the reporter's",
			[]string{"Kell mayor Ada Renn says the bridge will reopen before the winter. The bridge has been shut since March."},
			[]string{"Ada Renn"}},
		{"an abbreviation in capitals is no pronoun",
			[]string{"Kell mayor Ada Renn says the bridge will reopen before the winter. Buses to the US border will run again in May."},
			[]string{"Ada Renn"}},
		{"a new paragraph is the reporter's",
			[]string{"Kell mayor Ada Renn says the bridge will reopen before the winter.", "We have to ask what it will cost."},
			[]string{"Ada Renn"}},
		{"a line closed by a credit",
			[]string{"Kell mayor Ada Renn says the bridge will reopen before the winter. Commuters who cross it every day are the ones who pay. She spoke on Kell Radio."},
			[]string{"Ada Renn", "Ada Renn"}},
		{"with quotation marks the writer's we is the writer's",
			[]string{`Kell mayor Ada Renn says the bridge will reopen "before the winter". We have to ask what it will cost.`},
			[]string{"Ada Renn"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := statedBy(tc.paras...); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("sentences stated by %q, want %q", got, tc.want)
			}
		})
	}
}

// statedBy returns, for every sentence of an article that states
// something, its speaker (statements one speaker makes in a row are
// merged, so their sentences are counted from the decisions).
func statedBy(paras ...string) []string {
	var out []string
	for _, d := range Extract(paras).Decisions {
		if d.Stated {
			out = append(out, d.Speaker)
		}
	}
	return out
}
