package main

import (
	"os"
	"path/filepath"
	"testing"
)

// wordnetDir is the WordNet dict directory the tests read: $WORDNET_DIR,
// else Debian's; without one they are skipped.
func wordnetDir(t *testing.T) string {
	dir := os.Getenv("WORDNET_DIR")
	if dir == "" {
		dir = "/usr/share/wordnet"
	}
	if _, err := os.Stat(filepath.Join(dir, "cntlist.rev")); err != nil {
		t.Skipf("no WordNet dict at %s (set WORDNET_DIR)", dir)
	}
	return dir
}

// The table is the same on every run, and it is the one package lex
// embeds.
func TestClassesDeterministic(t *testing.T) {
	dir := wordnetDir(t)
	first := classes(dir, defaultMin, defaultShare, defaultSenses)
	if again := classes(dir, defaultMin, defaultShare, defaultSenses); again != first {
		t.Fatal("two runs gave two tables")
	}
	embedded, err := os.ReadFile("../../paraphrase.txt")
	if err != nil {
		t.Fatal(err)
	}
	if string(embedded) != first {
		t.Error("paraphrase.txt is not what gen writes with its default flags: run go generate ./summarize/lex")
	}
}

func TestPlain(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"salary", true},
		{"a", false},
		{"group_meeting", false},
		{"jack-o'-lantern", false},
		{"Ford", false},
	}
	for _, tt := range tests {
		if got := plain(tt.in); got != tt.want {
			t.Errorf("plain(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
