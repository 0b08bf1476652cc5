package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/httpserver"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/metrics"
	"github.com/storybot/storybot/adapters/terminal"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/config"
)

// cmdRun runs the bot: the HTTP server (health, readiness, metrics, and
// the platforms' routes), Slack and Discord when their tokens are set,
// and otherwise the terminal chat on standard input until its end. It stops cleanly
// (exit 0) on SIGINT or SIGTERM. With Redis unreachable it keeps serving
// health and answers commands with a "storage unavailable" message until
// Redis is back.
func cmdRun(ctx context.Context, args []string, e env) int {
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "storybot run: takes no arguments (got %q); configure it with environment variables\n", args)
		return exitUsage
	}
	cfg, err := config.Load(e.getenv, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot run: %v\n", err)
		return exitUsage
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: cfg.SlogLevel()}))
	fetcher, err := fetch.New(fetch.Options{Allow: cfg.FetchAllow, MaxBytes: cfg.MaxArticleBytes})
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot run: STORYBOT_FETCH_ALLOW: %v\n", err)
		return exitUsage
	}
	st, err := openStore(ctx, cfg, true, log)
	if err != nil && st.Store == nil {
		log.Error("storage", "err", err)
		return exitSkipped
	}
	defer st.close()
	if err != nil {
		// Keep serving: go-redis reconnects when Redis is back.
		log.Warn("storage unavailable at start; commands will say so until Redis answers", "err", err)
	}
	if st.embedded != nil {
		log.Warn("REDIS_URL is not set: stories are kept in an embedded in-process store and nothing persists when storybot stops")
	}

	reg := metrics.NewRegistry()
	chat := cfg.Slack.BotToken != "" || cfg.Discord.BotToken != "" || cfg.Discord.PublicKey != ""
	b := bot.New(bot.Options{
		Store:   st,
		Loader:  input.Loader{Reader: input.Reader{Fetcher: fetcher}, Paths: !chat},
		Logger:  log,
		Metrics: metrics.New(reg),
	})
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	handlers := map[string]http.Handler{}
	var platforms []func(ctx context.Context) error
	if cfg.Discord.BotToken != "" || cfg.Discord.PublicKey != "" {
		d, err := startDiscord(cfg, b, st.Store, log)
		if err != nil {
			log.Error("discord", "err", err)
			return exitSkipped
		}
		defer d.adapter.Wait()
		for p, h := range d.handlers {
			handlers[p] = h
		}
		if d.run != nil {
			platforms = append(platforms, d.run)
		}
	}
	if cfg.Slack.BotToken != "" {
		s, err := startSlack(ctx, cfg, b, st.Store, log)
		if err != nil {
			log.Error("slack", "err", err)
			return exitSkipped
		}
		defer s.adapter.Wait()
		for p, h := range s.handlers {
			handlers[p] = h
		}
		if s.run != nil {
			platforms = append(platforms, s.run)
		}
	}

	srv := httpserver.New(httpserver.Options{
		Ready:           st.Ping,
		Gatherer:        reg,
		Handlers:        handlers,
		Logger:          log,
		ShutdownTimeout: cfg.ShutdownTimeout,
	})
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		if chat {
			log.Error("HTTP server", "addr", cfg.HTTPAddr, "err", err)
			return exitSkipped
		}
		// On a laptop the port may be taken: the terminal chat works
		// without HTTP.
		log.Warn("HTTP server not started", "addr", cfg.HTTPAddr, "err", err)
	}
	served := make(chan error, 1)
	if ln != nil {
		go func() { served <- srv.Serve(ctx, ln) }()
	} else {
		served <- nil
	}
	failed := make(chan error, len(platforms))
	for _, run := range platforms {
		go func() {
			if err := run(ctx); err != nil {
				failed <- err
			}
		}()
	}

	if chat {
		select {
		case <-ctx.Done():
		case err := <-failed:
			log.Error("platform", "err", err)
			cancel()
			<-served
			return exitSkipped
		}
	} else {
		log.Info("terminal chat: one command a line; type help", "workspace", terminal.Workspace)
		if err := terminal.Run(ctx, b, e.stdin, e.stdout); err != nil {
			log.Error("terminal", "err", err)
		}
	}
	cancel()
	if err := <-served; err != nil && !errors.Is(err, context.Canceled) {
		log.Error("HTTP server", "err", err)
		return exitSkipped
	}
	log.Info("stopped")
	return exitOK
}
