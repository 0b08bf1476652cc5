// Package slack puts storybot in Slack: slash commands (/story ...),
// mentions, links dropped in channels and button clicks, over HTTP (Events
// API, slash commands and interactivity, every request verified with the
// signing secret) or over Socket Mode, on slack-go/slack. Replies are
// rendered as Block Kit within Slack's limits.
//
// Slack wants an answer within three seconds. Commands that answer from
// stored state reply at once; slower ones (reading a link) are
// acknowledged at once and answered through the command's response_url
// when done. Events are handled once: Slack's retries and the same event
// delivered twice are recognised by event ID. They are acknowledged at
// once and handled in the background, except links dropped in a channel:
// those are acknowledged (and reacted to) once they are queued, and when
// they cannot be queued (storage down) the event is not acknowledged, so
// that Slack delivers it again.
package slack

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/storybot/storybot/bot"
)

// Core is what the adapter needs of the bot: *bot.Bot.
type Core interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
	DropLink(ctx context.Context, j bot.Job) error
}

// Deduper remembers keys for a while: FirstTime reports whether key is
// new in the workspace within ttl, and Forget drops a key so that it is
// new again. adapters/redis implements it, so replicas agree.
type Deduper interface {
	FirstTime(ctx context.Context, ws, key string, ttl time.Duration) (bool, error)
	Forget(ctx context.Context, ws, key string) error
}

// Options configure an Adapter.
type Options struct {
	Core Core
	// API is the Web API client (slack.New with the bot token, and
	// slack.OptionAPIURL in tests).
	API     *slack.Client
	Deduper Deduper
	// SigningSecret verifies HTTP requests.
	SigningSecret string
	Logger        *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// After is the timer of the three-second rule: a slash command whose
	// answer is not ready when After(inlineWait) fires is acknowledged
	// and answered later. time.After when nil.
	After func(time.Duration) <-chan time.Time
}

// Adapter connects the core to Slack.
type Adapter struct {
	core    Core
	api     *slack.Client
	dedupe  Deduper
	secret  string
	log     *slog.Logger
	now     func() time.Time
	after   func(time.Duration) <-chan time.Time
	work    sync.WaitGroup
	botUser string // the bot's own user ID, from auth.test
}

// New returns an Adapter.
func New(o Options) *Adapter {
	a := &Adapter{core: o.Core, api: o.API, dedupe: o.Deduper, secret: o.SigningSecret, log: o.Logger, now: o.Now, after: o.After}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.after == nil {
		a.after = time.After
	}
	return a
}

// Workspace is the storybot workspace of a Slack team.
func Workspace(teamID string) string { return "slack:" + teamID }

// Action IDs of the buttons replies carry. Their value is a story ID, or
// for ActionClaims a story ID, "|" and a party name.
const (
	ActionClaims  = "storybot_claims"
	ActionSources = "storybot_sources"
	ActionFollow  = "storybot_follow"
	ActionLatest  = "storybot_latest"
	// ActionPage is the "Open story page" link button: Slack opens its
	// URL and the click needs no answer.
	ActionPage = "storybot_page"
)
