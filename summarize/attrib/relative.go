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
