// Package tag is a part-of-speech tagger for English: an averaged
// perceptron that gives each word a Penn Treebank tag from the word, its
// neighbours and the two tags before it.
//
// The model is that of github.com/jdkato/prose/v2 v2.0.0 (itself a port
// of TextBlob's tagger, after Matthew Honnibal's "A good part-of-speech
// tagger in about 200 lines of Python"), converted by internal/gen into
// model.bin: hashed feature ids with sparse per-class weights. Given the
// same words it gives the same tags as prose. Features are hashed
// incrementally (FNV-1a) instead of being built as strings and looked up
// in maps: a token takes about 0.3 µs, against 7 µs in prose (with its
// tokeniser). The model (2 MB, embedded) is read in place on first use,
// in under a millisecond, where prose decodes its gob files for 110 ms on
// every document; a program that never tags never reads it.
//
// Regenerate model.bin with `go generate ./summarize/tag`.
package tag

//go:generate go run ./internal/gen -o model.bin

import (
	"strings"
	"sync"
)

// Tag is a Penn Treebank part-of-speech tag.
type Tag uint8

// The tags. The first block is the Penn Treebank tag set of the model;
// Dash, None and Literal are the tags the tagger gives by rule.
const (
	Invalid    Tag = iota
	CC             // coordinating conjunction
	CD             // cardinal number
	DT             // determiner
	EX             // existential there
	FW             // foreign word
	IN             // preposition or subordinating conjunction
	JJ             // adjective
	JJR            // adjective, comparative
	JJS            // adjective, superlative
	LS             // list item marker
	MD             // modal
	NN             // noun, singular or mass
	NNS            // noun, plural
	NNP            // proper noun, singular
	NNPS           // proper noun, plural
	PDT            // predeterminer
	POS            // possessive ending
	PRP            // personal pronoun
	PRPS           // possessive pronoun (PRP$)
	RB             // adverb
	RBR            // adverb, comparative
	RBS            // adverb, superlative
	RP             // particle
	SYM            // symbol
	TO             // to
	UH             // interjection
	VB             // verb, base form
	VBD            // verb, past tense
	VBG            // verb, gerund or present participle
	VBN            // verb, past participle
	VBP            // verb, non-3rd person singular present
	VBZ            // verb, 3rd person singular present
	WDT            // wh-determiner
	WP             // wh-pronoun
	WPS            // possessive wh-pronoun (WP$)
	WRB            // wh-adverb
	Dollar         // $
	Pound          // #
	OpenQuote      // ``
	CloseQuote     // ''
	LeftParen      // (
	RightParen     // )
	Comma          // ,
	Period         // . ! ?
	Colon          // : ; ...
	Dash           // the word "-"
	None           // -NONE-: an empty element ("0", "*", "*T*-1")
	Literal        // a bracket token like "-LRB-", tagged with itself
	numTags
)

var names = [numTags]string{"", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN",
	"NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
	"VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", "#", "``", "''", "(", ")", ",", ".",
	":", "-", "-NONE-", "-LITERAL-"}

// String returns the tag's Penn Treebank name ("NN", "PRP$", ",").
func (t Tag) String() string {
	if t < numTags {
		return names[t]
	}
	return "?"
}

// Parse returns the tag named s, or Invalid.
func Parse(s string) Tag {
	for i, n := range names {
		if n == s && i > 0 {
			return Tag(i)
		}
	}
	return Invalid
}

// Verb reports a verb tag (VB, VBD, VBG, VBN, VBP, VBZ).
func (t Tag) Verb() bool { return t >= VB && t <= VBZ }

// Noun reports a noun tag (NN, NNS, NNP, NNPS).
func (t Tag) Noun() bool { return t >= NN && t <= NNPS }

// Proper reports a proper noun tag (NNP, NNPS).
func (t Tag) Proper() bool { return t == NNP || t == NNPS }

// Adjective reports an adjective tag (JJ, JJR, JJS).
func (t Tag) Adjective() bool { return t >= JJ && t <= JJS }

// Adverb reports an adverb tag (RB, RBR, RBS).
func (t Tag) Adverb() bool { return t >= RB && t <= RBS }

// Words tags the words of one sentence, tokenised as the Penn Treebank
// does ("do" "n't", "Smith" "'s", punctuation apart).
func Words(words []string) []Tag {
	return Append(make([]Tag, 0, len(words)), words)
}

// Append tags the words of one sentence and appends their tags to dst.
func Append(dst []Tag, words []string) []Tag {
	m := load()
	t := taggers.Get().(*tagger)
	dst = t.tag(m, dst, words)
	taggers.Put(t)
	return dst
}

// taggers keeps the scratch of tagging for reuse.
var taggers = sync.Pool{New: func() any { return new(tagger) }}

// lower is normalize of prose: hyphenated words, years and numbers become
// classes, other words lower case.
func lower(w string) string {
	switch {
	case w == "":
		return w
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return "!HYPHEN"
	case len(w) == 4 && isInt(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isInt reports what strconv.Atoi accepts: an optional sign and digits.
func isInt(w string) bool {
	if w[0] == '+' || w[0] == '-' {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// Known reports a word the model was trained on: one of its dictionary,
// or one whose lower-case form has weights of its own. The tag of an
// unknown word is guessed from its shape and neighbours ("Moberly" looks
// like an adverb).
func Known(word string) bool {
	if word == "" {
		return false
	}
	m := load()
	if _, ok := m.dict[word]; ok {
		return true
	}
	return m.weights(uint64(hWord.str(lower(word)))) != ""
}
