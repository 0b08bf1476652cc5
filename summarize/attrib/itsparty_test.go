package attrib

import (
	"strings"
	"testing"
)

// A party named with what kind of body it is, after it in an appositive
// that says where it sits, is a body, not a person of two capitalised
// names.
func TestAppositiveKindWithWhereItSits(t *testing.T) {
	an := Extract([]string{"Civic Unity, the largest unionist party in the regional parliament, said the ruling was fair."})
	if len(an.Statements) != 1 {
		t.Fatalf("statements %+v, want one", an.Statements)
	}
	if sp := an.Statements[0].Speaker; sp.Name != "Civic Unity" || sp.Kind != Body {
		t.Errorf("speaker %+v, want the body Civic Unity", sp)
	}
}

// "Its leader" after a sentence whose subject is a party named with a
// lower-case word of what it is ("the opposition Civic Unity party") is
// that party's leader, not the leader of a body an earlier sentence
// named.
func TestItsAfterAPartyNamedWithItsKind(t *testing.T) {
	paras := []string{
		"The Marrow Constitutional Court annulled the vote on Tuesday.",
		`In the regional parliament, the opposition Civic Unity party welcomed the judgment. Its leader, Benedikt Sarro, said "the law has won".`,
	}
	if role, ok := roleOf(paras, "Benedikt Sarro"); !ok || !strings.Contains(role, "Civic Unity") {
		t.Errorf("role %q (stated: %v), want Civic Unity's leader", role, ok)
	}
}

// An appositive's body noun before a preposition names the body only
// when no verb stands between: "a guard assigned to the east wing at the
// jail" is a guard, not a wing.
func TestAppositiveBodyBeforeAPreposition(t *testing.T) {
	runRules(t, []ruleCase{
		{"a guard assigned", []string{"Dara Kell, a guard assigned to the east wing at Harrow County Jail, said the doors were locked."},
			[]string{"Dara Kell"}},
	})
}

// A role with its owner's possessive that names a person the article
// named by a bare title ("Ambassador Henrike Voss", then "Aldmark's
// ambassador to Tarvania has said") gives that person whose post it is.
func TestOwnedRoleOfANamedHolder(t *testing.T) {
	paras := []string{
		"Ambassador Henrike Voss arrived in Kesslin in March.",
		"Aldmark's ambassador to Tarvania has said the arrest of the opposition leader appears to be politically motivated.",
	}
	if role, ok := roleOf(paras, "Henrike Voss"); !ok || !strings.Contains(role, "Aldmark's ambassador") {
		t.Errorf("role %q (stated: %v), want Aldmark's ambassador", role, ok)
	}
}

// "Its" after a sentence whose main clause has a body named by its kind
// as subject, after a fronted phrase ("Instead of waiting for the count,
// the alliance has gone looking for a scandal. Its campaign manager"),
// is that body's, not the organisation the article registered last.
func TestItsAfterABodyNamedByItsKind(t *testing.T) {
	paras := []string{
		"The Civic Alliance has run a poor campaign.",
		"Governor Alric Densmore of the National Renewal Party claimed victory on Sunday.",
		"Tomas Reyval's camp claims a margin of 40,000. It has not shown anyone how it reached that figure.",
		"Instead of waiting for the count, the alliance has gone looking for a scandal. Its campaign manager, Lena Quist, alleges ballot stuffing in Velmont.",
	}
	if role, ok := roleOf(paras, "Lena Quist"); !ok || !strings.Contains(role, "Civic Alliance") {
		t.Errorf("role %q (stated: %v), want the Civic Alliance's campaign manager", role, ok)
	}
}

// A post whose owner an "its" gave when the person was first registered
// ("Its general counsel Marguerite Olsby told ONB") takes the owner the
// article names for the same post ("Solvane's general counsel").
func TestUnownedPostTakesItsOwner(t *testing.T) {
	paras := []string{
		"Solvane Therapeutics said the penalty was disproportionate. Its general counsel Marguerite Olsby told ONB that the company had cooperated fully.",
		`Solvane's general counsel, Marguerite Olsby, called the fine "disproportionate" and said the company would appeal.`,
	}
	for _, p := range Extract(paras).People {
		if p.Name == "Marguerite Olsby" {
			if !strings.Contains(p.Role, "Solvane") {
				t.Errorf("role %q, want Solvane's general counsel", p.Role)
			}
			return
		}
	}
	t.Errorf("no person Marguerite Olsby")
}

// roleOf returns the role of the first statement by who that paras give,
// and whether there is one.
func roleOf(paras []string, who string) (string, bool) {
	for _, st := range Extract(paras).Statements {
		if st.Speaker.Name == who {
			return st.Speaker.Role, true
		}
	}
	return "", false
}

// A name a relative clause of "which" follows is a body's, not a
// person's ("Fair Ballot Watch, which had 26 observers at the count, has
// called for an audit"), and "Its director" in the next sentence is that
// body's director, not the director of the party the article named
// before.
func TestWhichMakesANameABody(t *testing.T) {
	paras := []string{
		"Lena Marrow of the Civic Alliance was confirmed as the winner of the by-election on Monday.",
		"Fair Ballot Watch, which had 26 observers at the count, has called for an independent audit. Its director, Oona Kestrel, said that would settle the matter.",
	}
	an := Extract(paras)
	var body, role string
	for _, st := range an.Statements {
		if st.Speaker.Name == "Fair Ballot Watch" {
			body = st.Speaker.Name
			if st.Speaker.Kind != Body {
				t.Errorf("Fair Ballot Watch is %v, want a body", st.Speaker.Kind)
			}
		}
		if st.Speaker.Name == "Oona Kestrel" {
			role = st.Speaker.Role
		}
	}
	if body == "" || !strings.Contains(role, "Fair Ballot Watch") {
		t.Errorf("speakers %+v, want Fair Ballot Watch and its director", an.Statements)
	}
}

// "Its" after a sentence whose subject opens with a body's possessive
// ("The Sevra River Commission's own gauges paint a less dramatic
// picture than the government's.") stands for that body, not for a
// building a press conference was held at.
func TestItsAfterABodysPossessiveSubject(t *testing.T) {
	paras := []string{
		`Prime Minister Severin Aldacross said Belcaria would go to arbitration. "Our patience is not infinite," he told a press conference at Government House.`,
		"The Sevra River Commission's own gauges paint a less dramatic picture than the government's. Its chair, Ruth Omberlane, said flows were 31 per cent below average.",
	}
	if role, ok := roleOf(paras, "Ruth Omberlane"); !ok || !strings.Contains(role, "Sevra River Commission") {
		t.Errorf("role %q (stated: %v), want the commission's chair", role, ok)
	}
}

// A second cue coordinated with the first keeps the role the main clause
// gives the speaker: "Its spokeswoman, Mirela Asteny, insisted ... and
// said ..." is the spokeswoman of the ministry the sentence before opens
// with, not a person of no post.
func TestCoordinatedCueKeepsTheRole(t *testing.T) {
	paras := []string{
		"Guards on the Vetra exchanged fire on Sunday.",
		"The Kalmoran interior ministry dismissed that allegation as baseless. Its spokeswoman, Mirela Asteny, insisted that the guards had returned fire, and said two of them had been wounded.",
	}
	if role, ok := roleOf(paras, "Mirela Asteny"); !ok || !strings.Contains(role, "Kalmoran interior ministry") {
		t.Errorf("role %q (stated: %v), want the ministry's spokeswoman", role, ok)
	}
}

// A fellowship is a body: "the Talvenian Diabetes Fellowship says" names
// the charity, and its chief executive's post is the fellowship's, not
// the state's its demonym names.
func TestFellowshipIsABody(t *testing.T) {
	paras := []string{
		"Corvane raised the price of its insulin by 18 percent on Monday.",
		"The Talvenian Diabetes Fellowship says patients will pay up to 40% more. Marit Ellsworthy, chief executive of the Talvenian Diabetes Fellowship, said people would ration their doses.",
	}
	an := Extract(paras)
	found := false
	for _, st := range an.Statements {
		if st.Speaker.Name == "Talvenian Diabetes Fellowship" {
			found = true
			if st.Speaker.Kind != Body {
				t.Errorf("fellowship is %v, want a body", st.Speaker.Kind)
			}
		}
	}
	if !found {
		t.Errorf("statements %+v, want one by the fellowship", an.Statements)
	}
}
