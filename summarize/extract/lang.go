package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// languageSample is how much of a text, in bytes, Language reads: enough
// to tell a language, and a bounded cost for a long article.
const languageSample = 2000

// Language returns the ISO 639-1 code of the language text is written in,
// or "" when it cannot be told (too little text, or a language without a
// two-letter code). It reads the first couple of thousand bytes.
//
// Most articles are English, and telling a language by its trigrams
// (whatlanggo) costs as much as the rest of reading an article, so a
// sample dense in English function words is taken as English first
// (isEnglish); any other goes to the trigram detector.
func Language(text string) string {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if isEnglish(text) {
		return "en"
	}
	info := whatlanggo.Detect(text)
	if info.Lang == -1 || info.Confidence < 0.2 {
		return ""
	}
	return info.Lang.Iso6391()
}

// englishFunctionWords are frequent English words that are not words of
// the other languages written in Latin letters: not "a", "in", "is",
// "was", "an", "on", "at", "for", "her", "be", "will" or "die", which
// Romance, Germanic or Scandinavian texts use as well.
var englishFunctionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the of and to that with as by from it he she has have are were said
		this his their they which not but or been had who would its after also more than when there`) {
		m[w] = true
	}
	return m
}()

const (
	// minEnglishWords is the least number of words a sample needs for its
	// function words to tell English.
	minEnglishWords = 40
	// minEnglishShare is the share of English function words above which
	// a sample is English: English news runs from about 0.11 to 0.35,
	// other languages in Latin letters below 0.02.
	minEnglishShare = 0.08
)

// isEnglish reports a sample of at least minEnglishWords words of which
// English function words make up minEnglishShare or more.
func isEnglish(sample string) bool {
	words, english := 0, 0
	for w := range strings.FieldsFuncSeq(sample, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(w) <= 5 && englishFunctionWords[strings.ToLower(w)] {
			english++
		}
	}
	return words >= minEnglishWords && float64(english) >= minEnglishShare*float64(words)
}
