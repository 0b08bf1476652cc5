package summarize

import (
	"slices"
	"strings"
	"testing"
)

// A statement two outlets tell with different figures is one claim, but
// it cites only the outlets that print the figure it shows; the
// difference is a dispute between outlets.
func TestClaimCitesOnlyTheOutletsOfItsFigure(t *testing.T) {
	arts := testArticles(t,
		"Shutdown enters second week\n\nFinance Minister Arvid Soll said the shutdown was costing the economy roughly 300 million crowns a day.\n\nSoll said talks with the opposition would resume on Monday.",
		"Shutdown costs mount\n\nFinance Minister Arvid Soll said the shutdown was costing the economy roughly 350 million crowns a day.\n\nSoll said talks with the opposition would resume next week.",
	)
	d := Group(arts)[0].Digest()
	for _, p := range d.Parties {
		for _, c := range p.Claims {
			if !strings.Contains(c.Text, "million crowns") {
				continue
			}
			figure := "300"
			if strings.Contains(c.Text, "350") {
				figure = "350"
			}
			for _, id := range c.Articles {
				i := slices.IndexFunc(arts, func(a Article) bool { return a.ID == id })
				if i < 0 || !strings.Contains(arts[i].Text(), figure+" million") {
					t.Errorf("claim %q cites article %d, which does not print %s million", c.Text, i, figure)
				}
			}
		}
	}
}
