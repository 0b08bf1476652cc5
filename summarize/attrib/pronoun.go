package attrib

import (
	"fmt"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// personPronoun resolves "he", "she", "him" or "her" (low) to a person:
// the subject of its own sentence when it stands in a later clause; the
// last speaker, unless another person has since been the subject of a
// sentence ("Owen Mbeki backed the plan. He said..."); failing those, the
// last person named whom the pronoun fits.
func (a *article) personPronoun(np []tok, low string) (*Speaker, bool) {
	g := genderOfWords([]string{low})
	if a.unnamedAt == a.sent-1 && a.lastPersonAt < a.unnamedAt && !a.namesPersonHere() {
		// "One former line cook ... said managers clocked staff out.
		// “...,” she said.": the unnamed speaker, no one named before.
		a.note.resolution = fmt.Sprintf("pronoun '%s' after someone the article does not name", low)
		return nil, false
	}
	// "A Norbrook spokeswoman said ... . “...,” she said.": the unnamed
	// speaker of the sentence before, whose post says the pronoun's gender.
	if sp := a.lastSpeaker; sp != nil && sp.Kind == Unnamed && a.lastStated == a.sent-1 && g != unknown &&
		genderOfWords(strings.Fields(sp.Name+" "+sp.Generic)) == g && a.lastPersonAt < a.lastStated {
		return a.noted(sp, "pronoun '%s' -> %s (the unnamed speaker before, of that gender)", low)
	}
	// "A spokeswoman for Korvath Minerals denied it. “...,” she told
	// the Post.": the body whose unnamed voice, in a post of the
	// pronoun's gender, spoke the sentence before.
	if sp := a.lastSpeaker; sp != nil && sp.Kind == Body && a.lastStated == a.sent-1 && g != unknown &&
		a.lastVoice == g && a.lastPersonAt < a.lastStated {
		return a.noted(sp, "pronoun '%s' -> %s (the body whose unnamed %s voice spoke the sentence before)", low, genderName(g))
	}
	// "Elon Musk is not taking over Twitter, he notified the
	// company": a pronoun in a later clause is the sentence's subject.
	if at := subjectStart(a.curToks, np); at > 0 && at < len(a.curToks) {
		if m := a.subjectOf(a.sent); m != nil && a.fits(m.person, g) && !otherGenderIn(a.curToks, g) {
			return a.noted(m.person, "pronoun '%s' -> %s (the subject of this sentence)", low)
		} else if m != nil && otherGenderIn(a.curToks, g) {
			// "Quint is suing over remarks Arden made, in which she said
			// he had bullied staff": the other person the sentence names.
			for i := len(a.mentions) - 1; i >= 0 && a.mentions[i].sent >= a.sent; i-- {
				if o := a.mentions[i]; o.sent == a.sent && o.person != m.person && a.fits(o.person, g) && !IsBodyNoun(lastWord(Fold(o.person.Name))) && !lex.IsOutletWord(lastWord(Fold(o.person.Name))) {
					return a.noted(o.person, "pronoun '%s' -> %s (the person this sentence names besides its subject)", low)
				}
			}
		}
	}
	// "Putin criticised Europe. He accused...": a one-word speaker
	// of the sentence before, newer than any person, is a person.
	if b := a.lastBare; b != nil && a.lastBareAt >= a.sent-1 && a.lastBareAt > a.lastPersonAt {
		if m := a.lastSubject(); m == nil || m.sent < a.lastBareAt {
			return a.noted(a.addPerson(b.Name, b.Role), "pronoun '%s' -> %s (the one-word subject of the sentence before)", low)
		}
	}
	if m := a.lastSubject(); m != nil && (a.lastPerson == nil || m.sent > a.lastPersonAt) && a.fits(m.person, g) {
		return a.noted(m.person, "pronoun '%s' -> %s (last person named as a subject)", low)
	}
	// "Mr. Alder's taste for levies goes beyond Tarnland. He has warned
	// ...": the one
	// person the sentence before names, after the last speaker spoke.
	if p := a.onlyNamedBefore(); p != nil && a.lastPersonAt < a.sent-1 && a.fits(p, g) &&
		(a.knownGender(p) == g || a.lastPerson == nil || !a.fits(a.lastPerson, g)) && !a.pronounBefore(low) {
		return a.noted(p, "pronoun '%s' -> %s (the one person the sentence before names)", low)
	}
	if a.lastPerson == nil {
		a.lastPerson = a.lastMentioned()
	}
	if a.lastPerson != nil && a.fits(a.lastPerson, g) {
		return a.noted(a.lastPerson, "pronoun '%s' -> %s (last person who spoke or acted)", low)
	}
	if p := a.lastOfGender(g); p != nil {
		return a.noted(p, "pronoun '%s' -> %s (last %s person)", low, genderName(g))
	}
	a.note.resolution = fmt.Sprintf("pronoun '%s' with no person it fits", low)
	return nil, false
}

// pronounBefore reports the sentence before holding the same pronoun
// outside quotations ("On July 27 he emailed Gaiman about the book.
// “...,” he wrote."): the pronoun goes on with whom it stood for there,
// not with the person that sentence names.
func (a *article) pronounBefore(low string) bool {
	if a.sent == 0 {
		return false
	}
	for _, t := range a.tokens(a.sentences[a.sent-1]) {
		if t.quote == 0 && t.lower == low {
			return true
		}
	}
	return false
}

// otherGenderIn reports a pronoun of the other gender than g outside
// quotations in the sentence: "Quent had no weapon in his hands, she
// said", "remarks Arden made, in which she said he had bullied staff":
// "his" and "he" are the subject's, so "she" is someone else.
func otherGenderIn(toks []tok, g gender) bool {
	if g == unknown {
		return false
	}
	for _, t := range toks {
		if t.quote > 0 {
			continue
		}
		if og := genderOfWords([]string{t.lower}); og != unknown && og != g && isPronounList([]string{t.lower}) {
			return true
		}
	}
	return false
}

// onlyNamedBefore returns the one person the sentence before names, or
// nil when it names none or several.
func (a *article) onlyNamedBefore() *Speaker {
	var one *Speaker
	for i := len(a.mentions) - 1; i >= 0; i-- {
		m := a.mentions[i]
		if m.sent < a.sent-1 {
			break
		}
		if m.sent != a.sent-1 {
			continue
		}
		if one != nil && one != m.person {
			return nil
		}
		one = m.person
	}
	return one
}

// heard records that a pronoun of gender g has stood for p: while the
// article says nothing of p's gender, a pronoun of the other gender is
// someone else ("“...,” she said" for Kim Varo; "He said" after it is not
// Kim Varo).
func (a *article) heard(p *Speaker, g gender) {
	if p == nil || g == unknown || a.genderOf(p) != unknown {
		return
	}
	if a.heardAs == nil {
		a.heardAs = map[*Speaker]gender{}
	}
	if old, ok := a.heardAs[p]; ok && old != g {
		a.heardAs[p] = unknown // both genders have stood for p: say nothing
		return
	}
	a.heardAs[p] = g
}

// namesPersonHere reports a person named in the sentence being read.
func (a *article) namesPersonHere() bool {
	for i := len(a.mentions) - 1; i >= 0 && a.mentions[i].sent >= a.sent; i-- {
		if a.mentions[i].sent == a.sent {
			return true
		}
	}
	return false
}
