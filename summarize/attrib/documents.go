package attrib

// Documents and their owners. A document speaks for whoever issued it:
// a court filing for whoever filed it ("Tarn Air has sued Olek Varga.
// The lawsuit accuses Varga of bad faith."), a statement for the body
// it is tied to ("a union statement"). A pronoun subject just after a
// document subject is that document ("The lawsuit accuses Varga of bad
// faith. It claims ..."), so its owner's.

import (
	"fmt"
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// docKey returns the key under which a document noun's owner is kept:
// the court filings ("lawsuit", "suit", "complaint") are one document,
// any other noun its own.
func docKey(noun string) string {
	if courtFilings[noun] {
		return "lawsuit"
	}
	return noun
}

// ownDoc records sp as the owner of the document the noun names, and
// the body whose document was mentioned last.
func (a *article) ownDoc(noun string, sp *Speaker) {
	if sp == nil || sp.Kind == Document {
		return
	}
	if a.docOwner == nil {
		a.docOwner = map[string]*Speaker{}
	}
	a.docOwner[docKey(noun)] = sp
	if sp.Kind == Body {
		a.lastDocOwner = sp
	}
}

// quietly runs f and keeps the decision note of the sentence as it was:
// a filer found outside the cue's subject leaves no trace in it.
func (a *article) quietly(f func()) {
	note := a.note
	f()
	a.note = note
}

// noteFiler records who filed a court document in the sentence: the
// subject of "sued" or of "filed a lawsuit", the agent of "was sued by"
// or of "a lawsuit (filed) by", or the subject after "in its lawsuit,".
// A court filing speaks for whoever filed it.
func (a *article) noteFiler(toks []tok) {
	for v := range toks {
		np := filerAt(toks, v)
		if len(np) == 0 {
			continue
		}
		a.quietly(func() {
			if sp, ok := a.resolve(np, ""); ok {
				a.ownDoc("lawsuit", sp)
			}
		})
	}
}

// filerAt returns the words that name who filed a court document, for
// the shape of filing that starts at word v, or nil.
func filerAt(toks []tok, v int) []tok {
	low := toks[v].lower
	switch {
	case low == "sued" || low == "sues":
		if ag := agentAfter(toks, v); passiveAt(toks, v) {
			return ag // "Olek Varga was sued by Tarn Air"
		}
		if np, _, ok := leftNP(toks, v); ok {
			return np // "Tarn Air has sued Olek Varga"
		}
	case (low == "filed" || low == "files" || low == "brought" || low == "brings") && filingAfter(toks, v) && !passiveAt(toks, v):
		if np, _, ok := leftNP(toks, v); ok {
			return np // "Tarn Air filed a lawsuit against Varga"
		}
	case courtFilings[low] && v+1 < len(toks):
		k := v + 1
		if k < len(toks) && (toks[k].text == "," || toks[k].lower == "filed" || toks[k].lower == "brought") {
			k++
		}
		if k < len(toks) && (toks[k].lower == "filed" || toks[k].lower == "brought") {
			k++
		}
		if k+1 < len(toks) && toks[k].lower == "by" {
			return rightNP(toks, k+1) // "a lawsuit (filed) by Tarn Air"
		}
		if v >= 2 && (toks[v-1].lower == "its" || toks[v-1].lower == "their") && toks[v-2].lower == "in" &&
			v+2 < len(toks) && toks[v+1].text == "," {
			return rightNP(toks, v+2) // "In its lawsuit, Tarn Air says"
		}
	}
	return nil
}

// filingAfter reports a court filing as the object of the verb at v
// ("filed a lawsuit", "filed its complaint", "brought a suit").
func filingAfter(toks []tok, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		if courtFilings[toks[k].lower] {
			return true
		}
		if toks[k].punct || toks[k].cap {
			return false
		}
	}
	return false
}

// noteDocSubject records the owner of a document that is the subject
// of the sentence, whether or not it made a statement ("The lawsuit was
// filed on Tuesday."): what "it" opening the next sentence stands for.
func (a *article) noteDocSubject(sp *Speaker, ok bool, mention string, toks []tok) {
	if ok && isDocMention(mention) {
		a.docSubj, a.docSubjAt = sp, a.sent
		return
	}
	if ok {
		return
	}
	np := openingDocument(toks)
	if len(np) == 0 {
		return
	}
	a.quietly(func() {
		if sp, ok := a.resolve(np, ""); ok {
			a.docSubj, a.docSubjAt = sp, a.sent
		}
	})
}

// isDocMention reports a mention headed by a document noun ("The
// lawsuit", "a union statement"), not one that ends in a document after
// a preposition ("Twitter attorneys in a letter").
func isDocMention(mention string) bool {
	f := strings.Fields(strings.ToLower(mention))
	for _, w := range f {
		if docLinks[w] {
			return false
		}
	}
	return len(f) > 0 && documentNouns[f[len(f)-1]]
}

// docLinks are the prepositions that put a document after the head of
// a mention ("attorneys in a letter").
var docLinks = setOf("in", "of", "at", "from", "to", "by", "with", "through", "via")

// openingDocument returns the definite document that opens a sentence
// as its subject ("The lawsuit, filed on Tuesday, ...", "The complaint
// runs to 62 pages"), or nil.
func openingDocument(toks []tok) []tok {
	if len(toks) < 3 || toks[0].lower != "the" && toks[0].lower != "this" {
		return nil
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		t := toks[k]
		if t.punct || t.quote > 0 {
			return nil
		}
		if documentNouns[t.lower] {
			if k+1 < len(toks) && (toks[k+1].text == "," || finiteTag(toks[k+1].tag)) {
				return toks[:k+1]
			}
			return nil
		}
	}
	return nil
}

// docPronoun resolves "it" just after a sentence whose subject was a
// document: the document, so its owner. It reports false otherwise.
func (a *article) docPronoun(low string) (*Speaker, bool) {
	if low != "it" || a.docSubj == nil || a.docSubjAt != a.sent-1 {
		return nil, false
	}
	return a.noted(a.docSubj, "pronoun '%s' -> %s (the document that was the subject before)", low)
}

// issuedDocOwner gives an indefinite statement that no body in its
// sentence owns ("“...,” a statement said") an owner: the body whose
// document was mentioned last, else the organisation that spoke last.
// Such a statement is a new source, never the quotation going on from
// the last speaker.
//
// After "according to" ("..., he told settler leaders, according to a
// statement") the statement names no speaker of its own: the sentence's
// other cue does.
func (a *article) issuedDocOwner(np []tok) (*Speaker, bool) {
	words := joinText(np)
	if a.note.cue == "according to" {
		a.note.resolution = fmt.Sprintf("document '%s' whose owner is not said", words)
		return nil, false
	}
	if a.lastDocOwner != nil {
		return a.noted(a.lastDocOwner, "document '%s' -> %s (the body whose document was mentioned last)", words)
	}
	if b := a.lastBody; b != nil && b.Kind == Body && startsUpper(b.Name) {
		return a.noted(b, "document '%s' -> %s (the organisation that spoke last)", words)
	}
	a.note.resolution = fmt.Sprintf("document '%s' whose owner is not said", words)
	return nil, false
}

// docSource returns the source named after an indefinite document in
// the sentence ("said a report from Kotak Research", "a statement by the
// union said"), or nil.
func (a *article) docSource(np []tok) []tok {
	end := subjectStart(a.curToks, np) + len(np)
	if end+1 >= len(a.curToks) {
		return nil
	}
	switch a.curToks[end].lower {
	case "from", "by":
		return rightNP(a.curToks, end+1)
	}
	return nil
}

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
	for i := len(a.mentions) - 1; i >= 0; i-- {
		m := a.mentions[i]
		if m.sent > a.sent || !a.fits(m.person, g) {
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
	head := np[len(np)-1]
	if head.cap || !epithetHeads[head.lower] && !strings.HasSuffix(head.lower, "-year-old") {
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
	if i < 1 || toks[i].cap || !epithetHeads[toks[i].lower] && !strings.HasSuffix(toks[i].lower, "-year-old") {
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

// isEpithet reports a description of a person that names no role: an
// age ("52-year-old") or "person", "man", "woman" with a modifier
// ("world's richest person", "oldest man").
func isEpithet(np []tok) bool {
	head := np[len(np)-1].lower
	if strings.HasSuffix(head, "-year-old") {
		return true
	}
	if !epithetHeads[head] || len(np) < 2 {
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

// inContactRelative reports a cue whose subject, from its "the", follows
// a noun phrase with no "that" between ("a deal the world's richest
// person said he was calling off", "the offer the union said was
// final"): the cue is in a relative clause on that noun, and the sentence
// states what its main clause says, not the speaker's words. A phrase
// after a preposition ("On the day the minister said") or a time ("Last
// week the minister said") is no such noun.
func inContactRelative(toks []tok, v int) bool {
	s := -1
	for j := v - 1; j >= 0 && v-j <= 6; j-- {
		if toks[j].punct || toks[j].quote > 0 || toks[j].cap && toks[j].lower != "the" {
			return false
		}
		if toks[j].lower == "the" {
			s = j
			break
		}
	}
	if s < 2 {
		return false
	}
	n := toks[s-1]
	if n.cap || n.punct || n.tag != tag.NN && n.tag != tag.NNS || skipBeforeCue[n.lower] {
		return false
	}
	// Back over the noun phrase's modifiers to its determiner.
	k := s - 2
	for k >= 0 && s-1-k <= 3 && !toks[k].punct && (toks[k].tag == tag.JJ || toks[k].tag == tag.NN || toks[k].tag == tag.CD) {
		k--
	}
	if k < 0 || toks[k].lower != "a" && toks[k].lower != "an" && toks[k].lower != "the" {
		return false
	}
	return k == 0 || toks[k-1].punct || toks[k-1].tag != tag.IN && toks[k-1].tag != tag.TO
}
