package attrib

// A coordinated subject of groups speaks as a group: in "climate
// activists and nations worst hit by the floods warned it does not go far
// enough", the activists and the nations make one statement together. It
// is named by the first conjunct, the group before "and" ("climate
// activists"); the other conjunct is noted in the decision. (Two people
// so joined speak jointly: pairSubject.)
// Two clauses joined by "and" ("The talks collapsed and ministers
// said") are no coordinated subject: the first conjunct must be a plain
// noun phrase, by its tags.

import (
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// maxGroupWords and maxCoGroupWords bound the first and the second
// conjunct of a coordinated subject.
const (
	maxGroupWords   = 4
	maxCoGroupWords = 12
)

// groupSubject returns the coordinated subject of groups of the verb at
// v: its first conjunct, and the words of the second.
func groupSubject(toks []tok, v int) (first []tok, other string, ok bool) {
	e := v - 1
	for e >= 0 && !toks[e].cap && (isAdverb(toks[e].lower) || toks[e].tag == tag.MD || auxiliaries[toks[e].lower]) {
		e--
	}
	if e < 1 {
		return nil, "", false
	}
	c := e
	for c > 0 && !toks[c-1].punct && toks[c-1].quote == 0 {
		c--
	}
	if c <= e && clauseOpeners[toks[c].lower] {
		c++ // "while farmers and unions said"
	}
	k := c
	for k <= e && toks[k].lower != "and" {
		k++
	}
	if k > e || k == c || k-c > maxGroupWords || e-k < 1 || e-k > maxCoGroupWords {
		return nil, "", false
	}
	if !groupHead(toks, k-1, c) || !nounPhrase(toks[c:k]) || !coGroup(toks[k+1:e+1]) {
		return nil, "", false
	}
	return toks[c:k], joinText(toks[k+1 : e+1]), true
}

// auxiliaries may stand between a subject and its cue ("have warned").
var auxiliaries = setOf("have", "has", "had", "did", "do", "does", "not")

// groupHead reports a plural noun of unnamed people at h, which is
// lower-case unless it opens the sentence ("Farmers and unions said").
func groupHead(toks []tok, h, start int) bool {
	t := toks[h]
	if t.cap && h != 0 {
		return false
	}
	plural := t.tag == tag.NNS || t.tag == tag.NNPS || h == start && t.cap && strings.HasSuffix(t.lower, "s")
	return plural && unnamedHeads[t.lower] && !bodyNouns[t.lower]
}

// nounPhrase reports words that make a noun phrase on their own:
// determiners, adjectives, nouns, possessives and numbers, by their tags.
func nounPhrase(ts []tok) bool {
	for _, t := range ts {
		if t.punct || t.quote > 0 || !modifierTag(t.tag) {
			return false
		}
	}
	return true
}

// coGroup reports words that may be the second conjunct of a subject: a
// noun phrase with modifiers after it ("nations worst hit by the
// floods", "unions across Vantor"), no clause of its own (no cue, no
// relative pronoun, no finite verb but a participle that a preposition
// follows).
func coGroup(ts []tok) bool {
	if len(ts) == 0 || !modifierTag(ts[0].tag) {
		return false
	}
	for i, t := range ts {
		if t.punct || t.quote > 0 || t.lower == "and" || t.lower == "who" || t.lower == "which" || t.lower == "that" {
			return false
		}
		if _, cue := cueForms[t.lower]; cue {
			return false
		}
		if (degreeWords[t.lower] || isAdverb(t.lower)) && i+1 < len(ts) && (ts[i+1].tag == tag.VBN || ts[i+1].tag == tag.VBD) {
			continue // "worst hit by", which the tagger may read as a verb
		}
		switch t.tag {
		case tag.VBD, tag.VBN:
			if i+1 >= len(ts) || ts[i+1].tag != tag.IN {
				return false // "unions opposed the levy and said"
			}
		case tag.VB, tag.VBZ, tag.VBP, tag.MD, tag.CC:
			return false
		}
	}
	return true
}

// degreeWords say how much a participle holds ("worst hit", "most
// affected").
var degreeWords = setOf("worst", "hardest", "most", "least", "best", "badly", "severely", "directly")

// modifierTag reports the tag of a word that may stand in a noun phrase
// before its head, or be its head.
func modifierTag(t tag.Tag) bool {
	switch t {
	case tag.DT, tag.PDT, tag.JJ, tag.JJR, tag.JJS, tag.NN, tag.NNS, tag.NNP, tag.NNPS, tag.POS, tag.PRPS, tag.CD:
		return true
	}
	return false
}
