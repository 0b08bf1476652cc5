package attrib

// The speaker of a sentence too thin to be a statement still acts: a
// rebuttal makes its side the last that spoke, a body's brief act the
// last body named.

// rebutted records a rebuttal of sp's, if the sentence is one, and
// reports whether it was.
func (a *article) rebutted(sp *Speaker, toks []tok, text string, i int, cue string, out []Statement, rebuttals *[]Rebuttal, d *Decision) bool {
	r, ok := rebuttalOf(sp, toks, text, i, cue, out)
	if ok {
		*rebuttals, d.Reason = append(*rebuttals, r), reasonRebuts
		a.spoke(sp, i)
	}
	return ok
}

// brief records a sentence of sp's too thin to be a statement: a
// rebuttal of the statement before, if it is one, which makes sp the
// last speaker ("Northline denies this. It says ...": "it" is
// Northline); else a body's act, which makes it the last body.
func (a *article) brief(sp *Speaker, toks []tok, text string, i int, cue string, out []Statement, rebuttals *[]Rebuttal, d *Decision) {
	if r, ok := rebuttalOf(sp, toks, text, i, cue, out); ok {
		*rebuttals, d.Reason = append(*rebuttals, r), reasonRebuts
		a.spoke(sp, i)
		return
	}
	if sp.Kind == Body {
		a.lastBody, a.lastBodyAt = sp, i
	}
}

// spoke records that sp spoke in sentence i, even in words too few to
// be a statement: the last speaker, and the last person or body that
// pronouns and generic nouns after it stand for.
func (a *article) spoke(sp *Speaker, i int) {
	a.lastSpeaker, a.lastStated = sp, i
	a.lastVoice = unknown
	switch {
	case jointSpeaker(sp):
		// people speaking together are no one person "he" or "she"
		// stands for
	case sp.Kind == Person:
		a.lastPerson, a.lastPersonAt = sp, i
	case sp.Kind == Body, sp.Kind == Unnamed, sp.Kind == Document:
		a.lastBody, a.lastBodyAt = sp, i
	}
}

// voiceGender is the gender of the post of an unnamed person the
// sentence has speak, outside its quotations ("A spokeswoman for the
// trust said"), or unknown when it names none or posts of both genders.
func voiceGender(toks []tok) gender {
	g := unknown
	for _, t := range toks {
		if t.quote > 0 || !voicePosts[t.lower] {
			continue
		}
		if this := genderOfWords([]string{t.lower}); g != unknown && this != g {
			return unknown
		} else {
			g = this
		}
	}
	return g
}
