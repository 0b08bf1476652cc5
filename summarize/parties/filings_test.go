package parties

import (
	"strings"
	"testing"
)

// A court filing speaks for whoever filed it: "the lawsuit said", no body
// named before it in its article, is the one party the story says sued or
// filed, in any of its articles; two filers and the lawsuit is neither's.
func TestFilingSpeaksForFiler(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		cue   string
		side  string   // "" for no side
		other []string // an earlier article of the story
	}{
		{"a company sued", []string{
			"Brenlo has sued Oskar Varga to force him to complete his purchase of the company.",
			"The lawsuit, filed in the Tarnby Commercial Court on Tuesday, accuses Varga of bad faith in breaching his contract."},
			"bad faith", "Brenlo", nil},
		{"filed by a union", []string{
			"Dock work at the port of Varo stopped on Monday after the strike began at dawn.",
			"In a complaint filed by the Tarn Dockers' Union, the port is accused of cutting pay.",
			"The complaint says the port cut the pay of night crews without notice or consultation."},
			"without notice", "Tarn Dockers' Union", nil},
		{"a person filed a lawsuit", []string{
			"Ilse Marten filed a lawsuit against the Varo council over the closure of her shop.",
			"The suit argues that the council broke its own rules when it shut the market hall."},
			"broke its own rules", "Ilse Marten", nil},
		{"after an unnamed source", []string{
			"Brenlo sued Oskar Varga on Tuesday, a person familiar with the case said on Wednesday morning.",
			"The lawsuit claims that Varga used the market slump as a pretext to walk away from the deal."},
			"pretext", "Brenlo", nil},
		{"two parties sued, the lawsuit in another article", []string{
			"The lawsuit claims that the deal was signed on the basis of false figures and must end."},
			"false figures", "", []string{
				"Brenlo has sued Oskar Varga to force him to complete his purchase of the company.",
				"Varga has also sued Brenlo over the losses the company hid from him before the sale."}},
		{"the filer named in another article", []string{
			"The suit argues that the council broke its own rules when it shut the market hall."},
			"broke its own rules", "Ilse Marten", []string{
				"Ilse Marten filed a lawsuit against the Varo council over the closure of her shop."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, an := storyOf(tc.paras, tc.other)
			st := statementWith(t, an, tc.cue)
			p, ev, ok := s.Side(st.Speaker)
			if !ok {
				p = ""
			}
			if p != tc.side || tc.side == "" && !strings.Contains(ev, "more than one party") {
				t.Errorf("side %q (%s), want %q; speaker %+v", p, ev, tc.side, st.Speaker)
			}
		})
	}
}
