package attrib

// Broadcast transcripts: a radio or television piece written down has no
// quotation marks. The reporter introduces a speaker ("Kell's mayor Ada
// Renn says the bridge will reopen.") and the speaker's own recorded
// words follow as plain sentences ("We have to finish it by May."),
// sometimes closed by a credit ("She spoke on Kell Radio."); the reporter
// signs off in the first person ("For Kell Radio, I'm Tomas Eld."). In
// such an article a sentence in the first person with no cue of its own,
// right after a statement in the same paragraph, goes on with that
// statement's speaker; and a sentence with no cue between a statement
// and a credit to the same speaker is that speaker's too. A first-person
// line is given as its own quotation, so that it goes on with the point
// of the statement it follows, as a quoted sentence does; a credited
// line, found only by where it stands, is a point of its own. In an
// ordinary article, with quotation marks for what is said, a writer's "I" and
// "we" are the writer's, and none of this applies.

import (
	"strings"
	"unicode/utf8"
)

// Reasons recorded for transcript lines.
const (
	reasonSoundbite = "a transcript's line in the first person, going on from the last speaker"
	reasonCredited  = "a transcript's line between a speaker's statement and a credit to the speaker"
	reasonSignOff   = "the reporter signs off"
)

// firstPersonWords say "I" or "we", as a subject or otherwise.
var firstPersonWords = setOf("i", "i'm", "i've", "i'll", "i'd", "we", "we're", "we've", "we'll", "we'd",
	"me", "my", "us", "our")

// transcript reports an article with no quotation marks in any of its
// sentences: the written form of a broadcast.
func transcript(sentences []string) bool {
	for _, s := range sentences {
		if len(quotes(s)) > 0 || strings.ContainsAny(s, "“”\"") {
			return false
		}
	}
	return len(sentences) > 0
}

// firstPerson reports a sentence that speaks in the first person. A word
// in capitals is an abbreviation ("US"), not a pronoun.
func firstPerson(toks []tok) bool {
	for _, t := range toks {
		if firstPersonWords[t.lower] && lowerAfterFirst(t.text) {
			return true
		}
	}
	return false
}

// lowerAfterFirst reports a word whose letters after the first are lower
// case: "We", "we’ve", "I", not "US".
func lowerAfterFirst(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	return strings.ToLower(w[n:]) == w[n:]
}

// signOff reports the reporter giving their own name: "I'm Tomas Eld",
// "For Kell Radio, I am Tomas Eld in Orla."
func signOff(toks []tok) bool {
	for i, t := range toks {
		next := i + 1
		switch {
		case t.lower == "i'm":
		case t.lower == "i" && next < len(toks) && toks[next].lower == "am":
			next++
		default:
			continue
		}
		if next+1 < len(toks) && toks[next].cap && toks[next+1].cap {
			return true
		}
	}
	return false
}

// soundbite reports a sentence of a transcript, with no cue of its own,
// that goes on with the statement of the sentence before it in the same
// paragraph: it speaks in the first person and is not the reporter's
// sign-off.
func soundbite(toks []tok, sameParagraph bool) bool {
	return sameParagraph && firstPerson(toks) && !signOff(toks)
}

// credit reports a sentence that credits the speaker of the statement two
// sentences before with what lies between, in a transcript: "She spoke on
// Kell Radio." Its cue reports no statement and resolves to that speaker.
func credit(sp, last *Speaker, toks []tok) bool {
	if sp == nil || sp != last {
		return false
	}
	for _, t := range toks {
		if t.lower == "spoke" || t.lower == "speaking" || t.lower == "talked" {
			return true
		}
	}
	return false
}

// transcriptLine decides a transcript's sentence with no cue, whose
// decision is d: the reporter's sign-off is no one's; a first-person line
// right after a statement in the same paragraph is its speaker's, given as
// the speaker's own words.
func (a *article) transcriptLine(toks []tok, d *Decision, sameParagraph bool) (Statement, bool) {
	if signOff(toks) {
		d.Reason = reasonSignOff // "I'm Tomas Eld": the reporter's
		return Statement{}, false
	}
	if a.lastSpeaker == nil || a.lastStated != d.Sentence-1 || !soundbite(toks, sameParagraph) {
		return Statement{}, false
	}
	d.Speaker, d.Resolution = a.lastSpeaker.Name, "the speaker of the statement before"
	d.Stated, d.Reason = true, reasonSoundbite
	a.lastStated = d.Sentence
	return Statement{Speaker: *a.lastSpeaker, Text: d.Text, Quote: d.Text, Sentence: d.Sentence, Paragraph: d.Paragraph}, true
}

// creditedLine decides the sentence before a credit ("She spoke on Kell
// Radio."), whose cue resolved to sp: a line with no cue, prev, between a
// statement of sp's and the credit, in one paragraph, is sp's.
func (a *article) creditedLine(sp *Speaker, toks []tok, prev *Decision) (Statement, bool) {
	if a.lastStated != prev.Sentence-1 || a.lastSpeaker == nil || !credit(sp, a.lastSpeaker, toks) || prev.Reason != reasonNoCue {
		return Statement{}, false
	}
	prev.Speaker, prev.Stated, prev.Reason = sp.Name, true, reasonCredited
	a.lastStated = prev.Sentence
	return Statement{Speaker: *a.lastSpeaker, Text: prev.Text, Sentence: prev.Sentence, Paragraph: prev.Paragraph}, true
}
