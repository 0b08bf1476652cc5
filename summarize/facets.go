package summarize

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// A reporter often packs several points of one speaker into a sentence
// ("Ushakov confirmed that the talks were the longest yet, but insisted
// that no agreement was reached") or a paragraph. Each point is a claim
// of its own, said once however many outlets carry it, so statements are
// cut into facets: sentences, then clauses joined by "but", a semicolon or
// "adding". A facet's text is its words as written, so it stays grounded.

// facetBreaks join two points of one speaker; the break's own words stay
// with the point that follows it.
var facetBreaks = []string{", describing ", ", calling ", "; ", ", adding ", ", and added ", " and added ", " but insisted ",
	" but said ", " but stressed ", " but warned ", " but added "}

// inferenceOpeners open a reporter's reading of what was said (", suggesting
// that talks will go on"), which is no part of the claim.
var inferenceOpeners = []string{", suggesting ", ", indicating ", ", signalling ", ", signaling ",
	", underscoring ", ", highlighting ", ", reflecting ", ", in a sign ", ", a sign "}

// minFacetTerms and minSentenceTerms are the least numbers of content
// words a clause and a sentence need to stand alone; a shorter piece stays
// with the one before it.
const (
	minFacetTerms    = 4
	minSentenceTerms = 3
)

// facets cuts a statement into the points it makes.
func facets(st attrib.Statement) []attrib.Statement {
	var out []attrib.Statement
	credited := false // the sentence before only credited the point before it
	for si, sent := range lex.Sentences(st.Text) {
		// cursor is where the next part is looked for in sent; prevEnd
		// is where the last point taken from sent ends, or -1.
		cursor, prevEnd := 0, -1
		afterCredit := credited
		credited = false
		for k, part := range splitOutsideQuotes(sent) {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			start := strings.Index(sent[cursor:], part)
			if start >= 0 {
				start += cursor
				cursor = start + len(part)
			}
			least := minFacetTerms
			if k == 0 {
				least = minSentenceTerms
			}
			// A sentence that is all quotation goes on with the point
			// before it (`"We stand behind the engineering."`), unless a
			// line that credits that point stands between them; a line
			// that only credits goes with the point before it.
			credit := len(out) > 0 && k == 0 && attrib.CreditLine(part)
			credited = credited || credit
			if n := len(out); n > 0 && (credit || len(lex.Terms(trimJoiner(part))) < least || k == 0 && !afterCredit && (allQuoted(part) || unmarkedQuote(st, part))) {
				// A piece of the same sentence goes back on with the
				// words the break took ("; "), so the point stays the
				// sentence's own words.
				gap := " "
				if prevEnd >= 0 && start >= prevEnd {
					gap = sent[prevEnd:start]
				}
				out[n-1].Text += gap + part
				prevEnd = max(cursor, prevEnd)
				continue
			}
			f := st
			f.Text = trimJoiner(part)
			f.Sentence = st.Sentence + si // a run's sentences follow each other
			out = append(out, f)
			if start >= 0 {
				prevEnd = cursor
			}
		}
	}
	if len(out) <= 1 {
		st.Text = trimInference(st.Text)
		return []attrib.Statement{st}
	}
	quotes := strings.Split(st.Quote, " … ")
	for i := range out {
		out[i].Text = trimInference(out[i].Text)
		var qs []string
		for _, q := range quotes {
			if q != "" && strings.Contains(out[i].Text, q) {
				qs = append(qs, q)
			}
		}
		out[i].Quote = strings.Join(qs, " … ")
	}
	return out
}

// splitOutsideQuotes cuts a sentence at facetBreaks that stand outside
// quotation marks.
func splitOutsideQuotes(s string) []string {
	var parts []string
	inQuote := false
	start := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			inQuote = !inQuote
			continue
		case strings.HasPrefix(s[i:], "“"):
			inQuote = true
			continue
		case strings.HasPrefix(s[i:], "”"):
			inQuote = false
			continue
		}
		if inQuote || s[i] != ',' && s[i] != ';' && s[i] != ' ' {
			continue // every break opens with one of these
		}
		rest := s[i:]
		if commaInQuote(s[:i]) {
			// `"must be stopped," adding: "..."`: the comma closes the
			// quotation, and the break goes on after it.
			rest = "," + rest
		}
		breaks := facetBreaks
		if second := secondSubjectBreak(rest); second != "" {
			breaks = []string{second}
		} else if b := cueGerundBreak(s[start:i], rest); b != "" {
			breaks = []string{b}
		}
		for _, b := range breaks {
			if strings.HasPrefix(rest, b) || colonBreak(rest, b) {
				head := strings.TrimRight(strings.TrimSpace(s[start:i]), ",;")
				if len(lex.Terms(head)) >= minFacetTerms {
					parts = append(parts, head)
					// The next point starts at the break's first word, or
					// after the break when it has none ("; ").
					w := strings.IndexFunc(b, func(r rune) bool { return r != ',' && r != ';' && r != ' ' })
					if w < 0 {
						w = len(b)
					}
					start = i + w - (len(rest) - len(s[i:]))
					i = start - 1
				}
				break
			}
		}
	}
	return append(parts, strings.TrimSpace(s[start:]))
}

// colonBreak reports rest opening with break b followed by a colon
// instead of its last space (", adding: ").
func colonBreak(rest, b string) bool {
	word, ok := strings.CutSuffix(b, " ")
	if !ok {
		return false
	}
	after, ok := strings.CutPrefix(rest, word)
	return ok && strings.HasPrefix(after, ": ")
}

// commaInQuote reports a head that ends in a comma set inside a closing
// quotation mark, as American style sets it (`was "dead,"`).
func commaInQuote(head string) bool {
	for _, q := range []string{`,"`, ",”"} {
		if strings.HasSuffix(head, q) {
			return true
		}
	}
	return false
}

// cueGerundBreak returns the break ", stressing " when rest opens with a
// comma and the -ing form of a reporting verb and head already reports
// speech with a verb of its own: "Salam said on Friday, stressing that
// the group will go on" makes two points. After an action ("the union
// struck, saying ...") the -ing form gives the action's only point, and
// the sentence stays whole.
func cueGerundBreak(head, rest string) string {
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	w, after, ok := strings.Cut(rest[2:], " ")
	if !ok || !attrib.IsCueGerund(w) || slices.Contains(inferenceOpeners, ", "+w+" ") {
		return "" // ", indicating that": the reporter's reading, cut later
	}
	// A point is a clause: "saying it would", "warning that", a
	// quotation; "citing the risk of bloodshed" gives the reason for the
	// point before.
	if w != "saying" && !strings.HasPrefix(after, "that ") && !strings.HasPrefix(after, "\"") && !strings.HasPrefix(after, "“") {
		return ""
	}
	for _, t := range lex.Tokens(head) {
		if attrib.IsPlainCue(t.Lower) {
			return ", " + w + " "
		}
	}
	return ""
}

// trimInference drops a reporter's closing reading of a statement.
func trimInference(s string) string {
	for _, o := range inferenceOpeners {
		if i := strings.Index(s, o); i > 0 && !strings.Contains(s[i:], "\"") && !strings.Contains(s[i:], "”") {
			return s[:i] + "."
		}
	}
	return s
}

// joiners open a point that goes on from the one before ("but no
// compromise was reached", "adding that talks would go on").
var joiners = []string{"but ", "and that ", "and ", "adding that ", "adding ", "added that ", "added "}

// trimJoiner drops the joining word a facet opens with.
func trimJoiner(s string) string {
	for _, j := range joiners {
		if rest, ok := strings.CutPrefix(s, j); ok && rest != "" {
			return rest
		}
	}
	return s
}

// unmarkedQuote reports a sentence of a statement from a broadcast
// transcript that is the speaker's own words written without quotation
// marks (attrib gives such a line as its own quotation): like a quoted
// sentence, it goes on with the point before it.
func unmarkedQuote(st attrib.Statement, part string) bool {
	part = strings.TrimSpace(part)
	return part != "" && !strings.ContainsAny(st.Text, "\"“”") && strings.Contains(st.Quote, part)
}

// allQuoted reports a sentence that is one quotation and nothing else.
func allQuoted(s string) bool {
	s = strings.TrimSpace(s)
	open := strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“")
	closed := strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”")
	inner := strings.Trim(s, "\"“”")
	return open && closed && !strings.ContainsAny(inner, "\"“”")
}

// subjectCues are the reporting verbs that, after ", and" and a short
// subject, open a second point with a subject of its own ("the company
// says X, and its chief executive has said Y").
var subjectCues = []string{" said ", " says ", " has said ", " have said ", " told "}

// maxSubjectWords is the most words between ", and" and the reporting
// verb of a second point: a subject with its apposition ("its chief
// executive, Zoe Carvell,").
const maxSubjectWords = 7

// secondSubjectBreak returns ", and " when s opens a second point with a
// subject and a reporting verb of its own, before any quotation.
func secondSubjectBreak(s string) string {
	rest, ok := strings.CutPrefix(s, ", and ")
	if !ok {
		return ""
	}
	for _, c := range subjectCues {
		i := strings.Index(rest, c)
		if i < 0 {
			continue
		}
		subject := strings.Fields(rest[:i])
		if len(subject) == 0 || len(subject) > maxSubjectWords || strings.ContainsAny(rest[:i], "\"“”") {
			continue
		}
		if last := subject[len(subject)-1]; last == "not" || last == "never" {
			continue // "the agency has not said when": no point of its own
		}
		return ", and "
	}
	return ""
}

// facetsOf returns the facets of a statement of these words (its other
// fields left empty). A story's statements are cut again as each article
// joins it: the facets are kept (facetMemo), and callers only read them.
func facetsOf(text, quote string) []attrib.Statement {
	return facetMemo.Get(text+"\x00"+quote, func(string) []attrib.Statement {
		return facets(attrib.Statement{Text: text, Quote: quote})
	}, func(fs []attrib.Statement) int {
		n := 0
		for _, f := range fs {
			n += len(f.Text) + len(f.Quote) + int(unsafe.Sizeof(f))
		}
		return n
	})
}

// facetMemoBytes bounds the memory of the facets kept: the statements of
// a few dozen stories, or about facetArticleBytes for each article of a
// story of more than a thousand.
const facetMemoBytes, facetArticleBytes = 8 << 20, 8 << 10

var facetMemo = lex.NewStoryMemo[[]attrib.Statement](facetMemoBytes, facetArticleBytes)
