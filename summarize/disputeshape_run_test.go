package summarize

import (
	"strings"
	"testing"
)

// disputeShape is one invented story and the disputes between sides it
// holds: "side / side" per dispute, in order, with the topic in brackets
// for a dispute over figures.
type disputeShape struct {
	name  string
	texts []string
	want  []string
}

// runDisputeShapes checks each shape's disputes between sides.
func runDisputeShapes(t *testing.T, tests []disputeShape) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := testArticles(t, tc.texts...)
			sides := map[string]bool{}
			for _, c := range storyClaims(arts) {
				sides[c.party] = true
			}
			if len(sides) < 2 {
				t.Fatalf("the story has %d sides, want two to weigh", len(sides))
			}
			var got []string
			for _, d := range partyDisputes(storyClaims(arts), arts) {
				g := d.Sides[0].Party + " / " + d.Sides[1].Party
				if strings.Contains(d.Summary, "different figures") {
					g += " [" + d.Topic + "]"
				}
				got = append(got, g)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				var sides []string
				for _, c := range storyClaims(arts) {
					sides = append(sides, c.party+": "+c.members[0].st.Text)
				}
				t.Errorf("disputes:\n%s\nwant:\n%s\nclaims:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"), strings.Join(sides, "\n"))
			}
		})
	}
}
