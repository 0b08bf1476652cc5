package parties

import (
	"strings"
	"unicode"
	"unsafe"

	"github.com/storybot/storybot/summarize/lex"
)

// bodyWords returns the words of a text that an unnamed body's noun and
// its modifier are read from, with "|" for each end of a sentence or line,
// and the same words in lower case. They are kept for each text (a
// story's texts are read for every noun, and again as each article joins
// the story): callers only read them.
func bodyWords(text string) (words, lower []string) {
	w := bodyWordsMemo.Get(text, splitBodyWords, func(w textWords) int { return 2 * len(w.words) * int(unsafe.Sizeof("")) })
	return w.words, w.lower
}

// textWords are a text's words as written and in lower case.
type textWords struct{ words, lower []string }

// splitBodyWords is bodyWords, computed. Sentence ends split the words
// too: "new rules. Union leaders" holds no "rules union".
func splitBodyWords(text string) textWords {
	words := strings.FieldsFunc(sentenceEnds.Replace(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '|'
	})
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	return textWords{words, lower}
}

// bodyWordsMemoBytes bounds the memory of the words kept: the texts of a
// story of about 1,500 articles (some 20 KB each, the words' slices the
// most of it), whose refresh reads every one of them again, or
// bodyWordsArticleBytes for each article of a larger story. Under 20 MB a
// story of 1,000 emptied the memo before its refresh came back to its
// first text, and every refresh cut every text again.
const bodyWordsMemoBytes, bodyWordsArticleBytes = 32 << 20, 24 << 10

var bodyWordsMemo = lex.NewStoryMemo[textWords](bodyWordsMemoBytes, bodyWordsArticleBytes)
