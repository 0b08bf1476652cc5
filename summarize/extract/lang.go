package extract

import (
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// languageSample is how much of a text, in bytes, Language reads: enough
// to tell a language, and a bounded cost for a long article.
const languageSample = 2000

// Language returns the ISO 639-1 code of the language text is written in,
// or "" when it cannot be told (too little text, or a language without a
// two-letter code). It reads the first couple of thousand bytes.
func Language(text string) string {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if info.Lang == -1 || info.Confidence < 0.2 {
		return ""
	}
	return info.Lang.Iso6391()
}
