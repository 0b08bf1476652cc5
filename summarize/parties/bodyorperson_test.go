package parties

import "testing"

// A name one article takes for a person only for its two capitals, with
// no role ("a spokesperson for Vell Freight"), is the body another
// article names as one ("Vell Freight chief executive Jonas Brekke");
// a person the story gives a role stays a person.
func TestNameTakenForAPersonIsTheBody(t *testing.T) {
	paras := []string{
		"Tarnco Holdings has sued Vell Freight for $2.3 billion over the sale of its rail unit.",
		`A spokesperson for Vell Freight said the claims were "without merit" and that the company would defend itself.`,
	}
	other := []string{
		`"They bought what they saw," Vell Freight chief executive Jonas Brekke told reporters on Wednesday.`,
	}
	s, an := storyOf(paras, other)
	st := statementWith(t, an, "without merit")
	if p, ev, ok := s.Side(st.Speaker); p != "Vell Freight" || !ok {
		t.Errorf("side %q (%s) ok=%v, want Vell Freight; speaker %+v", p, ev, ok, st.Speaker)
	}
}

// A supranational body the story names often ("the World Health
// Organization") is no country the story happens in: a minister whose
// role names no country is not its, and in a story that names no country
// is the Government's, as the ministry is.
func TestBodyIsNoHomeCountry(t *testing.T) {
	paras := []string{
		"The World Health Organization said it had sent medical supplies to the province.",
		`"The next two weeks will be critical," WHO spokesperson Ivo Marsh said, adding that the WHO would send more staff.`,
		`Health Minister Ada Renn said the outbreak was "under control" and blamed the wells.`,
		"The health ministry said 41 people had died since early May.",
	}
	s, an := storyOf(paras, nil)
	for _, cue := range []string{"under control", "41 people"} {
		st := statementWith(t, an, cue)
		if p, ev, _ := s.Side(st.Speaker); p != Government {
			t.Errorf("%q by %+v: side %q (%s), want %q", cue, st.Speaker, p, ev, Government)
		}
	}
}

// One mention of a country makes it no home of the story: "Britain
// called for her release" does not make the interior ministry Britain's.
func TestOneMentionIsNoHome(t *testing.T) {
	paras := []string{
		"Police in Vesk arrested opposition leader Ada Renn on Tuesday, days before a presidential election.",
		"The interior ministry said Renn was detained on suspicion of fraud and would appear in court on Thursday.",
		"In a joint statement, the European Union and Britain called for Renn's immediate release.",
	}
	s, an := storyOf(paras, nil)
	st := statementWith(t, an, "suspicion of fraud")
	if p, ev, _ := s.Side(st.Speaker); p == "United Kingdom" {
		t.Errorf("side %q (%s), want no country named once", p, ev)
	}
}
