package redis

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	fastjson "github.com/goccy/go-json"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/group"
	"github.com/storybot/storybot/summarize/lex"
)

// ArticleStory implements bot.Store.
func (s *Store) ArticleStory(ctx context.Context, ws, articleID string) (string, error) {
	id, err := s.rdb.Get(ctx, keyArticle(ws, articleID)).Result()
	if errors.Is(err, goredis.Nil) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("redis: article story: %w", err)
	}
	return id, nil
}

// URLArticle implements bot.Store.
func (s *Store) URLArticle(ctx context.Context, ws, u string) (string, string, error) {
	v, err := s.rdb.HGet(ctx, keyURLs(ws), u).Result()
	if errors.Is(err, goredis.Nil) {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("redis: url article: %w", err)
	}
	story, art, _ := strings.Cut(v, " ")
	return story, art, nil
}

// Search implements bot.Store. One round trip reads, per term, how many
// stories carry it and the best of them.
func (s *Store) Search(ctx context.Context, ws string, terms []string, limit int) ([]bot.Match, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	const perTerm = 200
	pipe := s.rdb.Pipeline()
	cards := make([]*goredis.IntCmd, len(terms))
	tops := make([]*goredis.ZSliceCmd, len(terms))
	for i, t := range terms {
		cards[i] = pipe.ZCard(ctx, keyTerm(ws, t))
		tops[i] = pipe.ZRevRangeWithScores(ctx, keyTerm(ws, t), 0, perTerm-1)
	}
	total := pipe.ZCard(ctx, keyStories(ws))
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, goredis.Nil) {
		return nil, fmt.Errorf("redis: search: %w", err)
	}
	n := float64(total.Val())
	score := map[string]float64{}
	hits := map[string]int{}
	for i := range terms {
		df := float64(cards[i].Val())
		if df == 0 {
			continue
		}
		idf := math.Log(1 + n/df)
		for _, z := range tops[i].Val() {
			id := z.Member.(string)
			score[id] += z.Score * idf
			hits[id]++
		}
	}
	out := make([]bot.Match, 0, len(score))
	for id, sc := range score {
		out = append(out, bot.Match{ID: id, Score: sc, Terms: hits[id]})
	}
	bot.SortMatches(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Features implements bot.Store.
func (s *Store) Features(ctx context.Context, ws string, ids []string) (map[string][]group.Features, error) {
	pipe := s.rdb.Pipeline()
	cmds := make([]*goredis.StringSliceCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HVals(ctx, keyStoryFeatures(ws, id))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redis: features: %w", err)
	}
	out := make(map[string][]group.Features, len(ids))
	for i, id := range ids {
		for _, v := range cmds[i].Val() {
			f, err := decodeFeatures([]byte(v))
			if err != nil {
				return nil, fmt.Errorf("redis: features of story %s: %w", id, err)
			}
			out[id] = append(out[id], f)
		}
	}
	return out, nil
}

// storyFields are the fields of a story's hash that Story reads: all but
// the digest and the brief, which an update of the story does not read
// (and which, for a large story, are most of its bytes).
var storyFields = []string{"title", "fixed", "version", "dversion", "created", "updated", "seen", "terms"}

// Story implements bot.Store.
func (s *Store) Story(ctx context.Context, ws, id string) (*bot.StoredStory, error) {
	return s.readStory(ctx, ws, id, true)
}

// StoryHead implements bot.Store: the story's hash and features, and the
// IDs of its articles without reading their stored texts.
func (s *Store) StoryHead(ctx context.Context, ws, id string) (*bot.StoredStory, error) {
	return s.readStory(ctx, ws, id, false)
}

// readStory reads a story in one round trip: its hash's fields, its
// articles' features, and its articles whole (texts) or by ID alone.
func (s *Store) readStory(ctx context.Context, ws, id string, texts bool) (*bot.StoredStory, error) {
	pipe := s.rdb.Pipeline()
	meta := pipe.HMGet(ctx, keyStory(ws, id), storyFields...)
	var arts *goredis.MapStringStringCmd
	var ids *goredis.StringSliceCmd
	if texts {
		arts = pipe.HGetAll(ctx, keyStoryArticles(ws, id))
	} else {
		ids = pipe.HKeys(ctx, keyStoryArticles(ws, id))
	}
	feats := pipe.HGetAll(ctx, keyStoryFeatures(ws, id))
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redis: story %s: %w", id, err)
	}
	st, err := storyOf(id, meta.Val(), feats.Val())
	if err != nil {
		return nil, err
	}
	if !texts {
		st.Head = true
		for _, aid := range ids.Val() {
			st.Articles = append(st.Articles, summarize.Article{ID: aid})
		}
		return st, nil
	}
	for aid, v := range arts.Val() {
		a, err := decodeArticle(v)
		if err != nil {
			return nil, fmt.Errorf("redis: story %s: article %s: %w", id, aid, err)
		}
		st.Articles = append(st.Articles, a)
	}
	return st, nil
}

// storyOf decodes a story's hash fields (as HMGET of storyFields gives
// them) and its articles' features; ErrNotFound when the hash is gone.
func storyOf(id string, meta []any, feats map[string]string) (*bot.StoredStory, error) {
	fields := make(map[string]string, len(storyFields))
	for i, v := range meta {
		if v, ok := v.(string); ok {
			fields[storyFields[i]] = v
		}
	}
	if len(fields) == 0 {
		return nil, fmt.Errorf("redis: story %s: %w", id, bot.ErrNotFound)
	}
	st, err := decodeMeta(id, fields)
	if err != nil {
		return nil, err
	}
	st.Features = make(map[string]group.Features, len(feats))
	for aid, v := range feats {
		f, err := decodeFeatures([]byte(v))
		if err != nil {
			return nil, fmt.Errorf("redis: story %s: features of %s: %w", id, aid, err)
		}
		st.Features[aid] = f
	}
	return st, nil
}

// SaveStory implements bot.Store: SaveChange of one story.
func (s *Store) SaveStory(ctx context.Context, ws string, prevVersion int64, w bot.StoryWrite) error {
	w.Prev = prevVersion
	return s.SaveChange(ctx, ws, bot.Change{Writes: []bot.StoryWrite{w}})
}

// StoryFields returns the fields of a story's hash (sb:{W}:story:S) as
// SaveStory writes them, for a tool that writes the documented key layout
// itself.
func StoryFields(st *bot.StoredStory) (map[string]any, error) { return encodeMeta(st, true) }

// encodeMeta encodes the fields of a story's hash; its digest and brief
// only when withDigest (a stale story keeps the ones stored).
func encodeMeta(st *bot.StoredStory, withDigest bool) (map[string]any, error) {
	seen, err := encodeJSON(st.Seen)
	if err != nil {
		return nil, fmt.Errorf("redis: seen: %w", err)
	}
	terms, err := json.Marshal(st.Terms)
	if err != nil {
		return nil, fmt.Errorf("redis: terms: %w", err)
	}
	fixed := "0"
	if st.FixedTitle {
		fixed = "1"
	}
	m := map[string]any{
		"title": st.Title, "fixed": fixed, "version": st.Version, "dversion": st.DigestVersion,
		"created": st.Created.UnixMilli(), "updated": st.Updated.UnixMilli(),
		"count": len(st.Articles), "seen": seen, "terms": terms,
	}
	if withDigest {
		if err := encodeDigest(st, m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// encodeDigest adds a story's digest and brief to the fields m.
func encodeDigest(st *bot.StoredStory, m map[string]any) error {
	digest, err := encodeJSON(st.Digest)
	if err != nil {
		return fmt.Errorf("redis: digest: %w", err)
	}
	brief, err := encodeJSON(briefJSON{st.Brief, st.BriefOmitted})
	if err != nil {
		return fmt.Errorf("redis: brief: %w", err)
	}
	m["digest"], m["brief"] = digest, brief
	return nil
}

func decodeMeta(id string, m map[string]string) (*bot.StoredStory, error) {
	st := &bot.StoredStory{ID: id, Title: m["title"], FixedTitle: m["fixed"] == "1"}
	var err error
	if st.Version, err = strconv.ParseInt(m["version"], 10, 64); err != nil {
		return nil, fmt.Errorf("redis: story %s: version: %w", id, err)
	}
	// A story stored before digests were refreshed apart has no dversion:
	// its digest is that of its version.
	st.DigestVersion = st.Version
	if v, ok := m["dversion"]; ok {
		if st.DigestVersion, err = strconv.ParseInt(v, 10, 64); err != nil {
			return nil, fmt.Errorf("redis: story %s: dversion: %w", id, err)
		}
	}
	created, _ := strconv.ParseInt(m["created"], 10, 64)
	updated, _ := strconv.ParseInt(m["updated"], 10, 64)
	st.Created, st.Updated = time.UnixMilli(created).UTC(), time.UnixMilli(updated).UTC()
	var brief briefJSON
	for field, dst := range map[string]any{"digest": &st.Digest, "brief": &brief, "seen": &st.Seen, "terms": &st.Terms} {
		raw, ok := m[field]
		if !ok {
			continue // not read
		}
		if err := decodeJSON([]byte(raw), dst); err != nil {
			return nil, fmt.Errorf("redis: story %s: %s: %w", id, field, err)
		}
	}
	st.Brief, st.BriefOmitted = brief.Digest, brief.Omitted
	return st, nil
}

func encodeArticle(a summarize.Article) ([]byte, error) {
	var buf bytes.Buffer
	zw := smallWriters.Get().(*flate.Writer)
	defer smallWriters.Put(zw)
	zw.Reset(&buf)
	if err := json.NewEncoder(zw).Encode(a); err != nil {
		return nil, fmt.Errorf("redis: encode article %s: %w", a.ID, err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("redis: encode article %s: %w", a.ID, err)
	}
	return buf.Bytes(), nil
}

// decodeArticle decodes a stored article. An ingest reads its story's
// articles again each time one joins: the articles decoded are kept,
// by their stored bytes (decodedArticles), and share their slices, which
// no reader changes.
func decodeArticle(raw string) (summarize.Article, error) {
	d := decodedArticles.Get(raw, func(raw string) decoded {
		var d decoded
		data, err := inflate([]byte(raw))
		if err != nil {
			d.err = err
		} else if err := fastjson.Unmarshal(data, &d.a); err != nil {
			d.err = fmt.Errorf("decode: %w", err)
		}
		return d
	}, func(d decoded) int { return decodedArticleBytes * len(raw) })
	return d.a, d.err
}

// decoded is an article decoded, or why it could not be.
type decoded struct {
	a   summarize.Article
	err error
}

// decodedArticleBytes is about how many bytes of memory a decoded article
// takes for each byte stored (deflate keeps about a third; the analysis
// and its slices add the rest), and decodedArticlesBytes bounds them all:
// about a thousand articles, or decodedPerArticleBytes for each article
// of a larger story (lex.FitStory), whose refresh decodes them all.
const (
	decodedArticleBytes    = 8
	decodedArticlesBytes   = 32 << 20
	decodedPerArticleBytes = 24 << 10
)

var decodedArticles = lex.NewStoryMemo[decoded](decodedArticlesBytes, decodedPerArticleBytes)
