package attrib

import (
	"strings"
	"testing"
)

// TestInterviewerByQuestions covers a transcript whose interviewer is
// labelled by name alone, with no post: the label that asks the
// questions, or thanks the guests by name, narrates; every guest's turn
// stays the guest's, a guest's one question included.
func TestInterviewerByQuestions(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		not   string // no statement may be this label's
		want  []string
	}{
		{"the label that asks most", []string{
			"VERBEEK: Good morning. Mrs Kroon, did your company fix the price?",
			"KROON: No. We never agreed prices with anyone.",
			"VERBEEK: The regulator's chair says the evidence is overwhelming.",
			"KROON: With respect, the regulator misread our emails.",
			"VERBEEK: How do you justify the price?",
			"KROON: The list price is not what hospitals paid. Who would pay that?",
		}, "Verbeek", []string{"Kroon", "Kroon", "Kroon"}},
		{"the label that thanks both guests", []string{
			"NINA BRASK: Marta Oksen chairs the residents' group.",
			"MARTA OKSEN: We wrote to the company five times.",
			"TOMAS REINER: The letters were about lorries, not the hall.",
			"NINA BRASK: Marta Oksen, Tomas Reiner, thank you both.",
		}, "Nina Brask", []string{"Marta Oksen", "Tomas Reiner"}},
		{"a presenter who thanks one guest by name", []string{
			"DANIEL FERRO: Belastan says the release was reckless.",
			"KATYA ORLEM: That figure is wrong. Our gauges show a peak of 1,800.",
			"DANIEL FERRO: Minister Orlem, thank you.",
		}, "Daniel Ferro", []string{"Katya Orlem"}},
		{"a guest who answers the presenter by name", []string{
			"HROCH: With me is the chief executive of Kestgaz, Ilinca Marov. Did you switch off the gas?",
			"MAROV: No. I have run this company since 2019 and no minister has ever asked me to turn a valve.",
			"HROCH: Who is right about the money?",
			"MAROV: Daniel, the contract is right. Dravonia signed a take-or-pay contract and took less gas than it had committed to.",
			"HROCH: Will the gas stay off?",
			"MAROV: We can restart within six hours once the pressure on their side is guaranteed.",
		}, "Hroch", []string{"Ilinca Marov", "Ilinca Marov", "Ilinca Marov"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, st := range Extract(tc.paras).Statements {
				if strings.EqualFold(st.Speaker.Name, tc.not) {
					t.Errorf("the interviewer's line is a statement: %q", st.Text)
				}
				got = append(got, st.Speaker.Name)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("speakers %q, want %q", got, tc.want)
			}
		})
	}
}
