package summarize

import (
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/parties"
)

// statement is one attributed statement of one article, with its side.
type statement struct {
	st      attrib.Statement
	article string
	order   int // article position in the story, for ordering
	party   string
	speaker attrib.Speaker
	who     string // the speaker's folded name, to compare
	features
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
	return byParty(storyClaims(arts))
}

// storyClaims returns the claims of a story's articles, each a group of
// statements of one side that say one thing.
func storyClaims(arts []Article) []*claim {
	stmts := statements(arts)
	if len(stmts) == 0 {
		return nil
	}
	// Statements of two sides are never one claim: cluster each side alone.
	var sides []string
	bySide := map[string][]*statement{}
	for _, s := range stmts {
		if _, ok := bySide[s.party]; !ok {
			sides = append(sides, s.party)
		}
		bySide[s.party] = append(bySide[s.party], s)
	}
	var claims []*claim
	for _, side := range sides {
		ss := bySide[side]
		for _, g := range cluster(len(ss), func(i, j int) float64 { return sameClaimMargin(ss[i], ss[j]) }) {
			sort.Ints(g)
			c := &claim{party: side}
			for _, i := range g {
				c.members = append(c.members, ss[i])
				if !contains(c.articles, ss[i].article) {
					c.articles = append(c.articles, ss[i].article)
				}
			}
			claims = append(claims, c)
		}
	}
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].members[0].order < claims[j].members[0].order })
	return claims
}

// statements returns the attributed statements of a story's articles
// whose side is known, with what they are compared by.
func statements(arts []Article) []*statement {
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
			party := story.PartyOf(st.Speaker)
			if party == "" {
				continue // whose side is not said: abstain
			}
			for _, f := range facets(st) {
				sp := story.Canonical(st.Speaker)
				stmts = append(stmts, &statement{
					st: f, article: arts[i].ID, order: i, party: party, speaker: sp, who: attrib.Fold(sp.Name),
				})
			}
		}
	}
	texts = make([]string, len(stmts))
	for i, s := range stmts {
		texts[i] = s.st.Text
	}
	weights := newIDF(texts)
	for _, s := range stmts {
		s.features = weights.featuresOf(s.st.Text, s.st.Quote,
			s.speaker.Name, s.speaker.Role, s.st.Speaker.Name, s.st.Speaker.Generic, s.party)
	}
	return stmts
}

// sameClaimMargin is how far two statements clear the similarity they
// need to be one claim (negative: they are not); statements of two sides,
// or of one sentence, never are.
func sameClaimMargin(a, b *statement) float64 {
	if a.party != b.party {
		return math.Inf(-1)
	}
	if a.article == b.article && a.st.Sentence == b.st.Sentence {
		return math.Inf(-1) // a sentence cut in two makes two points
	}
	threshold := otherSpeakerSim
	if a.who == b.who {
		threshold = sameSpeakerSim
	}
	if a.article == b.article {
		// An article says a thing once, or twice when its lead sums up
		// what its body quotes: two of its sentences must share more.
		threshold = max(threshold, sameArticleSim)
	}
	sim := similarity(a.features, b.features)
	if sim < minPairSim {
		return math.Inf(-1) // nothing in common: never one claim, whatever joins them
	}
	return min(sim, simCap) - threshold
}

// byParty orders the claims: sides by how many articles carry their
// claims, claims by how many articles carry them, then by where they
// first appear.
func byParty(claims []*claim) []Party {
	if len(claims) == 0 {
		return []Party{}
	}
	claims = slices.Clone(claims)
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
				score += m.terms.dot(o.terms)
			}
		}
		if score > bestScore || score == bestScore && len(m.st.Text) < len(text.st.Text) {
			text, bestScore = m, score
		}
	}
	// The quotation that goes with the text: its own, or else that of the
	// member that says most nearly what the text says.
	quote, near := text, quoteBorrowSim
	if len(text.quote.words) == 0 {
		for _, m := range c.members {
			if sim := similarity(text.features, m.features); len(m.quote.words) > 0 && sim >= near {
				quote, near = m, sim
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
		Articles: append([]string(nil), c.articles...),
	}
}

// id names a claim by its first statement (the earliest article's, by
// position), which later articles joining the claim do not change.
func (c *claim) id() string {
	first := c.members[0]
	for _, m := range c.members[1:] {
		if m.order < first.order || m.order == first.order && m.st.Sentence < first.st.Sentence {
			first = m
		}
	}
	return shortHash(first.article, strconv.Itoa(first.st.Sentence), first.st.Text)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
