package facts

import "testing"

// A day of an event is read as an ordinal before "day" or a number
// after it, with the event a phrase of "of" names.
func TestDayOf(t *testing.T) {
	tests := []struct {
		s     string
		value float64 // 0: none read
		of    string
	}{
		{"On the fourth day of the siege, troops entered the town.", 4, "sieg"},
		{"Troops entered the town on day five of the siege.", 5, "sieg"},
		{"The strike entered its 3rd day on Monday.", 3, ""},
		{"Day 12 of the walkout passed quietly.", 12, "strike"},
		{"On the first day of the talks, little was agreed.", 0, ""},
		{"The talks lasted one day.", 0, ""},
	}
	for _, tc := range tests {
		var got Fact
		for _, f := range Extract(tc.s) {
			if f.Kind == DayOf {
				got = f
			}
		}
		if got.Value != tc.value || got.Of != tc.of {
			t.Errorf("%q: day %v of %q, want %v of %q", tc.s, got.Value, got.Of, tc.value, tc.of)
		}
	}
}
