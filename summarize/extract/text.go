package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/lex"
)

// meta is what is known of a page before its text is cleaned (from HTML
// metadata, front matter or the URL).
type meta struct {
	title     string
	outlet    string
	url       string
	published time.Time
	language  string // ISO 639-1, as the extractor detected it
	// extracted is true when the text is what an extractor kept of a
	// page's markup, one block a line: the boilerplate around the article
	// is mostly gone, so every block that is no boilerplate is kept.
	extracted bool
}

// kind is what a line of a scraped page is.
type kind int

const (
	kBlank     kind = iota
	kDrop           // boilerplate: never article text
	kMarker         // a label that starts a list of other headlines
	kMeta           // a date, byline, source or agency line: metadata only
	kShort          // a few words with no sentence punctuation: nav or label
	kHeading        // headline-shaped: a title, subheading or listed headline
	kItem           // a list item of the article
	kParagraph      // article text
)

type line struct {
	text string
	kind kind
}

// cleanText cleans a plain-text page: it classifies every line, takes the
// metadata lines out, finds the headline and keeps the article body.
func cleanText(raw string, m meta) Page {
	raw, footer := postFooter(raw)
	lines := splitLines(raw)
	var agency, publisher, byOutlet, credited, linked, trailing, lined string
	header := true // no article text yet
	for i := range lines {
		l := &lines[i]
		if t, ok := labelledTitle(l.text); ok && header && i < maxHeaderLines {
			l.kind = kMeta // "Title: Dockers walk out": a header, as front matter gives one
			if m.title == "" {
				m.title = t
			}
			continue
		}
		var lead, trail string
		if l.text, lead = leadCredit(l.text); lead != "" && credited == "" {
			credited = lead
		}
		if l.text, trail = trailCredit(l.text); trail != "" && trailing == "" {
			trailing = trail
		}
		l.kind = classify(l.text)
		header = header && l.kind != kParagraph && l.kind != kItem
		if o := outletLine(l.text); header && i > 0 && o != "" && lined == "" {
			lined = o // "SBC News" alone under the headline
		}
		if o := urlLineOutlet(l.text); o != "" {
			l.kind = kMeta
			if linked == "" {
				linked = o
			}
		}
		if o := creditOutlet(l.text); o != "" && l.kind != kParagraph && credited == "" {
			credited = o
		}
		if l.kind != kMeta {
			continue
		}
		if t, ok := parseDateLine(l.text); ok && m.published.IsZero() {
			m.published = t
		}
		if o := sourceOutlet(l.text); o != "" && publisher == "" {
			publisher = o
		}
		if o, t := bylineParts(l.text); o != "" || !t.IsZero() {
			if byOutlet == "" {
				byOutlet = o
			}
			if m.published.IsZero() {
				m.published = t
			}
		}
		if a := agencyName(l.text); a != "" && agency == "" {
			agency = a
		}
		if _, a, end, ok := dateline(l.text); ok && end == len(l.text) && a != "" && agency == "" {
			agency = a
		}
	}
	for _, l := range lines {
		if l.kind == kDrop {
			if o := disclaimerOutlet(l.text); o != "" && publisher == "" {
				publisher = o
			}
		}
	}

	first := -1
	for i, l := range lines {
		if l.kind == kParagraph || l.kind == kItem {
			first = i
			break
		}
	}
	if first < 0 {
		return Page{Title: m.title, Outlet: m.outlet, URL: m.url, Published: m.published}
	}

	// The headline is the first headline-shaped line before the body.
	title := m.title
	if title == "" {
		for _, l := range lines[:first] {
			if l.kind == kHeading {
				title, _ = stripDateline(l.text, true)
				break
			}
		}
	}
	titleKey := normKey(title)

	var blocks []Block
	var fromDateline string
	if m.extracted {
		blocks, fromDateline = extractedBody(lines, title)
	} else {
		blocks, fromDateline = body(lines[first:], titleKey)
	}
	p := Page{Title: title, Outlet: m.outlet, URL: m.url, Published: m.published, Blocks: blocks, Language: m.language}
	if p.Outlet == "" {
		p.Outlet = firstNonEmpty(footer, publisher, byOutlet, fromDateline, credited, agency, trailing, linked, lined)
	}
	if p.Title == "" {
		p.Title, p.TitleFromLead = leadTitle(p.Paragraphs()), true
	}
	return p
}

// maxHeaderLines is how far down a plain-text page, and above its first
// paragraph, a labelled header line ("Title: ...") may stand.
const maxHeaderLines = 8

// labelledTitle returns the headline a header line labels ("Title: Dockers
// walk out", "Headline: ..."), as the "Source:" and "Published:" lines
// beside it label the outlet and the time.
func labelledTitle(s string) (string, bool) {
	label, rest, ok := strings.Cut(s, ":")
	if !ok {
		return "", false
	}
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "title", "headline":
		if rest = strings.TrimSpace(rest); rest != "" {
			return rest, true
		}
	}
	return "", false
}

// body keeps the article's own blocks from the lines that follow the first
// paragraph, dropping repeated headlines and paragraphs, lists of other
// stories' headlines and subheadings that head nothing.
func body(lines []line, titleKey string) (blocks []Block, agency string) {
	// A run of three or more headline-shaped lines is a list of other
	// stories, as is every headline-shaped line after a list label.
	drop := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && (lines[j].kind == kHeading || lines[j].kind == kShort || lines[j].kind == kBlank ||
			lines[j].kind == kDrop || lines[j].kind == kMeta) {
			j++
		}
		headings := 0
		for k := i; k < j; k++ {
			if lines[k].kind == kHeading {
				headings++
			}
		}
		if headings >= 3 {
			for k := i; k < j; k++ {
				drop[k] = true
			}
		}
		i = max(j, i+1)
	}
	inList := false
	for i, l := range lines {
		switch l.kind {
		case kMarker:
			inList = true
		case kParagraph:
			inList = false
		case kHeading, kShort, kItem:
			if inList {
				drop[i] = true
			}
		}
	}
	// Headings and list labels after the last paragraph head nothing.
	last := -1
	for i, l := range lines {
		if l.kind == kParagraph {
			last = i
		}
	}
	seen := map[string]bool{titleKey: true}
	for i, l := range lines {
		if drop[i] || i > last && l.kind != kItem {
			continue
		}
		if i > last && l.kind == kItem && !endsSentence(l.text) {
			continue // a trailing bullet list of headlines
		}
		var b Block
		switch l.kind {
		case kParagraph, kItem:
			text, a := stripDateline(l.text, len(blocks) == 0)
			if agency == "" {
				agency = a
			}
			b = Block{Text: text, Dateline: l.text[:len(l.text)-len(text)]}
		case kHeading:
			b = Block{Text: l.text, Heading: true}
		default:
			continue
		}
		key := normKey(b.Text)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		blocks = append(blocks, b)
	}
	// A subheading directly followed by another subheading or by nothing
	// heads no text.
	out := blocks[:0]
	for i, b := range blocks {
		if b.Heading && (i+1 == len(blocks) || blocks[i+1].Heading) {
			continue
		}
		out = append(out, b)
	}
	return out, agency
}

// splitLines normalises spacing and returns the page's lines, trimmed, with
// hard-wrapped lines of one paragraph joined again.
func splitLines(raw string) []line {
	raw = spacing.Replace(raw)
	var out []line
	for s := range strings.SplitSeq(raw, "\n") {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			if len(out) > 0 && out[len(out)-1].text != "" {
				out = append(out, line{})
			}
			continue
		}
		if n := len(out); n > 0 && wrapped(out[n-1].text, s) {
			out[n-1].text += " " + s
			continue
		}
		out = append(out, line{text: s})
	}
	return out
}

// reLowerByline is a byline written in lower case: "by Jane Doe, Reporter".
var reLowerByline = lazyRegexp(`^by \p{Lu}`)

// wrapped reports whether next continues prev: prev is a long line that
// stops mid-sentence and next starts in lower case.
func wrapped(prev, next string) bool {
	if len(prev) < 40 || endsSentence(prev) || strings.HasSuffix(prev, ":") {
		return false
	}
	r := []rune(next)[0]
	return unicode.IsLower(r) && !reLowerByline().MatchString(next)
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)] ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, "…") || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "！") ||
		strings.HasSuffix(s, "？")
}

// normKey is the comparison key of a line: lower case, letters and digits.
func normKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// leadTitle makes a headline from the lead sentence of a page that has none:
// the first sentence, cut when it runs long at the clause boundary that
// leaves the most of it within a headline's length, never in the middle of
// a phrase. A long sentence with no clause boundary is kept whole.
func leadTitle(paragraphs []string) string {
	if len(paragraphs) == 0 {
		return ""
	}
	sents := lex.Sentences(paragraphs[0])
	if len(sents) == 0 {
		return ""
	}
	s := strings.TrimRight(sents[0], ".!?,;: ")
	words := strings.Fields(s)
	if len(words) <= maxLeadTitleWords {
		return s
	}
	// "In response to the board's vote on a strike, the producers warned
	// of hardship": a long opening phrase sets the scene, and the main
	// clause after it is the news.
	if i := mainClauseStart(words); i > 0 {
		words = slices.Clone(words[i:])
		r, n := utf8.DecodeRuneInString(words[0])
		words[0] = string(unicode.ToUpper(r)) + words[0][n:]
		if len(words) <= maxLeadTitleWords {
			return strings.Join(words, " ")
		}
	}
	// "..., the minister said": the attribution goes first.
	if i := attributionStart(words); i >= minLeadTitleWords {
		words = words[:i]
		if len(words) <= maxLeadTitleWords {
			return strings.TrimRight(strings.Join(words, " "), ",;:—– ")
		}
	}
	best := 0
	for i := minLeadTitleWords; i <= maxLeadTitleWords && i < len(words); i++ {
		if clauseBoundary(words, i) {
			best = i
		}
	}
	// A sentence whose first clause runs a little long is cut there rather
	// than kept whole.
	for i := maxLeadTitleWords + 1; best == 0 && i <= maxLeadTitleWords+8 && i < len(words); i++ {
		if clauseBoundary(words, i) {
			best = i
		}
	}
	if best == 0 {
		return strings.Join(words, " ")
	}
	return strings.TrimRight(strings.Join(words[:best], " "), ",;:—– ")
}

// sceneOpeners open a phrase that sets a lead's scene before its main
// clause: "In response to ...,", "After ...,", "Amid ...,".
var sceneOpeners = setOf("in", "after", "following", "amid", "despite", "with", "ahead", "as", "since", "before", "on", "at")

// minSceneWords is the least length of an opening phrase worth leaving
// out of a headline: "On Monday," stays.
const minSceneWords = 6

// mainClauseStart returns where the main clause of a lead starts after a
// long opening phrase (a scene opener, at least minSceneWords words, up to
// its comma), when what follows is long enough for a headline and opens
// with a lower-case determiner or a name; else 0.
func mainClauseStart(words []string) int {
	if !sceneOpeners[strings.ToLower(words[0])] {
		return 0
	}
	for i := 1; i < len(words); i++ {
		if !strings.HasSuffix(words[i-1], ",") {
			continue
		}
		if i < minSceneWords || len(words)-i < minLeadTitleWords {
			return 0
		}
		if inList(words[i:]) {
			return 0 // "After talks with Ford, GM and Stellantis ended, ..."
		}
		next := words[i]
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) || determiners[next] {
			return i
		}
		return 0
	}
	return 0
}

// inList reports words that go on a list the comma before them opened:
// an "and" or "or" within four words.
func inList(words []string) bool {
	for k := 0; k < len(words) && k < 4; k++ {
		if w := strings.ToLower(words[k]); w == "and" || w == "or" {
			return true
		}
		if strings.HasSuffix(words[k], ",") {
			return false
		}
	}
	return false
}

// determiners open a noun phrase that may be a main clause's subject.
var determiners = setOf("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "some", "many", "several")

// attributionVerbs end a sentence's closing attribution ("..., UK Prime
// Minister Rishi Sunak said").
var attributionVerbs = setOf("said", "says", "reported", "reports", "added", "announced", "confirmed", "told", "stated")

// attributionStart returns where a closing attribution of up to eight
// words starts (after its comma), or 0.
func attributionStart(words []string) int {
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,;:"))
	if !attributionVerbs[last] {
		return 0
	}
	for i := len(words) - 1; i >= max(1, len(words)-8); i-- {
		if strings.HasSuffix(words[i-1], ",") || strings.HasSuffix(words[i-1], ",”") || strings.HasSuffix(words[i-1], ",\"") {
			return i
		}
	}
	return 0
}

// The length of a headline made from a lead, in words.
const (
	minLeadTitleWords = 8
	maxLeadTitleWords = 24
)

// clauseWords open a clause after a comma ("..., according to", "...,
// which"); subordinators open one even without it ("... after the strike
// ended").
var (
	clauseWords = setOf("according", "following", "after", "as", "while", "which", "but", "who", "with",
		"said", "says", "amid", "before", "despite", "since", "until", "when", "where", "whereas",
		"although", "though", "because", "and", "prompting", "sparking")
	subordinators = setOf("after", "following", "while", "because", "amid", "before", "despite", "since",
		"until", "when", "where", "whereas", "although", "though")
	// asFollowers start the clause in "... against Ford as they expected";
	// asBlockers end a phrase that "as" continues ("such as", "as well as").
	asFollowers = setOf("they", "the", "it", "he", "she", "a", "an", "its", "their", "we", "his", "her", "talks", "part")
	asBlockers  = setOf("such", "well", "same", "so", "just", "as", "known", "soon", "long", "much", "many")
)

// clauseBoundary reports whether a clause starts at words[i].
func clauseBoundary(words []string, i int) bool {
	prev, next := words[i-1], strings.ToLower(words[i])
	after := ""
	if i+1 < len(words) {
		after = strings.ToLower(words[i+1])
	}
	switch {
	case strings.HasSuffix(prev, ";"), next == "—", next == "–":
		return true
	case strings.HasSuffix(prev, ","):
		return clauseWords[next] || len(next) > 5 && strings.HasSuffix(next, "ing") && unicode.IsLower([]rune(words[i])[0])
	case subordinators[next]:
		return true
	case next == "as":
		return asFollowers[after] && !asBlockers[strings.ToLower(strings.Trim(prev, ",\"'“”‘’"))]
	case next == "by":
		return len(after) > 5 && strings.HasSuffix(after, "ing")
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// spacing makes line ends and spaces plain and drops invisible characters.
var spacing = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u200b", "",
	"\ufeff", "", "\u2028", "\n", "\u2029", "\n", "\t", " ")
