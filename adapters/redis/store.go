// Package redis keeps storybot's stories, follows and feeds in Redis: it
// implements bot.Store on go-redis's UniversalClient, so one Redis, a
// Sentinel set-up or a Redis Cluster all work, and it runs the embedded
// Redis-protocol server (miniredis) for laptops and demos without Redis.
//
// The key layout is documented in keys.go. Stories are written whole per
// ingest inside WATCH/MULTI on the story's key and its new articles' keys:
// a crash or a lost connection never leaves half an ingest, two replicas
// ingesting into one story at once cannot overwrite each other, and one
// article ingested twice at once is stored once (the loser gets
// bot.ErrConflict and retries on fresh state). Article bodies and their
// analysis are stored deflated: the analysis repeats sentences of the text,
// which deflate stores once.
package redis

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	fastjson "github.com/goccy/go-json"
	"io"
	"log/slog"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/group"
)

// Store is a bot.Store on Redis.
type Store struct {
	rdb goredis.UniversalClient
}

var _ bot.Store = (*Store)(nil)

// New returns a Store on a connected client.
func New(rdb goredis.UniversalClient) *Store { return &Store{rdb: rdb} }

// Client returns the Redis client the store uses.
func (s *Store) Client() goredis.UniversalClient { return s.rdb }

// Close closes the client.
func (s *Store) Close() error { return s.rdb.Close() }

// Dial makes a client for a REDIS_URL: redis:// or rediss:// for one
// server, redis+cluster://host:port,host:port,... for a Redis Cluster. It
// does not wait for the server: use Ping.
func Dial(rawURL string) (goredis.UniversalClient, error) {
	if rest, ok := strings.CutPrefix(rawURL, "redis+cluster://"); ok {
		u, err := url.Parse("redis://" + rest)
		if err != nil {
			return nil, fmt.Errorf("redis: bad cluster URL: %w", err)
		}
		opt := &goredis.ClusterOptions{Addrs: strings.Split(u.Host, ","),
			DialTimeout: dialTimeout, ReadTimeout: ioTimeout, WriteTimeout: ioTimeout, MaxRetries: 1}
		if u.User != nil {
			opt.Username = u.User.Username()
			opt.Password, _ = u.User.Password()
		}
		return goredis.NewClusterClient(opt), nil
	}
	opt, err := goredis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("redis: bad URL: %w", err)
	}
	fast(opt)
	return goredis.NewClient(opt), nil
}

// Timeouts: a chat answer is due within 3 s, so a Redis that does not
// answer must fail fast ("storage unavailable") rather than late.
const (
	dialTimeout = time.Second
	ioTimeout   = time.Second
)

// fast sets the timeouts and retries the URL left at their defaults.
func fast(opt *goredis.Options) {
	if opt.DialTimeout == 0 {
		opt.DialTimeout = dialTimeout
	}
	if opt.ReadTimeout == 0 {
		opt.ReadTimeout = ioTimeout
	}
	if opt.WriteTimeout == 0 {
		opt.WriteTimeout = ioTimeout
	}
	if opt.MaxRetries == 0 {
		opt.MaxRetries = 1
	}
	if opt.DialerRetries == 0 {
		opt.DialerRetries = 2
	}
}

// SetLogger sends go-redis's own log lines (connection pool trouble) to
// log at debug level: the store's callers report failures themselves.
func SetLogger(log *slog.Logger) { goredis.SetLogger(slogPrinter{log}) }

type slogPrinter struct{ log *slog.Logger }

func (p slogPrinter) Printf(ctx context.Context, format string, v ...any) {
	p.log.DebugContext(ctx, "redis: "+fmt.Sprintf(format, v...))
}

// Ping implements bot.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis: ping: %w", err)
	}
	return nil
}

// AddWorkspace implements bot.Store.
func (s *Store) AddWorkspace(ctx context.Context, ws string) error {
	if !validWorkspace(ws) {
		return fmt.Errorf("redis: invalid workspace %q", ws)
	}
	if err := s.rdb.SAdd(ctx, keyWorkspaces, ws).Err(); err != nil {
		return fmt.Errorf("redis: add workspace: %w", err)
	}
	return nil
}

// Workspace implements bot.Store.
func (s *Store) Workspace(ctx context.Context, ws string) (bool, error) {
	ok, err := s.rdb.SIsMember(ctx, keyWorkspaces, ws).Result()
	if err != nil {
		return false, fmt.Errorf("redis: workspace: %w", err)
	}
	return ok, nil
}

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
			var f group.Features
			if err := fastjson.Unmarshal([]byte(v), &f); err != nil {
				return nil, fmt.Errorf("redis: features of story %s: %w", id, err)
			}
			out[id] = append(out[id], f)
		}
	}
	return out, nil
}

// Story implements bot.Store.
func (s *Store) Story(ctx context.Context, ws, id string) (*bot.StoredStory, error) {
	pipe := s.rdb.Pipeline()
	meta := pipe.HGetAll(ctx, keyStory(ws, id))
	arts := pipe.HGetAll(ctx, keyStoryArticles(ws, id))
	feats := pipe.HGetAll(ctx, keyStoryFeatures(ws, id))
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redis: story %s: %w", id, err)
	}
	if len(meta.Val()) == 0 {
		return nil, fmt.Errorf("redis: story %s: %w", id, bot.ErrNotFound)
	}
	st, err := decodeMeta(id, meta.Val())
	if err != nil {
		return nil, err
	}
	st.Features = make(map[string]group.Features, len(feats.Val()))
	for aid, v := range feats.Val() {
		var f group.Features
		if err := fastjson.Unmarshal([]byte(v), &f); err != nil {
			return nil, fmt.Errorf("redis: story %s: features of %s: %w", id, aid, err)
		}
		st.Features[aid] = f
	}
	for aid, v := range arts.Val() {
		a, err := decodeArticle([]byte(v))
		if err != nil {
			return nil, fmt.Errorf("redis: story %s: article %s: %w", id, aid, err)
		}
		st.Articles = append(st.Articles, a)
	}
	return st, nil
}

// SaveStory implements bot.Store.
func (s *Store) SaveStory(ctx context.Context, ws string, prevVersion int64, w bot.StoryWrite) error {
	st := w.Story
	key := keyStory(ws, st.ID)
	fields, err := encodeMeta(st)
	if err != nil {
		return err
	}
	arts := make(map[string]any, len(w.Put))
	feats := make(map[string]any, len(w.Put))
	content := make(map[string]string, len(w.Put))
	watch := []string{key}
	urls := map[string]any{}
	for _, a := range w.Put {
		b, err := encodeArticle(a)
		if err != nil {
			return err
		}
		f, err := json.Marshal(st.Features[a.ID])
		if err != nil {
			return fmt.Errorf("redis: features of %s: %w", a.ID, err)
		}
		arts[a.ID], feats[a.ID], content[a.ID] = b, f, st.ID
		watch = append(watch, keyArticle(ws, a.ID))
		if a.URL != "" {
			urls[a.URL] = st.ID + " " + a.ID
		}
	}
	txf := func(tx *goredis.Tx) error {
		v, err := tx.HGet(ctx, key, "version").Int64()
		if err != nil && !errors.Is(err, goredis.Nil) {
			return err
		}
		if v != prevVersion {
			return bot.ErrConflict
		}
		// An article another ingest stored meanwhile is not stored twice:
		// its key is watched, so a store after this read fails EXEC.
		for _, k := range watch[1:] {
			if n, err := tx.Exists(ctx, k).Result(); err != nil {
				return err
			} else if n > 0 {
				return bot.ErrConflict
			}
		}
		_, err = tx.TxPipelined(ctx, func(p goredis.Pipeliner) error {
			p.HSet(ctx, key, fields)
			if len(w.Delete) > 0 {
				p.HDel(ctx, keyStoryArticles(ws, st.ID), w.Delete...)
				p.HDel(ctx, keyStoryFeatures(ws, st.ID), w.Delete...)
				for _, id := range w.Delete {
					p.Del(ctx, keyArticle(ws, id))
				}
			}
			if len(arts) > 0 {
				p.HSet(ctx, keyStoryArticles(ws, st.ID), arts)
				p.HSet(ctx, keyStoryFeatures(ws, st.ID), feats)
				for id, story := range content {
					p.Set(ctx, keyArticle(ws, id), story, 0)
				}
			}
			if len(urls) > 0 {
				p.HSet(ctx, keyURLs(ws), urls)
			}
			p.ZAdd(ctx, keyStories(ws), goredis.Z{Score: float64(st.Updated.UnixMilli()), Member: st.ID})
			for t := range w.OldTerms {
				if _, ok := st.Terms[t]; !ok {
					p.ZRem(ctx, keyTerm(ws, t), st.ID)
				}
			}
			for t, wt := range st.Terms {
				if old, ok := w.OldTerms[t]; !ok || old != wt {
					p.ZAdd(ctx, keyTerm(ws, t), goredis.Z{Score: wt, Member: st.ID})
				}
			}
			return nil
		})
		return err
	}
	err = s.rdb.Watch(ctx, txf, watch...)
	switch {
	case errors.Is(err, bot.ErrConflict), errors.Is(err, goredis.TxFailedErr):
		return fmt.Errorf("redis: save story %s: %w", st.ID, bot.ErrConflict)
	case err != nil:
		return fmt.Errorf("redis: save story %s: %w", st.ID, err)
	}
	return nil
}

// Digest implements bot.Store: one read of one hash field.
func (s *Store) Digest(ctx context.Context, ws, id string, kind bot.DigestKind) (summarize.Digest, bot.Omitted, error) {
	raw, err := s.rdb.HGet(ctx, keyStory(ws, id), digestField(kind)).Bytes()
	if errors.Is(err, goredis.Nil) {
		return summarize.Digest{}, bot.Omitted{}, fmt.Errorf("redis: digest %s: %w", id, bot.ErrNotFound)
	}
	if err != nil {
		return summarize.Digest{}, bot.Omitted{}, fmt.Errorf("redis: digest %s: %w", id, err)
	}
	return decodeDigest(id, kind, raw)
}

func digestField(kind bot.DigestKind) string {
	switch kind {
	case bot.BriefDigest:
		return "brief"
	case bot.FullDigest:
		return "digest"
	}
	return ""
}

func decodeDigest(id string, kind bot.DigestKind, raw []byte) (summarize.Digest, bot.Omitted, error) {
	var b briefJSON
	var err error
	if kind == bot.BriefDigest {
		err = fastjson.Unmarshal(raw, &b)
	} else {
		err = fastjson.Unmarshal(raw, &b.Digest)
	}
	if err != nil {
		return summarize.Digest{}, bot.Omitted{}, fmt.Errorf("redis: digest %s: %w", id, err)
	}
	return b.Digest, b.Omitted, nil
}

// Find implements bot.Store with one script call (findScript).
func (s *Store) Find(ctx context.Context, ws string, q bot.Query) (bot.Found, error) {
	var found bot.Found
	if len(q.Terms) == 0 {
		return found, nil
	}
	keys := make([]string, 0, len(q.Terms)+1)
	for _, t := range q.Terms {
		keys = append(keys, keyTerm(ws, t))
	}
	keys = append(keys, keyStories(ws))
	res, err := findScript.Run(ctx, s.rdb, keys, keyStory(ws, ""), q.Need, q.Close, findPerTerm, digestField(q.Read), max(q.Max, 2)).Slice()
	if err != nil {
		return found, fmt.Errorf("redis: find: %w", err)
	}
	if len(res) == 0 {
		return found, fmt.Errorf("redis: find: empty answer")
	}
	switch res[0] {
	case int64(1):
		found.ID, _ = res[1].(string)
		if raw, ok := res[2].(string); ok {
			found.Digest, found.Omitted, err = decodeDigest(found.ID, q.Read, []byte(raw))
		}
	case int64(2):
		for _, v := range res[1:] {
			id, _ := v.(string)
			found.Candidates = append(found.Candidates, id)
		}
	}
	return found, err
}

// findPerTerm is how many of the best stories of each term Find
// considers.
const findPerTerm = 100

// briefJSON is how the brief digest is stored.
type briefJSON struct {
	Digest  summarize.Digest `json:"digest"`
	Omitted bot.Omitted      `json:"omitted"`
}

// Seen implements bot.Store.
func (s *Store) Seen(ctx context.Context, ws, id string) (map[string]time.Time, error) {
	raw, err := s.rdb.HGet(ctx, keyStory(ws, id), "seen").Bytes()
	if errors.Is(err, goredis.Nil) {
		return nil, fmt.Errorf("redis: seen %s: %w", id, bot.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("redis: seen %s: %w", id, err)
	}
	var seen map[string]time.Time
	if err := json.Unmarshal(raw, &seen); err != nil {
		return nil, fmt.Errorf("redis: seen %s: %w", id, err)
	}
	return seen, nil
}

// Stories implements bot.Store.
func (s *Store) Stories(ctx context.Context, ws string, offset, limit int) ([]bot.StoryInfo, int, error) {
	pipe := s.rdb.Pipeline()
	ids := pipe.ZRevRange(ctx, keyStories(ws), int64(offset), int64(offset+limit-1))
	total := pipe.ZCard(ctx, keyStories(ws))
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, 0, fmt.Errorf("redis: stories: %w", err)
	}
	infos, err := s.StoryInfos(ctx, ws, ids.Val())
	return infos, int(total.Val()), err
}

// StoryInfos implements bot.Store.
func (s *Store) StoryInfos(ctx context.Context, ws string, ids []string) ([]bot.StoryInfo, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*goredis.SliceCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HMGet(ctx, keyStory(ws, id), "title", "count", "updated")
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("redis: story infos: %w", err)
	}
	out := make([]bot.StoryInfo, 0, len(ids))
	for i, id := range ids {
		v := cmds[i].Val()
		title, ok := v[0].(string)
		if !ok {
			continue
		}
		info := bot.StoryInfo{ID: id, Title: title}
		if c, ok := v[1].(string); ok {
			info.Articles, _ = strconv.Atoi(c)
		}
		if u, ok := v[2].(string); ok {
			ms, _ := strconv.ParseInt(u, 10, 64)
			info.Updated = time.UnixMilli(ms).UTC()
		}
		out = append(out, info)
	}
	return out, nil
}

// PutFollow implements bot.Store.
func (s *Store) PutFollow(ctx context.Context, ws string, f bot.Follow) error {
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("redis: follow: %w", err)
	}
	if err := s.rdb.HSet(ctx, keyFollows(ws), followField(f.Channel, f.StoryID), b).Err(); err != nil {
		return fmt.Errorf("redis: follow: %w", err)
	}
	return nil
}

// DeleteFollow implements bot.Store.
func (s *Store) DeleteFollow(ctx context.Context, ws, channel, storyID string) (bool, error) {
	n, err := s.rdb.HDel(ctx, keyFollows(ws), followField(channel, storyID)).Result()
	if err != nil {
		return false, fmt.Errorf("redis: unfollow: %w", err)
	}
	return n > 0, nil
}

// Follows implements bot.Store.
func (s *Store) Follows(ctx context.Context, ws string) ([]bot.Follow, error) {
	return hashValues[bot.Follow](ctx, s.rdb, keyFollows(ws), func(f bot.Follow) string { return f.Channel + "\x00" + f.StoryID })
}

// PutFeed implements bot.Store.
func (s *Store) PutFeed(ctx context.Context, ws string, f bot.Feed) error {
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("redis: feed: %w", err)
	}
	if err := s.rdb.HSet(ctx, keyFeeds(ws), f.URL, b).Err(); err != nil {
		return fmt.Errorf("redis: feed: %w", err)
	}
	return nil
}

// DeleteFeed implements bot.Store.
func (s *Store) DeleteFeed(ctx context.Context, ws, u string) (bool, error) {
	n, err := s.rdb.HDel(ctx, keyFeeds(ws), u).Result()
	if err != nil {
		return false, fmt.Errorf("redis: remove feed: %w", err)
	}
	return n > 0, nil
}

// Feeds implements bot.Store.
func (s *Store) Feeds(ctx context.Context, ws string) ([]bot.Feed, error) {
	return hashValues[bot.Feed](ctx, s.rdb, keyFeeds(ws), func(f bot.Feed) string { return f.URL })
}

// hashValues decodes the JSON values of a hash, ordered by key(v).
func hashValues[T any](ctx context.Context, rdb goredis.UniversalClient, key string, order func(T) string) ([]T, error) {
	vals, err := rdb.HVals(ctx, key).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: read %s: %w", key, err)
	}
	out := make([]T, 0, len(vals))
	for _, v := range vals {
		var x T
		if err := json.Unmarshal([]byte(v), &x); err != nil {
			return nil, fmt.Errorf("redis: read %s: %w", key, err)
		}
		out = append(out, x)
	}
	sortBy(out, order)
	return out, nil
}

func encodeMeta(st *bot.StoredStory) (map[string]any, error) {
	digest, err := json.Marshal(st.Digest)
	if err != nil {
		return nil, fmt.Errorf("redis: digest: %w", err)
	}
	seen, err := json.Marshal(st.Seen)
	if err != nil {
		return nil, fmt.Errorf("redis: seen: %w", err)
	}
	brief, err := json.Marshal(briefJSON{st.Brief, st.BriefOmitted})
	if err != nil {
		return nil, fmt.Errorf("redis: brief: %w", err)
	}
	terms, err := json.Marshal(st.Terms)
	if err != nil {
		return nil, fmt.Errorf("redis: terms: %w", err)
	}
	fixed := "0"
	if st.FixedTitle {
		fixed = "1"
	}
	return map[string]any{
		"title": st.Title, "fixed": fixed, "version": st.Version,
		"created": st.Created.UnixMilli(), "updated": st.Updated.UnixMilli(),
		"count": len(st.Articles), "digest": digest, "brief": brief, "seen": seen, "terms": terms,
	}, nil
}

func decodeMeta(id string, m map[string]string) (*bot.StoredStory, error) {
	st := &bot.StoredStory{ID: id, Title: m["title"], FixedTitle: m["fixed"] == "1"}
	var err error
	if st.Version, err = strconv.ParseInt(m["version"], 10, 64); err != nil {
		return nil, fmt.Errorf("redis: story %s: version: %w", id, err)
	}
	created, _ := strconv.ParseInt(m["created"], 10, 64)
	updated, _ := strconv.ParseInt(m["updated"], 10, 64)
	st.Created, st.Updated = time.UnixMilli(created).UTC(), time.UnixMilli(updated).UTC()
	var brief briefJSON
	for field, dst := range map[string]any{"digest": &st.Digest, "brief": &brief, "seen": &st.Seen, "terms": &st.Terms} {
		if err := json.Unmarshal([]byte(m[field]), dst); err != nil {
			return nil, fmt.Errorf("redis: story %s: %s: %w", id, field, err)
		}
	}
	st.Brief, st.BriefOmitted = brief.Digest, brief.Omitted
	return st, nil
}

func encodeArticle(a summarize.Article) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestSpeed)
	if err := json.NewEncoder(zw).Encode(a); err != nil {
		return nil, fmt.Errorf("redis: encode article %s: %w", a.ID, err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("redis: encode article %s: %w", a.ID, err)
	}
	return buf.Bytes(), nil
}

func decodeArticle(b []byte) (summarize.Article, error) {
	var a summarize.Article
	data, err := io.ReadAll(flate.NewReader(bytes.NewReader(b)))
	if err != nil {
		return a, fmt.Errorf("inflate: %w", err)
	}
	if err := fastjson.Unmarshal(data, &a); err != nil {
		return a, fmt.Errorf("decode: %w", err)
	}
	return a, nil
}

// DeleteWorkspace removes every key of a workspace.
func (s *Store) DeleteWorkspace(ctx context.Context, ws string) error {
	del := func(ctx context.Context, c *goredis.Client) error {
		iter := c.Scan(ctx, 0, wsPrefix(ws)+"*", 1000).Iterator()
		var keys []string
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
		}
		if err := iter.Err(); err != nil {
			return err
		}
		for len(keys) > 0 {
			n := min(len(keys), 500)
			if err := c.Del(ctx, keys[:n]...).Err(); err != nil {
				return err
			}
			keys = keys[n:]
		}
		return nil
	}
	var err error
	switch c := s.rdb.(type) {
	case *goredis.ClusterClient:
		err = c.ForEachMaster(ctx, del)
	case *goredis.Client:
		err = del(ctx, c)
	default:
		err = fmt.Errorf("unsupported client %T", s.rdb)
	}
	if err == nil {
		err = s.rdb.SRem(ctx, keyWorkspaces, ws).Err()
	}
	if err != nil {
		return fmt.Errorf("redis: delete workspace %s: %w", ws, err)
	}
	return nil
}
