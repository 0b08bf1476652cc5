package attrib

import "github.com/storybot/storybot/summarize/tag"

// A subject separated from its cue by parentheticals between commas:
// "Dairy farmers, like Tomas Eld, who runs a herd near Kell, say the
// price is too low." The speaker is the noun phrase before the first
// comma; what stands between the commas only illustrates or describes
// it.

// exampleOpeners open a parenthetical that gives an example of the noun
// phrase before it ("like Tomas Eld", "such as the Vell union",
// "including two mayors").
var exampleOpeners = setOf("like", "including", "notably", "especially", "particularly", "among")

// determiners may open a subject noun phrase.
var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their")

// maxParenthetical is how many words a parenthetical between commas may
// hold.
const maxParenthetical = 30

// parentheticalSubject finds the subject of the cue at v when one or
// more parentheticals between commas stand between them: examples ("like
// X", "such as X", "including X"), relative clauses ("who spoke on
// Sunday", "which represents growers") and, after a name, an indefinite
// appositive ("a councillor from Kell"). It returns the noun phrase
// before the first comma, or nil when what stands between the commas is
// no parenthetical or the phrase before them is no subject.
func parentheticalSubject(toks []tok, v int) []tok {
	i := v - 1
	for i >= 0 && !toks[i].punct && !toks[i].cap && isAdverb(toks[i].lower) {
		i--
	}
	if i < 0 || toks[i].text != "," {
		return nil
	}
	skipped := 0
	for {
		k := i - 1
		for k >= 0 && toks[k].text != "," && !clauseEnd(toks[k]) && toks[k].quote == 0 && i-k <= maxParenthetical {
			k--
		}
		if k >= 0 && toks[k].text != "," && !clauseEnd(toks[k]) {
			return nil // a quotation, or too long to be a parenthetical
		}
		seg := toks[k+1 : i]
		if len(seg) == 0 {
			return nil
		}
		if parenthetical(seg) {
			if k < 0 || toks[k].text != "," {
				return nil // the sentence opens with it: no subject before it
			}
			skipped++
			i = k
			continue
		}
		if skipped == 0 {
			return nil
		}
		if k >= 0 && toks[k].text == "," && indefiniteRole(seg) {
			// "Ada Renn, a councillor from Kell, who ...,": the role
			// follows the name.
			if name := clauseNP(toks[:k]); isName(name) {
				return name
			}
		}
		if k >= 0 && toks[k].text == "," && !clauseConjunctions[seg[0].lower] && !introductory(toks[:k]) {
			return nil // an opening clause before the subject
		}
		return subjectPhrase(seg)
	}
}

// clauseConjunctions open a clause after a comma, its subject next:
// "The price fell, and the growers, who ..., say".
var clauseConjunctions = setOf("and", "but", "yet", "while", "whereas", "although", "though", "because")

// introductory reports an opening phrase that the sentence starts with,
// before its subject: a prepositional phrase or adverb with no finite
// verb ("On Sunday", "In Kell", "Meanwhile").
func introductory(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 8 || !(ts[0].tag == tag.IN || ts[0].tag == tag.RB) {
		return false
	}
	for _, t := range ts {
		if t.punct || t.quote > 0 || finiteTag(t.tag) {
			return false
		}
	}
	return true
}

// pluralBeforeParenthetical reports a cue in its base form at v whose
// subject is a plural noun before parentheticals: "Growers, like Tomas
// Eld, say".
func pluralBeforeParenthetical(toks []tok, v int) bool {
	ps := parentheticalSubject(toks, v)
	return len(ps) > 0 && pluralSubjectEnd(ps[len(ps)-1])
}

// clauseEnd reports a mark that ends a clause before a subject.
func clauseEnd(t tok) bool {
	return t.punct && t.text != "," && !appositivePunct[t.text]
}

// parenthetical reports words between commas that illustrate or describe
// the phrase before them, or link the sentence to the one before ("for
// their part", "however"), rather than go on with the sentence.
func parenthetical(seg []tok) bool {
	first := seg[0].lower
	switch {
	case exampleOpeners[first]:
		return len(seg) > 1
	case first == "such" && len(seg) > 2 && seg[1].lower == "as":
		return true
	case first == "who" || first == "which" || first == "whose":
		return len(seg) > 1
	case len(seg) == 3 && first == "for" && possessiveDeterminers[seg[1].lower] && seg[2].lower == "part":
		return true // "Tarvonian officials, for their part, say"
	case len(seg) == 1 && discourseAdverbs[first], len(seg) == 2 && first == "in" && seg[1].lower == "turn":
		return true // "The union, however, says"
	}
	return false
}

// discourseAdverbs link a sentence to the one before from between
// commas after its subject ("The union, however, says").
var discourseAdverbs = setOf("however", "meanwhile", "though", "too", "instead", "nevertheless", "nonetheless", "moreover", "meantime")

// indefiniteRole reports an appositive that describes a person by an
// indefinite noun phrase: "a councillor from Kell".
func indefiniteRole(seg []tok) bool {
	return (seg[0].lower == "a" || seg[0].lower == "an") && len(seg) > 1 && !clauseSegment(seg)
}

// clauseNP returns the words of the clause that ends the slice, after a
// leading conjunction: the whole subject, modifiers and all.
func clauseNP(toks []tok) []tok {
	j := len(toks)
	for j > 0 && !toks[j-1].punct && toks[j-1].quote == 0 {
		j--
	}
	return subjectPhrase(toks[j:])
}

// subjectPhrase returns a clause's opening words as a subject noun phrase,
// without a conjunction or sentence adverb before it ("But conservative
// growers" -> "conservative growers"), or nil when they are no noun
// phrase (a clause, a prepositional phrase, a pronoun's object).
func subjectPhrase(seg []tok) []tok {
	for len(seg) > 0 && sentenceAdverbs[seg[0].lower] {
		seg = seg[1:]
	}
	if len(seg) == 0 || len(seg) > 8 || clauseSegment(seg) {
		return nil
	}
	for _, t := range seg {
		if t.quote > 0 || t.punct && !appositivePunct[t.text] {
			return nil
		}
	}
	if isFunctionWord(seg[0].lower) && !determiners[seg[0].lower] {
		return nil // "In Kell", "After the vote"
	}
	last := seg[len(seg)-1]
	if !(last.cap || last.tag.Noun() || headNoun(last.lower) || groupPlural(last.lower) || roleWords[last.lower] ||
		personPronouns[last.lower] || bodyPronouns[last.lower]) {
		return nil
	}
	return seg
}
