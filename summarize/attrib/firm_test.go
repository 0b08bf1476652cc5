package attrib

import "testing"

// "The company" after a one-word firm has spoken is that firm, not
// another of its kind named in passing before; with no such speaker, or
// when the sentence names the speaker, it is the last firm named.
func TestFirmThatSpoke(t *testing.T) {
	runRules(t, []ruleCase{
		{"the firm that just spoke, not one named in a list", []string{
			"The strike hit buses built by Corvane as well as Brisk Motors and Halden Group.",
			"Corvane called the walkout reckless and costly for its suppliers in the valley.",
			"The company said it had made a generous offer to the union before talks broke down."},
			[]string{"Corvane", "Corvane"}},
		{"two sentences on", []string{
			"The strike hit buses built by Corvane as well as Brisk Motors.",
			"Corvane called the walkout reckless and costly for its suppliers in the valley.",
			"Pickets stood at the gates all night.",
			`"This stoppage will hurt every Corvane supplier in the valley," the company said.`},
			[]string{"Corvane", "Corvane"}},
		{"no firm spoke: the last firm named", []string{
			"The strike hit buses built by Corvane as well as Brisk Motors.",
			"Pickets stood at the gates all night.",
			"The company said it had made a generous offer to the union before talks broke down."},
			[]string{"Brisk Motors"}},
		{"the sentence names the speaker", []string{
			"The strike hit buses built by Corvane as well as Brisk Motors.",
			"Corvane called the walkout reckless and costly for its suppliers in the valley.",
			"The company said it had lost two contracts to Corvane since the spring."},
			[]string{"Corvane", "Brisk Motors"}},
	})
}
