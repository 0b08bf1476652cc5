package attrib

import "strings"

// Two attributions in one sentence: "President Joe Biden said he would
// call the speaker from Air Force One after the top Republican accused him
// of being beholden to “radical socialists”." The clause after the main
// cue, opened by a subordinator, has its own cue, subject and quotation;
// it is a second statement, of its own speaker, whose text is that
// clause, verbatim, and the first statement's text ends before it.

// clauseOpeners begin a clause that may carry an attribution of its own.
var clauseOpeners = setOf("after", "while", "whereas", "as", "when", "but", "before", "since", "though", "although")

// maxClauseCue is how far into such a clause its cue may stand.
const maxClauseCue = 14

// maxModifiers is how many words may stand between the opener and the
// subject's head that leftNP finds ("after the harbour union").
const maxModifiers = 4

// secondAttribution finds a second speaker in a sentence whose main cue
// is at main: the subject of a later cue, before a quotation, that a
// clause opener introduces ("after the top Republican accused him of").
// It returns the speaker and the index of the opener.
func (a *article) secondAttribution(toks []tok, main int) (*Speaker, int, bool) {
	if main < 0 {
		return nil, 0, false
	}
	saved := a.note
	defer func() { a.note = saved }()
	for v := main + 3; v < len(toks); v++ {
		if _, cue := cueAt(toks, v); !cue || passiveAt(toks, v) || !quotedAfter(toks, v) {
			continue
		}
		np, role, ok := leftNP(toks, v)
		if !ok || len(np) == 1 && bodyPronouns[np[0].lower] {
			// "The authority said it was open to talks, but it accused
			// the union ...": "it" in a later clause is the sentence's
			// subject, whose statement goes on.
			continue
		}
		// Back over the subject's determiner and modifiers ("after the
		// harbour union accused") to the opener.
		k := subjectStart(toks, np) - 1
		for n := 0; k > main && n < maxModifiers && !clauseOpeners[toks[k].lower] && !toks[k].punct && toks[k].quote == 0; n++ {
			k--
		}
		if k <= main || !clauseOpeners[toks[k].lower] || v-k > maxClauseCue {
			continue
		}
		if sp, ok := a.resolve(np, role); ok {
			return sp, k, true
		}
	}
	return nil, 0, false
}

// quotedAfter reports a quotation after the cue at v, in its clause.
func quotedAfter(toks []tok, v int) bool {
	for j := v + 1; j < len(toks); j++ {
		if toks[j].quote > 0 {
			return true
		}
		if toks[j].punct && toks[j].text != "," {
			return false
		}
	}
	return false
}

// splitAt cuts a sentence's statement in two at the clause opener k: the
// first keeps the text before it, the second the clause after it, each
// with the quotations it holds; both texts are verbatim parts of the
// sentence.
func splitAt(text string, toks []tok, k int, qs []span) (first, second string, q1, q2 []span) {
	cut := toks[k].start
	first = strings.TrimRight(strings.TrimSpace(text[:cut]), ",;—– ")
	second = strings.TrimSpace(text[toks[k+1].start:])
	for _, q := range qs {
		if q.start < cut {
			q1 = append(q1, q)
		} else {
			q2 = append(q2, q)
		}
	}
	return first, second, q1, q2
}
