package attrib

import (
	_ "embed"
	"sort"
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

// givenLines are the lines of givenNamesData after its head, sorted by
// name: searched in place, with no table built at start-up.
var givenLines = sync.OnceValue(func() []string {
	var out []string
	for line := range strings.Lines(givenNamesData) {
		if line = strings.TrimSpace(line); len(line) > 2 && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
})

// givenNameGender returns the gender a person's given name (the first
// word of a name of two words or more) says, or unknown.
func givenNameGender(name string) gender {
	words := strings.Fields(name)
	if len(words) < 2 {
		return unknown // "Vance": a surname says nothing
	}
	want := Fold(words[0])
	lines := givenLines()
	i := sort.Search(len(lines), func(i int) bool { return lines[i][2:] >= want })
	if i == len(lines) || lines[i][2:] != want {
		return unknown
	}
	if lines[i][0] == 'f' {
		return female
	}
	return male
}
