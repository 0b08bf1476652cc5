package lex

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/kljensen/snowball/english"
)

// Token is one word of a text as it was written, with its sentence position.
type Token struct {
	Text  string // as written, without surrounding punctuation
	Lower string // lower-cased, with typographic apostrophes made plain
	// Capitalized is true when the word starts with an upper-case letter.
	Capitalized bool
	// SentenceStart is true for the first word of a sentence or line.
	SentenceStart bool
	// Start and End are the byte offsets of the word in the text.
	Start, End int
}

// Tokens splits text into words. Words keep inner apostrophes, hyphens,
// periods and commas between digits ("U.S.", "3,000", "five-hour").
// The tokens of a short text are kept (see memo): callers share the
// slice and must not change it.
func Tokens(text string) []Token {
	if len(text) > maxTokensMemoText {
		return tokens(text)
	}
	return tokensMemo.Get(text, tokens, func(ts []Token) int { return len(ts) * int(unsafe.Sizeof(Token{})) })
}

// tokens is Tokens, computed.
func tokens(text string) []Token {
	// Most words end at a space: sizing the slice by them saves growing it.
	out := make([]Token, 0, strings.Count(text, " ")+1)
	// The text's ASCII letters are lower-cased once, and the lower form of
	// an ASCII word is cut from that.
	lowered := lowerASCII(text)
	start := true
	i := 0
	for i < len(text) {
		r, size := decode(text, i)
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == ';' {
				start = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			c, n := decode(text, j)
			if isWordRune(c) {
				j += n
				continue
			}
			// Inner joiners: a letter or digit must follow.
			if strings.ContainsRune("'’-.,&", c) && j+n < len(text) {
				d, _ := decode(text, j+n)
				if isWordRune(d) && (c != ',' || isDigitBefore(text, j) && unicode.IsDigit(d)) &&
					(c != '.' || isInitialism(text[i:j])) {
					j += n
					continue
				}
			}
			break
		}
		w := text[i:j]
		first, _ := decode(w, 0)
		var lower string
		if isASCII(w) {
			lower = lowered[i:j]
		} else {
			lower = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
		out = append(out, Token{
			Text:          w,
			Lower:         lower,
			Capitalized:   unicode.IsUpper(first),
			SentenceStart: start,
			Start:         i,
			End:           j,
		})
		start = false
		i = j
	}
	return out
}

// lowerASCII returns s with its ASCII letters in lower case and every
// other byte as it is, so that offsets into s hold for it.
func lowerASCII(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func decode(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigitBefore(s string, i int) bool {
	return i > 0 && s[i-1] >= '0' && s[i-1] <= '9'
}

// isInitialism reports whether w so far reads like "U" or "U.S" or "3"
// (a decimal), where an inner period belongs to the word.
func isInitialism(w string) bool {
	if w == "" {
		return false
	}
	if unicode.IsDigit(rune(w[len(w)-1])) {
		return true
	}
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if len([]rune(p)) != 1 {
			return false
		}
	}
	return true
}

// Stem returns the Snowball English stem of a lower-case word. Stems are
// kept once computed: news repeats its words, and stemming is the
// costliest step of comparing statements.
func Stem(lower string) string {
	if s, ok := stems.Load(lower); ok {
		return s.(string)
	}
	s := english.Stem(lower, true)
	if stemCount.Add(1) <= maxStems {
		stems.Store(lower, s)
	}
	return s
}

// maxStems bounds the stem cache; beyond it, stems are computed each time.
const maxStems = 200_000

var (
	stems     sync.Map // lower-case word -> stem
	stemCount atomic.Int64
)

// Terms returns the stems of the content words of text: lower-cased, stop
// words and one-letter words dropped, possessives removed. The slice is
// the caller's own. The terms of a short text are kept (see memo): a
// whole article's, cut once per digest, would crowd out the statements'.
func Terms(text string) []string {
	if len(text) > maxTokensMemoText {
		return terms(text)
	}
	ts := termsMemo.Get(text, terms, func(ts []string) int { return len(ts) * int(unsafe.Sizeof("")) })
	return slices.Clone(ts)
}

// terms is Terms, computed.
func terms(text string) []string {
	toks := Tokens(text)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		w := strings.TrimSuffix(t.Lower, "'s")
		w = strings.TrimSuffix(w, "'")
		if len(w) < 2 || IsStop(w) {
			continue
		}
		prefix, _, ok := strings.Cut(w, "-")
		if !ok || boundPrefixes[prefix] || strings.ToLower(t.Text) != t.Text {
			out = append(out, Stem(w))
			continue
		}
		// A compound of common words is its words: "work-to-rule" is a
		// "work to rule", a "stock-specific market" is specific to
		// stocks. A compound with a name ("SAG-AFTRA", "Israeli-linked")
		// stays whole, as one that opens with a bound prefix
		// ("anti-government" is no "government").
		for part := range strings.SplitSeq(w, "-") {
			if len(part) >= 2 && !IsStop(part) {
				out = append(out, Stem(part))
			}
		}
	}
	return out
}

// boundPrefixes open a compound whose words, taken apart, would say
// another thing: an "anti-government" protest is against the government,
// an "ex-minister" is no minister.
var boundPrefixes = map[string]bool{"anti": true, "pro": true, "non": true, "ex": true, "counter": true,
	"self": true, "co": true, "pre": true, "post": true, "semi": true, "pseudo": true, "quasi": true,
	"neo": true, "mis": true, "un": true, "de": true, "re": true, "sub": true, "vice": true}
