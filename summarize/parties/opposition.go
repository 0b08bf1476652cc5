package parties

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
)

// The opposition is often one party the story names: "the opposition
// People's Harbour Party", "the DAC, the opposition party". Then "the
// opposition said" and an "opposition leader" speak for that party, not
// for a generic side beside it. So the government is often one party: "the
// ruling Tarnland Social Party", "the Social Party, which leads the
// coalition"; in a story of party politics the head of government speaks
// for it (rulingParty).

// Opposition is the generic side of a country's opposition.
const Opposition = "Opposition"

// partyPlace is what the texts call a party: the words that mark it
// before its name or in an apposition after it ("opposition", "ruling"),
// and the bodies it leads ("the Greens-led opposition", "the
// Social-led coalition").
type partyPlace struct {
	marks map[string]bool
	led   map[string]bool
}

var (
	inOpposition = partyPlace{marks: map[string]bool{"opposition": true}, led: map[string]bool{"opposition": true}}
	inGovernment = partyPlace{marks: map[string]bool{"ruling": true, "governing": true},
		led: map[string]bool{"government": true, "coalition": true, "cabinet": true}}
)

// oppositionOrg returns the one organisation of the story the texts call
// the opposition, or "" when they call none or several so.
func (s *Story) oppositionOrg() string {
	if s.opposition == nil {
		o := s.oneCalled(inOpposition)
		s.opposition = &o
	}
	return *s.opposition
}

// oneCalled returns the one organisation of the story the texts put in
// place p, or "" when they put none or several there.
func (s *Story) oneCalled(p partyPlace) string {
	found := ""
	for _, o := range s.orgs {
		if !s.called(o, p) || attrib.Fold(trimThe(o)) == attrib.Fold(trimThe(found)) {
			continue
		}
		if found != "" {
			return "" // two: which one is meant is not said
		}
		found = o
	}
	return trimThe(found)
}

// called reports an organisation a text puts in place p: a mark just
// before its name ("the opposition People's Harbour Party", "opposition
// party DAC", "the ruling Social Party"), in an apposition just after it
// ("the DAC, the opposition party"), "-led" before a body it leads ("the
// Vesk Greens-led opposition") or a clause that says it leads one ("...,
// which leads the coalition"), by its name or its initials.
func (s *Story) called(o string, p partyPlace) bool {
	forms := []string{attrib.Fold(trimThe(o))}
	for acr, name := range s.defined {
		if attrib.Fold(trimThe(name)) == forms[0] {
			forms = append(forms, acr)
		}
	}
	fws := make([][]string, len(forms)) // the words of each form, cut once for every text
	for i, form := range forms {
		fws[i] = strings.Fields(form)
	}
	for _, words := range s.placeWords() {
		for _, fw := range fws {
			n := len(fw)
			for i := 0; i+n <= len(words); i++ {
				if words[i] == fw[0] && slices.Equal(words[i:i+n], fw) && (p.markedBefore(words[:i]) || p.markedAfter(words[i+n:])) {
					return true
				}
			}
		}
	}
	return false
}

// markedBefore reports words that end in a mark before a name, with
// "party" and an article between at most, and no word before the mark
// that makes the party one of several ("the main opposition").
func (p partyPlace) markedBefore(before []string) bool {
	for j, k := len(before)-1, 0; j >= 0 && k < 3; j, k = j-1, k+1 {
		switch w := before[j]; {
		case p.marks[w]:
			return j == 0 || !oneOfSeveral[before[j-1]]
		case w == "party" || w == "the":
			continue
		}
		return false
	}
	return false
}

// markedAfter reports words after a name that put it in place: "-led"
// and a body it leads, ", which leads the coalition", or an apposition ",
// the opposition party"; not ", the largest opposition party", one of
// several.
func (p partyPlace) markedAfter(after []string) bool {
	if len(after) >= 2 && after[0] == "-led" && p.led[after[1]] {
		return true
	}
	if len(after) < 3 || after[0] != "," {
		return false
	}
	if after[1] == "which" && (after[2] == "leads" || after[2] == "heads") {
		for j := 3; j < len(after) && j < 6; j++ {
			if p.led[after[j]] {
				return true
			}
		}
		return false
	}
	if after[1] != "the" {
		return false // "a" or "an": one party of several
	}
	for j := 2; j < len(after) && j < 6; j++ {
		switch w := after[j]; {
		case p.marks[w]:
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

// placeWords returns the folded words of each text, as called reads
// them, worked out once for the story: every organisation is looked for
// in every text.
func (s *Story) placeWords() [][]string {
	if s.calledWords == nil {
		s.calledWords = make([][]string, len(s.texts))
		for i, t := range s.texts {
			s.calledWords[i] = strings.Fields(oppositionPunct.Replace(attrib.Fold(t)))
		}
	}
	return s.calledWords
}
