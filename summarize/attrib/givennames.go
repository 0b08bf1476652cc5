package attrib

import (
	_ "embed"
	"strings"
	"sync"
)

// givenNamesData lists given names of one gender (see the file's head
// for where they come from). A person's given name says their gender
// only when the article says nothing of it: "Helen Ostby" is the "she"
// after "Among the speakers was Helen Ostby" rather than the man quoted
// before her, while "Ms" or "spokesman" next to a name, or the pronoun
// a sentence uses for the one person it names, outweighs the list.
//
//go:embed givennames.txt
var givenNamesData string

var (
	givenOnce sync.Once
	givenOf   map[string]gender
)

// givenNameGender returns the gender a person's given name (the first
// word of a name of two words or more) says, or unknown.
func givenNameGender(name string) gender {
	words := strings.Fields(name)
	if len(words) < 2 {
		return unknown // "Vance": a surname says nothing
	}
	givenOnce.Do(func() {
		givenOf = make(map[string]gender, 8200)
		for line := range strings.Lines(givenNamesData) {
			g, n, ok := strings.Cut(strings.TrimSpace(line), " ")
			if !ok || strings.HasPrefix(g, "#") {
				continue
			}
			switch g {
			case "f":
				givenOf[n] = female
			case "m":
				givenOf[n] = male
			}
		}
	})
	return givenOf[Fold(words[0])]
}
