package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/storybot/storybot/summarize"
)

// changedFormat is how the start of a digest of changes is written.
const changedFormat = "Mon 2 Jan 15:04 MST"

// WhatChanged returns what a story gained between from and to (to zero:
// up to now) as the reply a scheduled digest posts: the new articles,
// claims and disputes, the disputes whose status changed, how many
// articles the story has in all and the older articles the new claims
// cite, with times shown in zone (UTC when nil). The digest is whole;
// the caller cuts it to fit a message. Its Digest is empty when nothing
// changed.
func (b *Bot) WhatChanged(ctx context.Context, ws, storyID string, from, to time.Time, zone *time.Location) (Reply, error) {
	d, _, err := b.store.Digest(ctx, ws, storyID, FullDigest)
	if err != nil {
		return Reply{}, b.storeErr("digest", err)
	}
	seen, err := b.store.Seen(ctx, ws, storyID)
	if err != nil {
		return Reply{}, b.storeErr("seen", err)
	}
	r := ChangesReply(d, Between(d, seen, from, to), from, zone)
	if r.Kind == KindDigest {
		r.PageURL = b.page(ws, storyID, from)
	}
	return r, nil
}

// ChangesReply is the reply that shows changed, the part of the digest
// full that is new since since: it says since when and how many of the
// story's articles are new, and carries the older articles the new
// claims and disputes cite so that renderers name their outlets.
func ChangesReply(full, changed summarize.Digest, since time.Time, zone *time.Location) Reply {
	if zone == nil {
		zone = time.UTC
	}
	if changed.Empty() {
		return Reply{Kind: KindText, Digest: changed,
			Text:    fmt.Sprintf("Nothing new in %q since %s.", changed.Title, since.In(zone).Format(changedFormat)),
			Changes: &Changes{Since: since.In(zone), Zone: zone, Articles: len(full.Articles)}}
	}
	return Reply{Kind: KindDigest, Digest: changed, View: latestView,
		Text:    fmt.Sprintf("What changed in %q since %s", changed.Title, since.In(zone).Format(changedFormat)),
		Changes: &Changes{Since: since.In(zone), Zone: zone, Articles: len(full.Articles), Cited: cited(full, changed)}}
}

// cited returns the articles of full that changed cites (in its claims
// and disputes) but does not hold.
func cited(full, changed summarize.Digest) []summarize.ArticleRef {
	held := map[string]bool{}
	for _, a := range changed.Articles {
		held[a.ID] = true
	}
	want := map[string]bool{}
	for _, p := range changed.Parties {
		for _, c := range p.Claims {
			for _, id := range c.Articles {
				want[id] = !held[id]
			}
		}
	}
	for _, x := range changed.Disputes {
		for _, s := range x.Sides {
			for _, id := range s.Articles {
				want[id] = !held[id]
			}
		}
	}
	var out []summarize.ArticleRef
	for _, a := range full.Articles {
		if want[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// ArticleCount says how many articles a digest reply shows: "4
// articles", or for a digest of changes "2 new of 4 articles".
func ArticleCount(r Reply) string {
	n := len(r.Digest.Articles)
	if r.Changes == nil {
		return fmt.Sprintf("%d %s", n, plural(n, "article", "articles"))
	}
	total := max(r.Changes.Articles, n)
	return fmt.Sprintf("%d new of %d %s", n, total, plural(total, "article", "articles"))
}

// Sources returns the articles a digest reply may cite: its own and,
// for a digest of changes, the older ones its new parts cite.
func Sources(r Reply) []summarize.ArticleRef {
	if r.Changes == nil || len(r.Changes.Cited) == 0 {
		return r.Digest.Articles
	}
	return append(append([]summarize.ArticleRef{}, r.Digest.Articles...), r.Changes.Cited...)
}

// Zone is the time zone a reply's times are shown in: a digest of
// changes', else UTC.
func Zone(r Reply) *time.Location {
	if r.Changes != nil && r.Changes.Zone != nil {
		return r.Changes.Zone
	}
	return time.UTC
}

// PublishedIn formats an article's RFC 3339 publication time in zone as
// layout; other text is returned as it is.
func PublishedIn(published string, zone *time.Location, layout string) string {
	t, err := time.Parse(time.RFC3339, published)
	if err != nil {
		return published
	}
	return t.In(zone).Format(layout)
}
