package page

import (
	"reflect"
	"sync"

	"github.com/storybot/storybot/summarize"
)

// maxCached bounds the pages kept rendered (about 30 KB each).
const maxCached = 256

// cache keeps rendered pages with the digests they were rendered from, so
// that a page whose stored digest has not changed since it was last
// served is not rendered again. It only saves work: every request still
// reads the digest from the store, and a page is served from the cache
// only when that digest equals the one it was rendered from.
type cache struct {
	mu      sync.Mutex
	entries map[cacheKey]cacheEntry
}

type cacheKey struct{ ws, story, since string }

type cacheEntry struct {
	full, shown summarize.Digest
	page        []byte
}

// get returns the page rendered from full and shown, or nil.
func (c *cache) get(k cacheKey, full, shown summarize.Digest) []byte {
	c.mu.Lock()
	e, ok := c.entries[k]
	c.mu.Unlock()
	if !ok || !reflect.DeepEqual(e.full, full) || !reflect.DeepEqual(e.shown, shown) {
		return nil
	}
	return e.page
}

// put keeps a page, making room by dropping an entry when full.
func (c *cache) put(k cacheKey, full, shown summarize.Digest, page []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = make(map[cacheKey]cacheEntry)
	}
	if _, ok := c.entries[k]; !ok && len(c.entries) >= maxCached {
		for old := range c.entries {
			delete(c.entries, old)
			break
		}
	}
	c.entries[k] = cacheEntry{full: full, shown: shown, page: page}
}
