package summarize

import (
	"fmt"
	"slices"
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
	text string
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
	return taggedWords{text: text, toks: toks, tags: tags}
}

// tagMemo keeps the tags of the statements a story's disputes read again
// and again (each pair of claims, each word in common).
var tagMemo = lex.NewStoryMemo[[]tag.Tag](stanceMemoBytes, stanceArticleBytes)

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

// emptyHead reports a noun that heads no point: a vague word, a span of
// time, a round number or a unit of measure ("people", "hours",
// "thousands", "kilometres").
func emptyHead(w string) bool { return vagueWords[w] || emptyHeads[w] }

var emptyHeads = map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "minute": true,
	"minutes": true, "night": true, "morning": true, "evening": true, "decade": true, "decades": true,
	"thousands": true, "millions": true, "hundreds": true, "dozens": true, "billions": true,
	// Indefinite pronouns: whoever or whatever, no point at stake.
	"someone": true, "somebody": true, "anyone": true, "anybody": true, "everyone": true, "everybody": true,
	"something": true, "anything": true, "everything": true,
	// Units of measure: how far or how much, not what.
	"kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true, "mile": true, "miles": true,
	"metre": true, "metres": true, "meter": true, "meters": true, "tonne": true, "tonnes": true,
	"kilogram": true, "kilograms": true, "litre": true, "litres": true,
	// Currencies: how much, not of what.
	"dollar": true, "dollars": true, "euro": true, "euros": true, "crown": true, "crowns": true,
	"franc": true, "francs": true, "yen": true, "yuan": true, "rupee": true, "rupees": true, "peso": true,
	"pesos": true, "rouble": true, "roubles": true, "ruble": true, "rubles": true, "krona": true, "kronor": true,
	"kroner": true, "lira": true, "shekel": true, "shekels": true, "cent": true, "cents": true}

// measureNouns measure or count what their "of" phrase names.
var measureNouns = map[string]bool{"number": true, "share": true, "level": true, "levels": true, "size": true,
	"rate": true, "cost": true, "price": true, "amount": true, "value": true, "scale": true, "count": true,
	"percentage": true, "proportion": true, "change": true, "terms": true, "use": true, "cut": true, "cuts": true}

// topicPhrase names the point two statements share through a word (wa as
// a writes it, wb as b does, lower case), or "" when the word is a noun in
// neither and modifies none: of the noun phrases it stands in, the longest
// that both statements write ("material breach"); else the shortest of
// two words or more that one writes ("peace plan"); else the word with
// what completes it in one statement ("plans to meet"); else the word.
func topicPhrase(a, b taggedWords, wa, wb string) string {
	var phrases []phrase
	for _, s := range []struct {
		t taggedWords
		w string
	}{{a, wa}, {b, wb}} {
		for _, i := range s.t.all(s.w) {
			if idx := s.t.span(i); idx != nil {
				phrases = append(phrases, s.t.phraseOf(idx, i))
			}
		}
	}
	if len(phrases) == 0 {
		return ""
	}
	if p := bestPhrase(a, b, phrases); strings.Contains(p, " ") {
		return p
	}
	for _, s := range []struct {
		t taggedWords
		w string
	}{{a, wa}, {b, wb}} {
		for _, i := range s.t.all(s.w) {
			// A lone noun, or a gerund ("bargaining in good faith").
			if idx := s.t.span(i); len(idx) == 1 && idx[0] == i || idx == nil && s.t.tags[i] == tag.VBG {
				if c := s.t.complement(i); c != nil {
					return s.t.phraseOf(c, i).text()
				}
			}
		}
	}
	return bestPhrase(a, b, phrases)
}

// phrase is a noun phrase as a topic writes it.
type phrase struct {
	words    []string // as written: names capitalised, other words lower case
	nounMods int      // modifiers that are nouns: "peace plan" says which plan, "revised plan" only how
}

func (p phrase) text() string { return strings.Join(p.words, " ") }

// phraseOf returns the phrase of the words at idx, whose word at i is the
// shared one.
func (s taggedWords) phraseOf(idx []int, i int) phrase {
	p := phrase{words: make([]string, len(idx))}
	for k, j := range idx {
		p.words[k] = s.word(j)
		if j < i && s.tags[j] == tag.NN {
			p.nounMods++
		}
	}
	return p
}

// bestPhrase chooses among the phrases a word stands in: the longest that
// both statements write, if of two words or more; else the shortest of
// two words or more; else the longest one both write; else the first.
func bestPhrase(a, b taggedWords, phrases []phrase) string {
	la, lb := " "+lowerText(a)+" ", " "+lowerText(b)+" "
	both := ""
	var one *phrase
	for k, p := range phrases {
		// The phrase and its shorter forms without leading modifiers.
		for j := range p.words {
			q := strings.Join(p.words[j:], " ")
			lq := " " + strings.ToLower(q) + " "
			if strings.Contains(la, lq) && strings.Contains(lb, lq) && len(q) > len(both) {
				both = q
			}
		}
		if len(p.words) < 2 {
			continue
		}
		if one == nil || len(p.words) < len(one.words) || len(p.words) == len(one.words) && p.nounMods > one.nounMods {
			one = &phrases[k]
		}
	}
	switch {
	case strings.Contains(both, " "):
		return both
	case one != nil:
		return one.text()
	case both != "":
		return both
	}
	return phrases[0].text()
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
		return fmt.Sprintf("%s and %s give different figures for the %s: %s or %s.", a, b, d.inSentence(topic), d.values[0], d.values[1])
	}
	return fmt.Sprintf("%s and %s disagree on %s.", a, b, d.inSentence(topic))
}

// inSentence writes a topic inside a sentence: in lower case from its
// first word, unless that word is a name, which the statements write
// capitalised inside a sentence and never in lower case ("Houthi rebels";
// not "River", which one side writes "the river").
func (d *sideDispute) inSentence(topic string) string {
	first, _, _ := strings.Cut(topic, " ")
	name := false
	for _, m := range []*statement{d.sa, d.sb} {
		if m == nil {
			continue
		}
		for _, t := range lex.Tokens(m.st.Text) {
			switch w := strings.ReplaceAll(t.Text, "’", "'"); {
			case w == strings.ToLower(first):
				return lowerFirst(topic)
			case w == first && t.Capitalized && !t.SentenceStart:
				name = true
			}
		}
	}
	if name {
		return topic
	}
	return lowerFirst(topic)
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
	taggedA, taggedB := tagged(d.sa.st.Text), tagged(d.sb.st.Text)
	// The word as each statement writes it, else as its claim does.
	wa, wb := taggedA.writtenAs(d.topic), taggedB.writtenAs(d.topic)
	w := wa
	for _, x := range []string{wb, d.a.stems[d.topic], d.b.stems[d.topic]} {
		if w == "" {
			w = x
		}
	}
	if vagueWords[w] {
		// "city" ties the sides; another word they share names it better.
		best := 0.0
		d.sa.terms.common(d.sb.terms, func(term string, x float64) {
			if word, ok := d.a.stems[term]; ok && !vagueWords[word] && nameable(word) && x > best {
				if other, ok := d.b.stems[term]; ok {
					w, wa, wb, best = word, word, other, x
				}
			}
		})
	}
	if wa == "" {
		wa = w
	}
	if wb == "" {
		wb = w
	}
	if p := topicPhrase(taggedA, taggedB, wa, wb); p != "" {
		return d.named(p)
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
		return d.named(noun)
	}
	// Else what the verb acts on ("calling Wagner fighters traitors").
	if p := objectPhrase(taggedA, taggedB, d.topic); p != "" {
		return d.named(p)
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

// named capitalises a topic, and leaves out the names in it when it would
// only name one of the sides ("Tarn rebels" for the side "Tarn Rebels"):
// a topic names what the sides dispute, not who.
func (d *sideDispute) named(p string) string {
	words := strings.Fields(p)
	for _, party := range []string{d.a.c.party, d.b.c.party} {
		if !subsetOf(terms(p), terms(party)) {
			continue
		}
		var kept []string
		for _, w := range words {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 {
			return capitalise(strings.Join(kept, " "))
		}
	}
	return capitalise(p)
}

// subsetOf reports every one of xs in ys.
func subsetOf(xs, ys []string) bool {
	for _, x := range xs {
		if !slices.Contains(ys, x) {
			return false
		}
	}
	return len(xs) > 0
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
