package summarize

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/parties"
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
	tags := tagMemo.Get(text, func(string) []tag.Tag {
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		return tag.Words(words)
	}, func(tags []tag.Tag) int { return len(text) + 8*len(tags) })
	return taggedWords{toks: toks, tags: tags}
}

// tagMemo keeps the tags of the statements a story's disputes read again
// and again (each pair of claims, each word in common).
var tagMemo = lex.NewMemo[[]tag.Tag](stanceMemoBytes)

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
// time, a round number or a unit of measure ("people", "hours",
// "thousands", "kilometres").
func emptyHead(w string) bool { return vagueWords[w] || emptyHeads[w] }

var emptyHeads = map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "minute": true,
	"minutes": true, "night": true, "morning": true, "evening": true, "decade": true, "decades": true,
	"thousands": true, "millions": true, "hundreds": true, "dozens": true, "billions": true,
	// Units of measure: how far or how much, not what.
	"kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true, "mile": true, "miles": true,
	"metre": true, "metres": true, "meter": true, "meters": true, "tonne": true, "tonnes": true,
	"kilogram": true, "kilograms": true, "litre": true, "litres": true}

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

// summary says in one sentence who disagrees on what, and for a figure
// the values each side gives.
func (d *sideDispute) summary(topic string) string {
	a, b := d.a.c.party, d.b.c.party
	if d.phrase != "" {
		return fmt.Sprintf("%s and %s give different figures for the %s: %s or %s.", a, b, lowerFirst(topic), d.values[0], d.values[1])
	}
	return fmt.Sprintf("%s and %s disagree on %s.", a, b, lowerFirst(topic))
}

// topicName names what a dispute is about: the attribute of a figure, the
// shared word as written, or the side one accuses.
func (d *sideDispute) topicName() string {
	if d.phrase != "" {
		return capitalise(d.phrase)
	}
	if d.quality != "" {
		return capitalise(d.quality)
	}
	if d.topic == "" || d.accused && (d.a.proper[d.topic] || d.b.proper[d.topic]) {
		return "Charges against " + d.b.c.party
	}
	w, ok := d.a.stems[d.topic]
	if !ok {
		w = d.b.stems[d.topic]
	}
	if vagueWords[w] {
		// "city" ties the sides; another word they share names it better.
		best := 0.0
		d.sa.terms.common(d.sb.terms, func(term string, x float64) {
			if word, ok := d.a.stems[term]; ok && !vagueWords[word] && nameable(word) && x > best {
				if _, ok := d.b.stems[term]; ok {
					w, best = word, x
				}
			}
		})
	}
	taggedA, taggedB := tagged(d.sa.st.Text), tagged(d.sb.st.Text)
	wb, ok := d.b.stems[d.topic]
	if !ok || vagueWords[w] {
		wb = w
	}
	if p := topicPhrase(taggedA, taggedB, w, wb); p != "" {
		return capitalise(p)
	}
	// The word is no noun ("calling", "proposed"): the noun the two
	// statements share that weighs most names the point.
	best, noun := 0.0, ""
	d.sa.terms.common(d.sb.terms, func(term string, x float64) {
		xa, okA := d.a.stems[term]
		xb, okB := d.b.stems[term]
		if !okA || !okB || x <= best || vagueWords[xa] || !nameable(xa) || lex.StanceOf(xa) != lex.NoStance {
			return
		}
		if p := topicPhrase(taggedA, taggedB, xa, xb); p != "" {
			best, noun = x, p
		}
	})
	if noun != "" {
		return capitalise(noun)
	}
	// "intensive care": the word and the one after it, when both sides
	// write them so.
	ta, tb := strings.ToLower(d.sa.st.Text), strings.ToLower(d.sb.st.Text)
	for _, t := range []string{ta, tb} {
		toks := lex.Tokens(t)
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Lower != w || lex.IsStop(toks[i+1].Lower) {
				continue
			}
			if phrase := w + " " + toks[i+1].Lower; strings.Contains(ta, phrase) && strings.Contains(tb, phrase) {
				return capitalise(phrase)
			}
		}
	}
	// "automation plan", "pay offer": the word with the modifier one side
	// writes before it.
	for _, t := range []string{d.sa.st.Text, d.sb.st.Text} {
		if strings.HasSuffix(w, "ing") {
			break // a verb's form: "launching"
		}
		toks := lex.Tokens(t)
		for i := 1; i < len(toks); i++ {
			if toks[i].Lower == w && modifier(toks[i-1]) {
				return capitalise(toks[i-1].Lower + " " + w)
			}
		}
	}
	return capitalise(w)
}

// modifier reports a word that may modify the noun after it in a topic: a
// lower-case content word, no adverb, participle, plural (a subject:
// "mills sell"), figure or word of stance.
func modifier(t lex.Token) bool {
	w := t.Lower
	return !t.Capitalized && len(w) > 2 && !lex.IsStop(w) && !isFigure(w) && !reportingWords[w] &&
		!strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "s") && lex.StanceOf(w) == lex.NoStance && !vagueWords[w]
}

// vagueWords name no point anyone disputes: places and times in general,
// and words of quantity.
var vagueWords = map[string]bool{"city": true, "town": true, "country": true, "state": true, "area": true,
	"place": true, "people": true, "year": true, "years": true, "week": true, "weeks": true, "month": true,
	"months": true, "time": true, "times": true, "way": true, "ways": true, "thing": true, "things": true,
	"part": true, "side": true, "sides": true, "number": true, "many": true, "much": true, "every": true,
	"today": true, "week's": true, "region": true, "world": true, "home": true, "also": true, "still": true,
	"percent": true, "cent": true, "million": true, "billion": true}

func capitalise(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
		if _, place := parties.Lookup(s); !place {
			r[0] = unicode.ToLower(r[0])
		}
	}
	return string(r)
}
