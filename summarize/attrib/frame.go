package attrib

// A sentence that ends with an attribution after a quotation frames all
// of it: in "The clerk recalled that he said, “I will close the depot,”
// the prosecutor's office said.", the office speaks; the clerk and "he"
// are only what it reports. The earlier cues are nested speech.

// maxTailWords is how many words may follow a framing cue before the
// sentence ends ("said on Monday in a statement"): a longer run is a
// clause of its own, not a tail.
const maxTailWords = 6

// framingTail returns the position of a plain cue that frames its whole
// sentence: the last cue, after a quotation and a comma (or the quotation
// alone), with its subject between them and only a short tail after it,
// in a sentence with an earlier cue before the quotation. It returns -1
// when there is none.
func framingTail(toks []tok) int {
	for v := len(toks) - 1; v > 0; v-- {
		if _, cue := cueAt(toks, v); !cue {
			continue
		}
		if !plainCues[toks[v].lower] || passiveAt(toks, v) || !shortTail(toks, v) {
			return -1
		}
		np, _, ok := leftNP(toks, v)
		if !ok || len(np) == 0 {
			return -1
		}
		s := subjectStart(toks, np)
		q := s - 1
		if q >= 0 && toks[q].text == "," {
			q--
		}
		if q < 0 || toks[q].quote == 0 {
			return -1
		}
		for i := 0; i < q; i++ {
			if _, cue := cueAt(toks, i); cue {
				return v
			}
		}
		return -1
	}
	return -1
}

// shortTail reports at most maxTailWords words, no quotation and no
// "that" between the cue at v and the end of the sentence.
func shortTail(toks []tok, v int) bool {
	words := 0
	for _, t := range toks[v+1:] {
		if t.quote > 0 || t.lower == "that" {
			return false
		}
		if !t.punct {
			words++
		}
	}
	return words <= maxTailWords
}
