package summarize

import (
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// oneClaim makes a claim of one statement, for samePoints.
func oneClaim(idx int, party, who, article, text, quote string) *claim {
	s := &statement{st: attrib.Statement{Text: text, Quote: quote}, article: article, party: party, who: who, idx: idx}
	s.quote = newQuotation(quote)
	p := &point{rep: s, all: []*statement{s}}
	return &claim{party: party, points: []*point{p}, members: []*statement{s}, articles: []string{article}}
}

// One speaker giving the same quoted words in two claims says one point;
// other words, or another speaker, stay apart.
func TestSamePoints(t *testing.T) {
	long := `He dismissed the figures as "politically motivated" and said Kestria would "not negotiate through the press".`
	tests := []struct {
		name   string
		claims []*claim
		want   int
	}{
		{"a short quotation held by a longer one", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", long, "politically motivated … not negotiate through the press"),
			oneClaim(1, "Kestria", "voinovic", "b", `He called the Moldaran numbers "politically motivated".`, "politically motivated"),
		}, 1},
		{"a run of quoted words in both", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", `"We will not negotiate through the press," he said.`, "We will not negotiate through the press,"),
			oneClaim(1, "Kestria", "voinovic", "b", long, "politically motivated … not negotiate through the press"),
		}, 1},
		{"two long quotations that share two words", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", `"The dam is politically motivated theatre by our neighbours," he said.`, "The dam is politically motivated theatre by our neighbours,"),
			oneClaim(1, "Kestria", "voinovic", "b", `"Their politically motivated claims about water will fail," he said.`, "Their politically motivated claims about water will fail,"),
		}, 2},
		{"another speaker's same words", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", long, "politically motivated … not negotiate through the press"),
			oneClaim(1, "Kestria", "brandt", "b", `She called the numbers "politically motivated".`, "politically motivated"),
		}, 2},
		{"a fragment of a quotation held by another in a synonym", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", `He said the ruling was "plainly mistaken" and "an insult to farmers".`, "plainly mistaken … an insult to farmers"),
			oneClaim(1, "Kestria", "voinovic", "b", `"The court is plainly wrong. We will appeal," he said.`, "The court is plainly wrong. We will appeal,"),
		}, 1},
		{"a fragment held by another speaker's quotation", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", `He said the ruling was "plainly mistaken" and "an insult to farmers".`, "plainly mistaken … an insult to farmers"),
			oneClaim(1, "Kestria", "brandt", "b", `"The court is plainly wrong. We will appeal," she said.`, "The court is plainly wrong. We will appeal,"),
		}, 2},
		{"a fragment whose words the other does not hold", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", `He said the ruling was "plainly mistaken" and "an insult to farmers".`, "plainly mistaken … an insult to farmers"),
			oneClaim(1, "Kestria", "voinovic", "b", `"The court was plainly told. We will appeal," he said.`, "The court was plainly told. We will appeal,"),
		}, 2},
		{"other words", []*claim{
			oneClaim(0, "Kestria", "voinovic", "a", long, "politically motivated … not negotiate through the press"),
			oneClaim(1, "Kestria", "voinovic", "b", `He said the reservoir was "half empty after a dry winter".`, "half empty after a dry winter"),
		}, 2},
	}
	for _, tc := range tests {
		if got := samePoints(tc.claims); len(got) != tc.want {
			t.Errorf("%s: %d claims, want %d", tc.name, len(got), tc.want)
		}
	}
}
