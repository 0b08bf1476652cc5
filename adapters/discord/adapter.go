// Package discord puts storybot in Discord: the /story application
// command (one subcommand per command word, story-name autocomplete),
// mentions and links posted in channels, and buttons, over the gateway or
// over HTTP interactions (every request verified with the application's
// Ed25519 key), on bwmarrin/discordgo. Replies are rendered as embeds
// within Discord's limits.
//
// Discord wants an interaction answered within three seconds. Answers from
// stored state are sent at once; slower ones (reading a link) are deferred
// and then edited into the original response when done.
package discord

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
)

// Core is what the adapter needs of the bot: *bot.Bot.
type Core interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
	DropLink(ctx context.Context, j bot.Job) error
	Suggest(ctx context.Context, ws, words string, n int) ([]bot.StoryInfo, error)
}

// Deduper remembers keys for a while: FirstTime reports whether key is
// new in the workspace within ttl (adapters/redis implements it).
type Deduper interface {
	FirstTime(ctx context.Context, ws, key string, ttl time.Duration) (bool, error)
}

// Options configure an Adapter.
type Options struct {
	Core Core
	// Session is the REST client (and, for the gateway, the connection):
	// NewSession gives one that can point at other servers.
	Session *discordgo.Session
	// AppID is the application's ID, to register the command.
	AppID   string
	Deduper Deduper
	Logger  *slog.Logger
	// After is the timer of the three-second rule: an interaction whose
	// answer is not ready when After(inlineWait) fires is deferred and
	// edited in later. time.After when nil.
	After func(time.Duration) <-chan time.Time
}

// Adapter connects the core to Discord.
type Adapter struct {
	core    Core
	s       *discordgo.Session
	appID   string
	dedupe  Deduper
	log     *slog.Logger
	after   func(time.Duration) <-chan time.Time
	work    sync.WaitGroup
	mu      sync.Mutex
	botUser string // the bot's user ID, from READY
}

// New returns an Adapter.
func New(o Options) *Adapter {
	a := &Adapter{core: o.Core, s: o.Session, appID: o.AppID, dedupe: o.Deduper, log: o.Logger, after: o.After}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	if a.after == nil {
		a.after = time.After
	}
	return a
}

// Workspace is the storybot workspace of a Discord guild.
func Workspace(guildID string) string { return "discord:" + guildID }

// SetBotUser records the bot's own user ID (from the gateway's READY), so
// that its own messages are skipped and mentions of it recognised.
func (a *Adapter) SetBotUser(id string) {
	a.mu.Lock()
	a.botUser = id
	a.mu.Unlock()
}

func (a *Adapter) self() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.botUser
}

// Wait waits for the background work under way (at shutdown).
func (a *Adapter) Wait() { a.work.Wait() }

// background runs f after the interaction or message that asked for it
// has been answered, with a context of its own.
func (a *Adapter) background(ctx context.Context, f func(ctx context.Context)) {
	a.work.Add(1)
	go func() {
		defer a.work.Done()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), workTimeout)
		defer cancel()
		f(ctx)
	}()
}

// Custom IDs of the buttons replies carry: the prefix, then the story ID
// (and for CustomClaims "|" and a party name). Discord caps custom IDs at
// 100 characters.
const (
	CustomClaims  = "storybot:claims:"
	CustomSources = "storybot:sources:"
	CustomFollow  = "storybot:follow:"
	CustomLatest  = "storybot:latest:"
)

// Timings of the three-second rule.
const (
	// inlineWait is how long an interaction waits for its answer before
	// deferring it.
	inlineWait = 2 * time.Second
	// workTimeout bounds the background work of one interaction or
	// message.
	workTimeout = 2 * time.Minute
	// memory is how long a message ID is remembered against duplicates.
	memory = 24 * time.Hour
	// maxLinks is how many links of one message are read.
	maxLinks = 5
)
