package attrib

import "testing"

// A live page's time of day opening an entry is no part of a statement;
// a figure opening a sentence is.
func TestWithoutClock(t *testing.T) {
	for in, want := range map[string]string{
		"08:45 - The Education Ministry disputes that.": "The Education Ministry disputes that.",
		"13.52 – Sandoval says the ratings fell.":       "Sandoval says the ratings fell.",
		"13:52 Renn said the talks were over.":          "Renn said the talks were over.",
		"13.50 euros a month is too much, Renn said.":   "13.50 euros a month is too much, Renn said.",
		"12:00": "12:00",
	} {
		if got := WithoutClock(in); got != want {
			t.Errorf("WithoutClock(%q) = %q, want %q", in, got, want)
		}
	}
}
