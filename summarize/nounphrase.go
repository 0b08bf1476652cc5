package summarize

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/tag"
)

// The noun phrase that names a dispute's point is read off a statement's
// parts of speech, in the words the statement writes:
//   - a common noun with the nouns it modifies up to the head ("pay
//     offer") and up to two modifiers before it: adjectives, nouns, a
//     word of time ("night routes"), a year ("the 1978 accord") or a
//     name ("Houthi rebels");
//   - a name in the possessive before them says whose ("Wagner's
//     uprising");
//   - an adjective or a participle before a noun names the point with
//     that noun ("international community", "overheating packs"), and a
//     modifier joined to another by "and" or "or" modifies the noun after
//     both ("fake or spam accounts": "fake accounts");
//   - a noun in the "of" phrase of a measure belongs to the measure's
//     phrase ("change of strategy"), and a measure takes its "of" phrase
//     ("number of voting centres").
// The words of a phrase stand side by side in the statement: no comma,
// quotation mark or bracket parts them.

// joined reports the words at k and k+1 written with only space or
// double quotation marks between them: a quotation mark may open or close
// a quoted fragment inside a phrase ('"no plans" to meet'). A single one
// may be the apostrophe of a plural possessive ("teachers' union").
func (s taggedWords) joined(k int) bool {
	if k < 0 || k+1 >= len(s.toks) {
		return false
	}
	return strings.Trim(s.text[s.toks[k].End:s.toks[k+1].Start], " \"“”") == ""
}

// word returns the word at k as a topic writes it: a name as written
// ("Houthi"), any other word in lower case.
func (s taggedWords) word(k int) string {
	if s.name(k) {
		return strings.ReplaceAll(s.toks[k].Text, "’", "'")
	}
	return s.toks[k].Lower
}

// name reports a capitalised word that is a name, not just the first word
// of a sentence.
func (s taggedWords) name(k int) bool {
	t := s.toks[k]
	return t.Capitalized && (!t.SentenceStart || s.tags[k].Proper())
}

// span returns the words, in order, of the noun phrase the word at i
// heads, modifies or is measured in; nil when it names no point.
func (s taggedWords) span(i int) []int {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	var idx []int
	switch {
	case s.inComplexPreposition(i):
		return nil
	case s.commonNoun(i):
		if m := s.measured(i); m != nil {
			return m
		}
		idx = []int{i}
		if c := s.coordinated(i); c >= 0 {
			idx = append(idx, c)
		} else {
			for h := i; h+1 < len(s.toks) && s.tags[h] == tag.NN && s.joined(h) && s.commonNoun(h+1) &&
				!s.toks[h+1].SentenceStart && !emptyHead(s.toks[h+1].Lower); h++ {
				// A plural ends a compound ("passengers" in "held
				// passengers hostage"); a singular noun may modify the
				// noun after it ("pay offer").
				idx = append(idx, h+1)
			}
		}
	case s.modifiesNoun(i):
		idx = []int{i}
		if c := s.coordinated(i); c >= 0 {
			idx = append(idx, c)
		} else {
			for k := i + 1; ; k++ {
				idx = append(idx, k)
				if s.commonNoun(k) {
					break
				}
			}
		}
	default:
		return nil
	}
	first := i
	for first > 0 && i-first < 2 && s.joined(first-1) && s.premodifier(first-1) {
		first--
	}
	if first > 0 && s.joined(first-1) && s.possessor(first-1) {
		first--
	}
	pre := make([]int, 0, i-first)
	for k := first; k < i; k++ {
		pre = append(pre, k)
	}
	idx = append(pre, idx...)
	head := idx[len(idx)-1]
	if measureNouns[s.toks[head].Lower] && head+2 < len(s.toks) && s.toks[head+1].Lower == "of" && s.joined(head) {
		j := head + 2
		for j < len(s.toks) && j-head <= 3 && (s.tags[j].Adjective() || s.tags[j] == tag.VBG) && j+1 < len(s.toks) {
			j++
		}
		if j < len(s.toks) && s.commonNoun(j) {
			for k := head + 1; k <= j; k++ {
				idx = append(idx, k)
			}
		}
	}
	if idx[len(idx)-1] == head && emptyHead(s.toks[head].Lower) {
		return nil // "thousands of people", "48 hours"
	}
	if len(idx) > maxTopicWords {
		idx = idx[len(idx)-maxTopicWords:]
	}
	return idx
}

// inComplexPreposition reports a noun that is part of a preposition or
// conjunction of several words ("in order to", "on behalf of"): it names
// nothing.
func (s taggedWords) inComplexPreposition(i int) bool {
	if i == 0 || i+1 >= len(s.toks) {
		return false
	}
	after, ok := complexPrepositions[s.toks[i-1].Lower+" "+s.toks[i].Lower]
	return ok && s.toks[i+1].Lower == after
}

// complexPrepositions are the first two words of prepositions and
// conjunctions of three, and the third.
var complexPrepositions = map[string]string{"in order": "to", "on behalf": "of", "in spite": "of",
	"in terms": "of", "by means": "of", "in view": "of", "in light": "of", "in place": "of", "in case": "of",
	"in front": "of", "in addition": "to", "in response": "to", "with regard": "to", "in line": "with"}

// measured returns the phrase of the measure whose "of" phrase holds the
// noun at i ("change of strategy"), or nil.
func (s taggedWords) measured(i int) []int {
	k := i - 1
	for k > 0 && i-k <= 2 && (s.tags[k].Adjective() || s.tags[k] == tag.VBG) {
		k--
	}
	if k < 1 || s.toks[k].Lower != "of" || !measureNouns[s.toks[k-1].Lower] || !s.commonNoun(k-1) {
		return nil
	}
	if m := s.span(k - 1); len(m) > 0 && m[len(m)-1] == i {
		return m
	}
	return nil
}

// coordinated returns the noun that the modifier at i modifies across a
// second modifier joined to it by "and" or "or" ("fake or spam
// accounts"), or -1.
func (s taggedWords) coordinated(i int) int {
	if i+3 >= len(s.toks) || (s.tags[i] != tag.NN && !s.tags[i].Adjective()) {
		return -1
	}
	if c := s.toks[i+1].Lower; c != "and" && c != "or" {
		return -1
	}
	if !s.joined(i) || !s.joined(i+1) || !s.joined(i+2) || s.name(i+2) ||
		!(s.tags[i+2] == tag.NN || s.tags[i+2].Adjective()) || !s.commonNoun(i+3) {
		return -1
	}
	return i + 3
}

// modifiesNoun reports an adjective or a participle, in lower case, that
// modifies the common noun after it, directly or across up to two other
// modifiers ("international community", "overheating packs"). A
// participle after a form of "be" or "have" is a verb's ("had been
// selling steel").
func (s taggedWords) modifiesNoun(i int) bool {
	t := s.toks[i]
	if s.name(i) || lex.IsStop(t.Lower) || vagueWords[t.Lower] || lex.StanceOf(t.Lower) != lex.NoStance {
		return false
	}
	switch s.tags[i] {
	case tag.JJ:
	case tag.VBG, tag.VBN:
		if i > 0 && (beForms[s.toks[i-1].Lower] || haveForms[s.toks[i-1].Lower]) {
			return false
		}
	default:
		return false
	}
	if s.coordinated(i) >= 0 {
		return true
	}
	for k := i + 1; k < len(s.toks) && k-i <= 3; k++ {
		if !s.joined(k - 1) {
			return false
		}
		if s.commonNoun(k) {
			return !emptyHead(s.toks[k].Lower)
		}
		if !s.premodifier(k) {
			return false
		}
	}
	return false
}

// haveForms are the forms of "have" a participle makes a perfect with.
var haveForms = map[string]bool{"has": true, "have": true, "had": true, "having": true, "'s": true}

// premodifier reports a word that may modify the noun after it in a
// topic: an adjective or a common noun, in lower case, that takes no
// stance and is not vague ("automation", "final"; not "not", "false",
// "many"); a word of time ("night routes"); a year before a singular noun
// ("1978 accord"); or a name ("Houthi rebels").
func (s taggedWords) premodifier(i int) bool {
	t := s.toks[i]
	if s.name(i) {
		return len(t.Lower) > 1 && !strings.HasSuffix(t.Lower, "'s") && !isFigure(t.Lower) &&
			!lex.IsStop(t.Lower) && !reportingWords[t.Lower] && s.tags[i] != tag.CD &&
			(s.tags[i].Noun() || s.tags[i].Adjective())
	}
	if year(t.Lower) && i+1 < len(s.toks) && s.tags[i+1] == tag.NN {
		return true // "the 1978 accord": which one; "2000 workers" counts
	}
	if t.Capitalized || len(t.Lower) < 3 || isFigure(t.Lower) || vagueWords[t.Lower] ||
		reportingWords[t.Lower] || lex.StanceOf(t.Lower) != lex.NoStance || strings.HasSuffix(t.Lower, "'s") {
		return false
	}
	if lex.IsStop(t.Lower) {
		return emptyHeads[t.Lower] && s.tags[i] == tag.NN // "night routes", "day shift"
	}
	return s.tags[i] == tag.JJ || s.tags[i] == tag.NN
}

// year reports a year written in figures, 1900 to 2099.
func year(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}

// possessor reports a name in the possessive, which says whose the noun
// after it is ("Wagner's uprising").
func (s taggedWords) possessor(i int) bool {
	return s.name(i) && strings.HasSuffix(s.toks[i].Lower, "'s") && len(s.toks[i].Lower) > 3
}

// nounComplementPreps open a phrase after a noun that says what the
// noun is of, to or about ("obligations under the agreement", "warning
// from the council"); not of place or time ("at", "since").
var nounComplementPreps = map[string]bool{"of": true, "to": true, "under": true, "from": true, "for": true,
	"against": true, "over": true, "on": true, "in": true, "about": true}

// complement returns the noun at i with what completes it: an infinitive
// ("plans to meet") or a prepositional phrase whose head is a common noun
// ("bargaining in good faith"); nil if none follows.
func (s taggedWords) complement(i int) []int {
	k := i + 1
	if k+1 >= len(s.toks) || !s.joined(i) || !s.joined(k) || !nounComplementPreps[s.toks[k].Lower] {
		return nil
	}
	out := []int{i, k}
	if s.toks[k].Lower == "to" && s.tags[k+1] == tag.VB {
		return append(out, k+1)
	}
	j := k + 1
	if s.tags[j] == tag.DT && s.toks[j].Lower != "no" && s.joined(j) {
		out = append(out, j)
		j++
	}
	for n := 0; n < 2 && j < len(s.toks) && !s.commonNoun(j) && s.premodifier(j) && !s.name(j) && s.joined(j); n++ {
		out = append(out, j)
		j++
	}
	if j >= len(s.toks) || !s.commonNoun(j) || emptyHead(s.toks[j].Lower) || len(out)+1 > maxTopicWords {
		return nil
	}
	return append(out, j)
}

// object returns the noun phrase the verb at v acts on: a passive
// participle's subject, with the participle when the subject is one word
// ("strike ordered"); an active verb's object, with a participle or
// adjective written before it ("armed insurgency"); nil if none.
func (s taggedWords) object(v int) []int {
	if v < 0 || v >= len(s.toks) || !s.tags[v].Verb() {
		return nil
	}
	if aux := v - 1; s.tags[v] == tag.VBN && aux > 0 && beForms[s.toks[aux].Lower] {
		k := aux - 1
		names := 0
		for k >= 0 && s.tags[k].Proper() && names < 3 {
			k, names = k-1, names+1
		}
		if names > 0 && k >= 0 && s.tags[k] == tag.IN {
			k-- // "the strike on Yemen was ordered"
		}
		if k < 0 || !s.commonNoun(k) {
			return nil
		}
		p := s.span(k)
		if len(p) == 1 {
			p = append(p, v)
		}
		return p
	}
	j := v + 1
	for j < len(s.toks) && j-v <= 3 && s.joined(j-1) && !s.commonNoun(j) &&
		(s.tags[j] == tag.DT || s.tags[j] == tag.PRPS || s.tags[j].Adjective() || s.tags[j] == tag.VBG ||
			s.tags[j] == tag.VBN || s.tags[j].Proper()) {
		j++
	}
	if j >= len(s.toks) || !s.joined(j-1) || !s.commonNoun(j) {
		return nil
	}
	p := s.span(j)
	if len(p) == 1 && j-1 > v && !s.name(j-1) && (s.tags[j-1].Adjective() || s.tags[j-1] == tag.VBN) &&
		!lex.IsStop(s.toks[j-1].Lower) && lex.StanceOf(s.toks[j-1].Lower) == lex.NoStance {
		p = append([]int{j - 1}, p...)
	}
	return p
}

// writtenAs returns the first word of the statement whose stem is stem,
// lower case, or "".
func (s taggedWords) writtenAs(stem string) string {
	for _, t := range s.toks {
		if w := strings.TrimSuffix(t.Lower, "'s"); stemOf(w) == stem {
			return w
		}
	}
	return ""
}

// objectPhrase names the point of two statements that share a verb (its
// stem): what the verb acts on in either, chosen as topicPhrase chooses;
// "" if it acts on no noun.
func objectPhrase(a, b taggedWords, stem string) string {
	var phrases []phrase
	for _, s := range []taggedWords{a, b} {
		for v, t := range s.toks {
			if stemOf(t.Lower) != stem {
				continue
			}
			if idx := s.object(v); idx != nil {
				phrases = append(phrases, s.phraseOf(idx, v))
			}
		}
	}
	if len(phrases) == 0 {
		return ""
	}
	return bestPhrase(a, b, phrases)
}
