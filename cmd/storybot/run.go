package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/httpserver"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/metrics"
	"github.com/storybot/storybot/adapters/page"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/terminal"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/config"
)

// feedClaim is how long a replica holds a due feed to poll it.
const feedClaim = 25 * time.Second

// quotas are the bot's quotas: the configured ones, without a command
// rate for the terminal chat (its one user is whoever runs it).
func quotas(cfg config.Config, chat bool) bot.Quotas {
	q := bot.Quotas(cfg.Quotas)
	if !chat {
		q.CommandsPerMinute = 0
	}
	return q
}

// newLogger is the logger of storybot run: one JSON object a line when
// STORYBOT_LOG_FORMAT is json, key=value text otherwise.
func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.SlogLevel()}
	if strings.EqualFold(cfg.LogFormat, "json") {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

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
	if err := cfg.CheckStore(); err != nil {
		fmt.Fprintf(e.stderr, "storybot run: %v\n", err)
		return exitUsage
	}
	log := newLogger(cfg, e.stderr)
	reg := metrics.NewRegistry()
	m := metrics.New(reg)
	fetcher, err := fetch.New(fetch.Options{Allow: cfg.FetchAllow, MaxBytes: cfg.MaxArticleBytes, OnFailure: countFetchFailures(m)})
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

	pages, links, err := storyPages(cfg, st.Store, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot run: %v\n", err)
		return exitUsage
	}

	chat := cfg.Slack.BotToken != "" || cfg.Discord.BotToken != "" || cfg.Discord.PublicKey != ""
	out := &terminal.Output{W: e.stdout}
	posters := map[string]bot.Poster{"local": terminal.Poster{Out: out}}
	var b *bot.Bot
	queue := redis.NewQueue(st.Client(), redis.QueueOptions{Logger: log, ClaimAfter: cfg.QueueClaimAfter,
		// A job given up is told in its channel, as a failed link is.
		OnDead: func(ctx context.Context, j bot.Job, cause error) { b.GiveUp(ctx, j, cause) }})
	reg.MustRegister(metrics.NewQueueCollector(queueStats(queue)))
	b = bot.New(bot.Options{
		Store:   st,
		Loader:  input.Loader{Reader: input.Reader{Fetcher: fetcher}, Paths: !chat},
		Logger:  log,
		Metrics: m,
		Queue:   queue,
		Feeds:   feed.Checker{Fetcher: fetcher},
		Quotas:  quotas(cfg, chat),
		PageURL: links,
		Posters: func(ws string) bot.Poster {
			kind, _, _ := strings.Cut(ws, ":")
			return posters[kind]
		},
	})
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	handlers := map[string]http.Handler{}
	if pages != nil {
		handlers[page.Route] = pages
	}
	var platforms []func(ctx context.Context) error
	if cfg.Discord.BotToken != "" || cfg.Discord.PublicKey != "" {
		d, err := startDiscord(cfg, b, st.Store, log)
		if err != nil {
			log.Error("discord", "err", err)
			return exitSkipped
		}
		defer d.adapter.Wait()
		posters["discord"] = d.adapter
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
		posters["slack"] = s.adapter
		for p, h := range s.handlers {
			handlers[p] = h
		}
		if s.run != nil {
			platforms = append(platforms, s.run)
		}
	}

	scheduler := bot.NewScheduler(bot.SchedulerOptions{Bot: b, Store: st.Store, Logger: log,
		Posters: func(ws string) bot.Poster {
			kind, _, _ := strings.Cut(ws, ":")
			return posters[kind]
		}})
	poller := feed.NewPoller(feed.Options{Store: st.Store, Fetcher: fetcher, Queue: queue, Logger: log, Metrics: m,
		// One replica polls a due feed: a lease as long as the poll tick.
		Claim: func(ctx context.Context, ws, feedURL string) bool {
			ok, err := st.FirstTime(ctx, ws, "feedpoll:"+feedURL, feedClaim)
			return err == nil && ok
		}})
	workers := []func(ctx context.Context) error{scheduler.Run, poller.Run, func(ctx context.Context) error {
		for { // Consume fails at start while Redis is down: try again
			err := queue.Consume(ctx, b.Work)
			if ctx.Err() != nil {
				return nil
			}
			log.Warn("work queue", "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(5 * time.Second):
			}
		}
	}}

	srv := httpserver.New(httpserver.Options{
		Ready:           st.Ping,
		Embedded:        st.embedded != nil,
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
	failed := make(chan error, len(platforms)+len(workers))
	for _, run := range platforms {
		go func() {
			if err := run(ctx); err != nil {
				failed <- err
			}
		}()
	}
	// The workers run until the chat and HTTP have stopped taking work,
	// and Redis stays open until they have returned: the job under way is
	// handed back to the queue for another replica on the way out.
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	var working sync.WaitGroup
	for _, run := range workers {
		working.Go(func() {
			if err := run(workCtx); err != nil {
				failed <- err
			}
		})
	}
	stopWorkers := func() {
		stopWork()
		done := make(chan struct{})
		go func() { working.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(cfg.ShutdownTimeout):
			log.Warn("workers still busy at the shutdown timeout: their jobs go to another replica after the claim time",
				"timeout", cfg.ShutdownTimeout, "claim_after", cfg.QueueClaimAfter)
		}
	}

	if chat {
		select {
		case <-ctx.Done():
		case err := <-failed:
			log.Error("platform", "err", err)
			cancel()
			<-served
			stopWorkers()
			return exitSkipped
		}
	} else {
		log.Info("terminal chat: one command a line; type help", "workspace", terminal.Workspace)
		err := terminal.Run(ctx, b, e.stdin, out)
		switch {
		case errors.Is(err, terminal.ErrNoInput) && !isTerminal(e.stdin):
			cancel()
			<-served
			// The end of input is a clean exit (the contract of the
			// terminal chat), but the operator is told what to set.
			fmt.Fprint(e.stderr, noChat)
			return exitOK
		case errors.Is(err, terminal.ErrNoInput): // Ctrl-D at once
		case err != nil:
			log.Error("terminal", "err", err)
		}
	}
	// Stop taking work (HTTP, chat), then stop the workers and wait for
	// them; Redis closes last (deferred).
	cancel()
	err = <-served
	stopWorkers()
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Error("HTTP server", "err", err)
		return exitSkipped
	}
	log.Info("stopped")
	return exitOK
}

// storyPages returns the handler of story pages when a signing secret is
// set, and the links digests carry when the public URL is set too (nil
// otherwise).
func storyPages(cfg config.Config, st page.Store, log *slog.Logger) (http.Handler, func(ws, story string, since time.Time) string, error) {
	if !cfg.PagesOn() {
		return nil, nil, nil
	}
	tokens, err := page.NewTokens([]byte(cfg.PageSecret))
	if err != nil {
		return nil, nil, fmt.Errorf("STORYBOT_PAGE_SECRET: %w", err)
	}
	h := page.New(page.Options{Store: st, Tokens: tokens, Logger: log})
	if !cfg.LinksOn() {
		log.Info("story pages served at /s/; digests link none (STORYBOT_PUBLIC_URL is not set)")
		return h, nil, nil
	}
	log.Info("story pages served at /s/ and linked from digests", "public_url", cfg.PublicURL, "link_ttl", cfg.PageTTL)
	l, err := page.NewLinker(cfg.PublicURL, tokens, cfg.PageTTL, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("STORYBOT_PUBLIC_URL: %w", err)
	}
	return h, l.URL, nil
}
