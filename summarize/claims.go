package summarize

import (
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
	"github.com/storybot/storybot/summarize/parties"
)

// sameClaim thresholds: two statements of one side are one claim when
// their quotations share a run of sharedRun words, or when their words
// overlap by sameWords (cosine of content terms) and one speaker made them.
const (
	sharedRun = 4
	sameWords = 0.35
)

// statement is one attributed statement of one article, with its side.
type statement struct {
	st      attrib.Statement
	article string
	order   int // article position in the story, for ordering
	party   string
	speaker attrib.Speaker
	terms   map[string]float64
	quote   []string // normalised words of the quotation
}

// claim gathers the statements that say one thing.
type claim struct {
	party    string
	members  []*statement
	articles []string
}

// Parties finds the claims of a story's articles, says each once with the
// articles that carry it, and groups them by side, most prominent first.
func Parties(arts []Article) []Party {
	texts := make([]string, len(arts))
	analyses := make([]attrib.Analysis, len(arts))
	for i, a := range arts {
		texts[i] = a.Text()
		analyses[i] = a.Analysis
	}
	story := parties.NewStory(analyses, texts)
	var stmts []*statement
	for i, an := range analyses {
		for _, st := range an.Statements {
			sp := story.Canonical(st.Speaker)
			party := story.PartyOf(st.Speaker)
			if party == "" {
				continue // whose side is not said: abstain
			}
			stmts = append(stmts, &statement{
				st: st, article: arts[i].ID, order: i, party: party, speaker: sp,
				terms: termVector(st.Text), quote: quoteWords(st.Quote),
			})
		}
	}
	var claims []*claim
	for _, s := range stmts {
		var into *claim
		for _, c := range claims {
			if c.party == s.party && c.matches(s) {
				into = c
				break
			}
		}
		if into == nil {
			into = &claim{party: s.party}
			claims = append(claims, into)
		}
		into.members = append(into.members, s)
		if !contains(into.articles, s.article) {
			into.articles = append(into.articles, s.article)
		}
	}
	if len(claims) == 0 {
		return []Party{}
	}
	return byParty(claims)
}

// matches reports whether s says what the claim says.
func (c *claim) matches(s *statement) bool {
	for _, m := range c.members {
		if len(s.quote) >= sharedRun && len(m.quote) >= sharedRun && shareRun(s.quote, m.quote, sharedRun) {
			return true
		}
		if sameSpeaker(m.speaker, s.speaker) && cosine(m.terms, s.terms) >= sameWords {
			return true
		}
	}
	return false
}

func sameSpeaker(a, b attrib.Speaker) bool {
	return attrib.Fold(a.Name) == attrib.Fold(b.Name)
}

// byParty orders the claims: sides by how many articles carry their
// claims, claims by how many articles carry them, then by where they
// first appear.
func byParty(claims []*claim) []Party {
	weight := map[string]int{}
	first := map[string]int{}
	for i, c := range claims {
		weight[c.party] += len(c.articles)
		if _, ok := first[c.party]; !ok {
			first[c.party] = i
		}
	}
	sort.SliceStable(claims, func(i, j int) bool {
		a, b := claims[i], claims[j]
		if a.party != b.party {
			if weight[a.party] != weight[b.party] {
				return weight[a.party] > weight[b.party]
			}
			return first[a.party] < first[b.party]
		}
		return len(a.articles) > len(b.articles)
	})
	var out []Party
	for _, c := range claims {
		if len(out) == 0 || out[len(out)-1].Name != c.party {
			out = append(out, Party{Name: c.party})
		}
		p := &out[len(out)-1]
		p.Claims = append(p.Claims, c.render())
	}
	return out
}

// render picks the words of a claim: the sentence that shares most with
// the other statements of the claim, and the fullest quotation among them
// (each verbatim from an article that carries the claim).
func (c *claim) render() Claim {
	text := c.members[0]
	bestScore := -1.0
	for _, m := range c.members {
		var score float64
		for _, o := range c.members {
			if o != m {
				score += cosine(m.terms, o.terms)
			}
		}
		if score > bestScore || score == bestScore && len(m.st.Text) < len(text.st.Text) {
			text, bestScore = m, score
		}
	}
	quote := text
	for _, m := range c.members {
		if len(m.quote) > len(quote.quote) {
			quote = m
		}
	}
	sp := text.speaker
	for _, m := range c.members { // a named person over an institution
		if sp.Kind != attrib.Person && m.speaker.Kind == attrib.Person {
			sp = m.speaker
		}
	}
	return Claim{
		Speaker:  sp.Name,
		Role:     sp.Role,
		Text:     text.st.Text,
		Quote:    quote.st.Quote,
		Articles: append([]string(nil), c.articles...),
	}
}

// quoteWords returns the lower-case words of a quotation.
func quoteWords(q string) []string {
	var out []string
	for _, t := range lex.Tokens(q) {
		out = append(out, t.Lower)
	}
	return out
}

// shareRun reports whether a and b share n consecutive words.
func shareRun(a, b []string, n int) bool {
	grams := map[string]bool{}
	for i := 0; i+n <= len(a); i++ {
		grams[strings.Join(a[i:i+n], " ")] = true
	}
	for i := 0; i+n <= len(b); i++ {
		if grams[strings.Join(b[i:i+n], " ")] {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
