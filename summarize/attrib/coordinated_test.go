package attrib

import "testing"

// Adverbs the tagger knows may stand between a subject and its cue, and a
// cue coordinated with the main verb shares its subject; a modal of a
// guess or a faith "in" something states nothing.
func TestCoordinatedAndAdverbs(t *testing.T) {
	lead := "Ada Renn chairs the Vell port board."
	runRules(t, []ruleCase{
		{"has since said", []string{lead, "Ms. Renn has since said that a deal would be signed in the harbour town."}, []string{"Ada Renn"}},
		{"flat-out denied", []string{"The Vell Port Board flat-out denied the allegations in a statement shared on its website."}, []string{"Vell Port Board"}},
		{"instead told", []string{lead, "She instead told the radio host: “I made the call because this was serious.”"}, []string{"Ada Renn"}},
		{"and, after an action", []string{lead, "On Thursday, Renn took to social media and accused the council of blocking the harbour plan."}, []string{"Ada Renn"}},
		{"but, after a negated verb", []string{lead, "She didn't give a date for the reopening, but said the ferries would run “a lot” before winter."}, []string{"Ada Renn"}},
		{"a faith in something", []string{"In fact, Tarnco still believes in small ferries for their speed and their price."}, nil},
		{"a modal of a guess", []string{"The port's owners may still believe all this is a price worth paying."}, nil},
	})
}
