package summarize

import (
	"testing"

	"github.com/storybot/storybot/summarize/facts"
)

// firstFact returns the first fact of kind k in s.
func firstFact(t *testing.T, s string, k facts.Kind) facts.Fact {
	t.Helper()
	for _, f := range facts.Extract(s) {
		if f.Kind == k {
			return f
		}
	}
	t.Fatalf("no %v in %q", k, s)
	return facts.Fact{}
}

func TestDisputeTopic(t *testing.T) {
	cases := []struct {
		name string
		kind facts.Kind
		a, b string
		want string
	}{
		{"count of people a verb befell", facts.Count,
			"Rescuers said 12 people were killed in the blast at Varn.",
			"At least 15 people were killed when the depot exploded.", "Number of people killed"},
		{"count of things a verb before it acts on", facts.Count,
			"The airline cancelled 230 flights on Friday.",
			"Skyla has cancelled 190 flights since the walkout began.", "Number of flights cancelled"},
		{"count with a place both write", facts.Count,
			"Port officials counted 22 cargo ships waiting at anchor off Dremmel.",
			"Some 30 cargo ships were waiting at anchor outside the harbour.", "Number of cargo ships at anchor"},
		{"count in a state both write", facts.Count,
			"About 900 jobs are at risk at the mill, the union said.",
			"The company said 650 jobs were at risk.", "Number of jobs at risk"},
		{"count with a modifier both write", facts.Count,
			"The council will buy 14 hybrid trucks this spring.",
			"The council plans to buy 18 hybrid trucks.", "Number of hybrid trucks"},
		{"count with nothing more both write", facts.Count,
			"Nearly 400 teachers walked out on Monday.",
			"Some 520 teachers joined the strike.", "Number of teachers"},
		{"measure in a unit of length", facts.Measure,
			"Oil coated a 5 km stretch of the coast near Pell.",
			"Oil has fouled a 9 km stretch of coastline.", "Length of the stretch"},
		{"day of a verb both write, with its particle", facts.Weekday,
			"Talks between the airline and the pilots broke down on Thursday.",
			"The negotiations broke down on Friday after ten hours.", "Day talks broke down"},
		{"date of a verb and its object, with a modal", facts.Date,
			"The new levy will take effect on March 1, the ministry said.",
			"The levy, which will take effect on April 1, applies to imports.", "Date levy will take effect"},
		{"date of an event whose subjects differ", facts.Date,
			"The new fees will take effect on June 1, the agency said.",
			"The charges, which take effect on July 1, cover freight.", "Date fees take effect"},
		{"month of a time that opens its sentence", facts.Month,
			"In March, the regulator approved the merger of the two lines.",
			"The regulator approved the merger in April, its filing shows.", "Month regulator approved"},
		{"day of a vote by a body both name", facts.Weekday,
			"The school board voted on Monday to close the library.",
			"The school board voted on Tuesday to shut the library.", "Day school board voted"},
		{"day of a meeting both date", facts.Weekday,
			"The foreign ministers held talks in Oslo on Tuesday.",
			"Nothing was agreed at Monday's two-hour meeting, an aide said.", "Day of the talks"},
		{"vote of a body", facts.Vote,
			"The city council voted 7-4 to approve the budget.",
			"The council voted 8-3 to approve it.", "Vote of the council"},
		{"percentage measured against a price", facts.Percent,
			"The bid is pitched at a premium of 20% to the closing price.",
			"Holm's offer is a 25% premium to the closing price on Friday.", "Premium to the closing price"},
		{"percentage on what lies above a limit", facts.Percent,
			"Kelvar imposed a 15 percent duty on anything above the quota.",
			"Kelvar's 10 percent duty above the quota took effect.", "Duty above the quota"},
		{"amount with the verb done to it", facts.Money,
			"Buyers will be offered a refund of $60, the maker said.",
			"Buyers can claim a full refund of the $75 they paid.", "Refund offered"},
		{"amount of what a modifier modifies", facts.Money,
			"The $4 low-fare weekly ticket will stay.",
			"She said the $5 low-fare weekly ticket would not change.", "Low-fare weekly ticket"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fa, fb := firstFact(t, c.a, c.kind), firstFact(t, c.b, c.kind)
			phrase := attributePhrase(c.a, fa)
			if phrase == "" {
				phrase = attributePhrase(c.b, fb)
			}
			sides := []*factSide{{value: fa, text: c.a}, {value: fb, text: c.b}}
			if got := disputeTopic(fa, phrase, sides); got != c.want {
				t.Errorf("topic = %q, want %q (by kind alone: %q)", got, c.want, factTopic(fa, phrase))
			}
		})
	}
}
