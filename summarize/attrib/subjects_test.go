package attrib

import "testing"

// A subject whose head noun has a modifier after it is the head, not a
// name inside the modifier; a modifier that says whom they work for is
// their role.
func TestModifiedSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{"a participle and a place",
			[]string{"Scientists using a telescope atop Mount Verrin have confirmed the presence of water on the moon."},
			[]string{"Scientists"}},
		{"a participle and a body's building",
			[]string{"Protesters carrying banners outside the Vell Embassy said the vote had been stolen."},
			[]string{"Protesters"}},
		{"people familiar with talks",
			[]string{"Two people familiar with the Harlow Group talks said a deal was close."},
			[]string{"Two people"}},
		{"a second cue inside what was said",
			[]string{"Officials speaking on condition of anonymity said the Tarn Ministry had ordered the delay."},
			[]string{"Officials"}},
		{"working for a body names the body",
			[]string{"Engineers working for Norwood Rail warned that the bridge was unsafe."},
			[]string{"Norwood Rail"}},
		{"a plain name subject is unchanged",
			[]string{"Norwood Rail warned that the bridge at Kell was unsafe."},
			[]string{"Norwood Rail"}},
	})
}
