package attrib

import "testing"

// A definite description of a kind of body ("the company", "the union",
// "the ministry") is the body of its kind named last once another speaker
// has taken the floor from the body that spoke before it; with no such
// mention, or while that body is still the last speaker, it goes on.
func TestKindDescriptionByMentionRecency(t *testing.T) {
	runRules(t, []ruleCase{
		{"a company accused by a person, then the company denies", []string{
			"Orvik Motors said on Monday that the new plant would open in March.",
			"On Thursday, Ada Renn accused Brannock Freight Group of blocking the harbour road.",
			"The company said in a statement that the road had been closed by police."},
			[]string{"Orvik Motors", "Ada Renn", "Brannock Freight Group"}},
		{"a union named in the last speaker's statement", []string{
			"The Tarn Dockworkers' Union said its members would vote next week.",
			"Mayor Piet Alder said the Vell Nurses' Union had broken the deal.",
			"The union said it had kept every promise it made."},
			[]string{"Tarn Dockworkers' Union", "Piet Alder", "Vell Nurses' Union"}},
		{"a ministry of a name with 'of' named by the last speaker", []string{
			"The Ministry of Transport said the bridge would reopen in May.",
			"Councillor Mara Voss said the Ministry of Finance had refused to pay for it.",
			"The ministry said no request had reached it."},
			[]string{"Ministry of Transport", "Mara Voss", "Ministry of Finance"}},
		{"a firm named as the object of a person's statement", []string{
			"Tarnco Holdings said it would not raise its offer.",
			"Councillor Jon Matus said he expected Vell Capital Partners to bid instead.",
			"The firm said it had made no decision."},
			[]string{"Tarnco Holdings", "Jon Matus", "Vell Capital Partners"}},
		{"no body of the kind named since: the one that spoke", []string{
			"Orvik Motors said on Monday that the new plant would open in March.",
			"Ada Renn said the harbour road would stay closed.",
			"The company said the plant could still open on time."},
			[]string{"Orvik Motors", "Ada Renn", "Orvik Motors"}},
		{"a body of another kind named since", []string{
			"Orvik Motors said on Monday that the new plant would open in March.",
			"Ada Renn said the Tarn Dockworkers' Union would strike.",
			"The company said the plant could still open on time."},
			[]string{"Orvik Motors", "Ada Renn", "Orvik Motors"}},
	})
}
