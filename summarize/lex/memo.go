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
	mu     sync.Mutex
	m      map[string]V
	bytes  int
	budget int
}

// NewMemo returns a memo that holds about budget bytes.
func NewMemo[V any](budget int) *Memo[V] { return &Memo[V]{budget: budget} }

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
	if c.m == nil || c.bytes+n > c.budget {
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

// memoEntryBytes is about what a map entry costs beyond its key and
// value's contents.
const memoEntryBytes = 64

// Budgets of the memos, in bytes: a few stories' sentences each. All the
// memos of the engine and the store together hold about 130 MB at most
// (these, parties' words of texts, summarize's facets, stances, terms of
// words and articles' sentence counts, attrib's unaccented names, the
// store's decoded articles).
const (
	termsMemoBytes  = 16 << 20
	tokensMemoBytes = 16 << 20
	// maxTokensMemoText is the longest text whose tokens and terms are kept: a
	// statement or a sentence, which recur, not a whole article, which
	// is cut once when read.
	maxTokensMemoText = 2048
)

var (
	termsMemo  = NewMemo[[]string](termsMemoBytes)
	tokensMemo = NewMemo[[]Token](tokensMemoBytes)
)
