package parties

import (
	"strings"
	"unicode"
	"unsafe"

	"github.com/storybot/storybot/summarize/lex"
)

// bodyWords returns the words of a text that an unnamed body's noun and
// its modifier are read from, with "|" for each end of a sentence or line.
// They are kept for each text (a story's texts are read for every noun,
// and again as each article joins the story): callers only read them.
func bodyWords(text string) []string {
	return bodyWordsMemo.Get(text, splitBodyWords, func(ws []string) int { return len(ws) * int(unsafe.Sizeof("")) })
}

// splitBodyWords is bodyWords, computed. Sentence ends split the words
// too: "new rules. Union leaders" holds no "rules union".
func splitBodyWords(text string) []string {
	return strings.FieldsFunc(sentenceEnds.Replace(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '|'
	})
}

// bodyWordsMemoBytes bounds the memory of the words kept: the texts of a
// few dozen stories.
const bodyWordsMemoBytes = 32 << 20

var bodyWordsMemo = lex.NewMemo[[]string](bodyWordsMemoBytes)
