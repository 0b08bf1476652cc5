package facts

import "testing"

// Figures with the same digits in another order are one figure slipped.
func TestTransposed(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Tests found 4.1 nanograms.", "Tests found 1.4 nanograms.", true},
		{"Some 2,600 nurses walked out.", "Some 6,200 nurses walked out.", true},
		{"Tests found 4.2 nanograms.", "Tests found 1.4 nanograms.", false},
		{"Some 6 people died.", "Some 300 people died.", false},
		{"Some 44 people died.", "Some 44 people died.", false},
	}
	for _, tc := range tests {
		if got := Transposed(Extract(tc.a)[0], Extract(tc.b)[0]); got != tc.want {
			t.Errorf("Transposed(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
