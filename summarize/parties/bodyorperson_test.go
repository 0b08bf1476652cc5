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
