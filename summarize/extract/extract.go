// Package extract turns a news page, as it is really scraped, into clean
// article text with its metadata: headline, outlet, publication time and
// canonical URL.
//
// HTML goes through go-trafilatura (markusmobius/go-trafilatura), the Go
// port of the extractor that scores best on the public web-extraction
// benchmarks (F1 about 0.90), with the maintained readability port
// codeberg.org/readeck/go-readability/v2 as its fallback candidate (the
// go-shiori port is archived) and go-htmldate for publication dates.
// go-htmldate runs in its fast mode: it never calls go-dateparser, whose
// free-form parsing is slow and whose locale tables, built at program start
// upstream, cost every storybot process about 0.3 s and 90 MB before it
// did anything. go.mod therefore replaces go-dateparser with a copy in
// third_party/go-dateparser that builds those tables on first use (its
// README says what changed and how to update it).
//
// What those libraries leave behind, and plain-text pages scraped without
// markup, pass through the same line cleaner written here: no library
// cleans plain text. It drops navigation words and breadcrumbs, bylines,
// reading times, "Latest News" and "RECOMMENDED" labels, agency and source
// lines, photo credits, syndication disclaimers, repeated headlines and
// paragraphs, and the lists of unrelated headlines that trail many pages,
// while it keeps every paragraph of the article itself. The rules describe
// the shapes such lines take on news sites in general (a short line with no
// sentence punctuation before the first paragraph, a run of headline-shaped
// lines after the last one, ...), never the words of one site.
package extract

import (
	"bytes"
	"errors"
	"path"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Format is the kind of markup a page is written in.
type Format int

// The formats Parse understands.
const (
	Text Format = iota
	HTML
	Markdown
)

// String names the format.
func (f Format) String() string {
	switch f {
	case HTML:
		return "html"
	case Markdown:
		return "markdown"
	}
	return "text"
}

// ErrNoText is returned when a page holds no article text once cleaned.
var ErrNoText = errors.New("no article text")

// Block is one paragraph, list item or subheading of an article body.
type Block struct {
	Text    string
	Heading bool // a subheading: no sentence of its own
	// Dateline is the dateline that opened the paragraph as printed
	// ("GENEVA (Reuters) - "), taken out of Text so that no analysis reads
	// the place or the agency as part of the first sentence.
	Dateline string `json:",omitempty"`
}

// Printed returns the block as the page printed it: its dateline, if any,
// then its text.
func (b Block) Printed() string { return b.Dateline + b.Text }

// Page is a cleaned article with its metadata.
type Page struct {
	Title string
	// TitleFromLead is true when the page had no headline and Title was
	// made from its lead sentence.
	TitleFromLead bool
	Outlet        string
	// URL is the address the page was read from when it is known, else
	// the address the page gives for itself; as written, not canonical.
	URL       string
	Published time.Time
	// Language is the ISO 639-1 code of the body's language, or "" when
	// it cannot be told.
	Language string
	Blocks   Body
}

// Body is the text of an article, block by block.
type Body []Block

// Paragraphs returns the blocks that are not subheadings.
func (b Body) Paragraphs() []string {
	out := make([]string, 0, len(b))
	for _, x := range b {
		if !x.Heading {
			out = append(out, x.Text)
		}
	}
	return out
}

// Text returns the body as plain text, one block a line.
func (b Body) Text() string {
	lines := make([]string, len(b))
	for i, x := range b {
		lines[i] = x.Text
	}
	return strings.Join(lines, "\n")
}

// Paragraphs returns the body blocks that are not subheadings.
func (p Page) Paragraphs() []string { return p.Blocks.Paragraphs() }

// Text returns the body as plain text, one block a line.
func (p Page) Text() string { return p.Blocks.Text() }

// FormatOf picks the format from a file name's extension or, when that says
// nothing, from a MIME content type; it sniffs the data last.
func FormatOf(name, contentType string, data []byte) Format {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".md", ".markdown":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return HTML
	case strings.Contains(ct, "markdown"):
		return Markdown
	case strings.HasPrefix(ct, "text/"):
		return Text
	}
	head := strings.ToLower(strings.TrimSpace(string(data[:min(len(data), 512)])))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<head") || strings.Contains(head, "<body") {
		return HTML
	}
	return Text
}

// Parse cleans one page. pageURL, when known, is where the page came from:
// it is the page's URL, and gives the outlet when the page names none. Bytes that are not UTF-8
// become U+FFFD, so the page's text is always valid UTF-8.
func Parse(data []byte, f Format, pageURL string) (Page, error) {
	var (
		p   Page
		err error
	)
	data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	switch f {
	case HTML:
		p, err = parseHTML(data, pageURL)
	case Markdown:
		p = parseMarkdown(string(data))
	default:
		p = cleanText(string(data), meta{})
	}
	if err != nil {
		return Page{}, err
	}
	if p.URL == "" && pageURL != "" {
		p.URL = pageURL
	}
	if p.Outlet == "" && p.URL != "" {
		p.Outlet = OutletFromURL(p.URL)
	}
	if len(p.Paragraphs()) == 0 {
		return Page{}, ErrNoText
	}
	if p.Language == "" {
		p.Language = Language(p.Text())
	}
	return p, nil
}

// lazyRegexp returns expr compiled the first time it is asked for: a page
// needs few of the package's patterns, and compiling them all at start-up
// would cost every run of every command. A character class lists its
// single characters before a Unicode class (`[-.'’\p{L}]`): it means the
// same as `[\p{L}.'’-]` and is parsed several times faster.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
