// Package lex holds the small lexical tools the summary engine needs:
// a quote-aware sentence splitter, a tokenizer, an English stop-word list,
// stemming, and the paraphrase classes of words (hand classes over classes
// derived from WordNet 3.0, see Class).
//
// The sentence splitter is written here rather than taken from a library
// because the pure-Go options mishandle news English: they merge
// "in 2030. Dr. Jane Smith" into one sentence, split "Mr. Brown" in two, and
// break a quotation that runs over two sentences. This one knows titles,
// initials, month abbreviations and initialisms, and keeps a quotation
// whole. Stemming uses the Snowball English stemmer (kljensen/snowball).
package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles never end a sentence: "Mr. Brown", "Dr. Jane Smith".
var titles = setOf("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
	"col", "lt", "sgt", "capt", "cmdr", "adm", "st", "jr", "sr", "rev", "hon",
	"pres", "supt", "insp", "det", "maj", "messrs", "mt", "ft", "fr", "sec")

// shortForms end with a period but rarely end a sentence; the splitter
// splits after them only when a common sentence opener follows.
var shortForms = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "vs", "v", "etc", "e.g", "i.e",
	"approx", "est", "dept", "univ", "inc", "corp", "ltd", "co", "bros", "ave",
	"blvd", "rd", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "ph.d")

// openers are words that commonly start a sentence; after an ambiguous
// short form ("U.S.", "Inc.") a following opener marks a new sentence.
var openers = setOf("the", "a", "an", "he", "she", "it", "they", "we", "i",
	"but", "and", "in", "on", "at", "this", "that", "these", "those", "his",
	"her", "their", "its", "our", "there", "as", "after", "before", "when",
	"while", "if", "meanwhile", "however", "still", "yet", "so", "for", "with",
	"officials", "asked", "speaking")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// maxQuoteRun bounds how far an open quotation may keep a sentence from
// ending; past it the quote is taken as unbalanced and ignored.
const maxQuoteRun = 600

// Sentences splits text into sentences. It does not split inside a
// quotation (up to a bounded length), after a title such as "Mr." or "Dr.",
// after a single-letter initial, or after a short form such as "Jan." or
// "U.S." unless a common sentence opener follows.
func Sentences(text string) []string {
	var out []string
	start := 0
	inQuote := false
	quoteStart := 0
	for i, r := range text {
		switch r {
		case '“':
			inQuote, quoteStart = true, i
			continue
		case '”':
			inQuote = false
			continue
		case '"':
			if inQuote {
				inQuote = false
			} else if opensQuote(text, i) {
				inQuote, quoteStart = true, i
			}
			continue
		}
		if inQuote && i-quoteStart > maxQuoteRun {
			inQuote = false
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i + 1
		// Take closing quotes and brackets that belong to this sentence.
		for end < len(text) {
			c, size := utf8.DecodeRuneInString(text[end:])
			if c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' {
				if c == '"' || c == '”' {
					inQuote = false
				}
				end += size
				continue
			}
			break
		}
		if inQuote {
			continue
		}
		if !boundary(text, start, i, end) {
			continue
		}
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// opensQuote reports whether a straight double quote at i opens a quotation:
// it stands at the start or after a space or opening punctuation.
func opensQuote(text string, i int) bool {
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{:—–-", prev)
}

// boundary reports whether the punctuation at p, followed by closing marks
// up to end, ends a sentence.
func boundary(text string, start, p, end int) bool {
	rest := text[end:]
	trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if trimmed == "" {
		return true
	}
	if len(trimmed) == len(rest) {
		return false // no space after: "3.5", "U.S.-led", "example.com"
	}
	next, _ := utf8.DecodeRuneInString(trimmed)
	nextWord := strings.ToLower(firstWord(trimmed))
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'([", next)) {
		return false // "he said. and" or "e.g. a house": lower case goes on
	}
	if text[p] != '.' {
		return true
	}
	word := strings.ToLower(lastWord(text[start:p]))
	switch {
	case titles[word]:
		return false
	case len(word) == 1 && unicode.IsLetter(rune(word[0])) && !possessiveEnd(text[start:p]):
		return false // an initial: "John F. Kennedy", not "than the government's."
	case word == "no" || word == "nos":
		return !unicode.IsDigit(next) // "No. 10" goes on
	case shortForms[word]:
		return openers[nextWord] && !unicode.IsDigit(next)
	}
	return true
}

// possessiveEnd reports text that ends in a possessive's "'s" or "’s".
func possessiveEnd(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "'S") || strings.HasSuffix(s, "’S")
}

// lastWord returns the run of letters, digits and inner periods that ends s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		i -= size
	}
	return strings.Trim(s[i:], ".")
}

// firstWord returns the leading run of letters of s, after opening quotes.
func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"“‘'([")
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}
