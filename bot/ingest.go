package bot

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

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
}

// maxIngestTries bounds the retries of an ingest that lost a race with
// another replica writing the same story.
const maxIngestTries = 8

// candidates is how many stories an article is compared with: those the
// search index ranks first by the names the article mentions most.
const candidates = 8

// Ingest adds an analysed article to a workspace: to the story named by
// storyHint (an id or words; a new story of that title when none matches),
// else to the story it belongs with by the grouping rules of summarize, or
// to a new story. The per-article work is already done (the article is
// analysed when read); here the story it joins gets its digest, search
// terms and first-seen times recomputed and written in one transaction.
// Only that story changes.
func (b *Bot) Ingest(ctx context.Context, ws string, a summarize.Article, storyHint string) (IngestResult, error) {
	res, err := b.ingest(ctx, ws, a, storyHint)
	if err != nil {
		b.metrics.Ingest(IngestFailed)
		return res, err
	}
	b.metrics.Ingest(res.Outcome)
	b.log.Debug("ingest", "workspace", ws, "article", a.ID, "story", res.Story.ID, "outcome", res.Outcome)
	return res, nil
}

func (b *Bot) ingest(ctx context.Context, ws string, a summarize.Article, storyHint string) (IngestResult, error) {
	if err := CheckWorkspace(ws); err != nil {
		return IngestResult{}, err
	}
	if err := b.store.AddWorkspace(ctx, ws); err != nil {
		return IngestResult{}, b.storeErr("add_workspace", err)
	}
	feat := group.Extract(a.Doc())
	for range maxIngestTries {
		res, err := b.ingestOnce(ctx, ws, a, feat, storyHint)
		if errors.Is(err, ErrConflict) {
			continue
		}
		return res, err
	}
	return IngestResult{}, Errorf(CodeUnavailable, "The story kept changing while this article was added; please try again.")
}

func (b *Bot) ingestOnce(ctx context.Context, ws string, a summarize.Article, feat group.Features, storyHint string) (IngestResult, error) {
	if id, err := b.store.ArticleStory(ctx, ws, a.ID); err != nil {
		return IngestResult{}, b.storeErr("article_story", err)
	} else if id != "" {
		infos, err := b.store.StoryInfos(ctx, ws, []string{id})
		if err != nil {
			return IngestResult{}, b.storeErr("story_infos", err)
		}
		res := IngestResult{Outcome: IngestDuplicate, Story: StoryInfo{ID: id}}
		if len(infos) == 1 {
			res.Story = infos[0]
		}
		return res, nil
	}
	var (
		st       *StoredStory
		replaced string
		title    string
	)
	// The same URL read again with new text: a revision of its article.
	if key := a.URLKey(); key != "" {
		sid, aid, err := b.store.URLArticle(ctx, ws, key)
		if err != nil {
			return IngestResult{}, b.storeErr("url_article", err)
		}
		if sid != "" {
			if st, err = b.loadStory(ctx, ws, sid); err != nil && !errors.Is(err, ErrNotFound) {
				return IngestResult{}, err
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
			if st, err = b.loadStory(ctx, ws, id); err != nil {
				return IngestResult{}, err
			}
		case CodeNotFound:
			title = strings.TrimSpace(storyHint)
		default:
			return IngestResult{}, err
		}
	}
	if st == nil && title == "" {
		var err error
		if st, err = b.joinable(ctx, ws, feat); err != nil {
			return IngestResult{}, err
		}
	}
	now := b.now().UTC()
	outcome := IngestJoined
	prev := int64(0)
	var oldTerms map[string]float64
	if st == nil {
		outcome = IngestNewStory
		st = &StoredStory{Title: title, FixedTitle: title != "", Created: now,
			Features: map[string]group.Features{}, Seen: map[string]time.Time{}}
	} else {
		prev, oldTerms = st.Version, st.Terms
	}
	var del []string
	if replaced != "" {
		outcome = IngestRevised
		for i, old := range st.Articles {
			if old.ID == replaced {
				a.Revision = old.Revision + 1
				st.Articles = slices.Delete(st.Articles, i, i+1)
				delete(st.Features, old.ID)
				del = append(del, old.ID)
				break
			}
		}
	}
	if err := b.checkIngest(ctx, ws, st, outcome); err != nil {
		return IngestResult{}, err
	}
	st.Articles = append(st.Articles, a)
	st.Features[a.ID] = feat
	recompute(st, now)
	if err := b.store.SaveStory(ctx, ws, prev, StoryWrite{Story: st, Put: []summarize.Article{a}, Delete: del, OldTerms: oldTerms}); err != nil {
		if errors.Is(err, ErrConflict) {
			return IngestResult{}, err
		}
		return IngestResult{}, b.storeErr("save_story", err)
	}
	return IngestResult{Outcome: outcome, Story: StoryInfo{ID: st.ID, Title: st.Title, Articles: len(st.Articles), Updated: st.Updated}}, nil
}

// joinable finds the story a new article belongs with, or nil: the
// stories that share its most mentioned names are compared with it by
// group.Join.
func (b *Bot) joinable(ctx context.Context, ws string, feat group.Features) (*StoredStory, error) {
	var terms []string
	for _, n := range feat.Names(12) {
		terms = append(terms, lex.Stem(n))
	}
	matches, err := b.store.Search(ctx, ws, uniq(terms), candidates)
	if err != nil {
		return nil, b.storeErr("search", err)
	}
	if len(matches) == 0 {
		return nil, nil
	}
	ids := make([]string, len(matches))
	for i, m := range matches {
		ids[i] = m.ID
	}
	feats, err := b.store.Features(ctx, ws, ids)
	if err != nil {
		return nil, b.storeErr("features", err)
	}
	lists := make([][]group.Features, len(ids))
	for i, id := range ids {
		lists[i] = feats[id]
	}
	i, _ := group.Join(feat, lists)
	if i < 0 {
		return nil, nil
	}
	return b.loadStory(ctx, ws, ids[i])
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

// recompute brings a story's digest, title, search terms and first-seen
// times up to date with its articles.
func recompute(st *StoredStory, now time.Time) {
	title := ""
	if st.FixedTitle {
		title = st.Title
	}
	s := summarize.NewStory(title, st.Articles)
	if st.ID == "" {
		st.ID = s.ID
	}
	if !st.FixedTitle {
		st.Title = s.Title
	}
	st.Articles = s.Articles
	d := s.Digest()
	d.ID, d.Title = st.ID, st.Title
	st.Digest = d
	st.Brief, st.BriefOmitted = cut(d, latestView, maxClaimsPerParty)
	st.Version++
	st.Updated = now
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
