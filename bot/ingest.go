package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/group"
	"github.com/storybot/storybot/summarize/lex"
)

// Ingest outcomes, as counted by Metrics.Ingest.
const (
	IngestNewStory  = "new_story"
	IngestJoined    = "joined"
	IngestDuplicate = "duplicate"
	IngestRevised   = "revised"
	IngestFailed    = "failed"
)

// IngestResult says where an article went.
type IngestResult struct {
	// Outcome is one of the Ingest* outcomes.
	Outcome string
	Story   StoryInfo
	// Refresh, when not nil, is why the story's digest could not be
	// brought up to date after the article was placed (storage failed
	// meanwhile). The article is stored all the same; the story stays
	// stale until a later refresh: RefreshStale's, the next ingest's into
	// the story, or this article's ingested again.
	Refresh error
	// Finished is set for a duplicate whose story was stale still: most
	// likely the article's earlier ingest stopped (a process killed)
	// after its placement, before its refresh and before it could say
	// where the article went; this one refreshed the story.
	Finished bool
}

// maxIngestTries bounds the retries of an ingest whose placement lease
// ran out under it (a process stalled for longer than the lease) so that
// another ingest changed the story first. Under the lease no other ingest
// of the workspace writes, so a try is lost only that way.
const maxIngestTries = 8

// candidates is how many stories an article is compared with: those the
// search index ranks first by the names the article mentions most.
const candidates = 8

// Ingest adds an analysed article to a workspace: to the story named by
// storyHint (an id or words; a new story of that title when none matches),
// else to the story it belongs with by the grouping rules of summarize, or
// to a new story. The per-article work is already done (the article is
// analysed when read). An ingest is a placement, then a refresh:
//
// The placement writes the article into its story, with the story's new
// version, the article's first-seen time and the search terms of its
// names, in one transaction that also marks the story stale. Placements
// of one workspace take turns under its placement lease (see withLease),
// so an article is always placed against the stories as they stand and
// never lost to a race; they are short, as they compute no digest. When
// the article bridges stories that the grouping rule would have made one
// (group.Place), they merge into the oldest of them, so the stories do
// not depend on the order the articles came in.
//
// The refresh (refresh.go) then recomputes the story's digest, title,
// search terms and first-seen times outside the placement lease, once
// for however many articles joined the story meanwhile. It runs before
// Ingest returns, unless another refresh of the story is under way: that
// one catches up with this article. A refresh that fails does not fail
// the ingest (the article is stored): IngestResult.Refresh says why. A
// duplicate of a stored article refreshes its story if it is stale still
// (an ingest interrupted before its refresh).
func (b *Bot) Ingest(ctx context.Context, ws string, a summarize.Article, storyHint string) (IngestResult, error) {
	res, placed, err := b.ingest(ctx, ws, a, storyHint)
	if err != nil {
		b.metrics.Ingest(IngestFailed)
		return res, err
	}
	b.refreshIngested(ctx, ws, &res, placed)
	b.metrics.Ingest(res.Outcome)
	b.log.Debug("ingest", "workspace", ws, "article", a.ID, "story", res.Story.ID, "outcome", res.Outcome)
	return res, nil
}

// ingest places an article (see Ingest) and returns where it went and
// the story as it wrote it (nil for a duplicate).
func (b *Bot) ingest(ctx context.Context, ws string, a summarize.Article, storyHint string) (IngestResult, *StoredStory, error) {
	if err := CheckWorkspace(ws); err != nil {
		return IngestResult{}, nil, err
	}
	if err := b.store.AddWorkspace(ctx, ws); err != nil {
		return IngestResult{}, nil, b.storeErr("add_workspace", err)
	}
	feat := group.Extract(a.Doc())
	for range maxIngestTries {
		var res IngestResult
		var placed *StoredStory
		err := b.withLease(ctx, ws, func(ctx context.Context) error {
			var err error
			res, placed, err = b.ingestOnce(ctx, ws, a, feat, storyHint)
			return err
		})
		if errors.Is(err, ErrConflict) {
			b.log.Warn("ingest lost its placement lease; trying again", "workspace", ws, "article", a.ID)
			continue
		}
		return res, placed, err
	}
	return IngestResult{}, nil, Errorf(CodeUnavailable, "The story kept changing while this article was added; please try again.")
}

// ingestOnce is one try of ingest's placement, under the workspace's
// placement lease: it finds the article's story (a duplicate's, the one a
// revision replaces an article of, the one storyHint names, the one it
// joins, or a new one), places the article in it and writes the story,
// stale. ErrConflict means another writer came first.
func (b *Bot) ingestOnce(ctx context.Context, ws string, a summarize.Article, feat group.Features, storyHint string) (IngestResult, *StoredStory, error) {
	if id, err := b.store.ArticleStory(ctx, ws, a.ID); err != nil {
		return IngestResult{}, nil, b.storeErr("article_story", err)
	} else if id != "" {
		infos, err := b.store.StoryInfos(ctx, ws, []string{id})
		if err != nil {
			return IngestResult{}, nil, b.storeErr("story_infos", err)
		}
		res := IngestResult{Outcome: IngestDuplicate, Story: StoryInfo{ID: id}}
		if len(infos) == 1 {
			res.Story = infos[0]
		}
		return res, nil, nil
	}
	var (
		st       *StoredStory
		absorbed []*StoredStory
		replaced string
		title    string
	)
	// The same URL read again with new text: a revision of its article.
	if key := a.URLKey(); key != "" {
		sid, aid, err := b.store.URLArticle(ctx, ws, key)
		if err != nil {
			return IngestResult{}, nil, b.storeErr("url_article", err)
		}
		if sid != "" {
			if st, err = b.loadStory(ctx, ws, sid); err != nil && !errors.Is(err, ErrNotFound) {
				return IngestResult{}, nil, err
			}
			if st != nil {
				replaced = aid
			}
		}
	}
	if st == nil && strings.TrimSpace(storyHint) != "" {
		id, err := b.findStory(ctx, ws, storyHint)
		switch ErrorCode(err) {
		case "":
			if st, err = b.loadStoryHead(ctx, ws, id); err != nil {
				return IngestResult{}, nil, err
			}
		case CodeNotFound:
			title = strings.TrimSpace(storyHint)
		default:
			return IngestResult{}, nil, err
		}
	}
	if st == nil && title == "" {
		var err error
		if st, absorbed, err = b.joinable(ctx, ws, feat); err != nil {
			return IngestResult{}, nil, err
		}
	}
	now := b.now().UTC()
	outcome := IngestJoined
	prev := int64(0)
	var oldTerms map[string]float64
	if st == nil {
		outcome = IngestNewStory
		// A story is named after its first article; one that article
		// started and left (move) may still bear that name.
		st = startStory("", title, a, now)
		if taken, err := b.store.StoryInfos(ctx, ws, []string{st.ID}); err != nil {
			return IngestResult{}, nil, b.storeErr("story_infos", err)
		} else if len(taken) > 0 {
			st = startStory(movedStoryID(a.ID, now), title, a, now)
		}
	} else {
		prev, oldTerms = st.Version, st.Terms
	}
	var del []string
	var df group.DF
	df.Add(feat, 1)
	if replaced != "" {
		outcome = IngestRevised
		for i, old := range st.Articles {
			if old.ID == replaced {
				a.Revision = old.Revision + 1
				st.Articles = slices.Delete(st.Articles, i, i+1)
				if f, ok := st.Features[old.ID]; ok {
					df.Add(f, -1)
				}
				delete(st.Features, old.ID)
				del = append(del, old.ID)
				break
			}
		}
	}
	if err := b.checkIngest(ctx, ws, st, outcome); err != nil {
		return IngestResult{}, nil, err
	}
	put := []summarize.Article{a}
	var removes []StoryRemoval
	merged := append([]*StoredStory{st}, absorbed...)
	if len(absorbed) > 0 {
		var moved []summarize.Article
		st, removes, moved = mergeStories(st, absorbed)
		prev, oldTerms = st.Version, st.Terms
		put = append(put, moved...)
	}
	st.Articles = append(st.Articles, a)
	st.Features[a.ID] = feat
	place(st, merged, map[string]group.Features{a.ID: feat}, now)
	w := StoryWrite{Story: st, Prev: prev, Put: put, Delete: del, OldTerms: oldTerms}
	if err := b.store.SaveChange(ctx, ws, Change{Writes: []StoryWrite{w}, Removes: removes, DF: df}); err != nil {
		if errors.Is(err, ErrConflict) {
			return IngestResult{}, nil, err
		}
		return IngestResult{}, nil, b.storeErr("save_story", err)
	}
	for _, r := range removes {
		b.log.Info("stories merged", "workspace", ws, "story", r.ID, "into", st.ID, "by", a.ID)
	}
	res := IngestResult{Outcome: outcome, Story: StoryInfo{ID: st.ID, Title: st.Title, Articles: len(st.Articles), Updated: st.Updated}}
	if st.Head {
		return res, nil, nil // no texts to digest: the refresh reads the story
	}
	return res, st, nil
}

// joinable finds the story a new article belongs with, or nil, and the
// other stories it bridges with that one: the stories that share its
// most mentioned names are compared with it by group.Place.
func (b *Bot) joinable(ctx context.Context, ws string, feat group.Features) (*StoredStory, []*StoredStory, error) {
	var terms []string
	for _, n := range feat.Names(12) {
		terms = append(terms, lex.Stem(n))
	}
	matches, err := b.store.Search(ctx, ws, uniq(terms), candidates)
	if err != nil {
		return nil, nil, b.storeErr("search", err)
	}
	if len(matches) == 0 {
		return nil, nil, nil
	}
	ids := make([]string, len(matches))
	for i, m := range matches {
		ids[i] = m.ID
	}
	feats, err := b.store.Features(ctx, ws, ids)
	if err != nil {
		return nil, nil, b.storeErr("features", err)
	}
	lists := make([][]group.Features, len(ids))
	terms = terms[:0]
	seen := map[string]bool{}
	for i, id := range ids {
		lists[i] = feats[id]
		for _, f := range lists[i] {
			for t := range f.Terms {
				if !seen[t] {
					seen[t] = true
					terms = append(terms, t)
				}
			}
		}
	}
	for t := range feat.Terms {
		if !seen[t] {
			terms = append(terms, t)
		}
	}
	// Terms weigh as summarize would weigh them over the whole workspace.
	set, err := b.store.DocFreq(ctx, ws, terms)
	if err != nil {
		return nil, nil, b.storeErr("doc_freq", err)
	}
	set.Add(feat, 1)
	place := group.Place(feat, lists, &set)
	if len(place) == 0 {
		return nil, nil, nil
	}
	load := b.loadStory // stories that merge move their articles: whole
	if len(place) == 1 {
		load = b.loadStoryHead
	}
	st, err := load(ctx, ws, ids[place[0]])
	if err != nil {
		return nil, nil, err
	}
	var others []*StoredStory
	size := len(st.Articles)
	for _, i := range place[1:] {
		if limit := b.quotas.StoryArticles; limit > 0 && size+len(lists[i]) >= limit {
			break // one story of them would pass the quota: they stay apart
		}
		o, err := b.loadStory(ctx, ws, ids[i])
		if err != nil {
			return nil, nil, err
		}
		others = append(others, o)
		size += len(o.Articles)
	}
	return st, others, nil
}

// loadStoryHead is loadStory without the articles' texts (Store.StoryHead).
func (b *Bot) loadStoryHead(ctx context.Context, ws, id string) (*StoredStory, error) {
	st, err := b.store.StoryHead(ctx, ws, id)
	if errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if err != nil {
		return nil, b.storeErr("story", err)
	}
	return st, nil
}

func (b *Bot) loadStory(ctx context.Context, ws, id string) (*StoredStory, error) {
	st, err := b.store.Story(ctx, ws, id)
	if errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if err != nil {
		return nil, b.storeErr("story", err)
	}
	return st, nil
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// CheckWorkspace returns an error for an ID that names no workspace:
// "slack:T...", "discord:G..." or "local".
func CheckWorkspace(ws string) error {
	kind, id, ok := strings.Cut(ws, ":")
	switch {
	case ws == "local":
		return nil
	case ok && (kind == "slack" || kind == "discord") && id != "" && !strings.ContainsAny(id, "{}: \t\n\x00") && len(id) <= 64:
		return nil
	}
	return &Error{Code: CodeInvalid, Message: fmt.Sprintf("%q is not a workspace: want slack:TEAMID, discord:GUILDID or local", clip(ws, echoMax))}
}
