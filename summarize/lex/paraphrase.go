package lex

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -wordnet /usr/share/wordnet -o paraphrase.txt

// paraphraseData holds the paraphrase classes derived from WordNet 3.0
// (licence: WORDNET-LICENSE) by internal/gen: one class a line, its stems
// separated by spaces, the class's own first. It is read on first use.
//
//go:embed paraphrase.txt
var paraphraseData string

var (
	classOnce sync.Once
	classOf   map[string]string // stem -> its class, for stems of a class
	phrasalOf map[[2]string]string
)

// Class returns the paraphrase class of a stem (as Stem returns it): the
// stem that stands for the words news uses for one idea ("salaries" and
// "wages", "postponed" and "deferred", "talks" and "negotiations"), or the
// stem itself when it is in no class. The classes are the hand classes of
// synonyms.go over WordNet's: words whose most frequent sense is one
// synset (see internal/gen).
func Class(stem string) string {
	classOnce.Do(loadClasses)
	if c, ok := classOf[stem]; ok {
		return c
	}
	return stem
}

// Phrasal returns the class of a verb and particle that news writes for
// one verb ("turn back" for "return"), given their stems.
func Phrasal(verb, particle string) (string, bool) {
	classOnce.Do(loadClasses)
	c, ok := phrasalOf[[2]string{verb, particle}]
	return c, ok
}

// loadClasses builds the class maps: the hand classes, and the WordNet
// classes without the words of a hand class or of apart.
func loadClasses() {
	hand := map[string]string{}
	for _, w := range apart {
		hand[Stem(w)] = Stem(w)
	}
	for _, class := range synonyms {
		head := Stem(class[0])
		for _, w := range class {
			hand[Stem(w)] = head
		}
	}
	m := make(map[string]string, len(hand)+len(paraphraseData)/6)
	var stems []string
	for line := range strings.Lines(paraphraseData) {
		stems = stems[:0]
		for s := range strings.FieldsSeq(line) {
			if _, ok := hand[s]; !ok {
				stems = append(stems, s)
			}
		}
		if len(stems) < 2 {
			continue
		}
		for _, s := range stems[1:] {
			m[s] = stems[0]
		}
	}
	for s, c := range hand {
		m[s] = c
	}
	// The irregular forms of a verb ("wrote", "written") are the verb.
	irregular := func(forms map[string]string) {
		for v, f := range forms {
			base := Stem(v)
			if c, ok := m[base]; ok {
				base = c
			}
			if s := Stem(f); s != base {
				if _, ok := m[s]; !ok {
					m[s] = base
				}
			}
		}
	}
	irregular(irregularPast)
	irregular(irregularParticiple)
	phrasal := make(map[[2]string]string, len(phrasalSynonyms))
	for k, w := range phrasalSynonyms {
		s := Stem(w)
		if c, ok := m[s]; ok {
			s = c
		}
		phrasal[k] = s
	}
	classOf, phrasalOf = m, phrasal
}
