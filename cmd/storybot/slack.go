package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/slack-go/slack"

	slackadapter "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/config"
)

// slackRun is Slack, started: the HTTP routes to serve, and with Socket
// Mode the connection to run.
type slackRun struct {
	adapter  *slackadapter.Adapter
	handlers map[string]http.Handler
	run      func(ctx context.Context) error
}

// startSlack connects the core to Slack: over Socket Mode when
// SLACK_APP_TOKEN is set, else over HTTP with the signing secret.
func startSlack(ctx context.Context, cfg config.Config, core slackadapter.Core, dedupe slackadapter.Deduper, log *slog.Logger) (slackRun, error) {
	var opts []slack.Option
	if u := cfg.Slack.APIURL; u != "" {
		if !strings.HasSuffix(u, "/") {
			u += "/" // slack-go appends method names to it
		}
		opts = append(opts, slack.OptionAPIURL(u))
	}
	if cfg.Slack.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.Slack.AppToken))
	}
	api := slack.New(cfg.Slack.BotToken, opts...)
	a := slackadapter.New(slackadapter.Options{Core: core, API: api, Deduper: dedupe,
		SigningSecret: cfg.Slack.SigningSecret, Logger: log})
	if err := a.Start(ctx); err != nil {
		return slackRun{}, err
	}
	if cfg.Slack.AppToken != "" {
		client := slackadapter.NewSocketClient(api)
		log.Info("slack: socket mode")
		return slackRun{adapter: a, run: func(ctx context.Context) error {
			err := a.RunSocketMode(ctx, client)
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		}}, nil
	}
	log.Info("slack: HTTP (Events API, slash commands, interactivity)")
	return slackRun{adapter: a, handlers: a.Handlers()}, nil
}
