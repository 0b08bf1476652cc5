package summarize

import (
	"reflect"
	"slices"
	"testing"

	"github.com/storybot/storybot/summarize/attrib"
)

// statementsOf builds the compared statements of a side from sentences,
// with the story's IDF over all of them.
func featuresOf(texts ...string) []features {
	w := newIDF(texts, termMemo{})
	out := make([]features, len(texts))
	for i, t := range texts {
		out[i] = w.featuresOf(t, "", "", "")
	}
	return out
}

func TestSimilarity(t *testing.T) {
	// Background statements so that the IDF weights mean something.
	background := []string{
		"The ministry said exports of grain rose sharply in the spring.",
		"The union said nurses on night shifts would join the walkout.",
		"Officials said the bridge would reopen to traffic next month.",
		"The company said profits fell because of higher fuel costs.",
	}
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"reworded with a synonym", "No compromise was reached on the question of territory, he said.",
			"He said no agreement had been reached on territory.", true},
		{"same figure, other words", "The plan would put up to 3,000 jobs at risk, the board said.",
			"The board warned that as many as 3000 posts could go.", true},
		{"different points", "No compromise was reached on the question of territory, he said.",
			"He said the delegation would return to Geneva in the spring.", false},
		{"an irregular participle and the -ing form", "The regulator had written to the maker, she said.",
			"\"We warned the maker in writing,\" she said.", true},
		{"an irregular past and the present", "He said nurses were paid too little to stay.",
			"\"Low pay drives nurses out,\" he said.", true},
		{"a compound and its words apart", "Members could begin a work-to-rule over the closures, she warned.",
			"Teachers will vote on whether to work to rule over the closures, the union said.", true},
		{"shared year only", "The dam was finished in 1978, he said.", "Pay has fallen since 1978, she said.", false},
		{"a phrasal verb for its one-word synonym", "Ostrov claimed his convoy turned back to avoid bloodshed some 80 kilometres from Lissek.",
			"Less than a day after the march began, Ostrov said the convoy would return to base, citing the risk of blood being spilled.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := featuresOf(append([]string{tc.a, tc.b}, background...)...)
			sim := similarity(f[0], f[1])
			if got := sim >= sameSpeakerSim; got != tc.same {
				t.Errorf("similarity = %.2f; same claim = %v, want %v", sim, got, tc.same)
			}
		})
	}
}

// A phrasal verb counts as its one-word synonym ("turned back",
// "headed back" as "returned"), and "bloodshed" and "blood" are one term.
func TestPhrasalSynonyms(t *testing.T) {
	tests := []struct{ a, b string }{
		{"the crews turned back", "the crews returned"},
		{"the convoy is heading back", "the convoy is returning"},
		{"to avoid bloodshed", "to avoid blood"},
	}
	for _, tc := range tests {
		if a, b := terms(tc.a), terms(tc.b); !reflect.DeepEqual(a, b) {
			t.Errorf("terms(%q) = %v, terms(%q) = %v; want the same", tc.a, a, tc.b, b)
		}
	}
	// "back" with no verb of motion before it is no return.
	if got := terms("the union would back the plan"); slices.Contains(got, "return") {
		t.Errorf("terms = %v, want no return", got)
	}
}

// Statements are compared by paraphrase class: words of one WordNet
// sense, and the hand classes over them.
func TestParaphraseTerms(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"the lawyers postponed the hearing", "the attorneys deferred the hearing", true},
		{"salaries were frozen", "wages were frozen", true},
		{"the ministry condemned the strikes", "the ministry decried the strikes", true},
		{"no agreement on territory", "no compromise on territory", true},
		{"the minister spoke", "the pastor spoke", false},
		{"a charge of fraud", "a fee for fraud", false},
	}
	for _, tc := range tests {
		a, b := terms(tc.a), terms(tc.b)
		if got := reflect.DeepEqual(a, b); got != tc.same {
			t.Errorf("terms(%q) = %v, terms(%q) = %v; same = %v, want %v", tc.a, a, tc.b, b, got, tc.same)
		}
	}
}

func TestSameQuote(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"reckless escalation", "This is a reckless escalation of the dispute", true},
		{"We will not negotiate through the press", "we will not negotiate through the press, he said", true},
		{"a fabrication", "It is a fabrication from start to finish", false}, // one content word
		{"full and fair", "fair and full value", false},
		{"", "anything at all", false},
	}
	for _, tc := range tests {
		if got := sameQuote(newQuotation(tc.a), newQuotation(tc.b)); got != tc.want {
			t.Errorf("sameQuote(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestFigures(t *testing.T) {
	got := figures("Up to 3,000 jobs and 12 depots since 2019, a 4.5% fall.")
	want := map[string]bool{"3000": true, "12": true, "4.5": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures = %v, want %v", got, want)
	}
}

// One figure written two ways is one figure: an ordinal date and its
// cardinal, a unit glued to the number and spelt out, a hyphenated
// measure. Two different figures stay two.
func TestFiguresWrittenTwoWays(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"The deadline is March 3rd, she said.", "She set the deadline at March 3.", true},
		{"Trucks must stay 20km from the border.", "Trucks must stay 20 kilometres back.", true},
		{"He proposed a 6-month freeze.", "He wants a freeze for 6 months.", true},
		{"They filed on the 22nd of May.", "They filed on 22 May.", true},
		{"A 2.5bn loan was agreed.", "The loan of 2.5 billion was agreed.", true},
		{"Prices rose 6 per cent.", "Prices rose 5.5 per cent.", false},
		{"The 15th round of talks began.", "The 1st round of talks began.", false},
		{"A 12-month contract.", "A 120-day contract.", false},
	}
	for _, tc := range tests {
		fa, fb := figures(tc.a), figures(tc.b)
		shared := false
		for f := range fa {
			shared = shared || fb[f]
		}
		if shared != tc.same {
			t.Errorf("figures %v and %v: shared = %v, want %v", fa, fb, shared, tc.same)
		}
	}
}

func TestFacets(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		quote string
		want  []string
	}{
		{"a short piece after a semicolon goes back with the semicolon",
			"Brandt said the harbour talks had failed again. Pay at the harbour had fallen by 12 percent since 2019; staff quit.", "",
			[]string{"Brandt said the harbour talks had failed again.", "Pay at the harbour had fallen by 12 percent since 2019; staff quit."}},
		{"a short piece after a break goes back with the break's words",
			"Brandt said the harbour talks had failed again. The harbour board had broken every promise on pay, calling it shameful.", "",
			[]string{"Brandt said the harbour talks had failed again.", "The harbour board had broken every promise on pay, calling it shameful."}},
		{"two cues, two points",
			"Ushev confirmed that the talks were the longest yet held between the two delegations, but insisted that no agreement was reached on the border.", "",
			[]string{"Ushev confirmed that the talks were the longest yet held between the two delegations",
				"insisted that no agreement was reached on the border."}},
		{"a line that only credits goes with the quotation before it",
			"“We will not back down on pay, not this week and not next week.” Union leader Ada Renn told reporters at the gate. “The operator has had three months to make a fair offer and it has made none.”", "",
			[]string{"“We will not back down on pay, not this week and not next week.” Union leader Ada Renn told reporters at the gate.",
				"“The operator has had three months to make a fair offer and it has made none.”"}},
		{"so said credits the quotation before it",
			"“The river has never looked this bad.” So said Piet Alder, secretary of the Tarn Anglers Club, standing on the bridge on Monday.", "",
			[]string{"“The river has never looked this bad.” So said Piet Alder, secretary of the Tarn Anglers Club, standing on the bridge on Monday."}},
		{"a reporting verb's -ing form after a statement opens a point",
			"Union spokesman Ivo Brandt said on Friday that the strike would go on, stressing that members would keep the picket at the harbour gates.", "",
			[]string{"Union spokesman Ivo Brandt said on Friday that the strike would go on",
				"stressing that members would keep the picket at the harbour gates."}},
		{"an -ing form without a clause gives a reason",
			"Brandt said the pickets would leave the harbour gates on Sunday, citing the risk of clashes with police.", "",
			[]string{"Brandt said the pickets would leave the harbour gates on Sunday, citing the risk of clashes with police."}},
		{"after an action the -ing form is the action's point",
			"The union shut the harbour gates on Friday morning, saying the company had broken its promises on pay.", "",
			[]string{"The union shut the harbour gates on Friday morning, saying the company had broken its promises on pay."}},
		{"the reporter's reading is no point",
			"Brandt said the union would meet the harbour board again next week, indicating that talks would go on.", "",
			[]string{"Brandt said the union would meet the harbour board again next week."}},
		{"two that-clauses of one reporting verb are one statement",
			"Port spokeswoman Elin Vass said 300 crane jobs would go by 2027 and that the new container terminal would open to ships in the spring.", "",
			[]string{"Port spokeswoman Elin Vass said 300 crane jobs would go by 2027 and that the new container terminal would open to ships in the spring."}},
		{"a second that-clause after a comma stays with the first",
			"The ministry told reporters that the border crossing had reopened on Monday, and that aid convoys were carrying food and medicine through it again.", "",
			[]string{"The ministry told reporters that the border crossing had reopened on Monday, and that aid convoys were carrying food and medicine through it again."}},
		{"\"and that\" without a reporting verb stays whole",
			"The council cut the night buses in March and that angered commuters across the eastern districts.", "",
			[]string{"The council cut the night buses in March and that angered commuters across the eastern districts."}},
		{"a semicolon between two points",
			"The union says its 900 members want eleven percent over two years; the hospital says it has offered nurses six percent and shorter night shifts.", "",
			[]string{"The union says its 900 members want eleven percent over two years",
				"the hospital says it has offered nurses six percent and shorter night shifts."}},
		{"a break inside a quotation stays",
			`"We are no closer to a deal; there is much work to be done," she said.`, "We are no closer to a deal; there is much work to be done,",
			[]string{`"We are no closer to a deal; there is much work to be done," she said.`}},
		{"the reporter's reading is dropped",
			`"He will report to the board and then call us again," Mora said, suggesting that further talks are likely.`, "He will report to the board and then call us again,",
			[]string{`"He will report to the board and then call us again," Mora said.`}},
		{"a short tail stays with its point",
			"The union said the offer was an insult to every nurse on the wards, adding that talks continue.", "",
			[]string{"The union said the offer was an insult to every nurse on the wards, adding that talks continue."}},
		{"a second subject with a cue of its own",
			`The council says the bridge repairs ran late because of the floods, and its leader, Ada Morrow, has said she is "truly sorry" to residents.`, "truly sorry",
			[]string{"The council says the bridge repairs ran late because of the floods",
				`its leader, Ada Morrow, has said she is "truly sorry" to residents.`}},
		{"a second subject that told reporters",
			"The ministry said exports of grain rose sharply over the spring months, and the minister told reporters the wheat harvest would be late this year.", "",
			[]string{"The ministry said exports of grain rose sharply over the spring months",
				"the minister told reporters the wheat harvest would be late this year."}},
		{"one point of two subjects stays whole",
			"Pilots and cabin crew said the new rosters were unsafe for long flights over the ocean, and ground staff agreed.", "",
			[]string{"Pilots and cabin crew said the new rosters were unsafe for long flights over the ocean, and ground staff agreed."}},
		{"a negated cue opens no point",
			"The regulator ordered the plant to stop pumping waste into the river, and the agency has not said when it may resume.", "",
			[]string{"The regulator ordered the plant to stop pumping waste into the river, and the agency has not said when it may resume."}},
		{"a quotation before the cue stays whole",
			`Mora said the deal was close to being signed by both firms, and "nothing will stop it now," her aide said.`, "nothing will stop it now,",
			[]string{`Mora said the deal was close to being signed by both firms, and "nothing will stop it now," her aide said.`}},
		// A transcript's line that is the speaker's own words, written
		// without quotation marks, goes on with the point before it, as a
		// quoted sentence does; a sentence that is no quotation stays a
		// point of its own.
		{"one line after the introduction",
			"Mayor Ada Renn says the bridge must reopen before the winter. We have to finish the deck by May.",
			"We have to finish the deck by May.",
			[]string{"Mayor Ada Renn says the bridge must reopen before the winter. We have to finish the deck by May."}},
		{"two lines after the introduction",
			"Farmers say the milk price must rise. We have to cover the feed. We've got to pay the vet as well.",
			"We have to cover the feed. … We've got to pay the vet as well.",
			[]string{"Farmers say the milk price must rise. We have to cover the feed. We've got to pay the vet as well."}},
		{"a line that is no quotation is a point",
			"Mayor Ada Renn says the bridge must reopen before the winter. Commuters who cross it daily are the ones who pay.",
			"",
			[]string{"Mayor Ada Renn says the bridge must reopen before the winter.", "Commuters who cross it daily are the ones who pay."}},
		// American style sets the comma inside the closing quotation
		// mark: the break after it is the same break.
		{"a break after a comma inside a quotation mark",
			`Colonel Ivo Marr said the "reckless" shelling of the town "must stop," adding: "Those who fired on our homes will answer for it. Nobody should resist the police."`,
			`reckless … must stop, … Those who fired on our homes will answer for it. Nobody should resist the police.`,
			[]string{`Colonel Ivo Marr said the "reckless" shelling of the town "must stop,"`,
				`adding: "Those who fired on our homes will answer for it. Nobody should resist the police."`}},
		{"a cue's -ing form after a comma inside curly quotation marks",
			"Harbour master Lene Stav said the new quay was “years behind schedule,” warning that ferries would keep docking at the old pier until spring.", "years behind schedule,",
			[]string{"Harbour master Lene Stav said the new quay was “years behind schedule,”",
				"warning that ferries would keep docking at the old pier until spring."}},
		{"a comma inside a quotation mark before a short tail",
			`The mayor called the plan "a disgrace to the whole city council," adding that talks continue.`, "a disgrace to the whole city council,",
			[]string{`The mayor called the plan "a disgrace to the whole city council," adding that talks continue.`}},
		{"sentences of a run",
			`Mora said the deal was close. "We expect to sign the contract with the carmaker by Friday," she said.`, "We expect to sign the contract with the carmaker by Friday,",
			[]string{"Mora said the deal was close.", `"We expect to sign the contract with the carmaker by Friday," she said.`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range facets(attrib.Statement{Text: tc.text, Quote: tc.quote}) {
				got = append(got, f.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("facets =\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// The claims of a story do not depend on the order its articles come in.
func TestClaimsOrderIndependent(t *testing.T) {
	set := loadEvalSet(t, "../testdata/eval")
	rev := append([]Article(nil), set.articles...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	a, b := Group(set.articles), Group(rev)
	if len(a) != len(b) {
		t.Fatalf("%d stories, reversed %d", len(a), len(b))
	}
	for i := range a {
		if da, db := a[i].Digest(), b[i].Digest(); !reflect.DeepEqual(da.Parties, db.Parties) {
			t.Errorf("story %q: claims differ when the articles come reversed", da.Title)
		}
	}
}
