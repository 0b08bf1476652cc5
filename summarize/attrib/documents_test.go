package attrib

import "testing"

// A court filing speaks for whoever filed it: the subject of "sued" or
// of "filed a complaint", the agent of "was sued by" or "a lawsuit filed
// by", the subject after "in its lawsuit,". "It" just after a document
// subject is that document.
func TestCourtFilingSpeaksForItsFiler(t *testing.T) {
	runRules(t, []ruleCase{
		{"sued, then the lawsuit, it and the suit", []string{
			"Tarn Air has sued Olek Varga to force him to complete the sale of his hangars.",
			"The Harbour Pilots Guild said on Monday that it stood with Varga.",
			"The lawsuit, filed in the district court on Tuesday, accuses Varga of bad faith in breaking the agreement.",
			"It claims that Varga used pretexts to walk away from a deal he had signed.",
			"Yet, the suit points out, he was bound by a contract."},
			[]string{"Harbour Pilots Guild", "Tarn Air", "Tarn Air", "Tarn Air"}},
		{"filed a complaint", []string{
			"The Merrow Dairy Cooperative filed a complaint against the Selvan Water Board on Friday.",
			"The Selvan Water Board said it would contest every claim in court.",
			"The complaint alleges that the board cut supplies to forty farms without notice."},
			[]string{"Selvan Water Board", "Merrow Dairy Cooperative"}},
		{"was sued by", []string{
			"Olek Varga was sued by Tarn Air Holdings on Monday.",
			"The Harbour Pilots Guild said on Monday that it stood with Varga.",
			"The suit says Varga walked away from a signed agreement to sell his hangars."},
			[]string{"Harbour Pilots Guild", "Tarn Air Holdings"}},
		{"a lawsuit filed by", []string{
			"A lawsuit filed by the Vantor Tenants Association on Monday names three landlords.",
			"The Vantor Landlords Federation said the rents were fair.",
			"The lawsuit says rents in the old town rose by 40% in a single year."},
			[]string{"Vantor Landlords Federation", "Vantor Tenants Association"}},
		{"in its lawsuit", []string{
			"In its lawsuit, Kessler Freight Group says the port owes it two million dollars.",
			"The Selvan Port Authority said it owed the company nothing at all.",
			"The lawsuit also says the port ignored three written warnings about the cranes."},
			[]string{"Kessler Freight Group", "Selvan Port Authority", "Kessler Freight Group"}},
		{"its named owner's lawsuit, then the suit", []string{
			"Kessler Freight Group's lawsuit says the port owes it two million dollars.",
			"The Selvan Port Authority said it owed the company nothing at all.",
			"The suit also says the port ignored three written warnings about the cranes."},
			[]string{"Kessler Freight Group", "Selvan Port Authority", "Kessler Freight Group"}},
		{"it after a document that made no statement", []string{
			"Tarn Air has sued Olek Varga over the sale of his hangars.",
			"The Harbour Pilots Guild said on Monday that it stood with Varga.",
			"The lawsuit was filed in the district court on Tuesday.",
			"It accuses Varga of bad faith in breaking the sale agreement he signed."},
			[]string{"Harbour Pilots Guild", "Tarn Air"}},
		{"it after a body is that body", []string{
			"Tarn Air has sued Olek Varga over the sale of his hangars.",
			"The Harbour Pilots Guild said on Monday that it stood with Varga.",
			"It added that the pilots would not fly the routes until the case was settled."},
			[]string{"Harbour Pilots Guild", "Harbour Pilots Guild"}},
	})
}

// An epithet is no body: "the world's richest person", "the
// 52-year-old" stand for the person named before them, or for no one.
func TestEpithetIsNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{"the world's richest person", []string{
			"Tarn Air has sued Olek Varga to force him through a sale the world's richest person said last week he would abandon.",
			"The lawsuit accuses Varga of bad faith in breaking the agreement."},
			[]string{"Olek Varga", "Tarn Air"}},
		{"the 52-year-old", []string{
			"Ilse Marren resigned from the harbour board on Monday.",
			"The 52-year-old said she had lost all confidence in the chair."},
			[]string{"Ilse Marren"}},
		{"the oldest man, after the person named", []string{
			"Piet Alder opened the new quay in Selvan on Friday.",
			"The town's oldest man said the quay would bring the ferries back for good."},
			[]string{"Piet Alder"}},
		{"no person named before", []string{
			"The world's richest person said last week that the hangar deal was off."},
			nil},
	})
}

// "“...,” a statement said" is a new source, never the quotation going
// on from the last speaker: its owner is the body its noun is tied to,
// else the body whose document was mentioned last, else the organisation
// that spoke last. A report is a third party's and stays unowned. After
// "according to", a document's source may follow "published ... by".
func TestIndefiniteStatementIsANewSource(t *testing.T) {
	runRules(t, []ruleCase{
		{"the body whose document was mentioned last", []string{
			"The Harbour Pilots Union and the Selvan Port Authority met again on Monday.",
			"“The pilots will not return to the night shifts,” a union statement said.",
			"The talks will resume on Friday, Ada Renn, a spokeswoman, told reporters on Monday evening.",
			"“The contracts have expired without a new agreement,” a statement said."},
			[]string{"Harbour Pilots Union", "Ada Renn", "Harbour Pilots Union"}},
		{"the organisation that spoke last", []string{
			"The Selvan Port Authority said on Monday that the night ferries would stop in March.",
			"“It is a disgrace to the whole town,” Kasia Wren said.",
			"“We regret the disruption to passengers,” a statement said."},
			[]string{"Selvan Port Authority", "Kasia Wren", "Selvan Port Authority"}},
		{"a report stays unowned", []string{
			"“We will fight the closure,” Kasia Wren said on Monday.",
			"“Ferry use fell by a third over the winter,” a report said."},
			[]string{"Kasia Wren"}},
		{"said a report from", []string{
			"“We will fight the closure,” Kasia Wren said on Monday.",
			"“Ferry use fell by a third over the winter,” said a report from Varno Institutional Equities."},
			[]string{"Kasia Wren", "Varno Institutional Equities"}},
		{"according to a statement names no speaker of its own", []string{
			"The Selvan Port Authority said on Monday that the night ferries would stop in March.",
			"“This is a great day for the harbour,” Kasia Wren told the pilots, according to a statement."},
			[]string{"Selvan Port Authority", "Kasia Wren"}},
		{"according to a post published by", []string{
			"The Merrow Farmers Union met the Selvan Water Board on Monday.",
			"No agreement was reached on the water prices, according to a post published Tuesday by the farmers' union."},
			[]string{"Merrow Farmers Union"}},
	})
}

// A cue in a relative clause on a noun with no "that" ("a deal the
// union said was final") reports no statement of the sentence: its main
// clause is the writer's. A phrase after a preposition or a time is no
// such noun.
func TestCueInContactRelativeClause(t *testing.T) {
	runRules(t, []ruleCase{
		{"after a verb", []string{
			"The Harbour Pilots Union met the Selvan Port Authority on Monday.",
			"The authority rejected the offer the union said was its last before the strike."},
			nil},
		{"after a dash", []string{
			"Tarn Air has sued Olek Varga over the hangars – a sale the 52-year-old said last week he would abandon."},
			nil},
		{"opening the sentence", []string{
			"The Harbour Pilots Union met the Selvan Port Authority on Monday.",
			"The plan the union said would end the night shifts was dropped on Tuesday."},
			nil},
		{"after a preposition", []string{
			"The Harbour Pilots Union met the Selvan Port Authority on Monday.",
			"On the day the union said the night shifts would end, the ferries stopped running."},
			[]string{"Harbour Pilots Union"}},
		{"after a time", []string{
			"The Harbour Pilots Union met the Selvan Port Authority on Monday.",
			"Last week the union said the night shifts would end in the spring."},
			[]string{"Harbour Pilots Union"}},
	})
}

// A quotation a paragraph's last sentence opens and never closes runs on
// past the paragraph, as news leaves the closing mark off: it goes on
// from the speaker before, and a cue inside it attributes nothing.
func TestRunOnQuotation(t *testing.T) {
	runRules(t, []ruleCase{
		{"after a statement", []string{
			"The Harbour Pilots Union met the Selvan Port Authority on Monday.",
			"“The contracts have expired without a new agreement,” a union statement said.",
			"“After four weeks of talks, the port remains unwilling to offer a fair deal on the night shifts.",
			"The authority did not reply."},
			[]string{"Harbour Pilots Union", "Harbour Pilots Union"}},
		{"a cue inside is the speaker's words", []string{
			"“We will not move,” Kasia Wren said on Monday.",
			"“The port says the cranes are safe, but no one who works under them believes it."},
			[]string{"Kasia Wren", "Kasia Wren"}},
		{"closed in the next sentence of its paragraph is no run-on", []string{
			"“We will not move,” Kasia Wren said on Monday.",
			"The Selvan Port Authority said on Tuesday that “the cranes are safe. No one has been hurt under them in ten years,” and that the talks would resume."},
			[]string{"Kasia Wren", "Selvan Port Authority"}},
	})
}

// A party's member with a modifier ("the top Republican", "the veteran
// Tory") is an epithet for the politician named before it, never a body
// or a speaker of its own; the party alone ("the Republicans said") is no
// epithet.
func TestPartisanEpithet(t *testing.T) {
	runRules(t, []ruleCase{
		{"the top Republican, a person named before in the sentence", []string{
			"Governor Ada Brandt said she would discuss the budget with House Speaker Tom Keller (R-OH) by telephone from Air Force Two as she flies home after the top Republican accused her of being beholden to “radical socialists” as a default looms."},
			[]string{"Ada Brandt", "Tom Keller"}},
		{"the veteran Tory, in the next sentence", []string{
			"Conservative MP Hugh Penrose voted against the harbour bill on Tuesday.",
			"The veteran Tory said the bill would close the old ferry slip for good."},
			[]string{"Hugh Penrose"}},
		{"the senior Democrat with no one named before", []string{
			"The senior Democrat said the bridge money would not be cut this year."},
			nil},
	})
}
