package attrib

// Epithets: a definite description of a person that names no role ("the
// world's richest person", "the 52-year-old") refers back to a person
// named before it; it is never a body or an unnamed source of its own.

import (
	"fmt"
	"strings"
)

// epithetPerson resolves a definite description of a person that names
// no role ("the world's richest person", "the 52-year-old"): an epithet
// for the person last named before it whom it fits, or no one. It is
// never a body of its own.
func (a *article) epithetPerson(np []tok) (*Speaker, bool) {
	words := joinText(np)
	g := genderOfWords([]string{np[len(np)-1].lower})
	before := strings.ToLower(a.curText)
	if i := strings.Index(before, strings.ToLower(words)); i >= 0 {
		before = before[:i]
	}
	// A party's member is a politician: someone the article gave an
	// office or a role, not any run of capitals ("Air Force One").
	partisan := partisanHeads[np[len(np)-1].lower]
	for i := len(a.mentions) - 1; i >= 0; i-- {
		m := a.mentions[i]
		if m.sent > a.sent || !a.fits(m.person, g) || partisan && m.person.Role == "" {
			continue
		}
		if m.sent == a.sent && !strings.Contains(before, Fold(lastWord(m.person.Name))) {
			continue // named after the epithet in its own sentence
		}
		return a.noted(m.person, "epithet '%s' -> %s (the person named before it)", words)
	}
	a.note.resolution = fmt.Sprintf("epithet '%s' with no person named before it", words)
	return nil, false
}

// epithetPhrase returns the epithet a mention is or ends ("the
// 52-year-old"; "person" of "the world's richest person", whose
// modifiers the subject's words leave out), without its "the", or nil.
func (a *article) epithetPhrase(np []tok, determined bool) []tok {
	if !epithetHead(np[len(np)-1]) {
		return nil
	}
	if determined {
		if isEpithet(np) {
			return np
		}
		return nil
	}
	// The words before the mention, back to its "the".
	at := subjectStart(a.curToks, np)
	for j := at - 1; j >= 0 && at-j <= 4; j-- {
		t := a.curToks[j]
		if t.lower == "the" {
			ep := append(append([]tok(nil), a.curToks[j+1:at]...), np...)
			if isEpithet(ep) {
				return ep
			}
			return nil
		}
		if t.punct || t.quote > 0 {
			return nil
		}
	}
	return nil
}

// epithetLeft returns the epithet that ends at word i, from its "the"
// ("the 52-year-old", "the town's oldest man"), or nil.
func epithetLeft(toks []tok, i int) []tok {
	if i < 1 || !epithetHead(toks[i]) {
		return nil
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		if toks[j].lower == "the" {
			if isEpithet(toks[j+1 : i+1]) {
				return toks[j : i+1]
			}
			return nil
		}
		if toks[j].punct || toks[j].quote > 0 {
			return nil
		}
	}
	return nil
}

// epithetHead reports a word that may end an epithet: "person", "man",
// "woman", an age ("52-year-old"), or a member of a political party
// ("Republican", written with its capital).
func epithetHead(t tok) bool {
	return partisanHeads[t.lower] || !t.cap && (epithetHeads[t.lower] || strings.HasSuffix(t.lower, "-year-old"))
}

// isEpithet reports a description of a person that names no role: an
// age ("52-year-old") or "person", "man", "woman" or a party's member
// with a modifier ("world's richest person", "oldest man", "top
// Republican").
func isEpithet(np []tok) bool {
	head := np[len(np)-1].lower
	if strings.HasSuffix(head, "-year-old") {
		return true
	}
	if !epithetHeads[head] && !partisanHeads[head] || len(np) < 2 {
		return false
	}
	for _, t := range np[:len(np)-1] {
		if t.cap && !strings.HasSuffix(t.lower, "'s") || t.punct || t.quote > 0 {
			return false
		}
	}
	return true
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
