package attrib

import "testing"

// A cue in the progressive is a finite cue, not a passive: "The
// association is demanding a 14 percent rise", "the union is calling for
// an inquiry", "Democrats are alleging"; a progressive of a verb that is
// no cue ("talks are dragging on") and a passive ("was demanded by")
// are not.
func TestProgressiveCue(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The Velmoran Pilots' Association is demanding a 14 percent pay rise over two years.", "Velmoran Pilots' Association"},
		{"The Velmoran Pilots' Association is calling for an independent inquiry into the rosters.", "Velmoran Pilots' Association"},
		{"Opposition Democrats are alleging that the call was irregular.", "Opposition Democrats"},
		{"Talks between the Velmoran Pilots' Association and Skyvale are dragging on.", ""},
	}
	for _, tc := range tests {
		an := Extract([]string{tc.text})
		got := ""
		if len(an.Statements) > 0 {
			got = an.Statements[0].Speaker.Name
		}
		if got != tc.want {
			t.Errorf("%q: speaker %q, want %q", tc.text, got, tc.want)
		}
	}
}
