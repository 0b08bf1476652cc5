package parties

import (
	"strings"
	"testing"
)

// A post whose role names its body only after "at" or "for", with no
// "of" before it, serves that body, though the story names it nowhere
// else; counsel serve their clients, not their firm, and a person the
// texts call by surname is a client, not a body.
func TestLinkedBody(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		cue   string // words of the statement's sentence
		side  string
		not   string // a body the role must not be read to point to
	}{
		{"at a company", []string{
			"Brenlo Games said its new console would ship to shops in March.",
			"\"Partners help us reach new players,\" says Kara Voss, senior vice president at Tarnsoft."},
			"reach new players", "Tarnsoft", ""},
		{"for an operation", []string{
			"The ministry said the convoy had been turned back at the border.",
			"Commander Ilse Dorn, a spokesperson for Steady Harbour, said the convoy was never stopped."},
			"never stopped", "Steady Harbour", ""},
		{"a remit before the body", []string{
			"Brenlo Games said its new console would ship to shops in March.",
			"\"Streaming widens the market,\" says Tomas Hale, director for games at Orvane."},
			"widens the market", "Orvane", ""},
		{"a firm of two names, and a place it stands in", []string{
			"Shares fell for a third day on Tuesday as the central bank held its rate.",
			"\"Buyers are waiting for the bank,\" said Petra Lund, head of equities at Halloway Brandt in Varel."},
			"waiting for the bank", "Halloway Brandt", ""},
		{"counsel at a law firm", []string{
			"Halvard said the recall would cover every battery sold last year.",
			"Hester Quaile, a lawyer at Quaile Renner, said the recall came far too late."},
			"far too late", "", "Quaile Renner"},
		{"a client the texts call by surname", []string{
			"Oskar Varga told the court he had never signed the contract.",
			"Mira Feld, a spokeswoman for Oskar Varga, said the contract was void.",
			"Varga did not attend the hearing on Friday."},
			"contract was void", "", "Oskar Varga"},
		{"a bare title is a remit", []string{
			"Ada Renn, a candidate for Governor, said the dam would be rebuilt."},
			"dam would be rebuilt", "", "Governor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, nil)
			st := statementWith(t, an, tc.cue)
			p, ev, _ := s.Side(Described(st))
			if tc.side != "" && p != tc.side || tc.not != "" && strings.Contains(ev, "points to "+strconvQuote(tc.not)) {
				t.Errorf("side %q (%s), want %q, not %q; speaker %+v", p, ev, tc.side, tc.not, st.Speaker)
			}
			if testing.Verbose() {
				t.Logf("%q %s", p, ev)
			}
		})
	}
}
