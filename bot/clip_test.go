package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"", 5, ""},
		{"port", 5, "port"},
		{"ports", 5, "ports"},
		{"strikes", 5, "stri…"},
		{"Zürich Straße", 8, "Zürich …"},
		{"日本語のニュース", 4, "日本語…"},
		{"abc", 1, "…"},
		{"abc", 0, ""},
	} {
		if got := clip(tc.in, tc.n); got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
	long := strings.Repeat("é", 100_000)
	if got := clip(long, echoMax); utf8.RuneCountInString(got) != echoMax || !utf8.ValidString(got) {
		t.Errorf("clip of 100,000 runes: %d runes, valid UTF-8 %v", utf8.RuneCountInString(got), utf8.ValidString(got))
	}
}
