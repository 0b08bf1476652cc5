package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/config"
)

// storage is the store a command runs on, and what to close after.
type storage struct {
	*redis.Store
	embedded *redis.Embedded
}

func (s storage) close() {
	s.Store.Close()
	if s.embedded != nil {
		s.embedded.Close()
	}
}

// errNoRedis is the error of a command that needs REDIS_URL.
var errNoRedis = errors.New("REDIS_URL is not set: this command keeps stories in Redis (set REDIS_URL=redis://host:6379/0)")

// openStore connects to the Redis at REDIS_URL and checks that it
// answers. With REDIS_URL unset it starts the embedded server when
// embedded is true, else fails. The client's own log lines go to log at
// debug level.
func openStore(ctx context.Context, cfg config.Config, embedded bool, log *slog.Logger) (storage, error) {
	redis.SetLogger(log)
	if cfg.RedisURL == "" {
		if !embedded {
			return storage{}, errNoRedis
		}
		emb, err := redis.StartEmbedded()
		if err != nil {
			return storage{}, err
		}
		return storage{Store: redis.New(emb.Client()), embedded: emb}, nil
	}
	rdb, err := redis.Dial(cfg.RedisURL)
	if err != nil {
		return storage{}, err
	}
	st := storage{Store: redis.New(rdb)}
	pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	if err := st.Ping(pctx); err != nil {
		return st, fmt.Errorf("storage unavailable: %w", err)
	}
	return st, nil
}

// cliLogger is the logger of the one-shot subcommands: warnings and
// errors on standard error, at the level configured.
func cliLogger(e env, cfg config.Config) *slog.Logger {
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: max(cfg.SlogLevel(), slog.LevelWarn)}))
}
