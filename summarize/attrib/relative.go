package attrib

import "github.com/storybot/storybot/summarize/tag"

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

// relativeDescription reports a description that a relative clause ends:
// a common noun, then "that", "which" or "who" and a finite verb ("The
// company that runs the Vell Awards", "the woman who leads the Orrin
// Nurses' Union"). Whatever the clause names is its object, never the
// phrase's head.
func relativeDescription(ts []tok) bool {
	for k := 1; k+1 < len(ts); k++ {
		switch ts[k].lower {
		case "that", "which", "who":
			if !ts[k-1].cap && ts[k-1].tag.Noun() && finiteTag(ts[k+1].tag) {
				return true
			}
		}
	}
	return false
}

// capitalRun reports a short run of capitalised words, a person's or a
// body's name ("Kasia Wren", "Ostrander Foods").
func capitalRun(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 5 {
		return false
	}
	for _, t := range ts {
		if !t.cap || t.punct || t.quote > 0 {
			return false
		}
	}
	return true
}
