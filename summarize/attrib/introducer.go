package attrib

import "github.com/storybot/storybot/summarize/lex"

// Introducers: a sentence that says how someone is about to speak, with
// no words of theirs ("But on Monday the head of the port authority was
// blunt.", "Ada Renn did not mince her words.", "The minister went
// further."), hands the floor to them: the quotation paragraphs after it
// are theirs, as after a statement of theirs.

// introducer returns the person or body a sentence with no cue says is
// about to speak, or nil.
func (a *article) introducer(toks []tok) *Speaker {
	n := len(toks)
	if n > 0 && toks[n-1].punct {
		n--
	}
	if n < 3 {
		return nil
	}
	v := -1
	switch last := toks[n-1].lower; {
	case (deliveryWords[last] || lex.IsEpithet(last)) && (toks[n-2].lower == "was" || toks[n-2].lower == "is" || toks[n-2].lower == "were" || toks[n-2].lower == "are"):
		v = n - 2 // "the head of the authority was blunt"
	case last == "further" && n >= 3 && (toks[n-2].lower == "went" || toks[n-2].lower == "gone" && toks[n-3].lower == "has"):
		v = n - 2 // "The minister went further."
		if toks[n-2].lower == "gone" {
			v = n - 3
		}
	case last == "words" && n >= 4 && toks[n-3].lower == "mince":
		for k := n - 4; k >= 0 && k >= n-6; k-- {
			if toks[k].lower == "did" {
				v = k // "Ada Renn did not mince her words"
			}
		}
	}
	if v <= 0 {
		return nil
	}
	np, role, ok := leftNP(toks, v)
	if !ok || len(np) == 0 {
		return nil
	}
	saved := a.note
	sp, ok := a.resolve(np, role)
	a.note = saved
	if !ok || sp.Kind == Document {
		return nil
	}
	return sp
}
