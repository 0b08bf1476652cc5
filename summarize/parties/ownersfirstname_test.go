package parties

import (
	"strings"
	"testing"
)

// "X's side/camp/team/lawyers", X a person's surname or first name, speaks
// for that person; a first name links only when exactly one person of the
// story has it, and never when it names a place.
func TestOwnersSideByFirstName(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		cue   string
		side  string // "" when the owner's person must not be the side
		not   string
	}{
		{"first name's side", []string{
			"Oskar Varga said on Monday that he would walk away from the purchase of Brenlo.",
			"According to Oskar's side, Brenlo withheld the data he had asked for in the spring."},
			"withheld the data", "Oskar Varga", ""},
		{"first name's lawyers", []string{
			"Marta Kessel, the founder of the studio, said she would fight the takeover in court.",
			"Marta's lawyers said the board had broken its own rules when it approved the sale."},
			"broken its own rules", "Marta Kessel", ""},
		{"surname's camp", []string{
			"Oskar Varga said on Monday that he would walk away from the purchase of Brenlo.",
			"Varga's team said the company had given no figures on its fake accounts at all."},
			"no figures", "Oskar Varga", ""},
		{"a titled name's office", []string{
			"Ombudsman Piet Alder's office said the delay was caused by a faulty valve and called on the board to publish its report."},
			"faulty valve", "Piet Alder", ""},
		{"a named minister's ministry", []string{
			"Lena Vask, the finance minister of Tarnland, said the levy would stay.",
			"Finance Minister Lena Vask's ministry said the levy would raise $2 billion in its first year."},
			"raise $2 billion", "Tarnland", ""},
		{"a named person's team with a modifier", []string{
			"Former Tarnco chief executive Ivo Marsh was sentenced to six years on Tuesday.",
			"Ivo Marsh's defence team said the trial had been unfair and that the case relied on one witness."},
			"one witness", "Ivo Marsh", ""},
		{"his team with a modifier", []string{
			"Former Tarnco chief executive Ivo Marsh was sentenced to six years on Tuesday.",
			"His defence team said the trial had been unfair and that the case relied on one witness."},
			"one witness", "Ivo Marsh", ""},
		{"a first name two people share", []string{
			"Lena Holm said the vote would go ahead despite the protest at the harbour.",
			"Lena Dorsk, who leads the dockers, said the vote had been rigged from the start.",
			"According to Lena's side, the ballot papers were printed before the meeting was called."},
			"ballot papers", "", "Lena"},
		{"a first name that is a place", []string{
			"Jordan Vell said the border crossing would reopen within a week of the talks.",
			"Jordan's foreign ministry said the crossing would stay shut until the talks ended."},
			"stay shut", "", "Jordan Vell"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, nil)
			st := statementWith(t, an, tc.cue)
			p, ev, ok := s.Side(st.Speaker)
			if tc.side == "" && tc.not == "Lena" && (ok || !strings.Contains(ev, "first name")) {
				t.Errorf("side %q (%s) ok=%v, want none for a shared first name", p, ev, ok)
			}
			if tc.side != "" && p != tc.side || tc.not != "" && strings.HasPrefix(p, tc.not) {
				t.Errorf("side %q (%s), want %q, not %q; speaker %+v", p, ev, tc.side, tc.not, st.Speaker)
			}
		})
	}
}
