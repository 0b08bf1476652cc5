package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/group"
)

// Repairs by hand: merge, move and forget. Each resolves its stories as
// every command does (an ambiguous match lists the candidates), then
// changes them under the workspace's placement lease in one transaction,
// as a placement does (the stories it changes go stale), and refreshes
// them after.

// merge makes one story of two: req.Story's articles, follows and
// first-seen times move to req.Into, which keeps its ID; the merged
// story's ID answers by it from then on.
func (b *Bot) merge(ctx context.Context, req Request) (Reply, error) {
	from, err := b.findStory(ctx, req.Workspace, req.Story)
	if err != nil {
		return Reply{}, err
	}
	into, err := b.findStory(ctx, req.Workspace, req.Into)
	if err != nil {
		return Reply{}, err
	}
	if from == into {
		return Reply{}, Errorf(CodeInvalid, "%q and %q are one story already (%s).", clip(req.Story, echoMax), clip(req.Into, echoMax), into)
	}
	var msg string
	var placed *StoredStory
	err = b.repair(ctx, req.Workspace, func(ctx context.Context) error {
		src, err := b.loadStory(ctx, req.Workspace, from)
		if err != nil {
			return err
		}
		dst, err := b.loadStory(ctx, req.Workspace, into)
		if err != nil {
			return err
		}
		if limit := b.quotas.StoryArticles; limit > 0 && len(src.Articles)+len(dst.Articles) > limit {
			return Errorf(CodeLimit, "Together the two stories hold %d articles, more than a story may (%d); nothing was merged.", len(src.Articles)+len(dst.Articles), limit)
		}
		prev, oldTerms := dst.Version, dst.Terms
		moved := absorb(dst, src)
		place(dst, []*StoredStory{dst, src}, nil, b.now().UTC())
		w := StoryWrite{Story: dst, Prev: prev, Put: moved, OldTerms: oldTerms}
		rm := StoryRemoval{ID: src.ID, Version: src.Version, Terms: src.Terms, Into: dst.ID}
		if err := b.store.SaveChange(ctx, req.Workspace, Change{Writes: []StoryWrite{w}, Removes: []StoryRemoval{rm}}); err != nil {
			return err
		}
		placed = dst
		msg = fmt.Sprintf("Merged %q into %q (%s): now %d %s. Its follows moved along; %s now names %s.",
			src.Title, dst.Title, dst.ID, len(dst.Articles), plural(len(dst.Articles), "article", "articles"), src.ID, dst.ID)
		return nil
	})
	if err != nil {
		return Reply{}, err
	}
	b.refreshPlaced(ctx, req.Workspace, placed)
	return textReply(msg), nil
}

// absorb moves src's articles, grouping features and first-seen times
// (the earliest of each) into dst, and returns the articles moved.
func absorb(dst, src *StoredStory) []summarize.Article {
	if dst.Features == nil {
		dst.Features = map[string]group.Features{}
	}
	if dst.Seen == nil {
		dst.Seen = map[string]time.Time{}
	}
	var moved []summarize.Article
	for _, a := range src.Articles {
		if slices.ContainsFunc(dst.Articles, func(x summarize.Article) bool { return x.ID == a.ID }) {
			continue
		}
		dst.Articles = append(dst.Articles, a)
		moved = append(moved, a)
		if f, ok := src.Features[a.ID]; ok {
			dst.Features[a.ID] = f
		}
	}
	for k, t := range src.Seen {
		if old, ok := dst.Seen[k]; !ok || t.Before(old) {
			dst.Seen[k] = t
		}
	}
	return moved
}

// newStory is the word of move that makes a story of the article alone.
const newStory = "new"

// move moves an article (its id or URL) to another story, or to a story
// of its own. A story it leaves empty goes, its follows to where the
// article went.
func (b *Bot) move(ctx context.Context, req Request) (Reply, error) {
	ws := req.Workspace
	from, aid, err := b.findArticle(ctx, ws, req.Target)
	if err != nil {
		return Reply{}, err
	}
	to := ""
	if !strings.EqualFold(strings.TrimSpace(req.Into), newStory) {
		if to, err = b.findStory(ctx, ws, req.Into); err != nil {
			return Reply{}, err
		}
		if to == from {
			return Reply{}, Errorf(CodeInvalid, "Article %s is in story %s already.", aid, to)
		}
	}
	var msg string
	var placed []*StoredStory
	err = b.repair(ctx, ws, func(ctx context.Context) error {
		placed = nil
		src, err := b.loadStory(ctx, ws, from)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(src.Articles, func(a summarize.Article) bool { return a.ID == aid })
		if i < 0 {
			return fmt.Errorf("article %s left story %s meanwhile: %w", aid, from, ErrConflict)
		}
		a, feat := src.Articles[i], src.Features[aid]
		now := b.now().UTC()
		var dst *StoredStory
		var prev int64
		var oldTerms map[string]float64
		if to == "" {
			dst = startStory(movedStoryID(aid, now), "", a, now)
		} else {
			if dst, err = b.loadStory(ctx, ws, to); err != nil {
				return err
			}
			if limit := b.quotas.StoryArticles; limit > 0 && len(dst.Articles) >= limit {
				return Errorf(CodeLimit, "The story %q holds %d articles, the most a story may; the article was not moved.", dst.Title, len(dst.Articles))
			}
			prev, oldTerms = dst.Version, dst.Terms
		}
		dst.Articles = append(dst.Articles, a)
		dst.Features[aid] = feat
		if t, ok := src.Seen["a:"+aid]; ok {
			dst.Seen["a:"+aid] = t
		}
		place(dst, []*StoredStory{dst}, map[string]group.Features{aid: feat}, now)
		c := Change{Writes: []StoryWrite{{Story: dst, Prev: prev, Put: []summarize.Article{a}, OldTerms: oldTerms}}}
		srcTitle := src.Title
		if len(src.Articles) == 1 {
			c.Removes = []StoryRemoval{{ID: src.ID, Version: src.Version, Terms: src.Terms, Into: dst.ID}}
		} else {
			srcPrev, srcTerms := src.Version, src.Terms
			src.Articles = slices.Delete(src.Articles, i, i+1)
			delete(src.Features, aid)
			place(src, []*StoredStory{src}, nil, now)
			c.Writes = append(c.Writes, StoryWrite{Story: src, Prev: srcPrev, Delete: []string{aid}, OldTerms: srcTerms})
		}
		if err := b.store.SaveChange(ctx, ws, c); err != nil {
			return err
		}
		for _, w := range c.Writes {
			placed = append(placed, w.Story)
		}
		title := a.Title
		if title == "" {
			title = "the article"
		}
		msg = fmt.Sprintf("Moved %q from %q to %s %q, now %d %s.", title, srcTitle, dst.ID, dst.Title,
			len(dst.Articles), plural(len(dst.Articles), "article", "articles"))
		if len(c.Removes) > 0 {
			msg += fmt.Sprintf(" It was the only article of %s, which is gone; its follows moved along.", src.ID)
		}
		return nil
	})
	if err != nil {
		return Reply{}, err
	}
	b.refreshPlaced(ctx, ws, placed...)
	return textReply(msg), nil
}

// movedStoryID names a story made by move ... to new: not the ID its
// article would give it (the story it left may bear that one).
func movedStoryID(articleID string, now time.Time) string {
	sum := sha256.Sum256([]byte("moved\x00" + articleID + "\x00" + now.Format(time.RFC3339Nano)))
	return "s" + hex.EncodeToString(sum[:5])
}

// findArticle resolves an article's id or URL to its story and ID.
func (b *Bot) findArticle(ctx context.Context, ws, ref string) (story, id string, err error) {
	ref = strings.TrimSpace(ref)
	if isURL(ref) {
		story, id, err = b.store.URLArticle(ctx, ws, extract.CanonicalURL(ref))
		if err != nil {
			return "", "", b.storeErr("url_article", err)
		}
	} else if looksLikeArticleID(ref) {
		id = strings.ToLower(ref)
		if story, err = b.store.ArticleStory(ctx, ws, id); err != nil {
			return "", "", b.storeErr("article_story", err)
		}
	} else {
		return "", "", Errorf(CodeInvalid, "%q is not an article: give its id (16 hex digits, as sources shows) or its URL.", clip(ref, echoMax))
	}
	if story == "" {
		return "", "", Errorf(CodeNotFound, "No article %s in this workspace. Type sources STORY to see a story's articles.", clip(ref, echoMax))
	}
	return story, id, nil
}

// looksLikeArticleID reports 16 hex digits, an article's content ID.
func looksLikeArticleID(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, r := range strings.ToLower(s) {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return false
		}
	}
	return true
}

// forget deletes a story: its articles, their URLs and its follows.
func (b *Bot) forget(ctx context.Context, req Request) (Reply, error) {
	ws := req.Workspace
	id, err := b.findStory(ctx, ws, req.Story)
	if err != nil {
		return Reply{}, err
	}
	var msg string
	err = b.repair(ctx, ws, func(ctx context.Context) error {
		st, err := b.loadStory(ctx, ws, id)
		if err != nil {
			return err
		}
		follows, err := b.store.Follows(ctx, ws)
		if err != nil {
			return b.storeErr("follows", err)
		}
		nf := 0
		for _, f := range follows {
			if f.StoryID == id {
				nf++
			}
		}
		rm := StoryRemoval{ID: id, Version: st.Version, Terms: st.Terms}
		var df group.DF
		for _, f := range st.Features {
			df.Add(f, -1)
		}
		for _, a := range st.Articles {
			rm.Articles = append(rm.Articles, a.ID)
			if k := a.URLKey(); k != "" {
				if sid, aid, err := b.store.URLArticle(ctx, ws, k); err == nil && sid == id && aid == a.ID {
					rm.URLs = append(rm.URLs, k)
				}
			}
		}
		if err := b.store.SaveChange(ctx, ws, Change{Removes: []StoryRemoval{rm}, DF: df}); err != nil {
			return err
		}
		msg = fmt.Sprintf("Forgot %q (%s): %d %s and %d %s deleted.", st.Title, id,
			len(st.Articles), plural(len(st.Articles), "article", "articles"), nf, plural(nf, "follow", "follows"))
		return nil
	})
	if err != nil {
		return Reply{}, err
	}
	return textReply(msg), nil
}

// repair runs one repair under the workspace's placement lease, and
// again should the lease run out under it.
func (b *Bot) repair(ctx context.Context, ws string, fn func(ctx context.Context) error) error {
	for range maxIngestTries {
		err := b.withLease(ctx, ws, fn)
		if errors.Is(err, ErrNotFound) {
			return Errorf(CodeNotFound, "The story is gone meanwhile. Type list to see the stories.")
		}
		if !errors.Is(err, ErrConflict) {
			var e *Error
			if err != nil && !errors.As(err, &e) && !errors.Is(err, context.Canceled) {
				return b.storeErr("save_change", err)
			}
			return err
		}
	}
	return Errorf(CodeUnavailable, "The stories kept changing meanwhile; please try again.")
}
