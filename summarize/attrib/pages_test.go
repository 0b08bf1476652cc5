package attrib

import "testing"

// Two closing single marks in a row close a double quotation ("’’"), so
// the attribution after them is read.
func TestDoubledSingleCloses(t *testing.T) {
	runRules(t, []ruleCase{
		{"curly pair", []string{"“The levy is a plain attempt to fool the voters,’’ Orla Devlin said on Monday."}, []string{"Orla Devlin"}},
		{"straight pair", []string{"\"The levy is a plain attempt to fool the voters,'' Orla Devlin said on Monday."}, []string{"Orla Devlin"}},
		{"pair then a second quotation", []string{"“The ferry will run all winter,’’ Tomas Berg, director of the Vantor Port Trust, told reporters. “And the fares will stay.”"}, []string{"Tomas Berg"}},
		{"an apostrophe inside stays", []string{"“The drivers’ hours won’t change,” Orla Devlin said."}, []string{"Orla Devlin"}},
	})
}

// The name after "told" is who hears: never an inverted speaker.
func TestListenerIsNoSpeaker(t *testing.T) {
	runRules(t, []ruleCase{
		{"appositive then told an outlet", []string{"“It was a plain attempt to fool the voters,” Orla Devlin, director of the Vantor Civic Trust, told the Vantor Herald."}, []string{"Orla Devlin"}},
		{"long appositive", []string{"“The depot stays,” Ilse Varga, chief executive of the Marl-based freight website Cargo Ledger, told the Herald. “We have the orders.”"}, []string{"Ilse Varga"}},
		{"clause then told a person", []string{"The ferries will run all winter, Piet Alder told Marta Lind."}, []string{"Piet Alder"}},
		{"assured after a clause", []string{"The plant will reopen in May, the Tarnco board assured Vantor Council."}, []string{"Tarnco board"}},
		{"said still inverts", []string{"The ferries will run all winter, said Piet Alder."}, []string{"Piet Alder"}},
	})
}

// "Add" with a plain object puts something in; it reports words only with
// a clause, a quotation, or inverted after a quotation.
func TestAddingAThing(t *testing.T) {
	runRules(t, []ruleCase{
		{"added an object to something", []string{"The Vantor Space Office also added two small landers to the supply contract."}, nil},
		{"added to a tally", []string{"Marlow junior Ben Osei added to his collection of titles, winning the 200 metre race."}, nil},
		{"before adding an ingredient", []string{"Stir together and taste the sauce to check the flavours before adding the salt."}, nil},
		{"adds a quality", []string{"The new display adds a second screen by letting nurses see the alarms."}, nil},
		{"added a clause", []string{"Kasia Wren added the depot would stay open all winter."}, []string{"Kasia Wren"}},
		{"added that", []string{"Kasia Wren added that the depot would stay open."}, []string{"Kasia Wren"}},
		{"adding that after a comma", []string{"Kasia Wren defended the merger, adding that no branch would close."}, []string{"Kasia Wren"}},
		{"inverted after a quotation", []string{"“We will cut costs,” added Ilse Varga, who also runs the Tarnco board."}, []string{"Ilse Varga"}},
		{"after a quotation", []string{"“We will cut costs,” she added."}, nil},
	})
}

// An attribution closing a sentence after a quotation frames the speech
// nested before it: the framing speaker speaks, not whom they report.
func TestFramingTail(t *testing.T) {
	runRules(t, []ruleCase{
		{"recalled that he said, then the office", []string{"Piet Alder was charged on Monday.", "The clerk who took the call recalled that he said, \"I will burn the depot down,\" the county prosecutor's office said."}, []string{"county prosecutor's office"}},
		{"a name reported, then the police", []string{"Ilse Varga was arrested.", "A neighbour told officers that Varga shouted, “Nobody leaves this house,” Vantor police said on Tuesday."}, []string{"Vantor police"}},
		{"a clause with a quoted phrase, then a ministry", []string{"The union said the offer was “an insult to the nurses,” the Vantor health ministry said."}, []string{"Vantor health ministry"}},
		{"one attribution stays", []string{"“The depot will close,” the Vantor council said on Monday."}, []string{"Vantor council"}},
		{"a quotation after the tail is no frame", []string{"Piet Alder said the depot would close, and added: “We had no choice.”"}, []string{"Piet Alder"}},
		{"a long clause after the last cue is no tail", []string{"Ilse Varga said the plan was “dead,” the mayor said in a statement that was read to the council by his deputy on Friday."}, []string{"Ilse Varga"}},
	})
}

// An office's remit after "for" ("High Commissioner for Coastal Affairs")
// is no name of a person or body: the remit alone never speaks; the
// office, its holder unnamed, does.
func TestOfficeRemitIsNoName(t *testing.T) {
	runRules(t, []ruleCase{
		{"commissioner for a remit", []string{"The Vantor High Commissioner for Coastal Affairs said the levy was unlawful."}, []string{"Vantor High Commissioner"}},
		{"commissioner of a union of realms", []string{"The United Realms High Commissioner for Human Dignity said the ruling did not change the law."}, []string{"United Realms High Commissioner"}},
		{"minister for a remit, then its holder between commas", []string{"The Minister for Rail, Ada Renn, said the line would open."}, []string{"Ada Renn"}},
		{"a spokesman for a body stays", []string{"A spokesman for the Vantor Port Trust said the quay would reopen."}, []string{"Vantor Port Trust"}},
		{"a role for a company after a name stays", []string{"Piet Alder, head of platform sales for Tarnco, said sales rose."}, []string{"Piet Alder"}},
	})
}

// A body named with what it serves after "for" is one name, whole.
func TestBodyForRemit(t *testing.T) {
	runRules(t, []ruleCase{
		{"office for a district", []string{"The Attorney's Office for the Northern District of Vantor said the case would go to trial."}, []string{"Attorney's Office for the Northern District of Vantor"}},
		{"centre for a field", []string{"The Centre for Coastal Policy Research concluded that the levy had cut traffic."}, []string{"Centre for Coastal Policy Research"}},
		{"according to a centre for a field", []string{"According to the Centre for Coastal Research, the levy cut traffic by a fifth."}, []string{"Centre for Coastal Research"}},
		{"inverted, an office for a field", []string{"Prices rose by 2% in May, said the Office for Vantor Statistics."}, []string{"Office for Vantor Statistics"}},
		{"office for statistics", []string{"The Office for Vantor Statistics said prices rose by 2% in May."}, []string{"Office for Vantor Statistics"}},
	})
}

// A hyphen between spaces is a dash: the words on each side of it are
// no one name.
func TestSpacedHyphenIsADash(t *testing.T) {
	runRules(t, []ruleCase{
		{"a list between dashes", []string{"The only two states to have signed treaties with Marl - Tarnland and Vesk - also criticised the plan, with Vesk's foreign minister warning of “grave consequences”."}, []string{"Vesk's foreign minister"}},
		{"a hyphenated name stays", []string{"Eva-Lena Brandt said the quay would reopen."}, []string{"Eva-Lena Brandt"}},
		{"a dash before the attribution", []string{"The quay will reopen in May - or so Ada Renn said on Monday."}, []string{"Ada Renn"}},
	})
}

// A quotation whose sentence brings in a new speaker by an indefinite
// noun phrase, even one not resolved, does not go on from the speaker
// before.
func TestNamedSpeakerStopsContinuation(t *testing.T) {
	runRules(t, []ruleCase{
		{"an indefinite spokesperson of a body is a new speaker", []string{"“We will fight the order,” Kasia Wren said on Monday.", "“We received a letter from the regulator and are cooperating in the matter,” said a Tarnco spokesperson when contacted by reporters."}, []string{"Kasia Wren", "Tarnco spokesperson"}},
		{"nor is it named by the next sentence", []string{"“We will fight the order,” Kasia Wren said on Monday.", "“We are cooperating in the matter,” said a Tarnco spokesperson when contacted by reporters.", "A lawyer for the Vantor Port Trust declined to comment."}, []string{"Kasia Wren", "Tarnco spokesperson"}},
		{"a pronoun goes on", []string{"“We will fight the order,” Kasia Wren said on Monday.", "“We received a letter from the regulator and are cooperating in the matter,” she said."}, []string{"Kasia Wren", "Kasia Wren"}},
		{"an indefinite document is a new source, not the person's", []string{"“We will fight the order,” Kasia Wren said on Monday.", "“We received a letter from the regulator and are cooperating in the matter,” a statement said."}, []string{"Kasia Wren"}},
		{"a definite description goes on", []string{"“We will fight the order,” Kasia Wren said on Monday.", "“We received a letter from the regulator and are cooperating in the matter,” the Tarnco chief said."}, []string{"Kasia Wren", "Kasia Wren"}},
		{"no mention goes on", []string{"“We will fight the order,” Kasia Wren said on Monday.", "“We received a letter from the regulator and are cooperating in the matter.”"}, []string{"Kasia Wren", "Kasia Wren"}},
	})
}

// A name before the head of a subject modified after it ("Tarnco
// scientists using a telescope atop Mount Velka") modifies the head: the
// place in the modifier does not speak.
func TestNameModifiedSubject(t *testing.T) {
	runRules(t, []ruleCase{
		{"a body's scientists using", []string{"Tarnco scientists using a telescope atop Mount Velka have confirmed the presence of ice on the moon."}, []string{"Tarnco scientists"}},
		{"two-word body's officials close to", []string{"Vantor Rail officials close to the talks said the strike would end on Friday."}, []string{"Vantor Rail officials"}},
		{"no name before the head", []string{"Scientists using a telescope atop Mount Velka have confirmed the presence of ice on the moon."}, []string{"Scientists"}},
	})
}

// A list's mark before a sentence hides no imperative from the tagger:
// "- Take calls" has no speaker "Take".
func TestListMarkBeforeImperative(t *testing.T) {
	runRules(t, []ruleCase{
		{"dash", []string{"- Take calls and control your music with the buttons on the cup"}, nil},
		{"bullet", []string{"• Take notes, saying the names aloud as you go."}, nil},
		{"a name after a dash still speaks", []string{"- Piet Alder said the ferry would run."}, []string{"Piet Alder"}},
	})
}

// A generational suffix ("Jr.", "III") ends a person's name: its period
// ends no sentence, and the surname alone still names the person.
func TestGenerationSuffix(t *testing.T) {
	runRules(t, []ruleCase{
		{"suffix, then an appositive", []string{"Piet Alder Jr., the harbour master, said the quay would reopen."}, []string{"Piet Alder Jr."}},
		{"initial and suffix", []string{"Piet K. Alder Jr., the harbour master, said the quay would reopen."}, []string{"Piet K. Alder Jr."}},
		{"suffix before the cue", []string{"Piet Alder Jr. said the quay would reopen."}, []string{"Piet Alder Jr."}},
		{"the surname later", []string{"Piet Alder Jr. said the quay would reopen.", "“It is safe,” Alder said."}, []string{"Piet Alder Jr.", "Piet Alder Jr."}},
		{"a roman numeral", []string{"Ada Renn III, the port's owner, said the fees would rise."}, []string{"Ada Renn III"}},
		{"an office with 'for' in the appositive", []string{"Piet Alder, the U.S. Attorney for the Northern District of Vantor, said the case would go to trial."}, []string{"Piet Alder"}},
	})
}

// A title written as an office's ("the Prime Minister", "the Kestrian
// Foreign Minister"), with no name after it and no holder named before,
// is its unnamed holder; one named before holds it; a title in lower
// case is no office's.
func TestOfficeTitleWithoutName(t *testing.T) {
	runRules(t, []ruleCase{
		{"the Prime Minister", []string{"Protests spread on Friday.", "The Prime Minister said the army would stay in its barracks."}, []string{"Prime Minister"}},
		{"a country's Foreign Minister", []string{"Protests spread on Friday.", "The Kestrian Foreign Minister said the ruling was unlawful."}, []string{"Kestrian Foreign Minister"}},
		{"the holder named before", []string{"Prime Minister Ada Renn flew home on Friday.", "The Prime Minister said the army would stay in its barracks."}, []string{"Ada Renn"}},
		{"a title in lower case", []string{"Protests spread on Friday.", "The minister said the army would stay in its barracks."}, nil},
	})
}

// "And" between two nouns of an appositive ("water testing and supply
// office", "her brother and the Post's sports editor") leaves it a role;
// a clause between commas, opened by "and" or with a verb, is no role.
func TestAppositiveJoiningNouns(t *testing.T) {
	runRules(t, []ruleCase{
		{"nouns of a body's name", []string{"Ivo Marsh, deputy director of the province's water testing and supply office, told reporters the pipes were safe."}, []string{"Ivo Marsh"}},
		{"two roles", []string{"Tomas Berg, Renn's brother and the Vantor Post's sports editor, said the paper would keep reporting."}, []string{"Tomas Berg"}},
		{"a chief of two companies", []string{"Piet Alder, chief executive of Tarnco and Velmar, said both would cut jobs."}, []string{"Piet Alder"}},
		{"a clause opened by and", []string{"The ferries will run all winter, and the night crossings end in May, said Ada Renn."}, []string{"Ada Renn"}},
	})
}

// A title abbreviated before a name ("Gov. Ivo Marsh") is the title
// written out when a later "the governor" looks for its holder.
func TestAbbreviatedTitleHolder(t *testing.T) {
	runRules(t, []ruleCase{
		{"the governor", []string{"Republican Gov. Ivo Marsh said he would not meet the nurses.", "Nurses did not see Marsh at the capitol.", "The governor said he would wait for a review of ward staffing."}, []string{"Ivo Marsh", "Ivo Marsh"}},
		{"the senator", []string{"Sen. Ada Renn voted against the bill.", "The senator said the bill would raise fares for commuters."}, []string{"Ada Renn"}},
		{"of two governors, the one named last", []string{"Republican Gov. Ivo Marsh avoided criticism of nurses.", "Unlike Carrow Gov. Piet Alder, who attacked nurses last year.", "Nurses did not see Marsh at the capitol.", "The governor said he would wait for a review of ward staffing."}, []string{"Ivo Marsh"}},
	})
}

// A sentence that reports what a speaker said ("His office said he was
// travelling") is a statement of its own, never only the name of the
// speaker of the quotation before; a possessive pronoun after someone
// named since the last speaker spoke is theirs.
func TestReportAfterQuotation(t *testing.T) {
	runRules(t, []ruleCase{
		{"a report after a named quotation", []string{"“We will fight this,” Ivo Marsh said.", "His office said he was travelling to a conference."}, []string{"Ivo Marsh", "Ivo Marsh's office"}},
		{"a bare attribution names the quotation's speaker", []string{"“We will fight this.”", "Ivo Marsh told reporters in Carrow."}, []string{"Ivo Marsh"}},
		{"his after another man named since", []string{"“We will fight this,” Ivo Marsh said.", "Nurses did not see Piet Alder at the rally.", "His office said Alder was travelling to a conference."}, []string{"Ivo Marsh", "Piet Alder's office"}},
	})
}

// A pronoun opening a sentence after one that names one person, when the
// last speaker spoke before it, stands for that person ("Mr. Alder's
// taste for levies goes beyond Tarnland. He has warned ..."), unless what is
// known of genders says otherwise.
func TestPronounForTheOnePersonNamedBefore(t *testing.T) {
	runRules(t, []ruleCase{
		{"the one person named before", []string{"President Piet Alder spoke on Monday.", "“Growth is slowing,” Ivo Marsh, the head of the central bank, said.", "Mr. Piet Alder’s taste for levies goes beyond Tarnland.", "He has warned three other partners of new levies, saying some deals could lapse."}, []string{"Ivo Marsh", "Piet Alder"}},
		{"the last speaker, just before", []string{"President Piet Alder spoke on Monday.", "“Growth is slowing,” Ivo Marsh, the head of the central bank, said.", "He said rates would stay where they are until the spring."}, []string{"Ivo Marsh", "Ivo Marsh"}},
	})
}

// ", with" a subject and a cue's -ing form is a second attribution in the
// sentence; a participle after "with" that reports nothing is none, and a
// cue's -ing form opens no other clause.
func TestWithAbsoluteConstruction(t *testing.T) {
	runRules(t, []ruleCase{
		{"with a minister warning", []string{`Two neighbours also criticised the levy, with Tarnian Foreign Minister Ivo Marsh warning of "grave consequences".`}, []string{"Ivo Marsh"}},
		{"with a leader saying", []string{"The union rejected the offer, with union leader Ada Renn saying it was an insult."}, []string{"union", "Ada Renn"}},
		{"with both sides agreeing", []string{"Ada Renn said the talks went well, with both sides agreeing to meet again."}, []string{"Ada Renn"}},
	})
}

// A surname after an honorific and its dot ("Mr. Alder's taste for
// levies") names the person the article calls by that surname alone, so
// that a pronoun after it may stand for them.
func TestHonorificDotBeforeSurname(t *testing.T) {
	runRules(t, []ruleCase{
		{"a possessive after Mr.", []string{"President Alder said on Monday that a deal was close.", "“Growth is slowing,” Ivo Marsh, the head of the central bank, said.", "Mr. Alder’s taste for levies goes beyond Tarnland.", "He has warned three other partners of new levies, saying some deals could lapse."}, []string{"Alder", "Ivo Marsh", "Alder"}},
	})
}

// A name the article also writes after a determiner ("the Tarnco Vela
// Founder's Edition") is a thing's: its first word alone ("Tarnco says")
// is the company, not the given name of a person "Tarnco Vela"; a given
// name alone still stands for the person named before.
func TestProductNameIsNoPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{"a product and its maker", []string{"Come November, buyers of the Tarnco Vela Founder's Edition got their consoles.", "Tarnco Vela arrives with a list of missing features.", "Tarnco says the missing features will come in the spring, adding that games will cost the same as elsewhere."}, []string{"Tarnco"}},
		{"a given name alone", []string{"Lena Varo agreed to an interview.", "Lena said the letters had been kind and that she had kept every one of them."}, []string{"Lena Varo"}},
	})
}
