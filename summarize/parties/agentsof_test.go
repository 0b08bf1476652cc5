package parties

import "testing"

// Those who act for a side under its possessive give the side's word:
// its lawyers, its camp, a state's mission; a possessor that is not the
// side, or a noun of no agent, does not.
func TestAgentsOf(t *testing.T) {
	tests := []struct {
		name, speaker, side string
		want                bool
	}{
		{"a person's lawyers, by surname", "Renn's lawyers", "Ada Renn", true},
		{"a person's side, by first name", "Ada’s side", "Ada Renn", true},
		{"a person's legal team, full name", "Ada Renn's legal team", "Ada Renn", true},
		{"a state's mission, with a prepositional tail", "Kestria's Permanent Mission to the United Nations", "Kestria", true},
		{"the state's delegation", "the Kestrian delegation", "Kestria", false},
		{"another person's lawyers", "Brook's lawyers", "Ada Renn", false},
		{"a noun of no agent", "Renn's daughter", "Ada Renn", false},
		{"no possessive", "lawyers for Renn", "Ada Renn", false},
		{"a possessor of two words not the side", "Ada Kell's lawyers", "Ada Renn", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := AgentsOf(tc.speaker, tc.side); got != tc.want {
				t.Errorf("AgentsOf(%q, %q) = %v, want %v", tc.speaker, tc.side, got, tc.want)
			}
		})
	}
}
