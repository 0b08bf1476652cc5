package lex

import (
	"sync"
	"sync/atomic"
)

// Memo keeps the results of a pure function of a text, so that a text cut
// again (a story's statements are compared pair by pair, and a story's
// digest is worked out again as each article joins it) is cut once. It
// is safe for concurrent use. Its size is bounded by an estimate of the
// bytes it holds: when full, it starts again empty.
type Memo[V any] struct {
	mu         sync.Mutex
	m          map[string]V
	bytes      int
	budget     int
	perArticle int
}

// NewMemo returns a memo that holds about budget bytes.
func NewMemo[V any](budget int) *Memo[V] { return &Memo[V]{budget: budget} }

// NewStoryMemo returns a memo that holds about budget bytes, or
// perArticle bytes for each article of the largest story digested (see
// FitStory) when that is more: a memo of what each article's texts give,
// which a story's refresh reads all of again, and which a memo smaller
// than the story would empty before the refresh came back to its first
// article, so that every refresh worked out every article again.
func NewStoryMemo[V any](budget, perArticle int) *Memo[V] {
	return &Memo[V]{budget: budget, perArticle: perArticle}
}

// limit is the memo's budget now.
func (c *Memo[V]) limit() int {
	return max(c.budget, c.perArticle*int(storyArticles.Load()))
}

// Get returns f(text), computed once while it stays in the memo. size
// estimates the bytes a result holds. The result is shared: callers must
// not change it.
func (c *Memo[V]) Get(text string, f func(string) V, size func(V) int) V {
	if memosOff.Load() {
		return f(text)
	}
	c.mu.Lock()
	v, ok := c.m[text]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = f(text)
	n := len(text) + size(v) + memoEntryBytes
	c.mu.Lock()
	if c.m == nil || c.bytes+n > c.limit() {
		c.m, c.bytes = map[string]V{}, 0
	}
	if _, ok := c.m[text]; !ok {
		c.m[text] = v
		c.bytes += n
	}
	c.mu.Unlock()
	return v
}

// memosOff turns every memo off (see SetMemos).
var memosOff atomic.Bool

// SetMemos turns every memo on (the default) or off: off, each result is
// computed each time, for a test that measures what a computation costs
// the first time.
func SetMemos(on bool) { memosOff.Store(!on) }

// storyArticles is the number of articles of the largest story digested,
// at most MaxFitArticles.
var storyArticles atomic.Int64

// MaxFitArticles is the most articles the memos made with NewStoryMemo
// grow to hold: a larger story's refresh works some of its articles out
// again.
const MaxFitArticles = 5000

// FitStory grows the memos made with NewStoryMemo to hold what the
// articles of a story of n articles give, when no story digested before
// was as large (up to MaxFitArticles articles). They then stay that size:
// the story is digested again as each article joins it.
func FitStory(n int) {
	n = min(n, MaxFitArticles)
	for {
		old := storyArticles.Load()
		if int64(n) <= old || storyArticles.CompareAndSwap(old, int64(n)) {
			return
		}
	}
}

// memoEntryBytes is about what a map entry costs beyond its key and
// value's contents.
const memoEntryBytes = 64

// Budgets of the memos, in bytes: a few stories' sentences each, and what
// each article of the largest story gives (NewStoryMemo). All the memos
// of the engine and the store together hold about 175 MB at most, or,
// when it is more, about 220 KB for each article of the largest story
// digested, some 1.1 GB at MaxFitArticles (a story of a thousand
// articles of 3 KB fills about 140 KB an article of them): these,
// parties' words of texts and names, the initials, go-betweens and
// state words each text gives, summarize's facets, stances, tones,
// parts and terms of statements, terms of words, articles' sentence counts,
// attrib's unaccented names, the store's decoded articles.
const (
	termsMemoBytes  = 16 << 20
	tokensMemoBytes = 16 << 20
	// termsArticleBytes and tokensArticleBytes are about what the
	// statements and sentences of one article hold in each memo.
	termsArticleBytes  = 12 << 10
	tokensArticleBytes = 40 << 10
	// maxTokensMemoText is the longest text whose tokens and terms are kept: a
	// statement or a sentence, which recur, not a whole article, which
	// is cut once when read.
	maxTokensMemoText = 2048
)

var (
	termsMemo  = NewStoryMemo[[]string](termsMemoBytes, termsArticleBytes)
	tokensMemo = NewStoryMemo[[]Token](tokensMemoBytes, tokensArticleBytes)
)
