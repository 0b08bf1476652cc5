package extract

import (
	"regexp"
	"slices"
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
func extractedBody(lines []line, titleKey string) (blocks []Block, agency string) {
	drop := make([]bool, len(lines))
	// A headline and a strapline before the first paragraph repeat the
	// page's title; a longer run there is the article's own list.
	lead := 0
	for lead < len(lines) && lines[lead].kind != kParagraph && lines[lead].kind != kItem {
		lead++
	}
	if n := countKinds(lines[:lead], kHeading, kShort); n <= 2 {
		for i := range lead {
			drop[i] = true
		}
	}
	// An embedded post is text the article quotes: its words, and the
	// line naming its author and date.
	for i, l := range lines {
		if l.kind == kDrop && reEmbeddedPost.MatchString(l.text) {
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
			text, a := stripDateline(l.text)
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
var reEmbeddedPost = regexp.MustCompile(`pic\.twitter\.com/\w+\s*$|^[—–-]\s*[^()]{1,60}\(@\w+\)\s+\p{L}+ \d{1,2}, \d{4}\s*$`)

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
