package attrib

import "strings"

// A sentence's subject need not open it: a phrase set off by a comma may
// come first, an adverbial ("As it turned out, Holm had ...", "Last
// spring, Ines Marr moved ...") or an appositive that describes the
// subject ("A quiet woman in her sixties, Ines Marr lives ..."). The name
// right after that comma, with a verb after it, is the subject the next
// sentence's pronoun most likely stands for.

// maxOpeningWords bounds the phrase before a fronted subject.
const maxOpeningWords = 14

// afterOpeningPhrase reports a name toks[start:end] that follows a phrase
// opening the sentence and closed by a comma, and is the subject of the
// verb after it: the phrase begins with an adverbial opener or an
// indefinite article, names no one (capitalised words in it are dates),
// and the name is followed by a lower-case word other than a connector,
// or by a closed appositive or relative clause ("Tomas Ekberg, who runs
// the cafe, could see ...").
func afterOpeningPhrase(toks []tok, start, end int) bool {
	if start < 2 || start > maxOpeningWords || end >= len(toks) || toks[start-1].text != "," || possessiveTok(toks[end-1]) {
		return false // "After the vote, Brun's deputy ...": the deputy is the subject
	}
	first := toks[0].lower
	if !openers[first] && !isAdverb(first) && first != "a" && first != "an" {
		return false
	}
	if prev := toks[start-2]; !prev.cap && (personRoles[prev.lower] || roleWords[prev.lower] || counselNouns[prev.lower]) {
		return false // "Asked by her barrister, Jonas Pell, how she felt": the barrister's name, not the subject
	}
	for _, t := range toks[1 : start-1] {
		if t.quote > 0 || t.cap && !t.punct && !nonNames[t.lower] || t.punct && t.text != "," {
			return false // a quotation, a name or a clause's end: not one opening phrase
		}
	}
	next := end
	if toks[next].text == "," && closedAppositive(toks, next) {
		for next++; next < len(toks) && toks[next].text != ","; next++ {
		}
		next++ // past the comma that closes the appositive
	}
	if next >= len(toks) {
		return false
	}
	t := toks[next]
	return !t.cap && !t.punct && t.quote == 0 && !isConnector(t.lower) && t.lower != "or"
}

// possessiveTok reports a word in the possessive ("Brun's", "Brun’s").
func possessiveTok(t tok) bool {
	return strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s")
}
