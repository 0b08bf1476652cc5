package redis

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

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
		err = decodeJSON(raw, &b)
	} else {
		err = decodeJSON(raw, &b.Digest)
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
	if err := decodeJSON(raw, &seen); err != nil {
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
