package extract

import "github.com/RadhiFadlillah/whatlanggo"

// Language returns the ISO 639-1 code of the language text is written in,
// or "" when it cannot be told (too little text, or a language without a
// two-letter code).
func Language(text string) string {
	info := whatlanggo.Detect(text)
	if info.Lang == -1 || info.Confidence < 0.2 {
		return ""
	}
	return info.Lang.Iso6391()
}
