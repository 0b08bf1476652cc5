package attrib

import (
	"strings"
	"testing"
)

// TestPollShareIsNoSpeaker covers a share of people polled as the subject
// of a cue ("70 percent of Tarnians say", "Two-thirds of respondents
// said"): a poll's finding, which no speaker or people states as a claim.
func TestPollShareIsNoSpeaker(t *testing.T) {
	tests := []struct{ name, para, text string }{
		{"a percentage of a people", "And 70 percent of Tarnians say that the plan was wrong.", "plan was wrong"},
		{"a per cent figure", "Some 44 per cent of Tarnians said they backed the minister.", "backed the minister"},
		{"a fraction of respondents", "Two-thirds of respondents said the minister should resign.", "should resign"},
		{"a spelled-out percentage of voters", "Fifty-one percent of Dornavan voters say the tax is unfair.", "tax is unfair"},
		{"a sign for percent", "About 60% of Tarnians say the bridge should be built.", "bridge should"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := []string{"Ivo Maric, the Tarnian minister, unveiled the plan on Monday.", tt.para}
			for _, st := range Extract(paras).Statements {
				if strings.Contains(st.Text, tt.text) {
					t.Errorf("%q: statement by %q, want none", st.Text, st.Speaker.Name)
				}
			}
		})
	}
}

// TestPollWordingIsNoContinuation covers a quotation a share of people
// is said to agree with, after a speaker's quotation: the poll's wording,
// not the speaker's words going on.
func TestPollWordingIsNoContinuation(t *testing.T) {
	for _, p := range []string{
		"Fifty-one percent say that “the plan should be dropped at once.”",
		"Some 44 per cent agreed that “the minister has failed the country.”",
		"A majority said “the plan should be dropped at once.”",
	} {
		paras := []string{"“We will not give up the plan,” Ivo Maric said.", p}
		for _, st := range Extract(paras).Statements {
			if st.Speaker.Name == "Ivo Maric" && strings.Contains(st.Text, p[len(p)-20:]) {
				t.Errorf("%q: taken as Ivo Maric's", p)
			}
		}
	}
}
