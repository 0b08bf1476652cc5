// Package feed polls the RSS and Atom feeds that workspaces subscribe to
// (feed add URL) and queues each new entry's link for ingest, as a
// bot.Job any replica's workers take: a feed is a source of links like a
// person dropping them in a channel, only unattended.
//
// It exists to do what unattended polling needs and nothing else: fetch
// politely and safely (conditional requests through the SSRF-safe
// adapters/fetch client, backing off from failing servers), remember
// which entries were seen so that each is queued once, across polls and
// replicas, and not flood a new subscription with the feed's back
// catalogue. Parsing is gofeed's (github.com/mmcdole/gofeed), which reads
// RSS 0.9x–2.0, Atom and JSON Feed into one form; this package only picks
// the links out of its items.
//
// What a poll does with a feed it cannot trust:
//
//   - It considers only the feed's MaxConsidered newest entries (by
//     published date, else in the feed's order), so a feed listing ten
//     thousand entries costs what one listing a hundred does.
//   - An entry is known by its GUID and by its canonical link: it is seen
//     when either was, so a feed whose GUIDs change on every fetch does
//     not queue its entries again.
//   - The entries it considers have their last-listed time refreshed, so
//     the store never forgets an entry the feed still lists.
//   - It queues at most MaxPerPoll entries, and a workspace at most
//     MaxPerHour an hour (counted in the store, across replicas). What the
//     caps hold back is logged with the reason and stays unseen, so a
//     later poll queues it.
//
// Every entry that is not queued is logged with the reason, at Info the
// first time it is met and at Debug after (already seen).
package feed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/bot"
)

// Store is what the poller keeps in the store; adapters/redis implements
// it.
type Store interface {
	// Workspaces returns every workspace.
	Workspaces(ctx context.Context) ([]string, error)
	// FeedsWithState returns the feeds of a workspace with their State.
	FeedsWithState(ctx context.Context, ws string) ([]bot.Feed, error)
	// PutFeedState stores the polling state of a feed.
	PutFeedState(ctx context.Context, ws, url string, st bot.FeedState) error
	// SeenEntries reports which of a poll's entries (each given by its
	// keys) were seen before, any key of theirs, and records that the
	// feed lists the seen ones as of now.
	SeenEntries(ctx context.Context, ws, feedURL string, entries [][]string, now time.Time) ([]bool, error)
	// MarkEntry marks an entry seen unless one of its keys is already
	// (marked false) or, with hourlyMax > 0, the workspace has had
	// hourlyMax entries counted in the hour of now (capped true); a
	// marked entry is counted.
	MarkEntry(ctx context.Context, ws, feedURL string, keys []string, now time.Time, hourlyMax int) (marked, capped bool, err error)
	// UnmarkEntry undoes MarkEntry (and the count, when counted).
	UnmarkEntry(ctx context.Context, ws, feedURL string, keys []string, now time.Time, counted bool) error
}

// Fetcher gets a feed conditionally; *fetch.Client implements it.
type Fetcher interface {
	GetConditional(ctx context.Context, rawURL, etag, lastModified string) (*fetch.Page, error)
}

// The defaults used for zero Options fields.
const (
	DefaultInterval      = 15 * time.Minute
	DefaultMaxBackoff    = 6 * time.Hour
	DefaultTick          = 30 * time.Second
	DefaultNewFeedWindow = 24 * time.Hour
	DefaultNewFeedMax    = 5
	DefaultWorkers       = 4
	DefaultMaxConsidered = 100
	DefaultMaxPerPoll    = 20
	DefaultMaxPerHour    = 200
)

// Options configure a Poller. Store, Fetcher and Queue are required; zero
// values of the others mean their defaults.
type Options struct {
	Store   Store
	Fetcher Fetcher
	// Queue takes a job per new entry.
	Queue bot.Queue
	// Logger gets a line per poll and per entry; nothing is logged when
	// nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Interval is the time between two polls of a feed. Default 15 min.
	Interval time.Duration
	// MaxBackoff bounds the wait after failed polls, which doubles with
	// each consecutive failure (Interval × 2^failures). Default 6 h.
	MaxBackoff time.Duration
	// Tick is how often Run looks for feeds due. Default 30 s.
	Tick time.Duration
	// NewFeedWindow and NewFeedMax bound what the first poll of a feed
	// queues: the entries published within NewFeedWindow (default 24 h),
	// at most the NewFeedMax newest (default 5); from a feed whose entries
	// carry no dates, its first NewFeedMax entries (feeds list the newest
	// first). The rest is the back catalogue: marked seen, never queued.
	NewFeedWindow time.Duration
	NewFeedMax    int
	// Workers is how many feeds Run polls at once. Default 4.
	Workers int
	// MaxConsidered is how many of a feed's entries a poll looks at: the
	// newest by published date, else the first listed. Default 100.
	MaxConsidered int
	// MaxPerPoll bounds the entries one poll of a feed queues. Default 20.
	MaxPerPoll int
	// MaxPerHour bounds the feed entries a workspace queues in an hour,
	// all its feeds and every replica together. Default 200.
	MaxPerHour int
	// Claim, when set, is asked before a due feed is polled and must
	// answer true for one replica only (a lease in Redis), so that many
	// replicas poll each feed once.
	Claim func(ctx context.Context, ws, feedURL string) bool
	// Metrics, when set, counts the polls by result.
	Metrics Metrics
}

// Poller polls feeds and queues their new entries. Make one with
// NewPoller; its methods are safe for concurrent use, but one feed should
// not be polled twice at once.
type Poller struct {
	o   Options
	log *slog.Logger
}

// NewPoller returns a Poller for o, its zero fields set to the defaults.
func NewPoller(o Options) *Poller {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.Tick <= 0 {
		o.Tick = DefaultTick
	}
	if o.NewFeedWindow <= 0 {
		o.NewFeedWindow = DefaultNewFeedWindow
	}
	if o.NewFeedMax <= 0 {
		o.NewFeedMax = DefaultNewFeedMax
	}
	if o.Workers <= 0 {
		o.Workers = DefaultWorkers
	}
	if o.MaxConsidered <= 0 {
		o.MaxConsidered = DefaultMaxConsidered
	}
	if o.MaxPerPoll <= 0 {
		o.MaxPerPoll = DefaultMaxPerPoll
	}
	if o.MaxPerHour <= 0 {
		o.MaxPerHour = DefaultMaxPerHour
	}
	return &Poller{o: o, log: o.Logger}
}

// Run polls every feed of every workspace when it is due (its
// State.NextPoll has come, or it was never polled), looking every Tick,
// until ctx is done; then it returns nil. Failures are logged and
// recorded in the feeds' state, never returned.
func (p *Poller) Run(ctx context.Context) error {
	t := time.NewTicker(p.o.Tick)
	defer t.Stop()
	for {
		p.pollDue(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// due is a feed to poll.
type due struct {
	ws string
	f  bot.Feed
}

// pollDue polls the feeds due, Workers at a time, and returns when all are
// done.
func (p *Poller) pollDue(ctx context.Context) {
	wss, err := p.o.Store.Workspaces(ctx)
	if err != nil {
		if ctx.Err() == nil {
			p.log.ErrorContext(ctx, "feeds: listing workspaces", "err", err)
		}
		return
	}
	now := p.o.Now()
	var todo []due
	for _, ws := range wss {
		feeds, err := p.o.Store.FeedsWithState(ctx, ws)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			p.log.ErrorContext(ctx, "feeds: listing feeds", "ws", ws, "err", err)
			continue
		}
		for _, f := range feeds {
			if !f.State.NextPoll.IsZero() && f.State.NextPoll.After(now) {
				continue
			}
			if p.o.Claim != nil && !p.o.Claim(ctx, ws, f.URL) {
				continue // another replica polls it now
			}
			todo = append(todo, due{ws, f})
		}
	}
	if len(todo) == 0 {
		return
	}
	ch := make(chan due)
	var wg sync.WaitGroup
	for range min(p.o.Workers, len(todo)) {
		wg.Go(func() {
			for d := range ch {
				if err := p.Poll(ctx, d.ws, d.f); err != nil && ctx.Err() == nil {
					p.log.WarnContext(ctx, "feed poll failed", "ws", d.ws, "feed", d.f.URL, "err", err)
				}
			}
		})
	}
send:
	for _, d := range todo {
		select {
		case ch <- d:
		case <-ctx.Done():
			break send
		}
	}
	close(ch)
	wg.Wait()
}

// Poll fetches the feed f of workspace ws once, conditionally with the
// validators of f.State, queues its new entries and stores the new state.
// A 304 answer only moves the times on. A failure to fetch, a status
// outside 200–299 or a feed that does not parse counts a failure and
// backs off; so does failing to record or queue an entry. A success
// clears the failures. The error returned is the poll's, which the state
// records too. A failed poll keeps the validators of the last successful
// one, so the next poll reads again what this one could not finish.
func (p *Poller) Poll(ctx context.Context, ws string, f bot.Feed) error {
	st := f.State
	now := p.o.Now().UTC()
	page, err := p.o.Fetcher.GetConditional(ctx, f.URL, st.ETag, st.LastModified)
	if err != nil {
		st.Status = 0
		var fe *fetch.Error
		if errors.As(err, &fe) {
			st.Status = fe.Status
		}
		p.count(ctx, PollFetchFailed)
		return p.failed(ctx, ws, f.URL, st, now, err)
	}
	st.Status = page.Status
	if page.NotModified {
		p.log.DebugContext(ctx, "feed unchanged", "ws", ws, "feed", f.URL)
		p.count(ctx, PollUnchanged)
		return p.succeeded(ctx, ws, f.URL, st, now, page)
	}
	parsed, err := parse(page.Body)
	if err != nil {
		p.count(ctx, PollParseFailed)
		return p.failed(ctx, ws, f.URL, st, now, err)
	}
	queued, heldBack, err := p.queueNew(ctx, ws, f, page.URL, parsed.Items, now)
	st.Queued += queued
	if err != nil {
		p.count(ctx, PollQueueFailed)
		return p.failed(ctx, ws, f.URL, st, now, err)
	}
	p.log.InfoContext(ctx, "feed polled", "ws", ws, "feed", f.URL, "entries", len(parsed.Items), "queued", queued, "held_back", heldBack)
	p.count(ctx, PollOK)
	if heldBack > 0 {
		// The next poll must read the feed whole to take what the caps
		// held back, not be told it is unchanged.
		page.ETag, page.LastModified = "", ""
	}
	return p.succeeded(ctx, ws, f.URL, st, now, page)
}

// succeeded records a successful poll.
func (p *Poller) succeeded(ctx context.Context, ws, u string, st bot.FeedState, now time.Time, page *fetch.Page) error {
	st.LastFetch = now
	st.Failures = 0
	st.LastError = ""
	st.ETag, st.LastModified = page.ETag, page.LastModified
	st.NextPoll = now.Add(p.o.Interval)
	return p.put(ctx, ws, u, st, nil)
}

// failed records a poll that failed with cause and returns its error. A
// poll cut short by ctx (shutting down) is no failure of the feed: what
// it queued is recorded, and the feed stays due.
func (p *Poller) failed(ctx context.Context, ws, u string, st bot.FeedState, now time.Time, cause error) error {
	err := fmt.Errorf("feed: poll %s: %w", u, cause)
	if ctx.Err() != nil {
		return p.put(ctx, ws, u, st, err)
	}
	st.Failures++
	// For people, the category only ("the site answered 500 Internal
	// Server Error", "not a feed"); the detail goes to the log.
	st.LastError = Reason(cause)
	st.NextPoll = now.Add(backoff(p.o.Interval, p.o.MaxBackoff, st.Failures))
	p.log.InfoContext(ctx, "feed poll failed", "ws", ws, "feed", u, "failures", st.Failures,
		"next", st.NextPoll, "reason", st.LastError, "err", cause)
	return p.put(ctx, ws, u, st, err)
}

// put stores st, even when ctx was just cancelled, and returns pollErr
// joined with any error storing it.
func (p *Poller) put(ctx context.Context, ws, u string, st bot.FeedState, pollErr error) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := p.o.Store.PutFeedState(ctx, ws, u, st); err != nil {
		return errors.Join(pollErr, fmt.Errorf("feed: state of %s: %w", u, err))
	}
	return pollErr
}

// backoff is the wait after the given number of consecutive failures:
// interval × 2^failures, at most maxWait.
func backoff(interval, maxWait time.Duration, failures int) time.Duration {
	d := interval
	for range failures {
		if d >= maxWait {
			break
		}
		d *= 2
	}
	return min(d, maxWait)
}
