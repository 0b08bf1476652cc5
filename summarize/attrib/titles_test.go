package attrib

import (
	"strings"
	"testing"
)

// Corporate titles: a title of several words keeps its company ("Brisk
// chief financial officer Tomas Berg"); a bare title takes the body that
// was the subject of a cue in the sentence before; a firm introduced by a
// relational noun ("its battery supplier Ostrand Cells") is an
// organisation, not a person.
func TestCorporateTitles(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		who   string
		role  string
	}{
		{"a title of several words", []string{
			"Brisk chief financial officer Tomas Berg told analysts that output would recover by the autumn."},
			"Tomas Berg", "Brisk chief financial officer"},
		{"a bare title after a firm that spoke", []string{
			"Brisk Motors has sued its battery supplier Ostrand Cells over a broken contract.",
			"Ostrand rejected the claims.",
			`"Brisk is trying to blame us for its own mistakes," chief executive Hanna Roos said.`},
			"Hanna Roos", "Ostrand Cells' chief executive"},
		{"a bare title two sentences on keeps no owner", []string{
			"Brisk Motors has sued its battery supplier Ostrand Cells over a broken contract.",
			"Ostrand rejected the claims.",
			"Both firms make parts for buses.",
			`"We will defend ourselves," chief executive Hanna Roos said.`},
			"Hanna Roos", "chief executive"},
		{"a title and its department, named in passing", []string{
			"The league condemned the move announced on Monday by Tarnland Secretary of State Ivo Maric.",
			"Maric said the settlements on the hills were lawful under the treaty."},
			"Ivo Maric", "Tarnland Secretary of State"},
		{"a body after the name, named with a possessive", []string{
			`"Organics matter for life on Vesk," said planetary geologist Ada Renn of Tarnco's Orla Propulsion Laboratory in Carrow.`},
			"Ada Renn", "planetary geologist of Tarnco's Orla Propulsion Laboratory"},
		{"a body after the name, after the", []string{
			`"Organics matter for life on Vesk," said planetary geologist Ada Renn of the Orla Propulsion Laboratory.`},
			"Ada Renn", "planetary geologist of Orla Propulsion Laboratory"},
		{"a body after the name, with of and and in its name", []string{
			`Dr. Ada Renn of the Tarnland Department of Health and Human Services says the risk is low.`},
			"Ada Renn", "of Tarnland Department of Health and Human Services"},
		{"a possessive's part after the name", []string{
			`"The cells are sound," said Piet Alder of Tarnco's research arm.`},
			"Piet Alder", "of Tarnco's research arm"},
		{"a list of titles before the name", []string{
			"Brisk Motors cut its forecast on Tuesday.",
			`"Margins were thinner than we planned," chairman, CEO and president Tomas Berg said in a note to staff.`},
			"Tomas Berg", "president, chairman, CEO"},
		{"a list of titles opening the sentence", []string{
			"Brisk Motors cut its forecast on Tuesday.",
			"Chairman, chief executive and founder Tomas Berg said margins were thinner than planned."},
			"Tomas Berg", "founder, Chairman, chief executive"},
		{"a list of titles after an inverted cue", []string{
			"Brisk Motors cut its forecast on Tuesday.",
			`"Margins were thinner than we planned," said chairman, CEO and president Tomas Berg.`},
			"Tomas Berg", "chairman, CEO and president"},
		{"a government title takes no firm", []string{
			"Ostrand Cells rejected the claims on Monday.",
			`"The courts will settle this," Trade Minister Ivo Maric said.`},
			"Ivo Maric", "Trade Minister"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := Extract(tt.paras).Statements
			for _, st := range sts {
				if st.Speaker.Name == tt.who {
					if st.Speaker.Role != tt.role {
						t.Errorf("role %q, want %q", st.Speaker.Role, tt.role)
					}
					return
				}
			}
			t.Errorf("no statement of %s: %+v", tt.who, sts)
		})
	}
}

// A capitalised name ending in a plural noun of people is a group, never
// one person: "House Republicans", "Senate Democrats", "Tarvic Lawmakers".
func TestGroupNamedByItsMembers(t *testing.T) {
	tests := []struct{ text, name string }{
		{"House Republicans, led by the speaker, have said any bill must include stricter asylum rules.", "House Republicans"},
		{"Senate Democrats warned that the package would not pass without the funding.", "Senate Democrats"},
		{"Tarvic Lawmakers said the vote on the harbour levy would be held next week.", "Tarvic Lawmakers"},
	}
	for _, tt := range tests {
		sts := Extract([]string{tt.text}).Statements
		if len(sts) != 1 || sts[0].Speaker.Name != tt.name || sts[0].Speaker.Kind != Unnamed {
			t.Errorf("%q: statements %+v, want one by the group %q", tt.text, sts, tt.name)
		}
	}
}

// "NAME, ROLE at BODY, DESCRIPTION OF BODY, said": the name speaks, with
// the role that names the body, not the body the description follows.
func TestNestedAppositive(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Ada Renn, a senior analyst at Northfield, the Carrow-based research firm, told reporters that the levy would not pass.",
			"Ada Renn", "a senior analyst at Northfield"},
		{"Piet Alder, the chair of Velmar, the region's largest ferry operator, said the fares would rise in May.",
			"Piet Alder", "the chair of Velmar"},
	}
	for _, tt := range tests {
		sts := Extract([]string{tt.text}).Statements
		if len(sts) != 1 || sts[0].Speaker.Name != tt.name || sts[0].Speaker.Role != tt.role {
			t.Errorf("%q: statements %+v, want %s (%s)", tt.text, sts, tt.name, tt.role)
		}
	}
}

// The second word of a two-word place makes a place only after its
// first: "New York" is a place, the composer "Ilka York" a person.
func TestTwoWordPlaces(t *testing.T) {
	tests := []struct {
		words []string
		place bool
	}{
		{[]string{"New", "York"}, true},
		{[]string{"Ilka", "York"}, false},
		{[]string{"South", "Korea"}, true},
		{[]string{"Mina", "Africa"}, false},
		{[]string{"Red", "Sea"}, true},
	}
	for _, tt := range tests {
		var name []tok
		for _, w := range tt.words {
			name = append(name, tok{text: w, lower: strings.ToLower(w), cap: true})
		}
		if got := isPlace(name); got != tt.place {
			t.Errorf("isPlace(%v) = %v, want %v", tt.words, got, tt.place)
		}
	}
	an := Extract([]string{"Composers Tove Lund and Ilka York joined the festival board in May.", "“The board needs new voices,” York said."})
	if len(an.Statements) != 1 || an.Statements[0].Speaker.Name != "Ilka York" {
		t.Errorf("statements %+v, want one by Ilka York", an.Statements)
	}
}

// A plain cue right after a comma with a name after it, and nothing
// more, is inverted, whatever names the clauses before it hold; lower-case
// role words may come before the name.
func TestInvertedAfterClauses(t *testing.T) {
	runRules(t, []ruleCase{
		{"role words before the name", []string{
			"The ferries will run all winter, but the night crossings will end in March, said survey co-author Ada Renn, a research fellow at the Carrow Institute."},
			[]string{"Ada Renn"}},
		{"a name after the clauses", []string{
			"The ferry will run from Selvan, and the fares will stay flat, said Piet Alder."},
			[]string{"Piet Alder"}},
		{"a clause after the cue is no inversion", []string{
			"Ilse Brandt, the mayor, said Belgora had broken the ferry contract twice."},
			[]string{"Ilse Brandt"}},
	})
}

// A number before "of" counts some of a group, never a speaker; a number
// before a group's noun leaves the group speaking.
func TestNumbersOfPeople(t *testing.T) {
	runRules(t, []ruleCase{
		{"ten of the guards", []string{"Ten of the 18 guards who reported for the night shift said the cameras had failed."}, nil},
		{"two officials", []string{"Two Varenian officials said the talks would resume in Geneva next week."}, []string{"Two Varenian officials"}},
	})
}

// A later item of a list of names opened by a determiner is a thing like
// the first, never a person: "the Brisk Van, Orla Sprinter and Tarn
// Coupe".
func TestListOfThings(t *testing.T) {
	an := Extract([]string{"The plant builds the Brisk Van, Orla Sprinter and Tarn Coupe.", "Orla said the plant would reopen on Monday."})
	for _, p := range an.People {
		if p.Name == "Orla Sprinter" || p.Name == "Tarn Coupe" {
			t.Errorf("person %q, want none from a list of things", p.Name)
		}
	}
}
