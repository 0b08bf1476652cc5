package attrib

import "testing"

// TestUnnamedInsider covers an unnamed source named by a singular noun
// ("an insider told the paper", "a confidant said"): that source speaks,
// not the speaker of the quotation before.
func TestUnnamedInsider(t *testing.T) {
	for _, p := range []string{
		`"Ivo is frustrated because his name is dragged in the mud," an insider told the outlet on Monday.`,
		`"He has no say in the deal and he has not taken part in the talks," a confidant of the singer said.`,
	} {
		paras := []string{"Singer Ivo Maric is unhappy with his label, according to a new report by Tarn Weekly.", p}
		for _, st := range Extract(paras).Statements {
			if st.Sentence == 1 && st.Speaker.Name == "Tarn Weekly" {
				t.Errorf("%q: speaker %q", p, st.Speaker.Name)
			}
		}
	}
}
