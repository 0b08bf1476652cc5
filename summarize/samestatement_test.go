package summarize

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// filler are other sentences of a test story, for the weights of words.
var filler = []string{
	"The port handled fewer ships this week than last.",
	"Talks between the two sides ended on Tuesday without a date for the next round.",
	"Shipping lines said they were watching the dispute closely.",
	"The strike entered its second week on Monday.",
}

// said is one statement of a test story: who said text, in article.
type said struct{ who, article, text string }

// claimsOf makes a claim of each statement, with words weighed over all
// the statements given (and the other sentences of the story, filler).
func claimsOf(party string, stmts []said, filler ...string) []*claim {
	texts := make([]string, 0, len(stmts)+len(filler))
	for _, s := range stmts {
		texts = append(texts, s.text)
	}
	weights := newIDF(append(texts, filler...), termMemo{})
	var out []*claim
	for i, s := range stmts {
		st := &statement{st: attrib.Statement{Text: s.text}, article: s.article, party: party, who: s.who, idx: i}
		st.features = weights.featuresOf(s.text, "", s.who, party)
		p := &point{rep: st, all: []*statement{st}}
		out = append(out, &claim{party: party, points: []*point{p}, members: []*statement{st}, articles: []string{s.article}})
	}
	return out
}

// One speaker's statement told by two outlets in their own words is one
// claim; the same words in one article, from two speakers, or sharing
// only a name, a figure or one word, stay apart.
func TestSameStatements(t *testing.T) {
	tests := []struct {
		name  string
		stmts []said
		want  int
	}{
		{"a paraphrase in two articles", []said{
			{"mara quell", "a", "Mara Quell said nurses would hold a ballot on a work-to-rule from October."},
			{"mara quell", "b", "Quell warned that nurses could begin a work-to-rule in October."},
		}, 1},
		{"the same words in one article", []said{
			{"mara quell", "a", "Mara Quell said nurses would hold a ballot on a work-to-rule from October."},
			{"mara quell", "a", "Quell warned that nurses could begin a work-to-rule in October."},
		}, 2},
		{"two speakers of one side", []said{
			{"mara quell", "a", "Mara Quell said nurses would hold a ballot on a work-to-rule from October."},
			{"ivo brandt", "b", "Brandt warned that nurses could begin a work-to-rule in October."},
		}, 2},
		{"one word in common", []said{
			{"mara quell", "a", "Quell denied that any wards would close."},
			{"mara quell", "b", "Quell denied that, calling the report misleading."},
		}, 2},
		{"only names and figures in common", []said{
			{"mara quell", "a", "Quell said Halmor General had 40 empty beds in Ostrava."},
			{"mara quell", "b", "Quell said 40 nurses from Halmor General had left for Ostrava."},
		}, 2},
		{"disagreements that remain, in other words", []said{
			{"ivo brandt", "a", "Brandt said the key disagreements over the quay remained unresolved after the talks."},
			{"ivo brandt", "b", "Brandt confirmed that major sticking points over the quay persisted after the talks."},
		}, 1},
		{"one count in other words", []said{
			{"mara quell", "a", "Quell, who leads the nurses, said 300 jobs were at risk and that wards were being run below safe levels."},
			{"mara quell", "b", "Quell said 300 jobs were at risk at the clinic if nothing was done."},
		}, 1},
		{"one share in other words", []said{
			{"mara quell", "a", "She said imports of cheap steel had jumped 40 per cent in twelve months."},
			{"mara quell", "b", "Quell said steel imports surged 40% in a year, leaving mills half idle."},
		}, 1},
		{"one figure of two things", []said{
			{"mara quell", "a", "Quell said 40 percent of the nurses at the clinic had left for jobs abroad."},
			{"mara quell", "b", "Quell said pay at the clinic had fallen 40 percent since the board met in spring."},
		}, 2},
		{"one count of two things", []said{
			{"mara quell", "a", "Quell said 300 nurses had signed the letter to the board."},
			{"mara quell", "b", "Quell said 300 beds at the clinic had no nurses since the board met."},
		}, 2},
		{"two points of one speaker", []said{
			{"mara quell", "a", "Quell said the pay offer was an insult to nurses."},
			{"mara quell", "b", "Quell said nurses would not cross picket lines at the clinic."},
		}, 2},
	}
	for _, tc := range tests {
		got := sameStatements(claimsOf("Carrow Staff Association", tc.stmts, filler...))
		if len(got) != tc.want {
			t.Errorf("%s: %d claims, want %d", tc.name, len(got), tc.want)
		}
	}
}

// A joined claim shows a sentence one of its claims showed, never a member
// neither showed, even one that shares more with the others.
func TestSameStatementsShowsAShownSentence(t *testing.T) {
	cs := claimsOf("Carrow Staff Association", []said{
		{"mara quell", "a", "Mara Quell said nurses would hold a ballot on a work-to-rule from October."},
		{"mara quell", "b", "Quell warned that nurses could begin a work-to-rule in October."},
		{"mara quell", "c", "Quell said nurses who hold a ballot could begin a work-to-rule over unpaid overtime."},
	}, filler...)
	first := joinClaims(cs[1:]) // the third is shown by no claim
	first.heads = []*statement{cs[1].members[0]}
	if joinClaims(cs).shown() != cs[2].members[0] {
		t.Fatal("the third statement is not the one the three would show")
	}
	got := sameStatements([]*claim{cs[0], first})
	if len(got) != 1 {
		t.Fatalf("%d claims, want 1", len(got))
	}
	if text := got[0].render().Text; text == cs[2].members[0].st.Text {
		t.Errorf("the joined claim shows a sentence no claim showed: %q", text)
	}
}

// One outlet quotes a word or a phrase of what another quotes at length,
// from the same speaker: one statement. A word the longer quotation does
// not hold, another speaker's quotation, or the same words in one article
// stay apart.
func TestSameStatementQuotedWithin(t *testing.T) {
	type quoted struct{ who, article, text, quote string }
	tests := []struct {
		name  string
		stmts []quoted
		want  int
	}{
		{"one word of a long quotation", []quoted{
			{"oren vale", "a", "Vale said in an address that “reckless pride and private greed have led to betrayal,” calling the revolt a blow to the country.", "reckless pride and private greed have led to betrayal,"},
			{"oren vale", "b", "Vale called the revolt an act of “betrayal.”", "betrayal."},
		}, 1},
		{"two phrases of a long quotation", []quoted{
			{"oren vale", "a", "“We will rebuild every school and every bridge, and we will do it this year,” Vale said.", "We will rebuild every school and every bridge, and we will do it this year,"},
			{"oren vale", "b", "Vale promised to “rebuild every school” and said he would “do it this year.”", "rebuild every school … do it this year."},
		}, 1},
		{"a word the long quotation does not hold", []quoted{
			{"oren vale", "a", "Vale said in an address that “reckless pride and private greed have led to betrayal.”", "reckless pride and private greed have led to betrayal."},
			{"oren vale", "b", "Vale called the revolt a “mutiny.”", "mutiny."},
		}, 2},
		{"another speaker's words", []quoted{
			{"oren vale", "a", "Vale said in an address that “reckless pride and private greed have led to betrayal.”", "reckless pride and private greed have led to betrayal."},
			{"ilse marr", "b", "Marr called the revolt an act of “betrayal.”", "betrayal."},
		}, 2},
		{"one article", []quoted{
			{"oren vale", "a", "Vale said in an address that “reckless pride and private greed have led to betrayal.”", "reckless pride and private greed have led to betrayal."},
			{"oren vale", "a", "Later Vale called the revolt an act of “betrayal” again.", "betrayal"},
		}, 2},
	}
	for _, tc := range tests {
		stmts := make([]said, len(tc.stmts))
		for i, s := range tc.stmts {
			stmts[i] = said{s.who, s.article, s.text}
		}
		claims := claimsOf("Varn Republic", stmts, filler...)
		for i, s := range tc.stmts {
			claims[i].members[0].st.Quote = s.quote
		}
		if got := sameStatements(claims); len(got) != tc.want {
			t.Errorf("%s: %d claims, want %d", tc.name, len(got), tc.want)
		}
	}
}

// One figure of one thing is the same however written: digits or words,
// "per cent" or "%", people in general or by their work; two things
// counted alike, a year or a small number are not.
func TestSharesCount(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"About twelve tonnes escaped, she said.", "Roughly 12 tonnes of solvent escaped, the company said.", true},
		{"Six thousand people stayed away today.", "Nearly 6,000 workers were still out on Monday.", true},
		{"Rents rose 12 percent last year.", "Twelve per cent: that is how much rents went up.", true},
		{"Vostrania paid $12m to the group.", "Vostrania transferred twelve million dollars.", true},
		{"300 nurses signed the letter.", "300 beds had no nurses.", false},
		{"The plan dates from 2019.", "The accord of 2019 was broken.", false},
		{"Two ministers resigned.", "Two ministers were sacked.", false},
	}
	for _, tc := range tests {
		if got := sharesCount(tc.a, tc.b); got != tc.want {
			t.Errorf("sharesCount(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A claim a side makes as itself and through a named spokeswoman shows
// her telling: a reader is told who spoke.
func TestClaimShowsNamedSpeaker(t *testing.T) {
	arts := testArticles(t,
		"Pay row\n\nTarnco said the pay offer of 3% was fair and final.\n\nTarnco said talks would resume on Monday.",
		"Pay talks\n\nTarnco spokeswoman Ada Renn said the pay offer of 3% was fair and final.\n\nThe union said members would vote on Friday.",
	)
	for _, c := range storyClaims(arts) {
		r := c.render()
		if strings.Contains(r.Text, "fair and final") && r.Speaker != "Ada Renn" {
			t.Errorf("claim %q shows speaker %q, want Ada Renn", r.Text, r.Speaker)
		}
	}
}
