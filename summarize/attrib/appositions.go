package attrib

// A chain of appositives between a subject and its cue: "Lt. Mira Sandor,
// a spokeswoman for Operation Lantern, the joint patrol against smugglers,
// told ...", "Ada Renn, a fellow at the Harrow Institute in Vell, Tarnland,
// and co-author of the report, said ...", "Olaf Brandt — whose mother ran
// the union — promised ...". The subject opens the clause (after a
// quotation or an opening phrase); every stretch after it, up to the cue,
// describes it and holds no finite verb of its own, unless it is a relative
// clause.

import "github.com/storybot/storybot/summarize/tag"

// dashes set off an appositive or a relative clause like a pair of commas.
var dashes = setOf("—", "–")

// maxChainWords is how far before its cue the subject of an appositive
// chain may stand.
const maxChainWords = 60

// maxOpeners is how many opening phrases ("In Vell,", "On Monday,") may
// come before the subject of a chain.
const maxOpeners = 2

// segment is a stretch of a sentence between commas or dashes: words
// [from, to).
type segment struct{ from, to int }

// chain is the subject of a cue found past the appositives between them.
type chain struct {
	name []tok  // the speaker
	role string // the role the first appositive gives
	// appositives is how many stretches stand between the subject and
	// the cue.
	appositives int
	// leader is true when the speaker is the person an appositive says
	// leads the subject ("a group of senators, led by Ada Renn,").
	leader bool
	// postFirst is true when the chain opens with a post and then its
	// holder's name ("Its spokeswoman, Dana Korvel, whose son ...,").
	postFirst bool
}

// appositiveChain finds the subject of the cue whose comma or dash is at
// i, with the appositives between them.
func appositiveChain(toks []tok, i int) (chain, bool) {
	segs, ok := chainSegments(toks, i)
	if !ok {
		return chain{}, false
	}
	at := 0
	for at < len(segs)-1 && at < maxOpeners && opener(toks, segs[at]) {
		at++
	}
	name, role, next, ok := chainSubject(toks, segs, at)
	if !ok || next >= len(segs) {
		return chain{}, false
	}
	postFirst := role != "" && next == at+2
	relative := false // within a relative clause an age or a verb goes on with it
	for _, s := range segs[next:] {
		if relative && (ageSegment(toks, s) || finiteTag(toks[s.from].tag)) {
			continue // "Amira Solheit, whose brother Jonas, 27, was on board, said"
		}
		if !describes(toks, s) {
			return chain{}, false
		}
		relative = relativeOpeners[toks[s.from].lower]
	}
	if leader := ledBy(toks, segs[next]); len(leader) > 0 && !isName(name) {
		// "a group of senators, led by Sen. Ada Renn, urged": the group
		// speaks through the person who leads it.
		return chain{name: leader, role: joinText(dropDeterminers(name)), appositives: len(segs) - next, leader: true}, true
	}
	if role == "" {
		role = roleText(dropDeterminers(toks[segs[next].from:segs[next].to]))
	}
	return chain{name: name, role: role, appositives: len(segs) - next, postFirst: postFirst}, true
}

// leaderVerbs say who leads a group in an appositive: "led by", "headed by".
var leaderVerbs = setOf("led", "headed", "chaired", "spearheaded")

// ledBy returns the name of the person a segment says leads the subject
// ("led by Sen. Ada Renn (D-Vell)"), without the title, or nil.
func ledBy(toks []tok, s segment) []tok {
	if s.to-s.from < 3 || !leaderVerbs[toks[s.from].lower] || toks[s.from+1].lower != "by" {
		return nil
	}
	var name []tok
	for k := s.from + 2; k < s.to && (toks[k].cap || toks[k].text == "."); k++ {
		if toks[k].text == "." || k+1 < s.to && toks[k+1].text == "." {
			continue // "Sen."
		}
		name = append(name, toks[k])
	}
	if len(name) == 0 || len(name) > 4 {
		return nil
	}
	return name
}

// chainSegments splits the clause that ends at i into segments at commas
// and dashes, a pair of dashes holding one segment whatever commas are
// inside it. The clause starts after the last quotation before i.
func chainSegments(toks []tok, i int) ([]segment, bool) {
	start := 0
	for j := i - 1; j >= 0; j-- {
		if toks[j].quote > 0 {
			start = j + 1
			break
		}
	}
	for start < i && toks[start].text == "," {
		start++
	}
	if i-start > maxChainWords || start >= i {
		return nil, false
	}
	end := i
	var last []segment
	if dashes[toks[i].text] {
		// "Olaf Brandt — whose mother, a docker, ran the union —
		// promised": the dash before the cue closes a pair.
		for o := i - 1; o > start; o-- {
			if dashes[toks[o].text] {
				end, last = o, []segment{{o + 1, i}}
				break
			}
		}
	}
	segs, ok := splitSegments(toks, start, end)
	segs = append(segs, last...)
	return segs, ok && len(segs) >= 2
}

// splitSegments splits words [start, end) at commas and dashes.
func splitSegments(toks []tok, start, end int) ([]segment, bool) {
	var segs []segment
	from := start
	for j := start; j < end; j++ {
		t := toks[j]
		switch {
		case dashes[t.text]:
			if close := closingDash(toks, j, end); close > 0 {
				segs = appendSegment(segs, from, j)
				segs = appendSegment(segs, j+1, close)
				from, j = close+1, close
				continue
			}
			segs = appendSegment(segs, from, j)
			from = j + 1
		case t.text == ",":
			segs = appendSegment(segs, from, j)
			from = j + 1
		case t.punct && t.text != "." && t.text != "(" && t.text != ")":
			return nil, false
		}
	}
	return appendSegment(segs, from, end), true
}

// closingDash returns the dash that closes the one at j before end, or 0.
func closingDash(toks []tok, j, end int) int {
	for k := j + 1; k < end; k++ {
		if dashes[toks[k].text] {
			return k
		}
	}
	return 0
}

func appendSegment(segs []segment, from, to int) []segment {
	if to > from {
		segs = append(segs, segment{from, to})
	}
	return segs
}

// opener reports a segment that opens the sentence without being its
// subject: a prepositional or adverbial phrase ("In Vell", "Meanwhile").
func opener(toks []tok, s segment) bool {
	t := toks[s.from]
	return t.tag == tag.IN || t.tag == tag.WRB || t.tag.Adverb() || sentenceAdverbs[t.lower]
}

// chainSubject returns the subject at segs[at]: a capitalised noun phrase
// filling the segment (a title before it: "Cmdr. Sean Tello"), or a role
// with the name after it ("the union leader, Ada Renn"). It also returns
// the role and the first segment after the subject.
func chainSubject(toks []tok, segs []segment, at int) ([]tok, string, int, bool) {
	if at >= len(segs) {
		return nil, "", 0, false
	}
	s := segs[at]
	if at+1 < len(segs) && roleOpening(toks[s.from:s.to]) {
		if n := segs[at+1]; isName(toks[n.from:n.to]) {
			// "Its spokeswoman, Dana Korvel, whose son is held, said": the
			// post, then the name of its holder.
			return toks[n.from:n.to], roleText(toks[s.from:s.to]), at + 2, true
		}
	}
	if np := collectLeft(toks, s.to-1); len(np) > 0 && (hasCap(np) || headNoun(np[len(np)-1].lower)) &&
		titledFrom(toks, s.from, startOf(toks, np)) {
		return np, "", at + 1, true
	}
	if np := toks[s.from:s.to]; ofPhrase(np) && len(segs) > at+1 && ledBy(toks, segs[at+1]) != nil {
		return np, "", at + 1, true // "a group of Vell councillors, led by"
	}
	if at+1 < len(segs) && !toks[s.from].cap && isName(toks[segs[at+1].from:segs[at+1].to]) {
		n := segs[at+1]
		return toks[n.from:n.to], roleText(dropDeterminers(toks[s.from:s.to])), at + 2, true
	}
	return nil, "", 0, false
}

// ofPhrase reports words that make a noun phrase by their tags, "of"
// allowed inside: "a group of Vell councillors".
func ofPhrase(ts []tok) bool {
	for _, t := range ts {
		if t.lower != "of" && !nounPhrase([]tok{t}) {
			return false
		}
	}
	return len(ts) > 0 && ts[len(ts)-1].tag.Noun()
}

// titledFrom reports that the words from `from` up to the noun phrase at
// np are nothing, a determiner and modifiers or a title with its dot
// ("Cmdr.", "Sen.").
func titledFrom(toks []tok, from, np int) bool {
	if np < from {
		return false
	}
	for k := from; k < np; k++ {
		if premodifierTag(toks[k].tag) || toks[k].tag == tag.NN {
			continue // "The harbour board", "the joint patrol"
		}
		if !toks[k].cap && toks[k].text != "." {
			return false
		}
	}
	return true
}

// describes reports a segment that can describe the subject before it: a
// relative clause ("who chairs the board"), or a phrase with no finite
// verb and no clause opener ("a fellow at the Harrow Institute", "and
// co-author of the report"), never a second name joined by "and".
// relativeOpeners open a relative clause set off by commas.
var relativeOpeners = setOf("who", "whose", "which")

// ageSegment reports a stretch that is only a number, a person's age
// ("Jonas, 27,").
func ageSegment(toks []tok, s segment) bool {
	return s.to-s.from == 1 && startsFigure(toks[s.from].text)
}

func describes(toks []tok, s segment) bool {
	first := toks[s.from]
	switch first.lower {
	case "who", "whose", "which":
		return true
	case "and", "or":
		if s.to-s.from > 1 && toks[s.from+1].cap {
			return false // "..., and Piet Alder said": a second speaker
		}
	}
	for k := s.from; k < s.to; k++ {
		t := toks[k]
		if t.quote > 0 || finiteTag(t.tag) || clauseWords[t.lower] && t.lower != "and" && t.lower != "or" {
			return false
		}
	}
	return true
}

// chainOnly returns the subject of an appositive chain that ends at the
// comma at i, or false.
func chainOnly(toks []tok, i int) ([]tok, string, bool) {
	c, ok := appositiveChain(toks, i)
	return c.name, c.role, ok
}
