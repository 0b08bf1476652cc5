package bot

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/group"
	"github.com/storybot/storybot/summarize/lex"
)

// Refresh: a story's digest, title, search terms and first-seen times
// are recomputed apart from the placement of its articles, outside the
// workspace's placement lease, and once for a burst of articles.
//
// A placement bumps the story's version and puts it on the workspace's
// stale list in the same transaction; its DigestVersion stays that of
// the digest stored. A refresh takes the story's refresh lease without
// waiting (someone else refreshing it will catch up with this version),
// then loads the story, computes its digest and writes it with
// Store.SaveDigest only while the version is still the one it loaded;
// when an article joined meanwhile it loops. The digest commands read
// what is stored: between a placement and its refresh, the digest before
// it.
//
// Recovery: a process that stops between a placement and its refresh
// leaves the story on the stale list; RefreshStale, which the scheduler
// runs at each of its passes, refreshes it.

// place marks a story changed under the placement lease (an ingest, a
// merge, a move): a new version, updated now, whose digest, title and
// search terms a refresh brings up to date. Until then the story is found
// by the search terms of every story in merged (st and those merged into
// it) and by the names of the articles placed (their grouping features,
// by ID), which are first seen now unless seen before.
func place(st *StoredStory, merged []*StoredStory, placed map[string]group.Features, now time.Time) {
	terms := map[string]float64{}
	for _, m := range merged {
		for t, w := range m.Terms {
			terms[t] = max(terms[t], w)
		}
	}
	for _, t := range lex.Terms(st.Title) {
		terms[t] = max(terms[t], weightTitle)
	}
	if st.Seen == nil {
		st.Seen = map[string]time.Time{}
	}
	// storyTerms weighs a name by the share of the articles that mention
	// it: an article's names get at least their one article's share.
	share := weightName / float64(max(len(st.Features), 1))
	for id, feat := range placed {
		for _, n := range feat.Names(maxNames) {
			t := lex.Stem(n)
			terms[t] = max(terms[t], share)
		}
		if _, ok := st.Seen["a:"+id]; !ok {
			st.Seen["a:"+id] = now
		}
	}
	st.Terms = terms
	st.Version++
	st.Updated = now
}

// startStory makes a story of one article placed now, with the title
// given (else the article's headline) and, until its refresh, an empty
// digest of that title.
func startStory(id, title string, a summarize.Article, now time.Time) *StoredStory {
	s := summarize.NewStory(title, []summarize.Article{a})
	if id == "" {
		id = s.ID
	}
	st := &StoredStory{ID: id, Title: s.Title, FixedTitle: title != "", Created: now,
		Features: map[string]group.Features{}, Seen: map[string]time.Time{}}
	st.Digest = summarize.Digest{ID: st.ID, Title: st.Title}
	st.Brief = st.Digest
	return st
}

// refreshPlaced refreshes the stories a repair placed (as it wrote
// them); a failure leaves them stale, for RefreshStale.
func (b *Bot) refreshPlaced(ctx context.Context, ws string, placed ...*StoredStory) {
	for _, st := range placed {
		if _, err := b.refresh(ctx, ws, st.ID, st); err != nil {
			b.log.Warn("story placed, not refreshed: it stays stale for now", "workspace", ws, "story", st.ID, "err", err)
		}
	}
}

// refreshIngested refreshes the story an ingest placed its article in
// (placed: the story as the placement wrote it, or nil), or the story of
// a duplicate if it is stale, and gives res the story's title as
// refreshed, or the refresh's error.
func (b *Bot) refreshIngested(ctx context.Context, ws string, res *IngestResult, placed *StoredStory) {
	if res.Outcome == IngestDuplicate && res.Story.ID != "" {
		stale, err := b.store.IsStale(ctx, ws, res.Story.ID)
		if err != nil {
			res.Refresh = b.storeErr("is_stale", err)
			return
		}
		if !stale {
			return
		}
		res.Finished = true
	}
	st, err := b.refresh(ctx, ws, res.Story.ID, placed)
	if err != nil {
		b.log.Warn("story placed, not refreshed: it stays stale for now", "workspace", ws, "story", res.Story.ID, "err", err)
		res.Refresh = err
		return
	}
	if st != nil {
		res.Story.Title = st.Title
	}
}

// refresh brings a stale story's digest up to date, and returns the
// story as last refreshed here (nil when this call refreshed nothing).
// It does not wait for a refresh under way elsewhere. placed, when not
// nil, is the story as a placement just wrote it: the first round
// computes from it rather than load the story again (should the story
// have moved on since, the write fails and the next round loads it).
//
// The order is what keeps every placement refreshed: a placement writes
// the story stale before it tries the refresh lease, and a refresher
// checks the stale list again after it releases the lease. So when a
// placement's try fails, its holder's check comes after the placement's
// write and sees the story stale (unless a refresh caught up with it
// meanwhile), and that holder takes the lease again, or a newer holder
// takes the same duty.
func (b *Bot) refresh(ctx context.Context, ws, id string, placed *StoredStory) (*StoredStory, error) {
	var last *StoredStory
	for {
		stale, err := b.store.IsStale(ctx, ws, id)
		if err != nil {
			return last, b.storeErr("is_stale", err)
		}
		if !stale {
			return last, nil
		}
		gone := false
		held, err := b.tryLease(ctx, LeaseKey{Workspace: ws, Story: id}, func(ctx context.Context) error {
			st, err := b.refreshHeld(ctx, ws, id, placed)
			placed = nil
			if errors.Is(err, ErrNotFound) {
				gone, err = true, nil
			}
			if st != nil {
				last = st
			}
			return err
		})
		if errors.Is(err, ErrConflict) {
			continue // the lease ran out under a stalled refresh: start again
		}
		if err != nil || !held || gone {
			return last, err
		}
	}
}

// refreshHeld refreshes a story under its refresh lease until it is
// stale no more, and returns the story as last written (nil when none
// was); ErrNotFound when the story is gone (merged away or forgotten).
// The first round starts from placed when it is not nil.
func (b *Bot) refreshHeld(ctx context.Context, ws, id string, placed *StoredStory) (*StoredStory, error) {
	var last *StoredStory
	for {
		if stale, err := b.store.IsStale(ctx, ws, id); err != nil {
			return last, b.storeErr("is_stale", err)
		} else if !stale {
			return last, nil
		}
		st, err := placed, error(nil)
		placed = nil
		if st == nil || st.ID != id {
			if st, err = b.loadStory(ctx, ws, id); err != nil { // ErrNotFound: merged away or forgotten meanwhile
				return last, err
			}
		}
		oldTerms := st.Terms
		refreshDigest(st, b.now().UTC())
		err = b.store.SaveDigest(ctx, ws, DigestWrite{Story: st, OldTerms: oldTerms})
		if errors.Is(err, ErrConflict) {
			b.log.Debug("story changed while refreshed; again", "workspace", ws, "story", id, "version", st.Version)
			continue
		}
		if err != nil {
			return last, b.storeErr("save_digest", err)
		}
		b.log.Debug("story refreshed", "workspace", ws, "story", id, "version", st.Version, "articles", len(st.Articles))
		last = st
	}
}

// RefreshStale refreshes the stale stories of a workspace: those left
// by an ingest that stopped between placement and refresh. A story
// whose refresh is under way elsewhere is left to it. It returns the
// first error met, having tried every story.
func (b *Bot) RefreshStale(ctx context.Context, ws string) error {
	ids, err := b.store.StaleStories(ctx, ws)
	if err != nil {
		return b.storeErr("stale_stories", err)
	}
	var first error
	for _, id := range ids {
		if _, err := b.refresh(ctx, ws, id, nil); err != nil {
			b.log.Warn("stale story not refreshed", "workspace", ws, "story", id, "err", err)
			if first == nil {
				first = err
			}
		}
	}
	return first
}

// refreshDigest computes a story's title, digest, brief, first-seen
// times (of claims and disputes, and of articles not seen yet) and
// search terms from its articles, for its version.
func refreshDigest(st *StoredStory, now time.Time) {
	title := ""
	if st.FixedTitle {
		title = st.Title
	}
	s := summarize.NewStory(title, st.Articles)
	if !st.FixedTitle {
		st.Title = s.Title
	}
	st.Articles = s.Articles
	d := s.Digest()
	d.ID, d.Title = st.ID, st.Title
	st.Digest = d
	st.Brief, st.BriefOmitted = cut(d, latestView, maxClaimsPerParty)
	st.DigestVersion = st.Version
	if st.Seen == nil {
		st.Seen = map[string]time.Time{}
	}
	mark := func(key string) {
		if _, ok := st.Seen[key]; !ok {
			st.Seen[key] = now
		}
	}
	for _, a := range d.Articles {
		mark("a:" + a.ID)
	}
	for _, p := range d.Parties {
		for _, c := range p.Claims {
			mark("c:" + c.ID)
		}
	}
	for _, x := range d.Disputes {
		mark("d:" + x.ID + ":" + x.Status)
	}
	st.Terms = storyTerms(st)
}

// Weights of the words a story is found by.
const (
	weightTitle   = 3
	weightParty   = 2
	weightSpeaker = 2
	weightName    = 1
	maxNames      = 40
)

// storyTerms are the words a story is found by: its title, its parties
// and speakers, and the names (people, bodies, places) its articles
// mention, weighted by how many of them do.
func storyTerms(st *StoredStory) map[string]float64 {
	terms := map[string]float64{}
	add := func(text string, w float64) {
		for _, t := range lex.Terms(text) {
			terms[t] = max(terms[t], w)
		}
	}
	add(st.Title, weightTitle)
	for _, p := range st.Digest.Parties {
		add(p.Name, weightParty)
		for _, c := range p.Claims {
			add(c.Speaker, weightSpeaker)
		}
	}
	names := map[string]float64{}
	for _, f := range st.Features {
		for _, n := range f.Names(maxNames) {
			names[lex.Stem(n)]++
		}
	}
	keys := slices.Collect(maps.Keys(names))
	slices.SortFunc(keys, func(a, b string) int {
		if names[a] != names[b] {
			if names[a] > names[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	for _, n := range keys[:min(len(keys), maxNames)] {
		w := weightName * names[n] / float64(len(st.Features))
		terms[n] = max(terms[n], w)
	}
	return terms
}
