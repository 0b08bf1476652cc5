package summarize

import (
	"strings"

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
	posState    // a participle graded as an adjective ("very moved"): a state, not an act
)

var posMemo = lex.NewStoryMemo[map[string]uint8](stanceMemoBytes, stanceArticleBytes)

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
			case gradedParticiple(s, i):
				out[t.Lower] |= posState
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

// gradedParticiple reports a past participle graded by an adverb of
// degree ("very moved", "deeply concerned"): an adjective of the state of
// its subject, not the act of its verb.
func gradedParticiple(s taggedWords, i int) bool {
	return i > 0 && (s.tags[i] == tag.VBN || s.tags[i] == tag.VBD || s.tags[i] == tag.JJ && strings.HasSuffix(s.toks[i].Lower, "ed")) &&
		lex.Degree(s.toks[i-1].Lower)
}

// oneSense reports two statements that use the word of a point in one
// sense: not one form in two parts of speech, as "the dead included two
// children" (a noun) and "the ceasefire is not dead" (an adjective), or
// "has no vote" and "will vote", and not a noun that only modifies
// another in one ("cell housing") and heads a noun phrase in the other
// ("the cells"), and not a word that is no noun, verb or adjective in one
// ("wrote back", "declined later"); nor a word both use only as a verb
// when one of them says of it no object it is done to ("I can't sing
// like that" and "I'm going to sing the song"; "had been held at $6
// million" and "had held six meetings"; "I don't know whether"): what
// an act is done to is the point at stake ("found no fault", "found a
// design flaw", "pointing to the overruns"), and without it two
// speakers speak each of their own act; nor a participle
// graded as a state in one ("he was very moved") and a noun or verb in
// the other ("the unilateral move"). Two forms of one stem ("territory",
// "territorial") are otherwise taken as one sense.
func oneSense(a, b, topic string) bool {
	pa, pb := partsOfSpeech(a, topic), partsOfSpeech(b, topic)
	if len(pa) == 0 || len(pb) == 0 {
		return false // an adverb or a particle in one ("wrote back"): it names no point
	}
	if modifierOnly(pa, pb) || modifierOnly(pb, pa) {
		return false
	}
	if otherCompounds(a, b, topic) {
		return false // "the exam hall" and "city hall"
	}
	if mediumOf(a, topic) || mediumOf(b, topic) {
		return false // "wrote in a post on X": how it was said, not what
	}
	if !sharesForm(pa, pb) && union(pa) == posNoun && union(pb) == posNoun && ingOnly(pa) != ingOnly(pb) {
		return false // "the ruling" and "the rules": two words of one stem
	}
	if !sharesForm(pa, pb) && (agentOf(pa, pb) || agentOf(pb, pa)) {
		return false // "the train's event recorder" and "no record of any fault": a device and a record
	}
	ua, ub := union(pa), union(pb)
	if ua == posVerb && ub == posVerb && !(actOn(a, topic) && actOn(b, topic)) {
		return false // an act both speak of: "know whether", "sing like that", "was held at"
	}
	if (ua == posState) != (ub == posState) {
		return false // a state in one, a thing or an act in the other
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
	ua, ub := union(a), union(b)
	return ua == posModifier && ub&posNoun != 0 && ub&posModifier == 0
}

// actOn reports a statement that uses the word of a point as a verb
// with a noun object right after it ("found no fault", "sing the song"),
// not alone, in the passive or before a clause ("sing like that", "was
// held at", "know whether").
func actOn(text, topic string) bool {
	s := tagged(text)
	for i, t := range s.toks {
		if stemOf(t.Lower) != topic || !s.tags[i].Verb() || passive(s, i) {
			continue
		}
		k := i + 1
		for k < len(s.toks) && s.tags[k].Adverb() && s.toks[k].Lower != "no" {
			k++ // "pointing instead to"
		}
		if k+1 < len(s.toks) && complementPrepositions[s.toks[k].Lower] {
			if s.toks[k].Lower == "to" && s.tags[k+1].Verb() {
				return true // an infinitive, or a noun the tagger reads as one ("pointing to overruns")
			}
			k++ // the object of a prepositional verb: "pointing to the overruns"
		}
		if k < len(s.toks) && nounOpener(s, k) {
			return true
		}
	}
	return false
}

// complementPrepositions take the object of a prepositional verb
// ("point to", "rely on"); "like" or "as" compares, and takes none.
var complementPrepositions = map[string]bool{"to": true, "on": true, "at": true, "with": true, "for": true,
	"about": true, "into": true, "from": true, "over": true, "against": true}

// nounOpener reports a word that opens a noun phrase: a determiner, a
// possessive, a figure, a noun or an adjective, and "no" whatever tag it
// is given.
func nounOpener(s taggedWords, k int) bool {
	tg := s.tags[k]
	return tg == tag.DT || tg == tag.PRPS || tg == tag.CD || tg.Noun() || tg.Adjective() || s.toks[k].Lower == "no"
}

// union is every part of speech a statement gives the word of a point.
func union(m map[string]uint8) uint8 {
	var u uint8
	for _, x := range m {
		u |= x
	}
	return u
}

// otherCompounds reports a word that heads, in each statement, a compound
// of nouns whose modifiers differ ("exam hall" and "city hall", "bank
// records" and "police records"): two things, no one point. A statement
// that writes the word bare ("the hall") may speak of either.
func otherCompounds(a, b, topic string) bool {
	ma, bareA := compoundModifiers(a, topic)
	mb, bareB := compoundModifiers(b, topic)
	if bareA || bareB || len(ma) == 0 || len(mb) == 0 {
		return false
	}
	for m := range ma {
		if mb[m] {
			return false
		}
	}
	return true
}

// compoundModifiers returns the nouns just before each use of topic as a
// noun in text, and whether some use has none.
func compoundModifiers(text, topic string) (map[string]bool, bool) {
	s := tagged(text)
	mods, bare := map[string]bool{}, false
	for i, t := range s.toks {
		if stemOf(t.Lower) != topic || !s.tags[i].Noun() {
			continue
		}
		if i > 0 && s.tags[i-1].Noun() && !strings.HasSuffix(s.toks[i-1].Lower, "'s") && !s.toks[i-1].SentenceStart {
			mods[stemOf(s.toks[i-1].Lower)] = true
		} else {
			bare = true
		}
	}
	return mods, bare
}

// sharesForm reports a form of the word both statements write.
func sharesForm(pa, pb map[string]uint8) bool {
	for f := range pa {
		if _, ok := pb[f]; ok {
			return true
		}
	}
	return false
}

// agentOf reports forms of one statement that are the agent nouns of the
// other's ("recorder" of "record", "operator" of "operate"): the thing or
// person that does it, another word than what it does or makes.
func agentOf(pa, pb map[string]uint8) bool {
	for f := range pa {
		for g := range pb {
			for _, suf := range []string{"er", "or", "r"} {
				if base, ok := strings.CutSuffix(f, suf); ok && len(base) >= 3 && (base == g || base == strings.TrimSuffix(g, "s") || base+"e" == g) {
					return true
				}
			}
		}
	}
	return false
}

// ingOnly reports forms that all end in "-ing": a noun made of a verb
// ("ruling", "hearing", "funding") is another word than its stem's own
// noun ("rules", "hear", "funds").
func ingOnly(forms map[string]uint8) bool {
	for f := range forms {
		if !strings.HasSuffix(f, "ing") {
			return false
		}
	}
	return len(forms) > 0
}

// mediumNouns name the means a statement was made by.
var mediumNouns = map[string]bool{"statement": true, "interview": true, "post": true, "letter": true, "email": true,
	"tweet": true, "message": true, "video": true, "briefing": true, "speech": true, "broadcast": true,
	"podcast": true, "memo": true, "release": true, "conference": true, "call": true}

// mediumOf reports topic used as the medium of a statement in text: a
// medium noun after "in a" or "in his" ("said in a statement", "wrote in
// a post on X", "told reporters in a briefing").
func mediumOf(text, topic string) bool {
	toks := lex.Tokens(text)
	for i := 2; i < len(toks); i++ {
		w := toks[i].Lower
		if !mediumNouns[w] || stemOf(w) != topic || toks[i-2].Lower != "in" {
			continue
		}
		switch toks[i-1].Lower {
		case "a", "an", "his", "her", "its", "their", "the":
			return true
		}
	}
	return false
}
