package lex

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nicolás", "nicolas"},
		{"zürich", "zurich"},
		{"núñez", "nunez"},
		{"plain", "plain"},
		{"", ""},
		{"Łódź", "Łodz"}, // a letter of its own (Ł) is not an accent
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
