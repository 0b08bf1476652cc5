package facts

import "testing"

func TestOutcome(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"About 40 people were injured in the blast.", "hurt"},
		{"The blast killed 60 people, officials said.", "dead"},
		{"Six people died.", "dead"},
		{"Some 2,600 nurses walked out on Monday.", "strike"},
		{"About 4,000 nurses work at the hospitals.", "all"},
		{"Nearly 700 children attend the schools.", "all"},
		{"The closures will affect 640 pupils.", ""},
		{"About 300 people marched through Vell.", "crowd"},
		{"Police arrested 120 people.", "held"},
		{"Some 3,100 nurses, who walked out on Monday, met the mayor.", ""},
	}
	for _, tc := range tests {
		if got := Outcome(tc.s, firstOf(t, tc.s, Count)); got != tc.want {
			t.Errorf("Outcome(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
