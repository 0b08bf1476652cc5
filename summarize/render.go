package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize/attrib"
)

// What a claim shows: of the statements that say one thing, the sentence
// that stands for them best, and the fullest quotation among them.

// render picks the words of a claim: the sentence that shares most with
// the other statements of the claim, and the fullest quotation among them
// (each verbatim from an article that carries the claim).
func (c *claim) render() Claim {
	text := c.shown()
	account, own := c.account, c.own // joined by withOwnWords
	if account == nil {
		account, own = c.supported(text)
	}
	if account != nil { // a reporter's account with the speaker's own words
		sp := account.speaker // named in the account, "she" in the quotation
		if sp.Role == "" && own.speaker.Role != "" {
			sp = own.speaker // "Elon Musk's lawyers", not "Elon's side"
		}
		return Claim{ID: c.id(), Speaker: sp.Name, Role: sp.Role, Text: account.st.Text,
			Quote: own.st.Quote, Articles: c.citing(account)}
	}
	// The quotation that goes with the text: its own, or else that of the
	// member that says most nearly what the text says.
	quote, near := text, quoteBorrowSim
	if len(text.quote.words) == 0 {
		for _, m := range c.members {
			if sim := similarity(text.features, m.features); len(m.quote.words) > 0 && sim >= near &&
				!measuresDiffer(measuresOf(text.st.Text), measuresOf(m.st.Text)) {
				quote, near = m, sim // never a quotation of another figure
			}
		}
	}
	sp := text.speaker // who the text says spoke
	return Claim{
		ID:       c.id(),
		Speaker:  sp.Name,
		Role:     sp.Role,
		Text:     text.st.Text,
		Quote:    quote.st.Quote,
		Articles: c.citing(text),
	}
}

// citing returns the claim's articles that carry what its shown text
// says: not one whose every telling of it gives one of the text's
// measures another value ("300 million crowns a day" shown, "350
// million" in that article). The difference shows as a dispute between
// outlets; the claim never cites an outlet for a figure it did not print.
func (c *claim) citing(text *statement) []string {
	shown := measuresOf(text.st.Text)
	if len(shown) == 0 {
		return append([]string(nil), c.articles...)
	}
	agrees := map[string]bool{}
	for _, p := range c.points {
		for _, s := range p.all {
			if !agrees[s.article] && !measuresDiffer(shown, measuresOf(s.st.Text)) {
				agrees[s.article] = true
			}
		}
	}
	out := make([]string, 0, len(c.articles))
	for _, a := range c.articles {
		if agrees[a] {
			out = append(out, a)
		}
	}
	return out
}

// shown is the member whose sentence the claim shows: the one that shares
// most with the other statements of the claim, among the claim's heads
// when it has any; at a tie, the first in story order, which later
// articles joining the claim do not displace (two statements are always
// equally central to each other, and the shorter of them is as often the
// one that leaves the other's point out).
func (c *claim) shown() *statement {
	var text *statement
	bestScore := 0.0
	for k, m := range c.members {
		if len(c.heads) > 0 && !slices.Contains(c.heads, m) {
			continue
		}
		score := c.centrality(k)
		if text == nil || score > bestScore {
			text, bestScore = m, score
		}
	}
	// A reporter's account of what the speaker said gives way to the
	// speaker's own words, when a statement of the claim by the same
	// speaker quotes them and is nearly as central.
	if len(text.quote.words) == 0 {
		best := 0.0
		for k, m := range c.members {
			if len(c.heads) > 0 && !slices.Contains(c.heads, m) || len(m.quote.words) == 0 || m.who != text.who {
				continue
			}
			if score := c.centrality(k); score >= quotedShare*bestScore && score > best {
				text, best = m, score
			}
		}
	}
	// A side speaking as itself gives way to a person who speaks for it,
	// saying the same and nearly as central: a reader is told who spoke.
	if text.speaker.Kind == attrib.Body && sideItself(text) {
		best := 0.0
		var named *statement
		for k, m := range c.members {
			if len(c.heads) > 0 && !slices.Contains(c.heads, m) || m.speaker.Kind != attrib.Person || !sameVoice(m, text) {
				continue
			}
			if score := c.centrality(k); score >= quotedShare*bestScore && score > best {
				named, best = m, score
			}
		}
		if named != nil {
			text = named
		}
	}
	// A point cut from the middle of a sentence ("stressed it has no
	// power to set prices.") gives way to the same speaker's point told in
	// a sentence of its own, when that is nearly as central.
	if fragment(text) {
		best := 0.0
		for k, m := range c.members {
			if len(c.heads) > 0 && !slices.Contains(c.heads, m) || fragment(m) || m.who != text.who {
				continue // another speaker's sentence says another thing ("The Houthis vowed in November ...")
			}
			if score := c.centrality(k); score >= quotedShare*bestScore && score > best {
				text, best = m, score
			}
		}
	}
	// Another outlet may quote more of the same words: show the fullest
	// quotation that holds the chosen one whole.
	for _, m := range c.members {
		if len(c.heads) > 0 && !slices.Contains(c.heads, m) {
			continue
		}
		if holdsQuote(m.quote, text.quote) {
			text = m
		}
	}
	return text
}

// fragment reports a statement whose text opens in lower case: a point
// cut from the middle of its sentence.
func fragment(s *statement) bool {
	r, _ := utf8.DecodeRuneInString(s.st.Text)
	return unicode.IsLower(r)
}

// holdsQuote reports a quotation that holds all of a shorter one of at
// least two content words ("necessary and proportionate" in "we have
// taken limited, necessary and proportionate action").
func holdsQuote(long, short quotation) bool {
	return len(long.words) > len(short.words) && contentWords(short.words) >= 2 &&
		strings.Contains(long.joined, short.joined)
}

// quotedShare is how central a quoting statement must be, against the
// most central one, to be shown in its place.
const quotedShare = 0.75

// maxExactCentrality is the most points of a claim whose centrality is
// summed pair by pair; beyond it, against the sum of the claim's vectors.
const maxExactCentrality = 64

// centrality is how much the k-th point of the claim shares with the
// other statements of the claim: the sum of the cosines of its words with
// theirs.
func (c *claim) centrality(k int) float64 {
	m := c.members[k]
	var score float64
	if len(c.points) > maxExactCentrality {
		if c.total == nil {
			c.total = map[string]float64{}
			for _, p := range c.points {
				for _, w := range p.rep.terms {
					c.total[w.term] += w.w * float64(len(p.all))
				}
			}
		}
		for _, w := range m.terms {
			score += w.w * c.total[w.term]
		}
		return score - m.terms.dot(m.terms)
	}
	for j, p := range c.points {
		o := p.rep
		if j != k {
			score += float64(len(p.all)) * m.terms.dot(o.terms)
		} else if n := len(p.all) - 1; n > 0 {
			score += float64(n) * m.terms.dot(o.terms)
		}
	}
	return score
}
