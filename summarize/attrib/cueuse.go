package attrib

import (
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize/tag"
)

// characterising are cues that report words only with "as" ("called it
// a stunt" needs none): "characterised the talks as productive", not
// "characterizing the moon and its ocean".
var characterising = setOf("characterise", "characterize")

// characterisesNoWords reports a form of a characterising cue at v with
// no "as" after it.
func characterisesNoWords(toks []tok, v int) bool {
	lemma, ok := cueGerunds[toks[v].lower]
	if !ok {
		lemma = lemmaOf(toks[v].lower)
	}
	return characterising[lemma] && !slices.ContainsFunc(toks[v+1:], func(t tok) bool { return t.lower == "as" })
}

// negatedSpeech reports the word before a cue that says the speech did
// not happen.
func negatedSpeech(w string) bool {
	return w == "not" || w == "never" || w == "cannot" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// beForms are the forms of "be" that make a progressive of the -ing form
// after them.
var beForms = setOf("is", "are", "was", "were", "am", "been", "’s")

// progressiveCue reports the -ing form of a cue after a form of "be"
// ("The association is demanding a 14 percent rise", "the union is
// calling for an inquiry"): a finite cue in the progressive.
func progressiveCue(toks []tok, v int) bool {
	return v > 0 && beForms[toks[v-1].lower] && (cueGerunds[toks[v].lower] != "" || phrasal[toks[v].lower] != nil)
}

// possessiveWord reports a lower-cased word in the possessive: "musk's",
// "stores'" (a plural's or a name's that ends in s).
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// cueAt says whether toks[v] is a cue verb used as one, and returns the
// cue's words ("said", "pointed out", "called for"). It rejects the forms
// that are nouns ("the claims", "his remarks"), infinitives ("refused to
// say") and passives ("was declared the winner"; see passiveAt).
func cueAt(toks []tok, v int) (string, bool) {
	t := toks[v]
	if t.quote > 0 || t.punct {
		return "", false
	}
	word := t.text
	if putsAt(toks, v) {
		return word + " ... at", true // "organisers put the figure at 40,000"
	}
	if ps, ok := phrasal[t.lower]; ok {
		if v+1 >= len(toks) || !slices.Contains(ps, toks[v+1].lower) {
			return "", false
		}
		word += " " + toks[v+1].text
	} else if !cueVerbs[t.lower] && !progressiveCue(toks, v) {
		return "", false
	}
	if t.tag != tag.Invalid && !t.tag.Verb() && !compoundMistag(toks, v) && !invertedFinite(toks, v) {
		return "", false // tagged a noun or adjective: "the Dodge, Jeep and Ram brands", "early pledges"
	}
	if v > 0 {
		prev := toks[v-1].lower
		switch {
		case nounMarkers[prev] && !(quantifiers[prev] && strings.HasSuffix(t.lower, "ed")) || possessiveWord(prev) && !plainCues[t.lower]:
			return "", false // "the claims", "its demands", "Musk's statements", "Pellmark Stores' proposed bid"
		case prev == "to" && lemmaOf(t.lower) == t.lower:
			return "", false // "refused to say"
		case lemmaOf(t.lower) == t.lower && !pluralBeforeParenthetical(toks, v) && (!pluralSubjectEnd(toks[subjectEndBefore(toks, v)]) || nounPhraseBefore(toks, subjectEndBefore(toks, v)+1)):
			return "", false // a base form needs "they", "officials", "did not": "a two-year term", "the Tarsian state"
		}
	}
	if v+1 < len(toks) && strings.HasSuffix(t.lower, "s") && lemmaOf(t.lower) != t.lower && nounFollowers[toks[v+1].lower] {
		return "", false // "the military challenges and costs", "territorial questions remain"
	}
	if strings.HasSuffix(t.lower, "s") && lemmaOf(t.lower) != t.lower && afterNameList(toks, v) {
		return "", false // "the Orla, Vesk and Tamber brands": a list takes no -s verb
	}
	if cognitionLemmas[lemmaOf(t.lower)] && v+1 < len(toks) && toks[v+1].lower == "in" {
		return "", false // "still believes in sedans": a faith, not a claim
	}
	if v+1 < len(toks) && motionParticles[toks[v+1].lower] {
		return "", false // "The Vigil slammed into the stern": a blow, not words
	}
	if v > 0 && negatedSpeech(toks[v-1].lower) {
		return "", false // "Elling has not commented.", "He does not say how large the fund will be": no words of theirs
	}
	if objectLemmas[lemmaOf(t.lower)] && (v+1 >= len(toks) || toks[v+1].punct) && !quotationJustBefore(toks, v) {
		return "", false // "the Dodge, Jeep and Ram brands.": a noun; `"...," she blasted.` is a verb
	}
	if characterisesNoWords(toks, v) {
		return "", false // "characterized the ocean": a study, not words
	}
	if v+1 < len(toks) && quantityVerbs[lemmaOf(t.lower)] && startsFigure(toks[v+1].text) {
		return "", false // "the index added 20 points", "posted $3 billion": a sum, not words
	}
	if puttingLemmas[lemmaOf(t.lower)] && (!afterQuotation(toks, v) && thingObject(toks, v) || addsTo(toks, v)) {
		return "", false // "added two landers to the contract": a thing, not words
	}
	if v+1 < len(toks) && (toks[v+1].lower == "for" || toks[v+1].lower == "on") && lemmaOf(t.lower) == "call" {
		word += " " + toks[v+1].text // "called for", "called on"
	}
	return word, true
}

// subjectEndBefore returns the position of the last word before the cue
// at v that is no adverb ("administrators" of "The administrators now
// say"), or v-1.
func subjectEndBefore(toks []tok, v int) int {
	p := v - 1
	for p > 0 && toks[p].tag.Adverb() && !toks[p].cap && toks[p].quote == 0 {
		p-- // "now", "still"; not "would", whose base form after it is the verb's
	}
	return p
}

// thingObject reports a cue at v followed by words up to the next
// punctuation or quotation with no finite verb and no "that" among them:
// an object ("added the salt", "added to her tally of medals"), not a
// reported clause ("added the plan would fail") or a quotation. A cue
// with punctuation just after it (", she added.") has no object.
func thingObject(toks []tok, v int) bool {
	if v+1 >= len(toks) || toks[v+1].punct || toks[v+1].quote > 0 {
		return false
	}
	for _, t := range toks[v+1:] {
		if t.punct || t.quote > 0 {
			break
		}
		if t.lower == "that" || finiteTag(t.tag) {
			return false
		}
	}
	return true
}

// putsAt reports "put the figure at", "puts the death toll at": an
// estimate its subject gives.
func putsAt(toks []tok, v int) bool {
	switch toks[v].lower {
	case "put", "puts", "putting":
	default:
		return false
	}
	k := v + 1
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	for n := 0; k < len(toks) && n < 2 && !estimateNouns[toks[k].lower]; n++ {
		k++ // "the death toll", "the official number"
	}
	if k >= len(toks) || !estimateNouns[toks[k].lower] {
		return false
	}
	if k+2 < len(toks) && toks[k+1].lower == "of" {
		k += 2 // "the number of marchers at"
	}
	return k+1 < len(toks) && toks[k+1].lower == "at"
}

// estimateNouns are what an estimate is put at.
var estimateNouns = setOf("figure", "number", "toll", "total", "cost", "turnout", "crowd", "count", "estimate", "damage", "losses", "bill")

// addsTo reports a putting cue with "to" and a noun phrase after it
// ("adding to a series of problems that have ...", "added to the
// strain"): a sum grows, no words are reported, whatever clause the noun
// phrase holds.
func addsTo(toks []tok, v int) bool {
	return v+2 < len(toks) && toks[v+1].lower == "to" && !toks[v+2].punct && toks[v+2].quote == 0 && !personPronouns[toks[v+2].lower]
}

// afterQuotation reports a cue just after a quotation or a comma, where
// the name after it is an inverted speaker ("“...,” added Ilse Varga"), not
// an object.
// quotationJustBefore reports a quotation ending within a few words
// before the cue at v, with no stop between: `"...," she blasted.`.
func quotationJustBefore(toks []tok, v int) bool {
	for j := v - 1; j >= 0 && v-j <= 5; j-- {
		if toks[j].quote > 0 {
			return true
		}
		if toks[j].punct && toks[j].text != "," {
			return false
		}
	}
	return false
}

func afterQuotation(toks []tok, v int) bool {
	return v > 0 && (toks[v-1].quote > 0 || toks[v-1].text == ",")
}

// finiteTag reports the tag of a finite verb or a modal.
func finiteTag(t tag.Tag) bool {
	return t == tag.VBD || t == tag.VBZ || t == tag.VBP || t == tag.MD
}

// compoundMistag reports a cue form tagged a noun after a noun or an
// adjective that is nonetheless the verb, because a complement follows
// it: the tagger reads "Velcor claims" and "the notice orders" as
// compound nouns, but in "Velcor claims that ...", "the notice orders
// Brenmoor to ..." a clause, quotation or object comes next, which a
// compound noun does not take.
func compoundMistag(toks []tok, v int) bool {
	if v == 0 || v+1 >= len(toks) || !toks[v-1].tag.Noun() && !toks[v-1].tag.Adjective() {
		return false
	}
	next := toks[v+1]
	if next.quote > 0 || next.text == ":" || next.lower == "that" {
		return true
	}
	switch next.tag {
	case tag.PRP, tag.PRPS, tag.DT, tag.NNP, tag.NNPS:
		return true
	}
	return false
}

// quantityVerbs are cues that, before a figure, count rather than speak
// ("added 20 points", "posted a 4% gain" is left to context).
var quantityVerbs = setOf("add", "post")

// startsFigure reports a word that is a figure: "20.7", "$3", "€40m".
func startsFigure(w string) bool {
	for _, r := range w {
		return r >= '0' && r <= '9' || r == '$' || r == '€' || r == '£'
	}
	return false
}

// nounMarkers come before a noun, never before a finite verb: after them a
// cue's form is a noun ("the claims", "these demands"). A quantifier may
// also be a subject ("Many warned").
var nounMarkers = setOf("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these",
	"those", "this", "that's", "such", "new", "any", "no", "of", "in", "with", "by", "from", "whose",
	"many", "several", "some", "two", "three", "earlier", "previous", "recent", "latest", "further")

// beAux are the forms of "be" (and "get") that make a participle passive.
var beAux = setOf("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting")

// passiveAt reports a cue at v in the passive ("was told", "has been
// accused", "were widely criticised"): its subject did not speak.
func passiveAt(toks []tok, v int) bool {
	if progressiveCue(toks, v) {
		return false // "is demanding": a progressive, not a passive
	}
	for j := v - 1; j >= 0 && v-j <= 3; j-- {
		w := toks[j].lower
		if beAux[w] {
			return true
		}
		if toks[j].punct || toks[j].cap && !skipBeforeCue[w] || !isAdverb(w) && w != "not" && w != "also" {
			return false
		}
	}
	return false
}

// coordinatedPassive reports a past participle coordinated with a
// passive ("was announced ..., and hailed as historic by the president"),
// with its agent after it.
func coordinatedPassive(toks []tok, v int) bool {
	return v > 0 && (toks[v-1].lower == "and" || toks[v-1].text == ",") && strings.HasSuffix(toks[v].lower, "ed") &&
		len(agentAfter(toks, v)) > 0
}

// sourceNouns name what a source gave ("according to estimates by").
var sourceNouns = setOf("estimates", "figures", "data", "statistics", "reports", "documents", "records")

// maxSourceModifiers is how many words may stand between the article of
// a source noun and the noun ("a brief written statement from").
const maxSourceModifiers = 2

// sourceAfter returns where the source of "according to" starts, at at
// or after what it gave: "according to estimates by the central
// command", "according to a statement from the port authority", "according
// to a joint statement by the two ministries".
func sourceAfter(toks []tok, at int) int {
	k := at
	if k < len(toks) && (toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the") {
		k++
	}
	for n := 0; n < maxSourceModifiers && k < len(toks) && !sourceNouns[toks[k].lower] && !documentNouns[toks[k].lower]; n++ {
		if toks[k].cap || toks[k].punct || toks[k].quote > 0 {
			return at
		}
		k++
	}
	if k+2 < len(toks) && (sourceNouns[toks[k].lower] || documentNouns[toks[k].lower]) &&
		(toks[k+1].lower == "by" || toks[k+1].lower == "from" || toks[k+1].lower == "of") {
		return k + 2
	}
	if k < len(toks) && documentNouns[toks[k].lower] {
		if by := issuedBy(toks, k+1); by > 0 {
			return by
		}
	}
	return at
}

// issuedVerbs are the participles that say a document was put out
// ("a tweet published Thursday by the union").
var issuedVerbs = setOf("published", "posted", "issued", "released", "sent", "shared", "filed", "put", "made")

// issuedBy returns where the agent starts after a document noun that
// ends before k, when a participle of issuing, a few words of time and
// "by" follow it ("a tweet published Thursday by the actors' union"),
// or -1.
func issuedBy(toks []tok, k int) int {
	if k >= len(toks) || !issuedVerbs[toks[k].lower] {
		return -1
	}
	k++
	if k < len(toks) && toks[k].lower == "out" {
		k++
	}
	for n := 0; n < 4 && k < len(toks) && skipBeforeCue[toks[k].lower]; n++ {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "by" {
		return k + 1
	}
	return -1
}

// agentAfter returns the agent of a passive cue at v ("was hailed as
// historic by the summit's president"): the words after "by", within a
// few words of the verb.
func agentAfter(toks []tok, v int) []tok {
	for j := v + 1; j < len(toks) && j-v <= 5; j++ {
		if toks[j].lower == "by" {
			return rightNP(toks, j+1)
		}
		if toks[j].punct && toks[j].text != "," {
			return nil
		}
	}
	return nil
}

// isAdverb reports an adverb that may stand between a subject and its
// verb: a listed one ("also", "later") or a manner adverb in -ly
// ("publicly", "repeatedly"). Callers rule out capitalised words
// ("Moberly", "Kelly").
func isAdverb(w string) bool {
	if skipBeforeCue[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w]
}

// notAdverbs end in -ly but are nouns or adjectives.
var notAdverbs = setOf("family", "italy", "rally", "ally", "supply", "reply", "assembly", "july",
	"early", "only", "daily", "weekly", "monthly", "yearly", "elderly", "friendly", "likely", "holy",
	"anomaly", "monopoly", "homily", "belly", "bully", "jelly", "lily", "folly", "apply", "comply", "imply",
	"multiply", "fly", "ugly", "silly", "jolly", "hilly", "costly", "deadly", "lonely", "lovely", "orderly",
	"kelly", "reilly", "nelly", "sully", "tully")

// participleCue finds a cue in -ing form that follows a comma (or
// "while", "before", "after", "as" after one) and so shares the main
// clause's subject: "The group condemned the strikes, saying ...",
// "..., adding that ...", "..., calling it a failure". It returns the
// position of the participle, or -1. "was quoted as saying" counts too.
func participleCue(toks []tok) int {
	for i, t := range toks {
		if lemma, ok := cueGerunds[t.lower]; ok && puttingLemmas[lemma] && (thingObject(toks, i) || addsTo(toks, i)) {
			continue // "before adding the salt", "adding to a series of problems that ..."
		}
		if characterisesNoWords(toks, i) {
			continue // "orbit the moon, characterizing its ocean"
		}
		if _, ok := cueGerunds[t.lower]; !ok {
			if ps, ok := phrasal[t.lower]; !ok || !strings.HasSuffix(t.lower, "ing") || i+1 >= len(toks) || !slices.Contains(ps, toks[i+1].lower) {
				continue
			}
		}
		if i == 0 {
			continue
		}
		prev := toks[i-1]
		switch {
		case prev.text == ",", prev.text == "—", prev.text == "–", prev.text == ":", prev.text == ")":
		case prev.lower == "while" || prev.lower == "before" || prev.lower == "after" || prev.lower == "and" || prev.lower == "as":
			if prev.lower == "as" && (i < 2 || toks[i-2].lower != "quoted") {
				continue
			}
		default:
			continue
		}
		return i
	}
	return -1
}

// clauseSubject returns the subject of a sentence's main clause: the
// noun phrase that opens it after any opening adverbial ("On Friday,",
// "In a statement,"), without an appositive or relative clause after it.
func clauseSubject(toks []tok) []tok {
	i := 0
	// An opening phrase up to its comma: "In a statement, ..." or "Meanwhile, ...".
	if len(toks) > 0 && (openers[toks[0].lower] || isAdverb(toks[0].lower)) {
		for j := 0; j < len(toks) && j < 14; j++ {
			if toks[j].quote > 0 {
				break
			}
			if toks[j].text == "," {
				i = j + 1
				break
			}
		}
	}
	var np []tok
	for j := i; j < len(toks) && j-i < 10; j++ {
		t := toks[j]
		if t.punct || t.quote > 0 {
			break
		}
		if j > i && !t.cap && !subjectWord(t.lower) && !(j+1 < len(toks) && subjectHead(toks[j+1].lower)) {
			break
		}
		np = toks[i : j+1]
	}
	for len(np) > 0 && !np[len(np)-1].cap && isAdverb(np[len(np)-1].lower) {
		np = np[:len(np)-1]
	}
	// "The ministry's spokeswoman, Ilse Brandt, said": the name in the
	// appositive is the subject.
	if end := i + len(np); len(np) > 0 && end+2 < len(toks) && toks[end].text == "," {
		j := end + 1
		for j < len(toks) && toks[j].cap && !toks[j].punct && toks[j].quote == 0 {
			j++
		}
		if j < len(toks) && toks[j].text == "," && isName(toks[end+1:j]) {
			return toks[end+1 : j]
		}
	}
	return np
}

// openers begin an adverbial phrase at the start of a sentence.
var openers = setOf("in", "on", "at", "after", "before", "during", "meanwhile", "however", "earlier",
	"later", "separately", "speaking", "asked", "when", "while", "since", "last", "this", "for",
	"according", "from", "following", "despite", "amid", "as", "with", "under", "by", "then", "still",
	"yet", "instead", "also", "now", "today", "yesterday")

// subjectWord reports a lower-case word that may be part of a subject
// noun phrase.
func subjectWord(w string) bool {
	return subjectHead(w) || roleWords[w] || w == "of" || strings.HasSuffix(w, "'s") || w == "the"
}

// subjectHead reports a lower-case noun that may head a speaker's phrase.
func subjectHead(w string) bool {
	return unnamedHeads[w] || bodyNouns[w] || documentNouns[w] || personRoles[w] || appositiveBodies[w] ||
		personPronouns[w] || bodyPronouns[w]
}

// afterNameList reports an -s form right after a list of names ("Orla,
// Vesk and Tamber brands"): a subject of several takes a plural verb, so
// the form is a plural noun the names modify. The list needs a comma, as
// a name with "and" inside it ("Marks and Spencer says") has none.
func afterNameList(toks []tok, v int) bool {
	return v >= 4 && toks[v-1].cap && toks[v-2].lower == "and" && toks[v-3].cap && toks[v-4].text == ","
}

// nounFollowers follow a plural noun, not a verb of saying: after them an
// -s form is a noun ("challenges and", "questions remain").
var nounFollowers = setOf("and", "or", "of", "are", "were", "have", "had", "remain", "remained",
	"will", "would", "could", "can", "may", "might", "should", "must", "facing", "over", "against",
	"by", "from") // "followed comments by the board", "reports from the region"

// pluralSubjectEnd reports a word that may end the subject (or the
// auxiliaries) of a cue in its base form: "they say", "officials warn",
// "did not say", "will also argue".
func pluralSubjectEnd(t tok) bool {
	switch t.lower {
	case "they", "we", "i", "you", "people", "police", "staff", "did", "do", "does", "not", "never",
		"would", "will", "could", "can", "may", "might", "should", "must", "often", "still", "also",
		"who", "which", "that", "repeatedly", "always":
		return true
	}
	return strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "'s") && !strings.HasSuffix(t.lower, "ss") && !t.punct
}

// nounPhraseBefore reports a base form that ends a noun phrase opened by
// a determiner close before it ("the Tarsian state", "the full staff
// report"), unless the word before it is a plural noun ("the analysts
// say").
func nounPhraseBefore(toks []tok, v int) bool {
	prev := toks[v-1].lower
	if strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !strings.HasSuffix(prev, "'s") {
		return false
	}
	for j := v - 2; j >= 0 && v-j <= 3; j-- {
		if toks[j].punct {
			return false
		}
		if nounMarkers[toks[j].lower] {
			return true
		}
	}
	return false
}
