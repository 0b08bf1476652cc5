package attrib

import (
	"strings"
	"testing"
)

// A body introduced by a noun with a relative clause ("The group that
// runs the harbour ferries, Orla Sound, says") is an organisation; "the
// company" with no organisation of its kind named is the organisation
// that has just spoken, if its name gives it no other kind.
func TestCompanyThatJustSpoke(t *testing.T) {
	runRules(t, []ruleCase{
		{"a name after a relative clause is the body", []string{
			"The group that runs the harbour ferries, Orla Sound, says fares will stay flat this winter."},
			[]string{"Orla Sound"}},
		{"an authority is no airline", []string{
			"The Tarsian Civil Aviation Authority said the pilots' hours were within the rules.",
			"The airline said it had raised its offer to the pilots twice."},
			[]string{"Tarsian Civil Aviation Authority", "airline"}},
	})
	an := Extract([]string{
		"The group that runs the harbour ferries, Orla Sound, says fares will stay flat this winter.",
		"Ilka Brandt accused the ferry group of cutting the night crossings.",
		"But the company says the night crossings were never part of its contract."})
	var got []string
	for _, st := range an.Statements {
		got = append(got, st.Speaker.Name)
	}
	if len(got) != 3 || got[2] != "Orla Sound" {
		t.Errorf("speakers %q, want the company to be Orla Sound", got)
	}
}

// A firm noun that no organisation the article registered answers ("the
// social media giant") stands for the body that opened the sentence
// before as its subject, whether or not that sentence reported speech.
func TestFirmNounForTheSubjectBefore(t *testing.T) {
	runRules(t, []ruleCase{
		{"sued, then the giant", []string{
			"Tarnco Logistics sued the port of Selvan on Tuesday over the lost cranes.",
			"As per the court papers, the logistics giant called the port's conduct “a model of neglect”."},
			[]string{"Tarnco Logistics"}},
		{"built, then the carmaker", []string{
			"Vellmark Motors has used painted trim instead of chrome in the new saloon.",
			"The carmaker says it will do the same in every model it sells from next year."},
			[]string{"Vellmark Motors"}},
		{"withdrew, then the company", []string{
			"Ostrander withdrew 40,000 kettles last week, the second time Ostrander has done so this year.",
			"The company says the fault affects only kettles sold before March."},
			[]string{"Ostrander"}},
		{"not when the sentence names it", []string{
			"Tarnco Logistics sued the port of Selvan on Tuesday over the lost cranes.",
			"The company said Tarnco Logistics had been warned twice about the cranes before the storm."},
			[]string{"company"}},
	})
}

// Entertainment and publishing houses are organisations by their names
// ("Orvane Pictures", "Orvane Productions"): "the studio" is one of them,
// and "the production company", a kind noun with lower-case words before
// it, is the company that spoke just before.
func TestEntertainmentHousesAndModifiedKindNouns(t *testing.T) {
	runRules(t, []ruleCase{
		{"a studio", []string{
			"Orvane Pictures said the film would open in 300 cinemas.",
			"The studio said the director had finished the cut."},
			[]string{"Orvane Pictures", "Orvane Pictures"}},
		{"a kind noun with a modifier", []string{
			"Orvane Productions denied that it had signed a deal with the label.",
			"“We never agreed to it,” the production company said in a statement."},
			[]string{"Orvane Productions", "Orvane Productions"}},
	})
}

// "The company disputes this." answers the body that has just spoken: it
// is never that body.
func TestRebuttalIsNotTheBodyItAnswers(t *testing.T) {
	an := Extract([]string{
		"The regulator said it had warned Tarnco Petroleum twice about a faulty valve.",
		"Environmental group Clean Coast Orla says its own monitor, 800 metres from the fence, recorded benzene at five times the normal level.",
		"The company disputes this. A spokesperson said its own readings showed no harmful levels outside the site.",
	})
	for _, d := range an.Decisions {
		if d.Sentence >= 2 && strings.HasPrefix(d.Speaker, "Clean Coast Orla") {
			t.Errorf("sentence %d by %q, the body it answers", d.Sentence, d.Speaker)
		}
	}
}

// "The company" is never a body of another kind whose name holds a
// firm's word: not "Keldor's Ministry of Water and Energy".
func TestCompanyIsNoMinistry(t *testing.T) {
	if got := GenericOrg("company", []string{"Varn Hydro Power", "Keldor's Ministry of Water and Energy"}); got == "Keldor's Ministry of Water and Energy" {
		t.Errorf("GenericOrg(company) = %q", got)
	}
}
