package attrib

// Whether a sentence with a cue and a speaker states anything: a clause or
// a quotation after the cue, not a word pointing back, a refusal to
// comment or a bare attribution of the quotation before.

import "strings"

// wordCount counts the words of a sentence, punctuation left out.
func wordCount(toks []tok) int {
	n := 0
	for _, t := range toks {
		if !t.punct {
			n++
		}
	}
	return n
}

// pointsBack reports a sentence whose cue verb has only a word pointing
// back for its object ("The general staff rejected that account."): it
// says no more than the sentence before. The first cue counts: in
// "Officials said the ministry ordered the delay" what was said runs on
// past the second.
func pointsBack(toks []tok) bool {
	last := -1
	for i, t := range toks {
		if cueVerbs[t.lower] {
			last = i
			break
		}
	}
	if last < 0 {
		return false
	}
	if last == 1 && toks[0].lower == "so" {
		return true // "“...” So said Ada Renn, the union's secretary.": the quotation before
	}
	var rest []tok
	for _, t := range toks[last+1:] {
		if !t.punct {
			rest = append(rest, t)
		}
	}
	if len(rest) == 0 || len(rest) > 2 {
		return false // "..., the mission said": what was said comes first
	}
	switch rest[0].lower {
	case "that", "this", "those", "these", "it", "them", "the":
		return true
	}
	return false
}

// attitudeFollows reports an attitude noun within three words after the
// cue at i ("expressed his deep disappointment").
func attitudeFollows(toks []tok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].punct || toks[j].quote > 0 {
			return false
		}
		if attitudeNouns[toks[j].lower] {
			return true
		}
	}
	return false
}

// noComment reports a sentence that says someone gave no comment: "for
// comment", "declined to comment", or a refusal with nothing after it but
// what it was about ("said it would not comment on the report").
func noComment(toks []tok) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].lower == "for" || toks[i].lower == "to") && (toks[i+1].lower == "comment" || toks[i+1].lower == "comments") {
			return true
		}
	}
	return refusedComment(toks)
}

// refusedComment reports "would not comment", "did not immediately
// respond", "had no comment" with nothing said after the refusal.
func refusedComment(toks []tok) bool {
	for i, t := range toks {
		if t.lower != "comment" && t.lower != "respond" {
			continue
		}
		refused := false
		for j := max(0, i-3); j < i; j++ {
			switch w := toks[j].lower; {
			case w == "not", w == "no", w == "declined", w == "refused", w == "never", strings.HasSuffix(w, "n't"):
				refused = true // "couldn't comment" as "could not comment"
			}
		}
		if !refused {
			continue
		}
		for k := i + 1; k < len(toks); k++ {
			r := toks[k]
			if _, cue := cueAt(toks, k); cue || r.quote > 0 || r.lower == "but" || r.lower == "and" ||
				r.lower == "that" || r.text == ";" || r.text == "," || r.text == ":" {
				return false // a refusal, then something said
			}
		}
		return true
	}
	return false
}

// thatFollows reports a "that" clause within three words after the cue
// at i ("expressed concern that").
func thatFollows(toks []tok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].punct || toks[j].quote > 0 {
			return false
		}
		if toks[j].lower == "that" {
			return true
		}
	}
	return false
}

// makesThing reports a cue of makingLemmas at i whose object is a thing
// (a determiner follows it) with no "that" after it in the sentence: "had
// written a will", not "wrote the council that the fees would rise".
func makesThing(toks []tok, i int) bool {
	if !makingLemmas[lemmaOf(toks[i].lower)] || i+1 >= len(toks) || !determiners[toks[i+1].lower] || toks[i+1].lower == "that" {
		return false
	}
	return indexOf(toks[i+1:], "that") < 0
}

// CreditLine reports a sentence of a speaker's run that only says who
// spoke, with a plain cue and no words of its own ("Ada Renn told
// reporters at the gate.", "So said Piet Alder, secretary of the anglers'
// club, standing on the bridge."): it belongs with the words it credits,
// never a point of its own.
func CreditLine(s string) bool {
	qs := quotes(s)
	if len(qs) > 0 {
		return false
	}
	toks := tokenize(s, qs)
	tagTokens(s, toks)
	plain := false
	for _, t := range toks {
		if plainCues[t.lower] {
			plain = true
			break
		}
	}
	return plain && (bareAttribution(toks) || len(toks) > 1 && toks[0].lower == "so" && cueVerbs[toks[1].lower])
}

// bareAttribution reports a sentence that only names a speaker: a short
// phrase with a cue verb and nothing reported ("Trump told reporters in
// the Oval Office.").
func bareAttribution(toks []tok) bool {
	words, finite := 0, 0
	for i, t := range toks {
		if finiteTag(t.tag) && !t.cap {
			// "His office said he was travelling": a second finite
			// verb reports what was said.
			if finite++; finite > 1 {
				return false
			}
		}
		if madeRemarks(toks, i) {
			return true // "Strand made the remarks in a letter to shareholders on Thursday."
		}
		if !t.punct {
			words++
		}
		if t.lower == "that" {
			return false
		}
	}
	return words <= 9
}

// quoteShare is the share of the sentence's letters inside quotations.
func quoteShare(s string, qs []span) float64 {
	in := 0
	for _, q := range qs {
		in += q.end - q.start
	}
	return float64(in) / float64(max(len(s), 1))
}

// reportsSpeech abstains on sentences where the cue verb does not report
// a statement: "what he called gains", "described as" without words.
// leadInPhrasals are phrasal cues that, with no quotation and no clause
// after them, only announce the words that follow in the next sentences.
var leadInPhrasals = setOf("hit back", "hit out", "lash out", "lashed out", "fire back", "fired back",
	"weigh in", "weighed in", "chime in", "chimed in", "hits back", "hits out", "lashes out", "fires back")

func reportsSpeech(toks []tok, qs []span) bool {
	if len(qs) > 0 {
		return true
	}
	for i, t := range toks {
		word, ok := cueAt(toks, i)
		if !ok || passiveAt(toks, i) && len(agentAfter(toks, i)) == 0 {
			continue
		}
		if noStatementLemmas[lemmaOf(t.lower)] && !strings.Contains(word, " ") && !thatFollows(toks, i) && !attitudeFollows(toks, i) {
			continue // "expressed concern that ..." reports what they fear
		}
		if makesThing(toks, i) {
			continue // "Although he had written a will, ..."
		}
		if leadInPhrasals[strings.ToLower(word)] && !thatFollows(toks, i) {
			continue // "The minister has hit back.": what she said comes next
		}
		if noComment(toks) {
			return false // "declined to comment", "asked for comment"
		}
		// "what he said" is not a statement of his.
		if i >= 2 && (toks[i-2].lower == "what" || toks[i-2].lower == "as") {
			continue
		}
		return true
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower == "according" && toks[i+1].lower == "to" {
			return true
		}
	}
	if p := participleCue(toks); p >= 0 {
		return !noStatementLemmas[cueGerunds[toks[p].lower]] || thatFollows(toks, p)
	}
	return false
}
