package summarize

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"time"

	"github.com/storybot/storybot/summarize/group"
	"github.com/storybot/storybot/summarize/lex"
)

// Story is a set of articles about one event.
type Story struct {
	ID       string
	Title    string
	Articles []Article
}

// Group sorts articles into stories by their content (see package group).
// The same articles give the same stories, ids and titles in any order.
// Stories come largest first.
func Group(articles []Article) []Story {
	docs := make([]group.Doc, len(articles))
	for i, a := range articles {
		docs[i] = a.Doc()
	}
	var stories []Story
	for _, idx := range group.Cluster(docs) {
		members := make([]Article, len(idx))
		for k, i := range idx {
			members[k] = articles[i]
		}
		stories = append(stories, NewStory("", members))
	}
	sort.SliceStable(stories, func(i, j int) bool {
		if len(stories[i].Articles) != len(stories[j].Articles) {
			return len(stories[i].Articles) > len(stories[j].Articles)
		}
		return stories[i].ID < stories[j].ID
	})
	return stories
}

// Doc returns the article as grouping sees it.
func (a Article) Doc() group.Doc {
	return group.Doc{Key: a.ID + "\x00" + a.Source(), Title: a.Title, Text: a.Text(), Published: a.Published}
}

// NewStory makes one story of articles. An empty title is chosen from the
// articles' headlines. An article longer than the limits (one stored
// before they were set) is cut to them.
func NewStory(title string, articles []Article) Story {
	arts := make([]Article, len(articles))
	for i, a := range articles {
		arts[i] = a.bounded()
	}
	sortArticles(arts)
	s := Story{Title: strings.TrimSpace(title), Articles: arts}
	if s.Title == "" {
		s.Title = headline(arts)
	}
	s.ID = storyID(arts)
	return s
}

// sortArticles orders articles by publication time (undated last), then ID.
func sortArticles(arts []Article) {
	sort.SliceStable(arts, func(i, j int) bool {
		a, b := arts[i], arts[j]
		if a.Published.IsZero() != b.Published.IsZero() {
			return !a.Published.IsZero()
		}
		if !a.Published.Equal(b.Published) {
			return a.Published.Before(b.Published)
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Source() < b.Source()
	})
}

// storyID names a story after its first article (by time, then ID), so
// the ID holds while later articles join it.
func storyID(arts []Article) string {
	if len(arts) == 0 {
		return ""
	}
	first := arts[0]
	sum := sha256.Sum256([]byte("story\x00" + first.ID))
	return "s" + hex.EncodeToString(sum[:5])
}

// headline picks the story title: of the articles' real headlines (made-up
// ones from a lead sentence only when no article has one), the one whose
// words the other articles share most, preferring the shorter on a tie.
func headline(arts []Article) string {
	var cands []Article
	for _, a := range arts {
		if !a.TitleFromLead && a.Title != "" {
			cands = append(cands, a)
		}
	}
	if len(cands) == 0 {
		for _, a := range arts {
			if a.Title != "" {
				cands = append(cands, a)
			}
		}
	}
	if len(cands) == 0 {
		return "Untitled story"
	}
	// How many articles use each word: a headline scores the articles
	// that use each of its words.
	df := map[string]int{}
	for _, a := range arts {
		for _, t := range articleTerms(a) {
			df[t]++
		}
	}
	best, bestScore := "", -1.0
	for _, c := range cands {
		terms := lex.Terms(c.Title)
		if len(terms) == 0 {
			continue
		}
		var score float64
		for _, t := range terms {
			score += float64(df[t])
		}
		score /= float64(len(terms)) + 2 // a little in favour of fuller headlines
		if score > bestScore || score == bestScore && (len(c.Title) < len(best) || len(c.Title) == len(best) && c.Title < best) {
			best, bestScore = c.Title, score
		}
	}
	if best == "" {
		best = cands[0].Title
	}
	return best
}

// headlineTermsBytes bounds the memo of articleTerms: the distinct terms
// of a thousand articles or so, or some 3 KB for each article of a larger
// story.
const headlineTermsBytes, headlineTermsArticleBytes = 8 << 20, 3 << 10

// headlineTerms keeps each article's distinct terms, by its ID and title,
// so that a story's refresh does not cut every article's text again.
var headlineTerms = lex.NewStoryMemo[[]string](headlineTermsBytes, headlineTermsArticleBytes)

// articleTerms returns the distinct terms of an article's title and text,
// in the order they first occur.
func articleTerms(a Article) []string {
	return headlineTerms.Get(a.ID+"\x00"+a.Title, func(string) []string {
		seen := map[string]bool{}
		var out []string
		for _, t := range lex.Terms(a.Title + "\n" + a.Text()) {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
		return out
	}, func(ts []string) int {
		n := 0
		for _, t := range ts {
			n += len(t) + 16
		}
		return n
	})
}

// Updated returns the latest publication time of the story's articles.
func (s Story) Updated() time.Time {
	var t time.Time
	for _, a := range s.Articles {
		if a.Published.After(t) {
			t = a.Published
		}
	}
	return t
}

// Digest summarises the story.
func (s Story) Digest() Digest {
	lex.FitStory(len(s.Articles)) // the memos hold what every article gives
	d := Digest{
		ID:       s.ID,
		Title:    s.Title,
		Updated:  s.Updated(),
		Articles: make([]ArticleRef, len(s.Articles)),
		Overview: withNote(Overview(s.Articles), languageNote(s.Articles)),
		Disputes: []Dispute{},
	}
	claims := storyClaims(s.Articles)
	d.Parties = byParty(claims)
	d.Disputes = append(d.Disputes, partyDisputes(claims, s.Articles)...)
	q := quarrels{stated: map[string]string{}, topics: map[[2]string][]string{}}
	for _, c := range claims {
		for _, m := range c.members {
			q.stated[strings.TrimSpace(m.st.Text)] = c.party
		}
	}
	for _, pd := range d.Disputes {
		a, b := pd.Sides[0].Party, pd.Sides[1].Party
		if a > b {
			a, b = b, a
		}
		q.topics[[2]string{a, b}] = append(q.topics[[2]string{a, b}], pd.Topic)
	}
	d.Disputes = append(d.Disputes, sourceDisputesOf(s.Articles, q)...)
	for i, a := range s.Articles {
		d.Articles[i] = a.Ref()
	}
	return d
}
