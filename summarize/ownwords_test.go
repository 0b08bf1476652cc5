package summarize

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
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
		{"a short lead-in to her words",
			"Aisha Marrow, who chairs the Fennick Parents' Forum, rejected the plan outright.\n\n“Our children deserve better than a motorway crossing,” she said.",
			true, "Our children deserve better than a motorway crossing,"},
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

// One outlet's account of a point and another's quotation of the same
// speaker on it are one claim citing both; a quotation of another point
// of hers stays a claim of its own.
func TestAccountAndQuotationInTwoOutlets(t *testing.T) {
	const (
		head    = "Nurses reject pay offer\n\n"
		account = "Marisol Ibarra, president of the United Nurses of Carrow, argues the offer is worth about 2 percent a year, less than inflation, and amounts to a pay cut."
		tail    = "\n\nThe Carrow Hospital Trust said its offer was fair."
		union   = "United Nurses of Carrow"
	)
	tests := []struct {
		name   string
		quoted string
		claims int
	}{
		{"her words on the offer", "Marisol Ibarra, president of the United Nurses of Carrow, said: \"Two percent a year when rents in this city are rising by ten is not an offer. It is an insult.\"", 1},
		{"her words on another point", "Marisol Ibarra, president of the United Nurses of Carrow, said: \"The wards on the fourth floor have been short of staff since March.\"", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := testArticles(t, head+account+tail, head+tc.quoted+tail)
			for _, p := range Parties(arts) {
				if p.Name == union && len(p.Claims) != tc.claims {
					t.Errorf("%d claims %+v, want %d", len(p.Claims), p.Claims, tc.claims)
				}
			}
		})
	}
}

// withOwnWords pairs one outlet's account of a point with another's
// quotation of the same speaker on it, found through their content
// words: not another speaker's words, not two accounts, not a quotation
// that shares one word with the account.
func TestWithOwnWordsAcrossOutlets(t *testing.T) {
	const account = "Ibarra argues the offer is worth about 2 percent a year, less than inflation, and amounts to a pay cut."
	tests := []struct {
		name         string
		whoQ, quoted string
		quote        string
		want         int
	}{
		{"her words on the offer", "marisol ibarra",
			`"Two percent when rents are rising by ten is not an offer. It is a cut in pay and an insult," she said.`,
			"Two percent when rents are rising by ten is not an offer. It is a cut in pay and an insult,", 1},
		{"another speaker's words", "ivo brandt",
			`"Two percent when rents are rising by ten is not an offer. It is a cut in pay and an insult," he said.`,
			"Two percent when rents are rising by ten is not an offer. It is a cut in pay and an insult,", 2},
		{"her words on another point that share a word", "marisol ibarra",
			`"The wards have been short of staff all year," she said.`,
			"The wards have been short of staff all year,", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			weights := newIDF(append([]string{account, tc.quoted}, filler...), termMemo{})
			var claims []*claim
			for i, x := range []struct{ who, article, text, quote string }{
				{"marisol ibarra", "a", account, ""},
				{tc.whoQ, "b", tc.quoted, tc.quote},
			} {
				st := &statement{st: attrib.Statement{Text: x.text, Quote: x.quote}, article: x.article, party: "United Nurses", who: x.who, idx: i}
				st.features = weights.featuresOf(x.text, x.quote)
				p := &point{rep: st, all: []*statement{st}}
				claims = append(claims, &claim{party: "United Nurses", points: []*point{p}, members: []*statement{st}, articles: []string{x.article}})
			}
			got := withOwnWords(claims)
			if len(got) != tc.want {
				t.Fatalf("%d claims, want %d", len(got), tc.want)
			}
			if tc.want == 1 {
				if c := got[0].render(); c.Text != account || c.Quote != tc.quote {
					t.Errorf("shows %q with %q, want the account with her quotation", c.Text, c.Quote)
				}
			}
		})
	}
}
