package summarize

import (
	"testing"

	"github.com/storybot/storybot/summarize/facts"
)

// A figure's attribute reads as what a reader would call it: a count is
// the number of what it counts; a percentage or amount, the noun it is
// the value of.
func TestFigureNames(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The ministry said 3,000 lorries were stuck at the border.", "number of lorries"},
		{"The union said 450 nurses had signed the letter.", "number of nurses"},
		{"The company offered a 6% pay rise.", "pay rise"},
	}
	for _, tc := range tests {
		fs := facts.Extract(tc.text)
		if len(fs) == 0 {
			t.Fatalf("%q: no figure", tc.text)
		}
		_, phrase := facts.Slot(tc.text, fs[0])
		if got := (givenFigure{f: fs[0], phrase: phrase}).name(); got != tc.want {
			t.Errorf("%q: name = %q, want %q", tc.text, got, tc.want)
		}
	}
}
