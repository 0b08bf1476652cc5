package parties

import (
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// The opposition is often one party the story names: "the opposition
// People's Harbour Party", "the DAC, the opposition party". Then
// "the opposition said" and an "opposition leader" speak for that party,
// not for a generic side beside it.

// Opposition is the generic side of a country's opposition.
const Opposition = "Opposition"

// oppositionOrg returns the one organisation of the story the texts call
// the opposition, or "" when they call none or several so.
func (s *Story) oppositionOrg() string {
	if s.opposition == nil {
		found := ""
		for _, o := range s.orgs {
			if !s.calledOpposition(o) || attrib.Fold(trimThe(o)) == attrib.Fold(trimThe(found)) {
				continue
			}
			if found != "" {
				found = ""
				break // two: which one "the opposition" is is not said
			}
			found = o
		}
		found = trimThe(found)
		s.opposition = &found
	}
	return *s.opposition
}

// calledOpposition reports an organisation a text calls the opposition:
// "opposition" just before its name ("the opposition People's Harbour
// Party", "opposition party DAC"), or in an apposition just after it
// ("the DAC, the opposition party"), by its name or its initials.
func (s *Story) calledOpposition(o string) bool {
	forms := []string{attrib.Fold(trimThe(o))}
	for acr, name := range s.defined {
		if attrib.Fold(trimThe(name)) == forms[0] {
			forms = append(forms, acr)
		}
	}
	for _, t := range s.texts {
		words := strings.Fields(oppositionPunct.Replace(attrib.Fold(t)))
		for _, form := range forms {
			n := len(strings.Fields(form))
			for i := 0; i+n <= len(words); i++ {
				if strings.Join(words[i:i+n], " ") == form && (opposedBefore(words[:i]) || opposedAfter(words[i+n:])) {
					return true
				}
			}
		}
	}
	return false
}

// opposedBefore reports words that end in "opposition" before a name,
// with "party" and an article between at most, and no word before it that
// makes the party one of several ("the main opposition").
func opposedBefore(before []string) bool {
	for j, k := len(before)-1, 0; j >= 0 && k < 3; j, k = j-1, k+1 {
		switch before[j] {
		case "opposition":
			return j == 0 || !oneOfSeveral[before[j-1]]
		case "party", "the":
			continue
		}
		return false
	}
	return false
}

// opposedAfter reports words after a name that call it the opposition: an
// apposition ", the opposition party", or "-led opposition"; not ", the
// largest opposition party", one of several.
func opposedAfter(after []string) bool {
	if len(after) >= 2 && after[0] == "-led" && after[1] == "opposition" {
		return true
	}
	if len(after) < 3 || after[0] != "," || after[1] != "the" {
		return false // "a" or "an": one opposition party of several
	}
	for j := 2; j < len(after) && j < 6; j++ {
		switch w := after[j]; {
		case w == "opposition":
			return true
		case w == "," || w == "." || oneOfSeveral[w]:
			return false
		}
	}
	return false
}

// oppositionPunct sets commas, full stops and "-led" apart as words.
var oppositionPunct = strings.NewReplacer(",", " , ", ".", " . ", "-led", " -led", "’", "'", "(", " ", ")", " ")

// oneOfSeveral are the words that make a party one of several in the
// opposition ("the largest opposition party", "the main opposition"):
// the opposition is then more than the party.
var oneOfSeveral = map[string]bool{"main": true, "largest": true, "biggest": true, "leading": true,
	"major": true, "smaller": true, "small": true, "junior": true, "second-largest": true, "other": true,
	"another": true, "minor": true, "fringe": true}
