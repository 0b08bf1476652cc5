// Package summarize is storybot's engine: articles in, stories and their
// digests out. It owns the vocabulary the rest of the bot speaks (Article,
// Story, Digest, Party, Claim, Dispute, Changes) and does no I/O: callers
// hand it bytes they have read or fetched.
//
// Sub-packages each hold one concern: extract turns a page into clean text
// and metadata, group clusters articles into stories, attrib finds who said
// what, parties finds the side each speaker is on, facts reads the figures
// of a sentence, lex holds sentence splitting and tokenizing. This package
// says each claim once (claims.go, sameclaim.go, facets.go), finds the
// disputes between sides and between outlets (partydisputes.go,
// sourcedisputes.go), writes the overview and tells what changed between two
// digests.
//
// Work per article (cleaning, attribution, figures) is done once, when the
// article is read; a digest is computed per story over its analysed
// articles. A story's digest is computed again when articles join it (in
// the bot, at the story's refresh, once for a burst of articles): what depends on a text alone (its tokens and terms, a statement's
// facets, whether a text denies or asserts a point, a name without its
// accents) is kept in bounded memos keyed by the text (lex.Memo), so the
// articles already in the story cost less the second time. A memo's
// results are shared: nothing that reads them changes them.
//
// No input may make the engine quadratic: an article is analysed up to the
// limits of limits.go (what is left out is counted on Article.Truncated),
// statements of the same words are one point before any pair is compared,
// and the pairwise steps (claims, disputes between sides and between
// outlets) compare only pairs that share a rare word, found through an
// inverted index (index.go, summarize/internal/linkage), up to bounded
// counts per story (cluster.go, disputepairs.go, sourcedisputes.go).
package summarize

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/facts"
	"github.com/storybot/storybot/summarize/lex"
)

// Article is one cleaned news article.
type Article struct {
	// ID is a hash of the normalised body text as read (before any cut to
	// the limits), so the same text gets the same ID wherever it is read
	// from.
	ID string
	// File is the path the article was read from, or "" for a URL.
	File string
	// URL is the address the article was read from, as given (a link
	// shown to readers must lead to the page that was read), or the
	// page's own address when it was read from a file; "" when unknown.
	URL string
	// Key is the canonical form of URL (extract.CanonicalURL): https, no
	// "www.", no tracking parameters. It only identifies the article, so
	// that two spellings of one link are one article; it is never shown.
	Key    string `json:",omitempty"`
	Outlet string
	Title  string
	// TitleFromLead is true when the page had no headline and Title was
	// made from its lead sentence.
	TitleFromLead bool
	Published     time.Time
	// Language is the ISO 639-1 code of the article's language, or "" when
	// it could not be told. An article in a language the engine does not
	// analyse (Analysed) has no statements or figures.
	Language string `json:",omitempty"`
	Body     extract.Body
	// Revision counts the versions of this article seen: an article read
	// again from the same URL with changed text replaces the older text.
	Revision int
	// Analysis holds the article's attributed statements and the people and
	// organisations it names, worked out once when the article is read.
	Analysis attrib.Analysis
	// Figures are the sentences that give checkable facts (counts, amounts,
	// days...), read once when the article is read.
	Figures []FactSentence
	// Truncated says what was left out of the body and its analysis when
	// the article was longer than the limits (see limits.go); nil when
	// nothing was.
	Truncated *Truncation `json:",omitempty"`
}

// FactSentence is a sentence and the facts it gives.
type FactSentence struct {
	Text  string
	Facts []facts.Fact
}

// NewArticle makes an Article from a cleaned page read from file (or from
// the page's URL when file is ""). A page longer than the limits
// (limits.go) is cut to them, and Truncated says what was left out.
func NewArticle(p extract.Page, file string) Article {
	a := Article{
		File:          file,
		URL:           p.URL,
		Key:           extract.CanonicalURL(p.URL),
		Outlet:        p.Outlet,
		Title:         p.Title,
		TitleFromLead: p.TitleFromLead,
		Published:     p.Published,
		Language:      p.Language,
		Revision:      1,
	}
	a.ID = ContentID(p.Text())
	a.Body, a.Truncated = boundBody(p.Blocks)
	a.Analysis = analyse(a.Paragraphs())
	if !Analysed(a.Language) {
		// Names are kept for grouping; claims and figures are not read.
		a.Analysis.Statements = nil
		return a
	}
	if n := len(a.Analysis.Statements); n > MaxArticleStatements {
		a.Analysis.Statements = a.Analysis.Statements[:MaxArticleStatements:MaxArticleStatements]
		if a.Truncated == nil {
			a.Truncated = &Truncation{}
		}
		a.Truncated.Statements = n - MaxArticleStatements
	}
	for _, p := range a.Paragraphs() {
		for _, s := range lex.Sentences(p) {
			if fs := facts.Extract(s); len(fs) > 0 {
				a.Figures = append(a.Figures, FactSentence{Text: s, Facts: fs})
			}
		}
	}
	return a
}

// ErrAnalysis is the error of a page whose reading failed on our side (a
// fault in the engine), not because of what the page holds.
var ErrAnalysis = errors.New("the article could not be analysed (an internal error)")

// analyse finds the statements and names of an article's paragraphs; a
// variable so that a test can make it fail.
var analyse = attrib.Extract

// ParseArticle cleans one page and makes it an Article. file is where it was
// read from ("" for a URL), pageURL where it was fetched from ("" for a
// file). Only the first MaxTextPageBytes (HTML: MaxHTMLPageBytes) of the
// page are read.
func ParseArticle(data []byte, f extract.Format, file, pageURL string) (a Article, err error) {
	defer func() {
		// A fault in reading one page loses that page, with a reason,
		// not every page read with it nor the process.
		if r := recover(); r != nil {
			a, err = Article{}, fmt.Errorf("%w: %v", ErrAnalysis, r)
		}
	}()
	data, unread := boundPage(data, f)
	p, err := extract.Parse(data, f, pageURL)
	if err != nil {
		return Article{}, err
	}
	a = NewArticle(p, file)
	if unread > 0 {
		if a.Truncated == nil {
			a.Truncated = &Truncation{}
		}
		a.Truncated.PageBytes = unread
	}
	return a, nil
}

// URLKey returns the key that identifies the article by its address: Key,
// or the canonical form of URL for an article stored before Key was kept
// (its URL was canonical already); "" when the article has no URL.
func (a Article) URLKey() string {
	if a.Key != "" {
		return a.Key
	}
	return extract.CanonicalURL(a.URL)
}

// Text returns the body, one block a line.
func (a Article) Text() string { return a.Body.Text() }

// Paragraphs returns the body blocks that are not subheadings.
func (a Article) Paragraphs() []string { return a.Body.Paragraphs() }

// Source names where the article came from: its URL, else its file.
func (a Article) Source() string {
	if a.URL != "" {
		return a.URL
	}
	return a.File
}

// ContentID returns the stable ID of an article text: the first 16 hex
// digits of the SHA-256 of the text lower-cased, with typographic quotes
// and dashes made plain and all runs of space made one.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(normalizeText(text)))
	return hex.EncodeToString(sum[:8])
}

var plain = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2014", "-", "\u2013", "-", "\u00a0", " ")

func normalizeText(s string) string {
	s = plain.Replace(strings.ToLower(s))
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// Dedupe merges the articles that are one article: the same canonical URL
// (or the same file) read twice is one article whose latest text (the later publication time,
// else the later in the list) is a revision of the earlier. Articles with
// the same text from different sources (syndicated copies) stay apart; when
// their IDs collide each gets an ID that also hashes its source. The result
// keeps the order of first appearance.
func Dedupe(articles []Article) []Article {
	out := make([]Article, 0, len(articles))
	byURL := map[string]int{}
	seen := map[string]bool{} // key + "\x00" + ID of every version read
	for _, a := range articles {
		key := a.URLKey()
		if key == "" && a.File != "" && a.File != "-" {
			key = "file:" + a.File
		}
		if key != "" {
			version := key + "\x00" + a.ID
			if seen[version] {
				continue // the same text again
			}
			seen[version] = true
			if i, ok := byURL[key]; ok {
				prev := out[i]
				if !a.Published.Before(prev.Published) {
					a.Revision = prev.Revision + 1
					out[i] = a
				} else {
					out[i].Revision++
				}
				continue
			}
			byURL[key] = len(out)
		}
		out = append(out, a)
	}
	count := map[string]int{}
	for _, a := range out {
		count[a.ID]++
	}
	for i, a := range out {
		if count[a.ID] > 1 {
			sum := sha256.Sum256([]byte(a.ID + "\n" + a.Source()))
			out[i].ID = hex.EncodeToString(sum[:8])
		}
	}
	return out
}
