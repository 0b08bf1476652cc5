package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// minTrafilaturaText is the article text, in characters, below which
// trafilatura's reading of a page is checked against readability's.
const minTrafilaturaText = 500

// parseHTML extracts the main text and metadata of an HTML page with
// trafilatura (readability as the fallback candidate), then cleans the text
// line by line like a plain-text page.
func parseHTML(data []byte, pageURL string) (Page, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Page{}, fmt.Errorf("extract: parse html: %w", err)
	}
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	opts := trafilaturaOptions(base)
	var m meta
	var text string
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err == nil && res != nil {
		text = blockText(res.ContentNode)
		md := res.Metadata
		m = meta{title: md.Title, outlet: md.Sitename, url: md.URL, published: md.Date, language: md.Language}
	}
	if text != "" {
		if lead, after := continuedBody(doc, text); lead != "" || after != "" {
			text = lead + "\n" + text + "\n" + after
		}
	}
	// Readability is the fallback, read only when trafilatura finds no
	// article or too little of one: it parses the page again, and on the
	// pages trafilatura reads it adds nothing.
	if utf8.RuneCountInString(strings.TrimSpace(text)) < minTrafilaturaText {
		parser := readability.NewParser()
		if fb, err := parser.ParseDocument(doc, base); err == nil && fb.Node != nil {
			if fbText := blockText(fb.Node); len(strings.TrimSpace(fbText)) > len(strings.TrimSpace(text)) {
				text = fbText
			}
			if m.title == "" {
				m.title = fb.Title()
			}
			if m.outlet == "" {
				m.outlet = fb.SiteName()
			}
		}
	}
	if strings.TrimSpace(text) == "" {
		return Page{}, ErrNoText
	}
	if t, ok := metaTime(doc); ok && (m.published.IsZero() || sameDay(t, m.published)) {
		m.published = t // the meta tag keeps the time of day htmldate drops
	}
	if pageURL != "" {
		m.url = pageURL // the address read, not the one the page claims
	}
	m.extracted = true
	m.outlet = strings.TrimSpace(m.outlet)
	if strings.Contains(m.outlet, "://") {
		// A publisher's profile address ("https://www.facebook.com/CBSNews",
		// from article:publisher) is no outlet's name: the page's own
		// address names it.
		m.outlet = ""
	}
	m.title = trimSiteSuffix(strings.TrimSpace(m.title), m.outlet, m.url)
	if m.outlet == "" && m.url != "" {
		m.outlet = OutletFromURL(m.url)
	}
	return cleanText(text, m), nil
}

// trafilaturaOptions are the options storybot runs go-trafilatura with.
// Recall focus: the line cleaner after it removes what boilerplate it
// keeps. Fast date mode: go-htmldate never calls go-dateparser (see the
// package documentation).
func trafilaturaOptions(base *url.URL) trafilatura.Options {
	return trafilatura.Options{
		OriginalURL:     base,
		Focus:           trafilatura.FavorRecall,
		ExcludeComments: true,
		Deduplicate:     true,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// trimSiteSuffix removes " | Site" or " - Site" from a page title when the
// part names the outlet or its host.
func trimSiteSuffix(title, outlet, pageURL string) string {
	host := normKey(OutletFromURL(pageURL))
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := normKey(title[i+len(sep):])
		if tail == "" {
			continue
		}
		if (outlet != "" && (tail == normKey(outlet) || strings.Contains(normKey(outlet), tail))) ||
			(host != "" && strings.Contains(host, tail)) || len(strings.Fields(title[i+len(sep):])) <= 3 && i > 20 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

func hasAttr(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) && strings.EqualFold(strings.TrimSpace(a.Val), val) {
			return true
		}
	}
	return false
}

// findKey returns the first string value of key in decoded JSON-LD.
func findKey(v any, key string) (string, bool) {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok {
			return s, true
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if s, ok := findKey(x[k], key); ok {
				return s, true
			}
		}
	case []any:
		for _, e := range x {
			if s, ok := findKey(e, key); ok {
				return s, true
			}
		}
	}
	return "", false
}

// publishedMeta are the meta names and properties that carry a page's
// publication time.
var publishedMeta = setOf("article:published_time", "og:article:published_time", "datepublished",
	"publish-date", "publishdate", "pubdate", "dc.date", "dc.date.issued", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "date")

// metaTime returns the first full timestamp in the page's publication meta
// tags or JSON-LD.
func metaTime(doc *html.Node) (time.Time, bool) {
	var found time.Time
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "meta" {
			var key, content string
			for _, a := range n.Attr {
				switch strings.ToLower(a.Key) {
				case "property", "name", "itemprop":
					key = strings.ToLower(a.Val)
				case "content":
					content = a.Val
				}
			}
			if publishedMeta[key] {
				if t, _, ok := parseDate(strings.TrimSpace(content)); ok {
					found = t
					return true
				}
			}
		}
		if n.Type == html.ElementNode && n.Data == "script" && n.FirstChild != nil && hasAttr(n, "type", "application/ld+json") {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				if d, ok := findKey(v, "datePublished"); ok {
					if t, _, ok := parseDate(strings.TrimSpace(d)); ok {
						found = t
						return true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found, !found.IsZero()
}

func sameDay(a, b time.Time) bool {
	return a.Format("2006-01-02") == b.Format("2006-01-02") || a.UTC().Format("2006-01-02") == b.UTC().Format("2006-01-02")
}

// blockElements start a line of their own when a page is made text.
var blockElements = setOf("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
	"section", "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
	"figure", "figcaption", "main", "aside", "nav", "hr", "address", "details", "summary", "head", "body")

// blockText renders extracted HTML as text with one line per block element
// (paragraph, heading, list item), the shape the line cleaner reads.
// trafilatura's own ContentText runs all blocks together.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var last rune // the last rune written, 0 at the start of a line
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if n.Data == "" {
				return
			}
			first, _ := utf8.DecodeRuneInString(n.Data)
			if joinsWithSpace(last, first) {
				b.WriteByte(' ')
			}
			b.WriteString(n.Data)
			last, _ = utf8.DecodeLastRuneInString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg":
				return
			case "br":
				b.WriteByte('\n')
				last = 0
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.Data]
		if block {
			b.WriteByte('\n')
			last = 0
			if n.Data == "li" {
				b.WriteString("- ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
			last = 0
		}
	}
	walk(n)
	return b.String()
}

// joinsWithSpace reports whether two pieces of text of one line, the first
// ending in prev and the next starting with next, need a space between
// them. trafilatura trims the text around inline elements ("said <a>the
// minister</a> on" becomes "said", "the minister", "on"), so words that
// the page spaced would run together; its own ContentText joins every
// piece with a space. A piece that starts with closing punctuation, or
// follows an opening bracket or quote, joins without one.
func joinsWithSpace(prev, next rune) bool {
	if prev == 0 || unicode.IsSpace(prev) || unicode.IsSpace(next) {
		return false
	}
	if strings.ContainsRune("([{“‘«¿¡/-–—", prev) || strings.ContainsRune(".,;:!?)]}”’»%…/-–—", next) {
		return false
	}
	return true
}
