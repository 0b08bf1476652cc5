package summarize

import (
	"strings"
	"testing"
)

// A reporter's account of a point and the speaker's own words on it in
// the next sentence are one claim that shows both; a quotation that
// turns to another point, another speaker's words, or words a sentence
// further on stay claims of their own.
func TestAccountWithTheSpeakersOwnWords(t *testing.T) {
	const (
		head    = "Closure plan draws fire\n\n"
		account = "Aisha Marrow, who chairs the Fennick Parents' Forum, said pupils from Crane Street would have to cross the ring road to reach their new school."
		tail    = "\n\nThe Fennick Borough Council said the closures would save money."
		forum   = "Fennick Parents' Forum"
	)
	tests := []struct {
		name      string
		text      string
		joined    bool   // one claim shows the account with the quotation
		wantQuote string // the quotation it shows
	}{
		{"her own words on the point, next",
			account + "\n\n“Somebody will be hurt crossing that ring road,” she said.",
			true, "Somebody will be hurt crossing that ring road,"},
		{"her own words, the account told in other words",
			"Aisha Marrow, who chairs the Fennick Parents' Forum, told reporters the forum had written to every councillor about the ring road.\n\n“We wrote to every one of them about that ring road and not one wrote back,” Marrow said.",
			true, "We wrote to every one of them about that ring road and not one wrote back,"},
		{"her words turn to another point",
			account + "\n\n“However, the council never asked the parents about the ring road,” she said.",
			false, ""},
		{"her words say nothing of the account's point",
			account + "\n\n“Our children deserve better than this,” she said.",
			false, ""},
		{"a sentence of the reporter between them",
			account + " The ring road carries 30,000 vehicles a day.\n\n“Somebody will be hurt crossing that ring road,” she said.",
			false, ""},
		{"the account quotes her already",
			"Aisha Marrow, who chairs the Fennick Parents' Forum, said the plan to send pupils across the ring road was “madness”.\n\n“Somebody will be hurt crossing that ring road,” she said.",
			false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := testArticles(t, head+tc.text+tail)
			var got []Claim
			for _, p := range Parties(arts) {
				if p.Name == forum {
					got = p.Claims
				}
			}
			var shown []Claim // claims that show a quotation their text does not hold
			for _, c := range got {
				if c.Quote != "" && !strings.Contains(c.Text, c.Quote) {
					shown = append(shown, c)
				}
			}
			if !tc.joined {
				if len(shown) > 0 {
					t.Errorf("an account shown with other words: %+v", shown)
				}
				return
			}
			if len(shown) != 1 || !strings.HasPrefix(shown[0].Text, "Aisha Marrow") || shown[0].Quote != tc.wantQuote || shown[0].Speaker != "Aisha Marrow" {
				t.Errorf("claims %+v, want one: the account by Aisha Marrow with the quotation %q", got, tc.wantQuote)
			}
		})
	}
}
