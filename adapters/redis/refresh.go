package redis

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// SaveDigest implements bot.Store: one MULTI transaction under WATCH of
// the story's hash. The fields are encoded before the WATCH, so that the
// watched window holds only the version check and the writes.
func (s *Store) SaveDigest(ctx context.Context, ws string, w bot.DigestWrite) error {
	st := w.Story
	seen, err := encodeJSON(st.Seen)
	if err != nil {
		return fmt.Errorf("redis: seen: %w", err)
	}
	terms, err := json.Marshal(st.Terms)
	if err != nil {
		return fmt.Errorf("redis: terms: %w", err)
	}
	fields := map[string]any{"title": st.Title, "dversion": st.Version, "seen": seen, "terms": terms}
	if err := encodeDigest(st, fields); err != nil {
		return err
	}
	key := keyStory(ws, st.ID)
	txf := func(tx *goredis.Tx) error {
		vals, err := tx.HMGet(ctx, key, "version", "dversion").Result()
		if err != nil {
			return err
		}
		version, ok := vals[0].(string)
		if !ok || version != strconv.FormatInt(st.Version, 10) {
			return bot.ErrConflict // moved on, or gone
		}
		dversion, _ := vals[1].(string)
		done := dversion == version // another refresh wrote it
		_, err = tx.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
			if !done {
				pipe.HSet(ctx, key, fields)
				writeTerms(ctx, pipe, ws, st.ID, w.OldTerms, st.Terms)
			}
			pipe.SRem(ctx, keyStale(ws), st.ID)
			return nil
		})
		return err
	}
	return watchErr("save digest of "+st.ID, s.rdb.Watch(ctx, txf, key))
}

// IsStale implements bot.Store.
func (s *Store) IsStale(ctx context.Context, ws, id string) (bool, error) {
	ok, err := s.rdb.SIsMember(ctx, keyStale(ws), id).Result()
	if err != nil {
		return false, fmt.Errorf("redis: is stale: %w", err)
	}
	return ok, nil
}

// StaleStories implements bot.Store.
func (s *Store) StaleStories(ctx context.Context, ws string) ([]string, error) {
	ids, err := s.rdb.SMembers(ctx, keyStale(ws)).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: stale stories: %w", err)
	}
	return ids, nil
}
