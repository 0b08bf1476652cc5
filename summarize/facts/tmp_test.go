package facts

import "testing"

func TestTmpFacts(t *testing.T) {
	for _, s := range []string{
		"And the owners must cough up a 300,000-crown bond before the Marta Solvei goes anywhere, she said.",
		"Release of the boat is conditional on a bond of 250,000 crowns, the ministry said.",
		"The 11-strong crew of the Marta Solvei were marched off their boat at Skarn Harbour on Sunday.",
		"The vessel, skipper and nine crew were taken to Skarn Harbour.",
		"Rellingham International Airport said about 26,000 passengers had been affected on the first day of the strike.",
		"Rellingham International Airport put the number of affected passengers at 31,000 on day one.",
		"Lena Marrowby was still the member of parliament for Saltmere East, by a margin of 37 votes out of some 41,000 cast.",
		"The recount handed victory to his Civic Alliance rival by just 41 votes.",
		"Some 410 operations have been axed since the attack struck in the early hours of Sunday.",
		"The board has postponed 340 planned operations and around 2,000 outpatient appointments, she said.",
		"A ransomware attack has knocked out computer systems at the board's four hospitals in northern Velmarra.",
		"The attack hit all five of the board's hospitals.",
	} {
		fs := Extract(s)
		for _, f := range fs {
			st, ph := Slot(s, f)
			t.Logf("%-40.40s | %v %v unit=%q of=%q noun=%q text=%q slot=%v %q", s, f.Kind, f.Value, f.Unit, f.Of, f.Noun, f.Text, st, ph)
		}
		if len(fs) == 0 {
			t.Logf("%-40.40s | none", s)
		}
	}
}
