package summarize

import (
	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// Whether two statements use the word of a point in one sense, read with
// the part-of-speech tagger (summarize/tag).

// Parts of speech of a point's word in a statement, as bits.
const (
	posNoun = 1 << iota
	posVerb
	posAdjective
	posModifier // a noun that modifies the noun after it ("cell housing")
)

var posMemo = lex.NewMemo[map[string]uint8](stanceMemoBytes)

// partsOfSpeech returns, by the form as written (lower case), the parts
// of speech the tagger gives the words of a statement whose stem is
// topic.
func partsOfSpeech(text, topic string) map[string]uint8 {
	return posMemo.Get(text+"\x00"+topic, func(string) map[string]uint8 {
		s := tagged(text)
		out := map[string]uint8{}
		for i, t := range s.toks {
			if stemOf(t.Lower) != topic {
				continue
			}
			switch tg := s.tags[i]; {
			case tg.Noun() && i+1 < len(s.toks) && s.commonNoun(i+1) && !s.toks[i+1].SentenceStart:
				out[t.Lower] |= posModifier
			case tg.Noun() || nominalAdjective(s, i):
				out[t.Lower] |= posNoun
			case tg.Verb():
				out[t.Lower] |= posVerb
			case tg.Adjective():
				out[t.Lower] |= posAdjective
			}
		}
		return out
	}, func(m map[string]uint8) int { return 48 * len(m) })
}

// nominalAdjective reports an adjective that heads a noun phrase: after
// a determiner, with no noun or adjective after it ("the dead included").
func nominalAdjective(s taggedWords, i int) bool {
	if !s.tags[i].Adjective() || i == 0 || s.tags[i-1] != tag.DT {
		return false
	}
	return i+1 == len(s.tags) || !s.tags[i+1].Noun() && !s.tags[i+1].Adjective()
}

// oneSense reports two statements that use the word of a point in one
// sense: not one form in two parts of speech, as "the dead included two
// children" (a noun) and "the ceasefire is not dead" (an adjective), or
// "has no vote" and "will vote", and not a noun that only modifies
// another in one ("cell housing") and heads a noun phrase in the other
// ("the cells"), and not a word that is no noun, verb or adjective in one
// ("wrote back", "declined later"). Two forms of one stem ("territory",
// "territorial") are otherwise taken as one sense.
func oneSense(a, b, topic string) bool {
	pa, pb := partsOfSpeech(a, topic), partsOfSpeech(b, topic)
	if len(pa) == 0 || len(pb) == 0 {
		return false // an adverb or a particle in one ("wrote back"): it names no point
	}
	if modifierOnly(pa, pb) || modifierOnly(pb, pa) {
		return false
	}
	split := false
	for form, x := range pa {
		y, ok := pb[form]
		if !ok {
			continue
		}
		if x&y != 0 {
			return true
		}
		split = true
	}
	return !split
}

// modifierOnly reports a word that only modifies another noun in one
// statement ("the same cell housing") and heads a noun phrase in the
// other ("no fault in the cells"): the two speak of two things.
func modifierOnly(a, b map[string]uint8) bool {
	var ua, ub uint8
	for _, x := range a {
		ua |= x
	}
	for _, x := range b {
		ub |= x
	}
	return ua == posModifier && ub&posNoun != 0 && ub&posModifier == 0
}
