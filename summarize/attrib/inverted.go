package attrib

// The speaker after an inverted cue, with the words that describe it
// before the name: `"...," said glaciologist Ada Renn of the Vell
// Institute`, "..., says certified financial planner Ola Brandt", "...,
// said the Harrow Company's recently named executive chair Ola Brandt in
// an email", "..., said Lt. Ola Brandt, the police spokesman". The
// description is lower-case words a tagger reads as modifiers or nouns
// and capitalised words with their possessives; the name is the run of
// capitals that ends it, after a title's dot.

import (
	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// maxInvertedWords is how many words the description and the name after
// an inverted cue may hold together.
const maxInvertedWords = 10

// invertedName returns the name that ends the noun phrase starting at i
// after an inverted cue, and the words that describe it before the name
// (its role), or nil. The phrase must end the clause: punctuation, the
// sentence's end or a preposition ("in an email") follows it.
func invertedName(toks []tok, i int) ([]tok, string) {
	j := i
	if j < len(toks) && toks[j].tag == tag.DT {
		j++
	}
	end := j
	for end < len(toks) && end-j < maxInvertedWords && (describingWord(toks, end) || titleJoin(toks, end)) {
		end++
	}
	if end == j || end < len(toks) && !toks[end].punct && toks[end].tag != tag.IN && toks[end].tag != tag.TO {
		return nil, ""
	}
	k := end
	for k > j && toks[k-1].cap && !(k-2 >= j && toks[k-2].text == ".") {
		k--
	}
	if k-2 >= j && toks[k-1].cap && toks[k-2].text == "." {
		k-- // the first word of a name after a title's dot: "Lt. Ola Brandt"
	}
	if k == end || !toks[end-1].cap {
		return nil, ""
	}
	return toks[k:end], joinText(roleWordsBefore(toks[j:k]))
}

// describingWord reports a word that may stand in the description of a
// name after an inverted cue, or in the name: a capitalised word, a
// title's dot, or a lower-case modifier or noun that is no function word.
func describingWord(toks []tok, k int) bool {
	t := toks[k]
	switch {
	case t.quote > 0:
		return false
	case t.text == ".":
		return k > 0 && toks[k-1].cap && k+1 < len(toks) && toks[k+1].cap // "Lt. Ola"
	case t.punct:
		return false
	case t.cap:
		return true
	}
	if isFunctionWord(t.lower) || lemmaOf(t.lower) != t.lower && cueVerbs[t.lower] {
		return false
	}
	return t.tag.Noun() || premodifierTag(t.tag) || t.tag == tag.VBN || t.tag == tag.RB || t.tag == tag.POS
}

// roleWordsBefore drops a title and its dot from the words before a name
// ("Lt." describes no post), and the epithets that open them ("said
// heartbroken Ivana Rusk": no post).
func roleWordsBefore(ts []tok) []tok {
	if n := len(ts); n >= 2 && ts[n-1].text == "." {
		ts = ts[:n-2]
	}
	for len(ts) > 0 && lex.IsEpithet(ts[0].lower) {
		ts = ts[1:]
	}
	return ts
}

// invertedSpeaker resolves the speaker after the inverted cue at v: a
// name that a description comes before ("said glaciologist Ada Renn"),
// else the noun phrase after the cue, with the role of an appositive
// after it.
func (a *article) invertedSpeaker(toks []tok, v int) (*Speaker, bool) {
	np, role := invertedName(toks, v+1)
	if len(np) == 0 {
		np = rightNP(toks, v+1)
	}
	end := v + 1
	if len(np) > 0 {
		end = startOf(toks, np) + len(np)
	}
	if len(np) == 1 && (np[0].lower == "its" || np[0].lower == "their" || np[0].lower == "his" || np[0].lower == "her") {
		// "said its branch chair, Dr Omar Siddiq": the role after the
		// possessive, then the name.
		k := end
		for k < len(toks) && k-end < 4 && !toks[k].punct && !toks[k].cap && toks[k].quote == 0 {
			k++
		}
		if k > end && k < len(toks) && toks[k].text == "," {
			np, end = toks[end-1:k], k
		}
	}
	if name := nameAfterComma(toks, end); len(np) > 0 && !np[len(np)-1].cap && len(name) > 0 {
		// "said the chamber's president, Ingrid Haller.": the role,
		// then the name.
		a.note.set(toks[v].text, v, name)
		return a.resolve(name, joinText(np))
	}
	if r := appositive(toks, end); r != "" || role == "" {
		role = r
	}
	a.note.set(toks[v].text, v, np)
	return a.resolve(np, role)
}

// invertedFinite reports a cue's -s form just after a quotation, or after
// a comma that ends a clause, with a name after it that ends the clause,
// whatever its tag: an inverted verb ("..., reports Vell Radio.", `"...," comments Ola Brandt
// in a statement`), never the plural noun.
func invertedFinite(toks []tok, v int) bool {
	if !afterQuotation(toks, v) || lemmaOf(toks[v].lower) == toks[v].lower || toks[v].lower[len(toks[v].lower)-1] != 's' {
		return false
	}
	quoted := toks[v-1].quote > 0 || v >= 2 && toks[v-2].quote > 0
	if !quoted && !finiteBefore(toks, v-1) {
		return false // "The lawsuit, filed on Tuesday, accuses Varga of ...": its subject is before
	}
	name, _ := invertedName(toks, v+1)
	return len(name) > 0
}

// finiteBefore reports a finite verb before word end: a clause the cue
// after it reports.
func finiteBefore(toks []tok, end int) bool {
	for _, t := range toks[:end] {
		if finiteTag(t.tag) {
			return true
		}
	}
	return false
}

// accordingToNamed resolves the name after "according to" (at i) that the
// noun phrase at `at` does not give by itself: a name that a description
// comes before ("according to the state-run Vell News Agency"), or a name
// in the appositive after a role ("According to his aunt, Jane Starner,
// ...").
func (a *article) accordingToNamed(toks []tok, i, at int, np []tok) (*Speaker, bool) {
	if name, role := invertedName(toks, at); len(name) > 0 && len(name) != len(np) {
		a.note.set("according to", i, name)
		return a.resolve(name, role)
	}
	end := at
	for end < len(toks) && end-at < maxRoleBeforeName && !toks[end].punct && toks[end].quote == 0 {
		end++
	}
	if end == at || end >= len(toks) || toks[end].text != "," {
		return nil, false
	}
	role := toks[at:end]
	k := end + 1
	for k < len(toks) && !toks[k].punct && toks[k].quote == 0 {
		k++
	}
	if k >= len(toks) || toks[k].text != "," || !isName(toks[end+1:k]) {
		return nil, false
	}
	a.note.set("according to", i, toks[end+1:k])
	return a.resolve(toks[end+1:k], joinText(dropDeterminers(role)))
}

// maxRoleBeforeName is how many words the role after "according to" may
// hold before the name in its appositive ("his aunt").
const maxRoleBeforeName = 4

// nameAfterComma returns the name of two to four capitalised words that
// follows a comma at i and ends the sentence or its clause ("...,
// Ingrid Haller." after "said the chamber's president"), or nil.
func nameAfterComma(toks []tok, i int) []tok {
	if i >= len(toks) || toks[i].text != "," {
		return nil
	}
	start := i + 1
	for start < len(toks) && titles[toks[start].lower] {
		start++ // "Dr Livia Banner"
	}
	j := start
	for j < len(toks) && toks[j].cap && toks[j].quote == 0 && !toks[j].punct {
		j++
	}
	if n := j - start; n < 2 || n > 4 || j < len(toks) && !toks[j].punct {
		return nil
	}
	return toks[start:j]
}
