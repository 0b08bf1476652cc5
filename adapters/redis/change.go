package redis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// SaveChange implements bot.Store: one MULTI transaction under WATCH of
// every story it touches, the keys of the articles it puts and, when it
// removes a story, the follows. A story whose version moved on, or an
// article stored meanwhile in a story the change does not touch, fails it
// with bot.ErrConflict and nothing is written.
func (s *Store) SaveChange(ctx context.Context, ws string, c bot.Change) error {
	p, err := s.prepare(ws, c)
	if err != nil {
		return err
	}
	txf := func(tx *goredis.Tx) error {
		follows, err := p.check(ctx, tx)
		if err != nil {
			return err
		}
		_, err = tx.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
			p.write(ctx, pipe, follows)
			return nil
		})
		return err
	}
	return watchErr("save "+p.name, s.rdb.Watch(ctx, txf, p.watch...))
}

// watchErr wraps the error of a WATCH/MULTI transaction that did what:
// bot.ErrConflict when a watched key changed (or the transaction found
// the version moved on), else the error as it is.
func watchErr(what string, err error) error {
	switch {
	case errors.Is(err, bot.ErrConflict), errors.Is(err, goredis.TxFailedErr):
		return fmt.Errorf("redis: %s: %w", what, bot.ErrConflict)
	case err != nil:
		return fmt.Errorf("redis: %s: %w", what, err)
	}
	return nil
}

// change is a bot.Change encoded for writing.
type change struct {
	s       *Store
	ws      string
	c       bot.Change
	name    string
	meta    []map[string]any
	arts    []map[string]any
	feats   []map[string]any
	urls    map[string]any
	owner   map[string]string // article ID -> story ID, of the articles put
	touched map[string]bool   // the stories the change writes or removes
	watch   []string
}

func (s *Store) prepare(ws string, c bot.Change) (*change, error) {
	p := &change{s: s, ws: ws, c: c, urls: map[string]any{}, owner: map[string]string{}, touched: map[string]bool{}}
	for _, w := range c.Writes {
		p.touched[w.Story.ID] = true
		p.watch = append(p.watch, keyStory(ws, w.Story.ID))
	}
	for _, r := range c.Removes {
		p.touched[r.ID] = true
		p.watch = append(p.watch, keyStory(ws, r.ID))
	}
	if len(c.Removes) > 0 {
		p.watch = append(p.watch, keyFollows(ws))
	}
	switch {
	case len(c.Writes) > 0:
		p.name = "story " + c.Writes[0].Story.ID
	case len(c.Removes) > 0:
		p.name = "story " + c.Removes[0].ID
	}
	for _, w := range c.Writes {
		st := w.Story
		fields, err := encodeMeta(st, w.Prev == 0 || st.DigestVersion == st.Version)
		if err != nil {
			return nil, err
		}
		arts := make(map[string]any, len(w.Put))
		feats := make(map[string]any, len(w.Put))
		for _, a := range w.Put {
			b, err := encodeArticle(a)
			if err != nil {
				return nil, err
			}
			f, err := encodeFeatures(st.Features[a.ID])
			if err != nil {
				return nil, fmt.Errorf("redis: features of %s: %w", a.ID, err)
			}
			arts[a.ID], feats[a.ID] = b, f
			if _, ok := p.owner[a.ID]; !ok {
				p.watch = append(p.watch, keyArticle(ws, a.ID))
			}
			p.owner[a.ID] = st.ID
			if k := a.URLKey(); k != "" {
				p.urls[k] = st.ID + " " + a.ID
			}
		}
		p.meta, p.arts, p.feats = append(p.meta, fields), append(p.arts, arts), append(p.feats, feats)
	}
	return p, nil
}

// check reads what the change was made from, under WATCH: the versions
// of its stories, the stories holding the articles it puts, and the
// follows of the stories it removes.
func (p *change) check(ctx context.Context, tx *goredis.Tx) ([]bot.Follow, error) {
	ws := p.ws
	var versions []*goredis.StringCmd
	holders := map[string]*goredis.StringCmd{}
	var follows *goredis.MapStringStringCmd
	_, err := tx.Pipelined(ctx, func(pipe goredis.Pipeliner) error {
		for _, w := range p.c.Writes {
			versions = append(versions, pipe.HGet(ctx, keyStory(ws, w.Story.ID), "version"))
		}
		for _, r := range p.c.Removes {
			versions = append(versions, pipe.HGet(ctx, keyStory(ws, r.ID), "version"))
		}
		for id := range p.owner {
			holders[id] = pipe.Get(ctx, keyArticle(ws, id))
		}
		if len(p.c.Removes) > 0 {
			follows = pipe.HGetAll(ctx, keyFollows(ws))
		}
		return nil
	})
	if err != nil && !errors.Is(err, goredis.Nil) {
		return nil, err
	}
	want := make([]int64, 0, len(versions))
	for _, w := range p.c.Writes {
		want = append(want, w.Prev)
	}
	for _, r := range p.c.Removes {
		want = append(want, r.Version)
	}
	for i, cmd := range versions {
		v, err := cmd.Int64()
		if err != nil && !errors.Is(err, goredis.Nil) {
			return nil, err
		}
		if v != want[i] {
			return nil, bot.ErrConflict
		}
	}
	// An article another ingest stored meanwhile, in a story this change
	// does not touch, is not stored twice.
	for _, cmd := range holders {
		story, err := cmd.Result()
		if errors.Is(err, goredis.Nil) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if !p.touched[story] {
			return nil, bot.ErrConflict
		}
	}
	if follows == nil {
		return nil, nil
	}
	var out []bot.Follow
	for field, v := range follows.Val() {
		var f bot.Follow
		if err := json.Unmarshal([]byte(v), &f); err != nil {
			return nil, fmt.Errorf("follow %q: %w", field, err)
		}
		out = append(out, f)
	}
	return out, nil
}

// write queues the change's commands: the removed stories go first, so
// that the articles they hand on are written after.
func (p *change) write(ctx context.Context, pipe goredis.Pipeliner, follows []bot.Follow) {
	ws := p.ws
	for _, r := range p.c.Removes {
		pipe.Del(ctx, keyStory(ws, r.ID), keyStoryArticles(ws, r.ID), keyStoryFeatures(ws, r.ID))
		pipe.ZRem(ctx, keyStories(ws), r.ID)
		pipe.SRem(ctx, keyStale(ws), r.ID)
		for t := range r.Terms {
			pipe.ZRem(ctx, keyTerm(ws, t), r.ID)
		}
		for _, id := range r.Articles {
			if _, moved := p.owner[id]; !moved {
				pipe.Del(ctx, keyArticle(ws, id))
			}
		}
		if len(r.URLs) > 0 {
			pipe.HDel(ctx, keyURLs(ws), r.URLs...)
		}
		if r.Into != "" {
			pipe.HSet(ctx, keyMoved(ws), r.ID, r.Into)
		}
		p.moveFollows(ctx, pipe, r, follows)
	}
	for i, w := range p.c.Writes {
		st := w.Story
		pipe.HSet(ctx, keyStory(ws, st.ID), p.meta[i])
		if len(w.Delete) > 0 {
			pipe.HDel(ctx, keyStoryArticles(ws, st.ID), w.Delete...)
			pipe.HDel(ctx, keyStoryFeatures(ws, st.ID), w.Delete...)
			for _, id := range w.Delete {
				if _, moved := p.owner[id]; !moved {
					pipe.Del(ctx, keyArticle(ws, id))
				}
			}
		}
		if len(p.arts[i]) > 0 {
			pipe.HSet(ctx, keyStoryArticles(ws, st.ID), p.arts[i])
			pipe.HSet(ctx, keyStoryFeatures(ws, st.ID), p.feats[i])
		}
		pipe.ZAdd(ctx, keyStories(ws), goredis.Z{Score: float64(st.Updated.UnixMilli()), Member: st.ID})
		if st.DigestVersion != st.Version {
			pipe.SAdd(ctx, keyStale(ws), st.ID)
		} else {
			pipe.SRem(ctx, keyStale(ws), st.ID)
		}
		writeTerms(ctx, pipe, ws, st.ID, w.OldTerms, st.Terms)
	}
	for id, story := range p.owner {
		pipe.Set(ctx, keyArticle(ws, id), story, 0)
	}
	p.s.addDocFreq(ctx, pipe, ws, p.c.DF)
	if len(p.urls) > 0 {
		pipe.HSet(ctx, keyURLs(ws), p.urls)
	}
}

// writeTerms updates the search index of a story whose terms were old
// and are now terms.
func writeTerms(ctx context.Context, pipe goredis.Pipeliner, ws, id string, old, terms map[string]float64) {
	for t := range old {
		if _, ok := terms[t]; !ok {
			pipe.ZRem(ctx, keyTerm(ws, t), id)
		}
	}
	for t, wt := range terms {
		if was, ok := old[t]; !ok || was != wt {
			pipe.ZAdd(ctx, keyTerm(ws, t), goredis.Z{Score: wt, Member: id})
		}
	}
}

// moveFollows hands a removed story's follows to the story it was merged
// into (a channel that follows both keeps the follow it had of that
// one), or drops them with a forgotten story.
func (p *change) moveFollows(ctx context.Context, pipe goredis.Pipeliner, r bot.StoryRemoval, follows []bot.Follow) {
	has := map[string]bool{}
	for _, f := range follows {
		if f.StoryID == r.Into {
			has[f.Channel] = true
		}
	}
	title := ""
	for _, w := range p.c.Writes {
		if w.Story.ID == r.Into {
			title = w.Story.Title
		}
	}
	for _, f := range follows {
		if f.StoryID != r.ID {
			continue
		}
		pipe.HDel(ctx, keyFollows(p.ws), followField(f.Channel, f.StoryID))
		if r.Into == "" || has[f.Channel] {
			continue
		}
		has[f.Channel] = true
		f.StoryID = r.Into
		if title != "" {
			f.Title = title
		}
		if b, err := json.Marshal(f); err == nil {
			pipe.HSet(ctx, keyFollows(p.ws), followField(f.Channel, f.StoryID), b)
		}
	}
}

// Redirect implements bot.Store.
func (s *Store) Redirect(ctx context.Context, ws, id string) (string, error) {
	out := ""
	for range 16 { // merges chain; a loop cannot form, but stay bounded
		next, err := s.rdb.HGet(ctx, keyMoved(ws), id).Result()
		if errors.Is(err, goredis.Nil) {
			return out, nil
		}
		if err != nil {
			return "", fmt.Errorf("redis: redirect %s: %w", id, err)
		}
		out, id = next, next
	}
	return out, nil
}
