package facts

import "testing"

// A count of the dead is read however it is told, and counts the dead;
// a toll that is a charge counts nothing.
func TestCountedDead(t *testing.T) {
	tests := []struct {
		s     string
		value float64 // 0: no count read
		want  string  // Counted
	}{
		{"The death toll from the blast at the Vesk mine has risen to 31, rescuers said.", 31, Dead},
		{"The toll from the floods in Orla rose to 14 on Monday.", 14, Dead},
		{"The toll reached 17 by the evening, officials said.", 17, Dead},
		{"Officials put the death toll at more than 40.", 40, Dead},
		{"The blast killed at least 23, officials said.", 23, Dead},
		{"At least 16 people have died in the floods in Orla.", 16, Dead},
		{"The crash caused 11 deaths, police said.", 11, Dead},
		{"The crash left 13 killed and many hurt.", 13, Dead},
		{"The fire killed 12 people in Tarnland.", 12, Dead},
		{"About 40 people were injured in the blast.", 40, "peopl"},
		{"The blast killed 5 soldiers near Vesk.", 5, "soldier"},
		{"The toll road will open to 9 lanes next year.", 9, "lane"},
		{"The new toll road opened to 30 in its first hour.", 0, ""},
	}
	for _, tc := range tests {
		var got Fact
		for _, f := range Extract(tc.s) {
			if f.Kind == Count {
				got = f
			}
		}
		if got.Value != tc.value || Counted(tc.s, got) != tc.want {
			t.Errorf("%q: count %v counting %q, want %v counting %q", tc.s, got.Value, Counted(tc.s, got), tc.value, tc.want)
		}
	}
}
