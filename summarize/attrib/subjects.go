package attrib

// Where a subject is not the name nearest the cue: a name after a post of
// a body between commas ("The head of the Tarn Farmers Union, Ada Renn,
// said"), and a name in a phrase of the scene ("the star witness in the
// trial of Dorian Pask says").

import "slices"

// roleOpening reports a phrase that opens with a post, after its
// determiner: "The head of the Tarn Farmers Union" (before ", Ada Renn,
// said"), whose last word is a name's but which names no one.
func roleOpening(ts []tok) bool {
	ts = dropDeterminers(ts)
	if ownersPost(ts) {
		return true // "Kestria's Interior Minister, Anika Brandt, said": the owner's post, then its holder
	}
	if len(ts) > 0 && ts[0].lower == "our" {
		ts = ts[1:] // "Our reporter in Askeby, Maja Tolle, says": the outlet's own
	}
	prep := slices.IndexFunc(ts, func(t tok) bool { return t.lower == "of" || t.lower == "at" || t.lower == "for" || t.lower == "in" })
	if len(ts) < 3 || prep < 1 || !(personRoles[ts[0].lower] || roleWords[ts[0].lower] && !determiners[ts[0].lower]) {
		return false
	}
	// "The Speaker of the National Assembly": a post may be capitalised
	// when the words before its preposition end in a person's post and
	// name no body ("The Energy Ministry of Vell" is one).
	return !ts[0].cap || personRoles[ts[prep-1].lower] && !slices.ContainsFunc(ts[:prep], func(t tok) bool { return orgHeads[t.lower] })
}

// ownersPost reports an owner, by a possessive ("Kestria's") or a
// possessive determiner ("Its", "their"), then only the words of a post
// ending in a person's ("Interior Minister", "spokeswoman").
func ownersPost(ts []tok) bool {
	i := slices.IndexFunc(ts, possessiveTok)
	if len(ts) > 0 && possessiveDeterminers[ts[0].lower] {
		i = 0
	}
	return i >= 0 && i+1 < len(ts) && personRoles[ts[len(ts)-1].lower] &&
		!slices.ContainsFunc(ts[i+1:], func(t tok) bool { return !roleWords[t.lower] && !personRoles[t.lower] })
}

// objectPrepositions open a phrase whose noun is no subject.
var objectPrepositions = setOf("of", "in", "for", "at", "from", "with", "by", "on", "against", "to")

// sceneLinks tie a person to where they act, not whom they serve: "the
// star witness in the trial of ...".
var sceneLinks = setOf("in", "on", "against", "during", "over")

// prepositionalSubject returns, for a name after the preposition at p,
// the phrase that opens its clause up to its first preposition, when a
// person noun ends it ("The star witness" of "The star witness in the
// trial of former minister Dorian Pask"), or nil.
func prepositionalSubject(toks []tok, p int) []tok {
	c := p
	for c > 0 && !toks[c-1].punct && toks[c-1].quote == 0 {
		c--
	}
	first := c
	for first < p && !objectPrepositions[toks[first].lower] {
		first++
	}
	if first-c < 2 || first > p || !sceneLinks[toks[first].lower] {
		return nil // "A spokesman for the ministry": whom the post serves
	}
	head := toks[first-1]
	if head.cap || determiners[head.lower] || !(personRoles[head.lower] || roleWords[head.lower] || unnamedHeads[head.lower] && !bodyNouns[head.lower]) {
		return nil
	}
	return toks[c:first]
}

// untitledSeg returns a name's words without an abbreviated title and its
// dot before them ("Hana Solvik" of "Dr. Hana Solvik").
func untitledSeg(seg []tok) []tok {
	if len(seg) > 2 && titleDot(seg, 1) {
		return seg[2:]
	}
	return seg
}

// titleDot reports the dot of an abbreviated title or form of address
// at i ("Gov.", "Dr.").
func titleDot(toks []tok, i int) bool {
	return abbreviatedTitleDot(toks, i) || i > 0 && toks[i].text == "." && toks[i-1].cap && personalTitles[toks[i-1].lower]
}

// placeObject reports a phrase at start that a preposition of place
// takes: "into Korva", "east of Korva".
func placeObject(toks []tok, start int) bool {
	if start < 1 {
		return false
	}
	prev := toks[start-1].lower
	return placePrepositions[prev] || prev == "of" && start >= 2 && directions[toks[start-2].lower]
}
