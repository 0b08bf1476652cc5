package summarize

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/lex"
)

// The limits of the engine. No article, however long or repetitive, may
// cost more than a bounded amount of work, and no story more than about
// linear work in what it holds: an article is analysed up to the first
// three limits (what is left out is counted on the article, see
// Truncation), and the pairwise steps of a digest compare only pairs that
// share a rare word, and at most as many points as the last limits allow.
//
// The article limits are far above what news carries (the longest
// articles of the evaluation sets are under 5,000 characters, 31 sentences
// and 15 statements; a long read runs to 60,000 characters), so they only
// ever cut pages that are not one article: a dump, a feed of many
// stories, or text built to be expensive.
const (
	// MaxTextPageBytes and MaxHTMLPageBytes are the most of a page (plain
	// text or Markdown, and HTML) that is read; the rest is cut at a line
	// or a tag before the page is cleaned. A page holds more than its
	// article (menus, other headlines, scripts), so these are well above
	// MaxArticleChars.
	MaxTextPageBytes = 1 << 20
	MaxHTMLPageBytes = 4 << 20
	// MaxArticleChars is the most body text (in bytes) of one article that
	// is analysed and kept; the body is cut at the last paragraph or
	// sentence that fits.
	MaxArticleChars = 100_000
	// MaxArticleSentences is the most sentences of one article analysed.
	MaxArticleSentences = 1_500
	// MaxArticleStatements is the most attributed statements kept of one
	// article, the first ones in reading order.
	MaxArticleStatements = 300

	// MaxClusterPoints is the most points (statements with distinct words;
	// the same words said in several articles are one point) of one side
	// that are clustered into claims. Candidate pairs come from an
	// inverted index of the words, figures and quoted words points share,
	// so the work is about linear in the points; the cap bounds the worst
	// case, where every point shares a word with every other. Points
	// beyond it (those carried by the fewest articles, the latest) stand
	// as claims of their own.
	MaxClusterPoints = 1_000
	// MaxPostings is the most points (or claims, or fact sentences) a word
	// may be in and still propose pairs of them for comparison. A word that
	// many share weighs too little to make two of them alike on its own;
	// pairs that share rarer words are still found by those. No story of
	// the evaluation sets comes near it.
	MaxPostings = 200
	// MaxDisputeClaims is the most claims of a story (those carried by the
	// most articles) searched for disputes between sides.
	MaxDisputeClaims = 1_000
	// MaxComparedMembers is the most points of one claim compared with the
	// points of another when looking for a dispute between them: the
	// claim's earliest ones.
	MaxComparedMembers = 32
	// MaxFactSentences is the most sentences giving figures (distinct
	// texts, in article order) searched for facts the outlets disagree on.
	MaxFactSentences = 4_000
)

// Truncation counts what the analysis of an article left out because the
// article was longer than the limits.
type Truncation struct {
	// PageBytes is how many bytes of the page were not read.
	PageBytes int `json:"page_bytes,omitempty"`
	// Chars is how many bytes of body text were left out.
	Chars int `json:"chars,omitempty"`
	// Sentences is how many sentences were left out beyond
	// MaxArticleSentences, among the first MaxArticleChars bytes.
	Sentences int `json:"sentences,omitempty"`
	// Statements is how many attributed statements were left out.
	Statements int `json:"statements,omitempty"`
}

// boundPage cuts a page to the bytes read of it (MaxTextPageBytes or
// MaxHTMLPageBytes), after the last line or tag that fits (or the last
// word, when a line is longer than half of it), and says how many bytes it
// left out.
func boundPage(data []byte, f extract.Format) ([]byte, int) {
	limit, end := MaxTextPageBytes, byte('\n')
	if f == extract.HTML {
		limit, end = MaxHTMLPageBytes, '>'
	}
	if len(data) <= limit {
		return data, 0
	}
	cut := bytes.LastIndexByte(data[:limit], end) + 1
	if cut < limit/2 {
		cut = bytes.LastIndexByte(data[:limit], ' ') + 1 // one long line: cut between words
	}
	if cut <= 0 {
		cut = limit
		for cut > 0 && !utf8.RuneStart(data[cut]) {
			cut-- // not inside a character
		}
	}
	return data[:cut], len(data) - cut
}

// boundBody cuts a body to MaxArticleChars bytes and MaxArticleSentences
// sentences, at a sentence boundary, and says what it left out (nil when
// nothing). Past the first MaxArticleChars bytes, what is left out is
// counted in bytes only: splitting it into sentences would cost what the
// limit saves.
func boundBody(body extract.Body) (extract.Body, *Truncation) {
	size := 0
	for _, b := range body {
		size += len(b.Text) + 1
	}
	if size <= MaxArticleChars && !tooManySentences(body) {
		return body, nil
	}
	var out extract.Body
	var t Truncation
	chars, sents := 0, 0
	full := false // no more text is kept
	for _, b := range body {
		room := MaxArticleChars - chars
		if full || room <= len(b.Text) && b.Heading {
			t.Chars += len(b.Text) + 1
			full = true
			continue
		}
		if b.Heading {
			out = append(out, b)
			chars += len(b.Text) + 1
			continue
		}
		text, cut := b.Text, false
		if len(text) > room {
			text, cut = prefix(text, room), true
		}
		ss := lex.Sentences(text)
		if cut && len(ss) > 0 {
			ss = ss[:len(ss)-1] // the last may end inside a sentence
		}
		kept := ss[:min(len(ss), MaxArticleSentences-sents)]
		t.Sentences += len(ss) - len(kept)
		size := 0
		for _, s := range kept {
			size += len(s) + 1
		}
		if len(kept) > 0 {
			out = append(out, extract.Block{Text: strings.Join(kept, " ")})
		}
		t.Chars += max(0, len(b.Text)+1-size)
		chars += size
		sents += len(kept)
		full = cut || sents >= MaxArticleSentences
	}
	if t == (Truncation{}) {
		return body, nil
	}
	return out, &t
}

// prefix returns the first n bytes of s or fewer, not cutting a
// character.
func prefix(s string, n int) string {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tooManySentences reports a body of more than MaxArticleSentences
// sentences. A paragraph has at most one sentence more than the
// sentence-ending marks it holds, so only a body with that many marks is
// split to count.
func tooManySentences(body extract.Body) bool {
	marks := 0
	for _, b := range body {
		if !b.Heading {
			marks += 1 + strings.Count(b.Text, ".") + strings.Count(b.Text, "!") + strings.Count(b.Text, "?")
		}
	}
	if marks <= MaxArticleSentences {
		return false
	}
	n := 0
	for _, b := range body {
		if b.Heading {
			continue
		}
		if n += len(lex.Sentences(b.Text)); n > MaxArticleSentences {
			return true
		}
	}
	return false
}

// bounded returns the article within the limits. An article read before
// the limits existed may hold more (its text, statements and figures are
// stored as they were analysed): it is cut here the same way, without
// analysing it again, so that no stored article makes its story's digest
// expensive.
func (a Article) bounded() Article {
	body, cut := boundBody(a.Body)
	if cut == nil && len(a.Analysis.Statements) <= MaxArticleStatements && len(a.Figures) <= MaxArticleSentences {
		return a
	}
	t := Truncation{}
	if a.Truncated != nil {
		t = *a.Truncated
	}
	if cut != nil {
		a.Body = body
		t.Chars += cut.Chars
		t.Sentences += cut.Sentences
	}
	if n := len(a.Analysis.Statements); n > MaxArticleStatements {
		a.Analysis.Statements = a.Analysis.Statements[:MaxArticleStatements:MaxArticleStatements]
		t.Statements += n - MaxArticleStatements
	}
	if len(a.Figures) > MaxArticleSentences {
		a.Figures = a.Figures[:MaxArticleSentences:MaxArticleSentences]
	}
	a.Truncated = &t
	return a
}
