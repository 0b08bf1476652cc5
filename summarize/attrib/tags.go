package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/tag"
)

// The part-of-speech tags of a sentence's tokens. The sentence is split
// as the Penn Treebank splits text ("Brandt" "'s", "do" "n't", "$" "4",
// quotation marks as `` and ''), quotations included, and tagged by
// package tag; each token takes the tag of the word that starts where
// it does. A quotation's placeholder has no tag.

// pennWord is a word of a sentence as the tagger sees it, with the byte
// offset where it starts in the sentence.
type pennWord struct {
	text  string
	start int
}

// abbreviations keep their final period inside a sentence.
var abbreviations = setOf("mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "gov",
	"sen", "rep", "gen", "lt", "col", "sgt", "prof", "no", "mt", "vs", "etc", "jan", "feb", "aug", "sept",
	"oct", "nov", "dec")

// pennWords splits a sentence into the words of the Penn Treebank.
func pennWords(s string) []pennWord {
	var out []pennWord
	add := func(text string, start int) { out = append(out, pennWord{text, start}) }
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			c, m := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(c) || j > i && (c == '—' || c == '–' || c == '…') {
				break
			}
			j += m
			if c == '—' || c == '–' || c == '…' {
				break
			}
		}
		pennChunk(s, i, j, j == len(strings.TrimRightFunc(s, unicode.IsSpace)), add)
		i = j
	}
	return out
}

// pennChunk splits s[i:j], a run without spaces, into words: opening
// marks, the word, its clitic and closing marks. last says whether the
// run ends the sentence (and so its period is a word of its own).
func pennChunk(s string, i, j int, last bool, add func(string, int)) {
	// Opening marks.
	for i < j {
		r, n := utf8.DecodeRuneInString(s[i:j])
		switch r {
		case '"', '“':
			add("``", i)
		case '‘', '\'':
			add("`", i)
		case '(', '[', '{', '$', '€', '£':
			add(map[rune]string{'(': "(", '[': "(", '{': "(", '$': "$", '€': "$", '£': "$"}[r], i)
		case '—', '–':
			add("--", i)
		case '…':
			add("...", i)
		default:
			goto closing
		}
		i += n
	}
closing:
	// Closing marks, gathered from the end and added after the word.
	type mark struct {
		text  string
		start int
	}
	var tail []mark
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		var w string
		switch r {
		case '"', '”':
			w = "''"
		case '’', '\'':
			w = "'" // a closing mark or the possessive of "workers'"
		case ',', ';', ':', '!', '?', ')', ']', '}', '%':
			w = map[rune]string{')': ")", ']': ")", '}': ")"}[r]
			if w == "" {
				w = string(r)
			}
		case '.':
			core := strings.ToLower(s[i : j-n])
			if !strings.Contains(core, ".") && !abbreviations[core] && len(core) > 1 {
				w = "."
				break
			}
			if last { // "in the U.S.": the abbreviation, then the full stop
				tail = append(tail, mark{".", j - n})
			}
			goto word
		default:
			goto word
		}
		j -= n
		tail = append(tail, mark{w, j})
	}
word:
	if i < j {
		w := strings.ReplaceAll(s[i:j], "’", "'")
		lw := strings.ToLower(w)
		// The apostrophe's offset in s (a curly one is three bytes).
		ap := max(strings.LastIndex(s[i:j], "'"), strings.LastIndex(s[i:j], "’"))
		cut, at := -1, 0
		switch {
		case len(lw) > 3 && strings.HasSuffix(lw, "n't") && ap > 0:
			cut, at = len(w)-3, i+ap-1
		case ap > 0:
			for _, c := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
				if len(lw) > len(c) && strings.HasSuffix(lw, c) {
					cut, at = len(w)-len(c), i+ap
					break
				}
			}
		}
		if cut > 0 {
			add(w[:cut], i)
			add(w[cut:], at)
		} else {
			add(w, i)
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		add(tail[k].text, tail[k].start)
	}
}

// tagTokens sets the tags of a sentence's tokens.
func tagTokens(s string, toks []tok) {
	words := pennWords(s)
	texts := make([]string, len(words))
	for i, w := range words {
		texts[i] = w.text
	}
	first := 0
	for first < len(texts)-1 && listMarks[texts[first]] {
		first++ // "- Take calls ...": a list's mark before the sentence's first word
	}
	if len(texts) > 0 && titleCase(texts[first]) && tag.Known(strings.ToLower(texts[first])) {
		// The first word's capital letter says only that it opens the
		// sentence; the tagger, trained on capitals that mark names,
		// reads "Stir the mixture" as a name unless told otherwise. An
		// unknown word ("Moberly said") keeps its capital.
		texts[first] = strings.ToLower(texts[first])
	}
	for i, w := range texts {
		if shouted(w) {
			texts[i] = strings.ToLower(w) // a tabloid's "FURIOUS", "WARNED": the word, not a name
		}
	}
	// The marks are no words of the sentence: tagged apart, they would
	// make its first word a later one.
	tags := append(make([]tag.Tag, first), tag.Words(texts[first:])...)
	k := 0
	for i := range toks {
		t := &toks[i]
		if t.quote > 0 {
			continue
		}
		for k < len(words) && words[k].start < t.start {
			k++
		}
		if k == len(words) {
			break
		}
		if words[k].start != t.start {
			continue
		}
		t.tag = tags[k]
		// "$4.5": the figure, not its currency sign.
		if words[k].text == "$" && k+1 < len(words) && words[k+1].start < t.start+len(t.text) {
			t.tag = tags[k+1]
		}
	}
}

// tokens returns the tagged tokens of a sentence of the article,
// tokenising and tagging each sentence once.
func (a *article) tokens(s string) []tok {
	if toks, ok := a.tokCache[s]; ok {
		return toks
	}
	toks := tokenize(s, quotes(s))
	tagTokens(s, toks)
	if clauseOpener(toks) || initialNotName(toks) && !a.namedSurname(toks[0]) && !a.nameOpening(toks) {
		toks[0].cap = false // "Stir the mixture", "Quietly, the board", "Whether Vesk would comply"
	}
	for i := range toks {
		if shouted(toks[i].text) {
			toks[i].cap = false // "HEARTBROKEN Lina Varo", "EIGHT Keldor trawlers"
		}
	}
	if a.tokCache == nil {
		a.tokCache = map[string][]tok{}
	}
	a.tokCache[s] = toks
	return toks
}

// clauseOpener reports a first word that opens a clause ("Whether",
// "While", "Although", "And"), which is never a word of a name, whatever
// capitalised word follows it.
func clauseOpener(toks []tok) bool {
	if len(toks) < 2 || !toks[0].cap || toks[0].quote > 0 || nonNames[toks[0].lower] || !tag.Known(toks[0].lower) {
		return false
	}
	switch toks[0].tag {
	case tag.IN, tag.WDT, tag.WRB, tag.CC:
		return true
	}
	return false
}

// initialNotName reports a capitalised first word of a sentence that its
// capital letter does not make a name, because the tagger knows the word
// and tags it an adverb ("Quietly, ...", "Much of ...") or a verb's base
// form: an imperative ("Stir the mixture"), unless capitalised words
// follow it as in a name ("Save Our Schools", "Mark Tessel"). Adjectives
// are left alone: "Russian", "French" are capitalised wherever they
// stand; so are prepositions. The words of nonNames are no names already
// and keep their capital for the rules that read it ("So said Gareth
// Moberly"). An unknown word's tag is a guess from its shape ("Moberly"
// looks like an adverb), so it does not count.
func initialNotName(toks []tok) bool {
	if len(toks) == 0 || !toks[0].cap || toks[0].punct || toks[0].quote > 0 || nonNames[toks[0].lower] ||
		!tag.Known(toks[0].lower) {
		return false
	}
	switch toks[0].tag {
	case tag.RB, tag.RBR, tag.RBS:
		return true
	case tag.VB:
		return len(toks) == 1 || !toks[1].cap
	}
	return false
}

// namedSurname reports a word that is the surname of a person the
// article named in full before: "Early says" after "Ivo Early", though
// the tagger reads the word as an adverb.
func (a *article) namedSurname(t tok) bool {
	p, ok := a.persons[surnameKey(t.text)]
	return ok && strings.Contains(p.Name, " ")
}

// nameOpening reports a first word before another capitalised one that
// the article never writes in lower case: the given name of a name the
// tagger reads as an adverb ("Lewis Ward, research director at ..."), not
// "Only Tarnco said", whose "only" the article writes in lower case.
func (a *article) nameOpening(toks []tok) bool {
	return len(toks) > 1 && toks[1].cap && !toks[1].punct && toks[1].quote == 0 && !a.writtenLower(toks[0].lower)
}

// listMarks open an item of a list on a page.
var listMarks = setOf("-", "•", "*", "–", "—", "·")

// titleCase reports a word written with a capital and then lower case
// only: "Stir", not "NATO" or "McAllister".
// Shouted reports a word a tabloid writes in capitals for emphasis
// ("DISGRACED", "RED-FACED"), which names no one.
func Shouted(w string) bool { return shouted(w) }

// shouted reports a word a tabloid writes in capitals for emphasis: a
// word of four letters or more, all capitals, that is no noun in lower
// case ("FURIOUS", "WARNED", "EIGHT", "BOTH") or has the ending of a verb's
// or an adjective's form ("HEARTBROKEN", "SOBBING"); initials ("NATO",
// "FIFA") read as nouns and stay names.
func shouted(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '-' && n > 0: // "RED-FACED"
		default:
			return false
		}
	}
	if n < 4 {
		return false
	}
	low := strings.ToLower(w)
	if n >= 7 {
		for _, suf := range []string{"ed", "ing", "ous", "ful", "less", "en"} {
			if strings.HasSuffix(low, suf) {
				return true
			}
		}
	}
	// A compound of initials ("SAG-AFTRA") is a name, whatever the
	// tagger makes of it; only a participle's ending ("RED-FACED") shouts.
	return !strings.Contains(low, "-") && !tag.Words([]string{low})[0].Noun()
}

func titleCase(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}
