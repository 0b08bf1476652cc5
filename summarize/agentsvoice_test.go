package summarize

import (
	"strings"
	"testing"
)

// Those who act for a side under its possessive ("Renn's lawyers") give
// the side's own word: in another outlet, the same point told of the side
// itself is one claim with theirs. In one article, counsel and client are
// two people and say two things.
func TestAgentsSpeakWithTheSidesVoice(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int // claims of Ada Renn's side
	}{
		{"the lawyers in one outlet, the client in another", []string{
			"Ada Renn, a crane driver, sued the Harbour Board on Monday over her dismissal. " +
				"Renn's lawyers said the board had refused to hand over the shift logs and maintenance records she requested in March. " +
				"The board's chairman, Piet Olm, said the dismissal followed two safety warnings.",
			"A crane driver is taking the Harbour Board to court. " +
				"Ada Renn said the board was hiding records that would clear her name.",
		}, 1},
		{"the lawyers and the client in one article", []string{
			"Ada Renn, a crane driver, sued the Harbour Board on Monday over her dismissal. " +
				"Renn's lawyers said the board had refused to hand over the shift logs she requested in March. " +
				"Renn said the shift logs would show she had reported the faulty brake twice.",
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range Parties(testArticles(t, tc.texts...)) {
				if p.Name != "Ada Renn" {
					continue
				}
				for _, c := range p.Claims {
					got = append(got, c.Speaker+": "+c.Text)
				}
			}
			if len(got) != tc.want {
				t.Errorf("%d claims of Ada Renn, want %d:\n%s", len(got), tc.want, strings.Join(got, "\n"))
			}
		})
	}
}
