package summarize

import (
	"strconv"
	"strings"
	"unsafe"

	"github.com/storybot/storybot/summarize/lex"
)

// sentenceCounts is what one article's sentences add to the weights of
// words (see sentenceWeights): how many sentences it has, and in how many
// of them each term stands.
type sentenceCounts struct {
	sentences int
	terms     []string
	in        []int32 // in[i]: the sentences terms[i] stands in
}

// sentenceCountsBytes bounds the memory of the counts kept: those of the
// articles of a story of a thousand or so, or about sentenceArticleBytes
// for each article of a larger one.
const sentenceCountsBytes, sentenceArticleBytes = 16 << 20, 6 << 10

// sentenceCountsMemo keeps each article's sentence counts, by its
// paragraphs: a story's refresh reads every article's sentences, and only
// the articles that joined it since are new.
var sentenceCountsMemo = lex.NewStoryMemo[sentenceCounts](sentenceCountsBytes, sentenceArticleBytes)

// sentenceWeights weighs terms by the sentences of the articles: the
// document frequencies over every sentence of every paragraph, as newIDF
// over those sentences gives them.
func sentenceWeights(arts []Article) idf {
	f := idf{df: map[string]int{}}
	for _, a := range arts {
		c := articleSentenceCounts(a.Paragraphs())
		f.n += c.sentences
		for i, t := range c.terms {
			f.df[t] += int(c.in[i])
		}
	}
	return f
}

// articleSentenceCounts returns the sentence counts of an article of
// these paragraphs, from the memo when they were counted before.
func articleSentenceCounts(paras []string) sentenceCounts {
	var key strings.Builder
	for _, p := range paras {
		key.WriteString(strconv.Itoa(len(p))) // each paragraph after its length: no two lists share a key
		key.WriteByte(':')
		key.WriteString(p)
	}
	return sentenceCountsMemo.Get(key.String(), func(string) sentenceCounts {
		return countSentences(paras)
	}, func(c sentenceCounts) int {
		return len(c.terms) * int(unsafe.Sizeof("")+unsafe.Sizeof(int32(0)))
	})
}

// countSentences counts the sentences of paragraphs and, for each term,
// the sentences it stands in, terms in the order they first occur.
func countSentences(paras []string) sentenceCounts {
	var c sentenceCounts
	at := map[string]int{}   // term -> its index in c.terms
	last := map[string]int{} // term -> the last sentence it was counted for, plus one
	for _, p := range paras {
		for _, s := range lex.Sentences(p) {
			c.sentences++
			for _, t := range terms(s) {
				if last[t] == c.sentences {
					continue
				}
				last[t] = c.sentences
				i, ok := at[t]
				if !ok {
					i = len(c.terms)
					at[t] = i
					c.terms = append(c.terms, t)
					c.in = append(c.in, 0)
				}
				c.in[i]++
			}
		}
	}
	return c
}
