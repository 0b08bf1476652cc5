package language

import (
	"errors"
	"sync"
	"unicode"

	"github.com/markusmobius/go-dateparser/internal/regexp"
	"github.com/markusmobius/go-dateparser/internal/strutil"
	"golang.org/x/text/unicode/rangetable"
)

var (
	ErrNotFound           = errors.New("locale not found")
	ErrUnknownLocales     = errors.New("unknown locale(s)")
	ErrUnknownLanguages   = errors.New("unknown language(s)")
	ErrConflictingLocales = errors.New("locales should not have same language and different region")
)

const (
	splitSeparator = `|#=#=#|`
)

var (
	rxSpaces     = regexp.Lazy(`\s{2,}`)
	rxKeepToken1 = regexp.Lazy(`^.*[^\W_].*$`)
	rxKeepToken2 = regexp.Lazy(`^.*[^\P{L}\d_].*$`)
	rxNumeral    = regexp.Lazy(`(\d+)`)
	rxTokenDigit = regexp.Lazy(`[\d\.:\-/]+`)

	disallowedKnownWordRunes = sync.OnceValue(func() *unicode.RangeTable {
		return rangetable.Merge(
			unicode.Letter,
			unicode.Mark,
			unicode.Number,
		)
	})

	rxSentenceSplitters = map[int]func() *regexp.Regexp{
		// The most common splitter, used in European, Tagalog, Hebrew, Georgian, Indonesian, Vietnamese
		1: regexp.Lazy(`([^\s.]*)[\.!?;…\r\n]+(?:\s|$)*`),
		// Splitter for Spanish
		2: regexp.Lazy(`([^\s.]*)[\.!?;…\r\n]+(\s*[¡¿]*|$)|[¡¿]+`),
		// Splitter for Hindi and Bangla
		3: regexp.Lazy(`([^\s.]*)[|!?;\r\n]+(?:\s|$)+`),
		// Splitter for Japanese and Chinese
		4: regexp.Lazy(`([^\s.]*)[。…‥\.!?？！;\r\n]+(?:\s|$)+`),
		// Splitter for Thai
		5: regexp.Lazy(`([^\s.]*)[\r\n]+`),
		// Splitter for Arabic and Farsi
		6: regexp.Lazy(`([^\s.]*)[\r\n؟!\.…]+(?:\s|$)+`),
	}

	dashes             = strutil.NewDict("-", "——", "—", "～")
	alwaysKeptTokens   = strutil.NewDict("+", ":", ".", " ", "-", "/")
	freshnessWords     = strutil.NewDict("day", "week", "month", "year", "hour", "minute", "second")
	langWithDigitAbbrs = strutil.NewDict("fi", "cs", "hu", "de", "da")
	commonCharset      = rangetable.New([]rune(`0123456789()\-/.,:' `)...)
)
