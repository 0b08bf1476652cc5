package attrib

import (
	"slices"
	"strings"
	"testing"
)

// TestDescriptionBeforeNameIsNoName covers a word that colours or says
// who a person is in the story, capitalised before their name at the
// head of a sentence ("Heartbroken Ivana Rusk", "Eyewitness Katya Horn"),
// and a council title cut short ("Cllr Pollard"): none is a word of the
// name.
func TestDescriptionBeforeNameIsNoName(t *testing.T) {
	runRules(t, []ruleCase{
		{"an epithet opening the sentence", []string{`Heartbroken Ivana Rusk told the paper: "Somebody knew it was dangerous."`}, []string{"Ivana Rusk"}},
		{"an epithet, an age and a clause", []string{`Heartbroken Ivana Rusk, 44, whose brother died on the bridge, said: "Somebody knew."`}, []string{"Ivana Rusk"}},
		{"an epithet after an inverted cue", []string{`"Somebody knew it was dangerous," said heartbroken Ivana Rusk.`}, []string{"Ivana Rusk"}},
		{"a witness's noun", []string{`Eyewitness Katya Horn said the deck folded like cardboard.`}, []string{"Katya Horn"}},
		{"a trade's noun", []string{`Trucker Dariusz Wenk said he had waited nine hours at the barricade.`}, []string{"Dariusz Wenk"}},
		{"a tabloid's word of kin with its children", []string{`Mum-of-two Marija Kovac added: "They keep saying nine."`}, []string{"Marija Kovac"}},
		{"a grandmother", []string{`Grandmother Maureen Tolley said she had waited nine hours.`}, []string{"Maureen Tolley"}},
		{"a street in another language is no person", []string{
			"The decree was signed by President Rafael Quintero, ending a stand-off with the bank's headquarters on Avenida Colon.",
			`In a televised address he said she had "squandered the reserves".`}, []string{"Rafael Quintero"}},
		{"a three-word name stays whole", []string{`Anna Maria Holt said the deck folded like cardboard.`}, []string{"Anna Maria Holt"}},
		{"a councillor's title cut short", []string{"Councillor Derek Pollard said the licence would be reviewed.", `"Every option is on the table," Cllr Pollard said.`}, []string{"Derek Pollard", "Derek Pollard"}},
	})
}

// TestScholarsClauseIsTheirRole covers a relative clause that says what
// a commentator studies or teaches, before the cue or after an inverted
// one: it is the speaker's role.
func TestScholarsClauseIsTheirRole(t *testing.T) {
	for _, p := range []string{
		"Marek Szell, who lectures in computer security at the University of Korvath, said the gang was bluffing.",
		`"This is how these deals die," said Dr Ilse Marten, who studies prisoner exchanges at the Halden Institute.`,
	} {
		sts := Extract([]string{p}).Statements
		if len(sts) != 1 || sts[0].Speaker.Role == "" {
			t.Errorf("%q: statements %+v, want one with the clause as its role", p, sts)
		}
	}
}

// TestHeldPostInARelativeClause covers a relative clause whose second
// verb gives the post ("who farms 90 cows and chairs the federation's
// Selvik branch"): it is the speaker's role, unless a title before the
// name gives one.
func TestHeldPostInARelativeClause(t *testing.T) {
	tests := []struct{ para, role string }{
		{"Liv Haugen, who farms 90 cows outside Dalby and chairs the federation's Selvik branch, said the mood was good.", "chairs the federation's Selvik branch"},
		{"Ola Brandt, who chairs the Tarn Farmers Union, said the quotas were unfair.", "chairs the Tarn Farmers Union"},
		{"Council member Carla Jansen, who led the opposition, said the increase was unfair.", "council member"},
		{"Dana Whitlow, who teaches chemistry at Brennock High and is the local branch secretary of the Caldorian Union of Teachers, said conditions were poor.",
			"the local branch secretary of the Caldorian Union of Teachers"},
		{"Ana Holt, who studies law at Vell University, said the protest would go on.", ""},
	}
	for _, tt := range tests {
		sts := Extract([]string{tt.para}).Statements
		if len(sts) != 1 || sts[0].Speaker.Role != tt.role {
			t.Errorf("%q: statements %+v, want one with role %q", tt.para, sts, tt.role)
		}
	}
}

// TestNameOfABody covers a person's name "of" a body with no role before
// it: a given name opening the name says a person ("Ruth Calloway of the
// Selby Institute"), where a body of the same shape stays one ("Bank of
// Tarnland").
func TestNameOfABody(t *testing.T) {
	runRules(t, []ruleCase{
		{"a given name, then of a body", []string{"Professor Ruth Calloway of the Selby Institute for Education Research says the research is less clear-cut."}, []string{"Ruth Calloway"}},
		{"a body named with of", []string{"The Bank of Tarnland said rates would stay on hold."}, []string{"Bank of Tarnland"}},
		{"a chamber of commerce", []string{"The Vardena Chamber of Commerce said several members had paused hiring."}, []string{"Vardena Chamber of Commerce"}},
	})
}

// TestHolderAfterABodyIsNoListItem covers a name between commas after a
// post of a body ("The Speaker of the National Assembly, Annika Brandt,
// said"): she is a person the article names, whom a "she" later stands
// for, not a later item of a list of the body's things.
func TestHolderAfterABodyIsNoListItem(t *testing.T) {
	runRules(t, []ruleCase{
		{"a pronoun after the holder is named again", []string{
			"Ruth Amsel, the watchdog's director, said the rules were broken.",
			"The Speaker of the National Assembly, Annika Brandt, said the matter had been referred.",
			`Opposition leader Daniel Korver demanded a suspension. "Any other employee would be sent home," Korver said.`,
			`Brandt turned down the demand. "Due process applies to every member of this house," she said.`,
		}, []string{"Ruth Amsel", "Annika Brandt", "Daniel Korver", "Annika Brandt"}},
		{"a list of things stays a list", []string{
			"The carmaker builds the Brisk Van, Brisk Coupe and Orla Sprinter at the plant, Ada Renn said.",
		}, []string{"Ada Renn"}},
	})
}

// TestQuantifierOpeningIsNoName covers a quantifier that opens a sentence
// before a demonym ("No Dostravan unit fired"): no word of a name.
func TestQuantifierOpeningIsNoName(t *testing.T) {
	an := Extract([]string{"No Dostravan unit fired on Merovo, the ministry said."})
	for _, o := range an.Orgs {
		if strings.HasPrefix(o, "No ") {
			t.Errorf("orgs %q: a quantifier in a name", an.Orgs)
		}
	}
	for _, p := range an.People {
		if strings.HasPrefix(p.Name, "No ") {
			t.Errorf("people %+v: a quantifier in a name", an.People)
		}
	}
}

// TestPersonOfABodyAfterTheCue covers a person's name, "of" and a body's
// name after an inverted cue ("said Sofia Lindqvist of Northbridge
// Capital"): the person speaks, the body is where she works, and the two
// are no one body's name; and an analyst's beat is their role.
func TestPersonOfABodyAfterTheCue(t *testing.T) {
	an := Extract([]string{`"A pause costs the company very little," said Sofia Lindqvist of Northbridge Capital.`,
		"Jules Martin, who covers the company for Fenwick Securities, said the target was credible."})
	var got []string
	for _, st := range an.Statements {
		got = append(got, st.Speaker.Name+" | "+st.Speaker.Role)
	}
	want := []string{"Sofia Lindqvist | of Northbridge Capital", "Jules Martin | covers the company for Fenwick Securities"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("speakers %q, want %q", got, want)
	}
	if slices.Contains(an.Orgs, "Sofia Lindqvist of Northbridge Capital") {
		t.Errorf("organisations %q hold the person", an.Orgs)
	}
}
