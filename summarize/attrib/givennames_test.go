package attrib

import "testing"

// TestGivenNamesSorted checks the list givenNameGender searches: every
// line a gender and a name, the names in byte order and each once.
func TestGivenNamesSorted(t *testing.T) {
	lines := givenLines()
	if len(lines) < 7000 {
		t.Fatalf("%d given names, want the whole list", len(lines))
	}
	for i, l := range lines {
		if len(l) < 3 || l[0] != 'f' && l[0] != 'm' || l[1] != ' ' {
			t.Fatalf("line %q is no gender and name", l)
		}
		if i > 0 && lines[i-1][2:] >= l[2:] {
			t.Fatalf("%q after %q: not sorted, or twice", l, lines[i-1])
		}
	}
	for name, want := range map[string]gender{"Helen Ostby": female, "Edwin Sallow": male, "Taylor Quill": unknown, "Ostby": unknown} {
		if got := givenNameGender(name); got != want {
			t.Errorf("givenNameGender(%q) = %v, want %v", name, got, want)
		}
	}
}
