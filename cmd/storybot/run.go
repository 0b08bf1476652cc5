package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/httpserver"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/metrics"
	"github.com/storybot/storybot/adapters/terminal"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/config"
)

// cmdRun runs the bot: the HTTP server (health, readiness, metrics) and,
// with no Slack or Discord configured, the terminal chat on standard input
// until its end. It stops cleanly (exit 0) on SIGINT or SIGTERM. With
// Redis unreachable it keeps serving health and answers commands with a
// "storage unavailable" message until Redis is back.
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
	platforms := cfg.Slack.BotToken != "" || cfg.Discord.BotToken != "" || cfg.Discord.PublicKey != ""
	if platforms {
		log.Error("the Slack and Discord adapters are not part of this build yet; unset their tokens to chat on the terminal")
		return exitSkipped
	}
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
	b := bot.New(bot.Options{
		Store:   st,
		Loader:  input.Loader{Reader: input.Reader{Fetcher: fetcher}, Paths: true},
		Logger:  log,
		Metrics: metrics.New(reg),
	})
	srv := httpserver.New(httpserver.Options{
		Ready:           st.Ping,
		Gatherer:        reg,
		Logger:          log,
		ShutdownTimeout: cfg.ShutdownTimeout,
	})
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		// On a laptop the port may be taken: the terminal chat works
		// without HTTP.
		log.Warn("HTTP server not started", "addr", cfg.HTTPAddr, "err", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	served := make(chan error, 1)
	if ln != nil {
		go func() { served <- srv.Serve(ctx, ln) }()
	} else {
		served <- nil
	}

	log.Info("terminal chat: one command a line; type help", "workspace", terminal.Workspace)
	if err := terminal.Run(ctx, b, e.stdin, e.stdout); err != nil {
		log.Error("terminal", "err", err)
	}
	cancel()
	if err := <-served; err != nil && !errors.Is(err, context.Canceled) {
		log.Error("HTTP server", "err", err)
		return exitSkipped
	}
	log.Info("stopped")
	return exitOK
}
