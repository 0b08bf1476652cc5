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
		a.lastDocOwner, a.lastDocOwnerAt = sp, a.sent
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

// docPronoun resolves "it" just after a sentence that issued a document
// and said nothing itself ("Vellen has issued a statement."), or whose
// subject was a document: the document, so its owner. It reports false
// otherwise.
func (a *article) docPronoun(low string) (*Speaker, bool) {
	if low != "it" {
		return nil, false
	}
	if a.issuer != nil && a.issuerAt == a.sent-1 && a.lastStated < a.issuerAt {
		// "Vellen has issued a statement. It reads: ...": the statement
		// issued in the sentence before, which gave no statement itself.
		return a.noted(a.issuer, "pronoun '%s' -> %s (whose document the sentence before issued)", low)
	}
	if a.docSubj == nil || a.docSubjAt != a.sent-1 {
		return nil, false
	}
	return a.noted(a.docSubj, "pronoun '%s' -> %s (the document that was the subject before)", low)
}

// issuedDocOwner gives an indefinite statement that no body in its
// sentence owns ("“...,” a statement said") an owner: the body whose
// document was mentioned last, else the organisation that spoke last,
// either only when near (nearBody).
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
	if a.lastDocOwner != nil && a.nearBody(a.lastDocOwner, a.lastDocOwnerAt) {
		return a.noted(a.lastDocOwner, "document '%s' -> %s (the body whose document was mentioned last)", words)
	}
	if b := a.lastBody; b != nil && b.Kind == Body && startsUpper(b.Name) && a.nearBody(b, a.lastBodyAt) {
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

// docReach is how many sentences before a document subject the body it
// stands for may have spoken or been named, outside the paragraph.
const docReach = 2

// nearBody reports a body that spoke (or owned a document) in sentence
// at, or is named since (by its name, or as "the company" by the noun
// that introduced it), within the paragraph being read or the docReach
// sentences before: a document subject ("a statement said", "the company
// published a blog post") may stand for it. A body that spoke further back
// has given the floor to others since.
func (a *article) nearBody(b *Speaker, at int) bool {
	from := a.sent - docReach
	for from > 0 && a.sent < len(a.paras) && a.paras[from-1] == a.paras[a.sent] {
		from-- // the paragraph being read
	}
	if at >= from {
		return true
	}
	kinds := []string{b.Generic, a.orgKind[b.Name]}
	for k := max(from, 0); k <= a.sent && k < len(a.sentences); k++ {
		if strings.Contains(a.sentences[k], b.Name) {
			return true
		}
		low := strings.ToLower(a.sentences[k])
		for _, kind := range kinds {
			if kind != "" && strings.Contains(low, "the "+kind+" ") {
				return true // "the company" for the company that spoke
			}
		}
	}
	return false
}
