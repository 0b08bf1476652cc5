package lex

import (
	"sort"
	"strings"
	"testing"
)

func TestClass(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		// WordNet: one most frequent sense.
		{"salaries", "wages", true},
		{"postponed", "deferred", true},
		{"lawyers", "attorneys", true},
		{"happened", "occurred", true},
		{"confirmed", "corroborated", true},
		{"bought", "purchased", true},
		{"crises", "crisis", true},
		{"condemned", "decried", true},
		// The hand layer.
		{"talks", "negotiations", true},
		{"compromise", "settlement", true},
		{"dismissed", "rejected", true},
		{"surged", "increased", true},
		{"plunged", "fell", true},
		{"urgent", "emergency", true},
		{"session", "meeting", true},
		// Irregular forms are their verb.
		{"written", "writing", true},
		{"wrote", "writes", true},
		{"paid", "pay", true},
		{"rose", "rising", true},
		{"risen", "increased", true},
		{"held", "holding", true},
		{"fought", "fighting", true},
		// Senses apart: a word is in one class only, by the sense news
		// most often means, or in none.
		{"charge", "fee", false},
		{"charge", "accusation", false},
		{"dismissed", "discounted", false},
		{"minister", "pastor", false},
		{"chief", "main", false},
		{"terror", "panic", false},
		{"managed", "director", false},
		{"state", "province", false},
		{"employ", "use", false},
		{"settlement", "colony", false},
		{"complaints", "ailments", false},
		{"ships", "vessels", false}, // a ship is one kind of vessel
	}
	for _, tt := range tests {
		a, b := Class(Stem(tt.a)), Class(Stem(tt.b))
		if got := a == b; got != tt.same {
			t.Errorf("Class(%q) = %q, Class(%q) = %q; one class = %v, want %v", tt.a, a, tt.b, b, got, tt.same)
		}
	}
}

func TestPhrasal(t *testing.T) {
	if c, ok := Phrasal("turn", "back"); !ok || c != Class(Stem("return")) {
		t.Errorf(`Phrasal("turn", "back") = %q, %v; want the class of "return"`, c, ok)
	}
	if c, ok := Phrasal("would", "back"); ok {
		t.Errorf(`Phrasal("would", "back") = %q, want none`, c)
	}
}

// The embedded table is what internal/gen writes: sorted classes of at
// least two stems, each stem in one class.
func TestParaphraseTable(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(paraphraseData, "\n"), "\n")
	if len(lines) < 100 {
		t.Fatalf("%d classes, want at least 100", len(lines))
	}
	if !sort.StringsAreSorted(lines) {
		t.Error("classes not sorted")
	}
	seen := map[string]int{}
	for i, l := range lines {
		stems := strings.Fields(l)
		if len(stems) < 2 || strings.Join(stems, " ") != l {
			t.Errorf("line %d %q: want two or more stems, one space apart", i+1, l)
		}
		for _, s := range stems {
			if j, ok := seen[s]; ok {
				t.Errorf("%q in lines %d and %d", s, j, i+1)
			}
			seen[s] = i + 1
		}
	}
}

// Every word of a hand class stands for its class.
func TestHandClassesWin(t *testing.T) {
	for _, class := range synonyms {
		head := Class(Stem(class[0]))
		for _, w := range class {
			if c := Class(Stem(w)); c != head {
				t.Errorf("Class(%q) = %q, want %q", w, c, head)
			}
		}
	}
	for _, w := range apart {
		if c := Class(Stem(w)); c != Stem(w) {
			t.Errorf("Class(%q) = %q, want %q", w, c, Stem(w))
		}
	}
}

func BenchmarkClass(b *testing.B) {
	words := []string{"salari", "talk", "forsook", "govern", "zzz"}
	for i := 0; b.Loop(); i++ {
		Class(words[i%len(words)])
	}
}
