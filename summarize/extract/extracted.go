package extract

import (
	"slices"
	"strings"
	"unicode"
)

// extractedBody keeps the blocks of a page's extracted markup. The
// extractor has already cut the page's navigation and repeats, so unlike
// a plain-text scrape a short or headline-shaped line here is a
// subheading, a list entry or a line of a paragraph split by <br>, and is
// kept, as is a line said twice (a recipe's "1 cup rice" in two meals).
// An embedded post the article quotes is kept with its credit line. Only
// boilerplate goes: lines the classifier calls boilerplate or
// metadata, the headline and strapline above the first paragraph and a list
// of other stories after its label.
func extractedBody(lines []line, title string) (blocks []Block, agency string) {
	titleKey := normKey(title)
	drop := make([]bool, len(lines))
	// Before the first paragraph, a short label, a line that restates the
	// page's title and a headline-shaped line over the lead are no article
	// text; the heading of a list that opens the article is, and so is a
	// line too long for a headline (a paragraph that lost its full stop),
	// as is everything in a longer run there.
	lead := 0
	for lead < len(lines) && lines[lead].kind != kParagraph && lines[lead].kind != kItem {
		lead++
	}
	if n := countKinds(lines[:lead], kHeading, kShort); n <= 2 {
		headsList := lead < len(lines) && lines[lead].kind == kItem
		for i := range lead {
			keep := lines[i].kind == kHeading && !restatesTitle(lines[i].text, title) &&
				(headsList || len(strings.Fields(lines[i].text)) > maxHeadlineWords)
			drop[i] = !keep
		}
	}
	// An embedded post is text the article quotes: its words, and the
	// line naming its author and date.
	for i, l := range lines {
		if l.kind == kDrop && reEmbeddedPost().MatchString(l.text) {
			lines[i].kind = kParagraph
		}
	}
	inList := false
	for i, l := range lines {
		switch l.kind {
		case kMarker:
			inList = true
			continue
		case kParagraph:
			inList = false
		case kHeading, kShort, kItem:
			if inList {
				continue
			}
		default:
			continue
		}
		if drop[i] {
			continue
		}
		var b Block
		switch l.kind {
		case kParagraph, kItem:
			text, a := stripDateline(l.text, len(blocks) == 0)
			if agency == "" {
				agency = a
			}
			b = Block{Text: text, Dateline: l.text[:len(l.text)-len(text)]}
		default:
			b = Block{Text: l.text, Heading: true}
		}
		key := normKey(b.Text)
		if key == "" || key == titleKey {
			continue
		}
		blocks = append(blocks, b)
	}
	return blocks, agency
}

// reEmbeddedPost is a line of an embedded social-media post: its text
// ending in a picture link, or its credit "— Name (@handle) May 1, 2025".
var reEmbeddedPost = lazyRegexp(`pic\.twitter\.com/\w+\s*$|^[—–-]\s*[^()]{1,60}\(@\w+\)\s+\p{L}+ \d{1,2}, \d{4}\s*$`)

// countKinds counts the lines of the given kinds.
func countKinds(lines []line, kinds ...kind) int {
	n := 0
	for _, l := range lines {
		if slices.Contains(kinds, l.kind) {
			n++
		}
	}
	return n
}

// maxHeadlineWords is the most words a headline has; a longer line with
// no sentence punctuation is a paragraph or a list's lead-in.
const maxHeadlineWords = 14

// restatesTitle reports whether a headline-shaped line is the page's title
// in other words: at least half of its words are words of the title. Pages
// often print a headline worded differently from their <title>.
func restatesTitle(s, title string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), notWordRune)
	if len(words) == 0 || title == "" {
		return false
	}
	inTitle := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), notWordRune) {
		inTitle[w] = true
	}
	shared := 0
	for _, w := range words {
		if inTitle[w] {
			shared++
		}
	}
	return 2*shared >= len(words)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
