package summarize

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// A dispute's topic is what a reader would call the point at stake: the
// noun phrase of the word the two sides share ("automation plan", "pay
// offer", "number of voting centres"), found by part of speech, not a
// single word and never a verb's form ("calling", "proposed"). When the
// shared word is not a noun in either statement, the noun the two
// statements share that weighs most names the point instead.

// maxTopicWords is the longest topic phrase: a head noun, two modifiers
// and an "of" phrase of two words.
const maxTopicWords = 5

// taggedWords are a sentence's words with their parts of speech.
type taggedWords struct {
	toks []lex.Token
	tags []tag.Tag
}

func tagged(text string) taggedWords {
	toks := lex.Tokens(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return taggedWords{toks: toks, tags: tag.Words(words)}
}

// all returns the indexes of the tokens written as w (lower case).
func (s taggedWords) all(w string) []int {
	var out []int
	for i, t := range s.toks {
		if t.Lower == w || strings.TrimSuffix(t.Lower, "'s") == w {
			out = append(out, i)
		}
	}
	return out
}

// commonNoun reports a common noun (NN, NNS) written in lower case, or
// opening the sentence.
func (s taggedWords) commonNoun(i int) bool {
	t := s.tags[i]
	return (t == tag.NN || t == tag.NNS) && (!s.toks[i].Capitalized || s.toks[i].SentenceStart)
}

// nounPhrase returns the noun phrase the word at i heads or modifies,
// lower case, and the index of its first word, or "" when the word is no
// common noun: the nouns after it
// that it modifies up to the head ("pay offer"), up to two adjectives or
// nouns before it ("final automation plan"), and after a head that only
// measures ("number", "share") its "of" phrase ("number of voting
// centres").
func (s taggedWords) nounPhrase(i int) (string, int) {
	if i < 0 || !s.commonNoun(i) {
		return "", i
	}
	head := i
	// A plural ends a compound ("passengers" in "held passengers
	// hostage"); a singular noun may modify the noun after it ("pay
	// offer").
	for head+1 < len(s.toks) && s.tags[head] == tag.NN && s.commonNoun(head+1) && !s.toks[head+1].SentenceStart &&
		!emptyHead(s.toks[head+1].Lower) {
		head++
	}
	first := i
	for first > 0 && i-first < 2 && s.premodifier(first-1) {
		first--
	}
	last := head
	if measureNouns[s.toks[head].Lower] && head+2 < len(s.toks) && s.toks[head+1].Lower == "of" {
		j := head + 2
		for j < len(s.toks) && j-head <= 3 && (s.tags[j].Adjective() || s.tags[j] == tag.VBG) && j+1 < len(s.toks) {
			j++
		}
		if j < len(s.toks) && s.commonNoun(j) {
			last = j
		}
	}
	if last == head && emptyHead(s.toks[head].Lower) {
		return "", i // "thousands of people", "48 hours"
	}
	if last-first+1 > maxTopicWords {
		first = last - maxTopicWords + 1
	}
	words := make([]string, 0, last-first+1)
	for _, t := range s.toks[first : last+1] {
		words = append(words, t.Lower)
	}
	return strings.Join(words, " "), first
}

// premodifier reports a word that may modify the noun after it in a
// topic: an adjective or a common noun, in lower case, that takes no
// stance and is not vague ("automation", "final"; not "not", "false",
// "many").
func (s taggedWords) premodifier(i int) bool {
	t := s.toks[i]
	if t.Capitalized || len(t.Lower) < 3 || lex.IsStop(t.Lower) || isFigure(t.Lower) || vagueWords[t.Lower] ||
		reportingWords[t.Lower] || lex.StanceOf(t.Lower) != lex.NoStance || strings.HasSuffix(t.Lower, "'s") {
		return false
	}
	return s.tags[i] == tag.JJ || s.tags[i] == tag.NN
}

// emptyHead reports a noun that heads no point: a vague word, a span of
// time or a round number ("people", "hours", "thousands").
func emptyHead(w string) bool { return vagueWords[w] || emptyHeads[w] }

var emptyHeads = map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "minute": true,
	"minutes": true, "night": true, "morning": true, "evening": true, "decade": true, "decades": true,
	"thousands": true, "millions": true, "hundreds": true, "dozens": true, "billions": true}

// measureNouns measure or count what their "of" phrase names.
var measureNouns = map[string]bool{"number": true, "share": true, "level": true, "levels": true, "size": true,
	"rate": true, "cost": true, "price": true, "amount": true, "value": true, "scale": true, "count": true,
	"percentage": true, "proportion": true, "change": true, "terms": true, "use": true, "cut": true, "cuts": true}

// topicPhrase names the point two statements share through a word (wa as
// a writes it, wb as b does, lower case), or "" when the word is a noun in
// neither: of the noun phrases it stands in, the longest that both
// statements write ("material breach"); else the shortest of two words or
// more that one writes ("peace plan"); else the word.
func topicPhrase(a, b taggedWords, wa, wb string) string {
	type phrase struct {
		text     string
		nounMods int // modifiers that are nouns: "peace plan" says which plan, "revised plan" only how
	}
	var phrases []phrase
	for _, s := range []struct {
		t taggedWords
		w string
	}{{a, wa}, {b, wb}} {
		for _, i := range s.t.all(s.w) {
			if p, first := s.t.nounPhrase(i); p != "" {
				n := 0
				for k := first; k < i; k++ {
					if s.t.tags[k] == tag.NN {
						n++
					}
				}
				phrases = append(phrases, phrase{p, n})
			}
		}
	}
	if len(phrases) == 0 {
		return ""
	}
	la, lb := " "+lowerText(a)+" ", " "+lowerText(b)+" "
	both := ""
	var one *phrase
	for k, p := range phrases {
		ws := strings.Fields(p.text)
		// The phrase and its shorter forms without leading modifiers.
		for j := range ws {
			q := strings.Join(ws[j:], " ")
			if strings.Contains(la, " "+q+" ") && strings.Contains(lb, " "+q+" ") && len(q) > len(both) {
				both = q
			}
		}
		if len(ws) < 2 {
			continue
		}
		if one == nil || len(ws) < len(strings.Fields(one.text)) ||
			len(ws) == len(strings.Fields(one.text)) && p.nounMods > one.nounMods {
			one = &phrases[k]
		}
	}
	switch {
	case strings.Contains(both, " "):
		return both
	case one != nil:
		return one.text
	case both != "":
		return both
	}
	return phrases[0].text
}

// lowerText is the sentence's words, lower case, joined by spaces.
func lowerText(s taggedWords) string {
	ws := make([]string, len(s.toks))
	for i, t := range s.toks {
		ws[i] = t.Lower
	}
	return strings.Join(ws, " ")
}
