// Package bot is storybot's core, free of any chat platform: it turns
// command words into a Request, answers every Request with a
// platform-neutral Reply, and ingests articles into the stories of a
// workspace. Adapters (Slack, Discord, the terminal) parse what arrives
// into a Request and render the Reply; adapters/redis keeps the state.
//
// Work per article happens once, at ingest: the article is placed in its
// story, then the story gets its digest, search terms and first-seen
// times recomputed and stored by a refresh, once for a burst of articles
// (refresh.go). Commands only read what is stored, so they answer in
// milliseconds; a story's digest lags its articles by the refresh under
// way.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/storybot/storybot/summarize"
)

// Loader reads the articles a target of add names: a URL, or in the
// terminal a local file or directory. It returns ErrNotSource when the
// target names nothing it reads, and the core takes it as pasted text.
type Loader interface {
	Load(ctx context.Context, target string) ([]summarize.Article, []string, error)
}

// ErrNotSource is returned by a Loader for a target that is no URL or path.
var ErrNotSource = errors.New("not a URL or path")

// Options configure a Bot. Store is required.
type Options struct {
	Store   Store
	Loader  Loader
	Logger  *slog.Logger
	Metrics Metrics
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Queue, when set, takes the links to read (dropped in channels,
	// added, from feeds) for the workers of every replica; without it
	// they are read at once.
	Queue Queue
	// Posters returns the Poster of a workspace, to say where a queued
	// link went (nil: say nothing).
	Posters func(ws string) Poster
	// Feeds, when set, checks a feed once when someone subscribes to it
	// (feed add); without it any http(s) URL is subscribed.
	Feeds FeedChecker
	// Quotas bound each workspace (zero: no bounds); see quota.go.
	Quotas Quotas
	// PageURL, when set, returns the link to a workspace's story page
	// (with a non-zero since, to what changed since then) that digest
	// replies carry in Reply.PageURL.
	PageURL func(ws, storyID string, since time.Time) string
	// LeaseTTL is how long a workspace's placement lease, or a story's
	// refresh lease, lasts unless its holder renews it: how long a
	// crashed ingest holds the others up (DefaultLeaseTTL when zero).
	LeaseTTL time.Duration
}

// Bot answers requests and ingests articles.
type Bot struct {
	store     Store
	queue     Queue
	posters   func(ws string) Poster
	loader    Loader
	log       *slog.Logger
	metrics   Metrics
	now       func() time.Time
	feedCheck FeedChecker
	quotas    Quotas
	pageURL   func(ws, storyID string, since time.Time) string
	leaseTTL  time.Duration
}

// New returns a Bot.
func New(o Options) *Bot {
	b := &Bot{store: o.Store, queue: o.Queue, posters: o.Posters, loader: o.Loader, log: o.Logger, metrics: o.Metrics, now: o.Now, feedCheck: o.Feeds, quotas: o.Quotas, pageURL: o.PageURL, leaseTTL: o.LeaseTTL}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	if b.metrics == nil {
		b.metrics = NopMetrics{}
	}
	if b.now == nil {
		b.now = time.Now
	}
	if b.leaseTTL <= 0 {
		b.leaseTTL = DefaultLeaseTTL
	}
	return b
}

// Store returns the bot's store.
func (b *Bot) Store() Store { return b.store }

// Handle answers one request. Failures are replies too (KindError), with
// a message fit for the person who asked.
func (b *Bot) Handle(ctx context.Context, req Request) Reply {
	start := b.now()
	r, err := b.handle(ctx, req)
	outcome := "ok"
	if err != nil {
		r = errorReply(err)
		outcome = string(r.Code)
		lvl := slog.LevelDebug
		if r.Code == CodeInternal || r.Code == CodeUnavailable {
			lvl = slog.LevelWarn
		}
		b.log.Log(ctx, lvl, "command failed", "workspace", req.Workspace, "command", string(req.Command), "code", r.Code, "err", err)
	}
	r.Now = b.now()
	b.metrics.Command(req.Command, outcome, r.Now.Sub(start))
	return r
}

func (b *Bot) handle(ctx context.Context, req Request) (Reply, error) {
	if req.Command == CmdHelp {
		return textReply(Usage()), nil
	}
	if err := CheckWorkspace(req.Workspace); err != nil {
		return Reply{}, err
	}
	if err := b.checkRate(ctx, req); err != nil {
		return Reply{}, err
	}
	switch req.Command {
	case CmdLatest:
		return b.digestReply(ctx, req, View{Overview: true, Claims: true, Disputes: true, Sources: true})
	case CmdDisputes:
		return b.digestReply(ctx, req, View{Disputes: true})
	case CmdClaims:
		return b.digestReply(ctx, req, View{Claims: true})
	case CmdSources:
		return b.digestReply(ctx, req, View{Sources: true})
	case CmdList:
		return b.list(ctx, req)
	case CmdAdd:
		return b.add(ctx, req)
	case CmdFollow:
		return b.follow(ctx, req)
	case CmdUnfollow:
		return b.unfollow(ctx, req)
	case CmdFollows:
		return b.follows(ctx, req)
	case CmdFeeds:
		return b.feeds(ctx, req.Workspace)
	case CmdFeedAdd:
		return b.feedAdd(ctx, req)
	case CmdFeedRemove:
		return b.feedRemove(ctx, req)
	case CmdMerge:
		return b.merge(ctx, req)
	case CmdMove:
		return b.move(ctx, req)
	case CmdForget:
		return b.forget(ctx, req)
	}
	return Reply{}, Errorf(CodeInvalid, "I do not know the command %q. Type help for the commands.", clip(string(req.Command), echoMax))
}

// storeErr logs and counts a storage failure and turns it into the
// message users see; a story that is not there is not a failure.
func (b *Bot) storeErr(op string, err error) error {
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrConflict) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, ErrBusy) {
		return err
	}
	b.metrics.StoreError(op)
	return &Error{Code: CodeUnavailable, Message: "Storage is unavailable right now, so nothing was read or changed. Please try again in a moment.", Err: err}
}

// Digest returns a story's digest as stored at its last refresh; with a
// non-zero since, only what is new since then (articles, claims, disputes
// and disputes whose status changed), as a scheduled digest posts it.
func (b *Bot) Digest(ctx context.Context, ws, story string, since time.Time) (summarize.Digest, error) {
	if err := CheckWorkspace(ws); err != nil {
		return summarize.Digest{}, err
	}
	d, _, err := b.lookup(ctx, ws, story, FullDigest)
	if err != nil || since.IsZero() {
		return d, err
	}
	seen, err := b.store.Seen(ctx, ws, d.ID)
	if err != nil {
		return summarize.Digest{}, b.storeErr("seen", err)
	}
	return Since(d, seen, since), nil
}

// lookup reads the digest of the story a query names: by ID in one read,
// else by its words.
func (b *Bot) lookup(ctx context.Context, ws, query string, kind DigestKind) (summarize.Digest, Omitted, error) {
	query = strings.TrimSpace(query)
	if looksLikeID(query) {
		d, o, err := b.store.Digest(ctx, ws, query, kind)
		if err == nil {
			return d, o, nil
		}
		if !errors.Is(err, ErrNotFound) {
			return d, o, b.storeErr("digest", err)
		}
		// A story merged into another answers by that one.
		to, err := b.store.Redirect(ctx, ws, query)
		if err != nil {
			return d, o, b.storeErr("redirect", err)
		}
		if to != "" {
			return b.lookup(ctx, ws, to, kind)
		}
	}
	f, err := b.find(ctx, ws, query, kind)
	if err != nil {
		return summarize.Digest{}, Omitted{}, err
	}
	if f.Digest.ID != "" {
		return f.Digest, f.Omitted, nil
	}
	d, o, err := b.store.Digest(ctx, ws, f.ID, kind)
	if errors.Is(err, ErrNotFound) {
		return d, o, Errorf(CodeNotFound, "No story %s in this workspace. Type list to see the stories.", f.ID)
	}
	if err != nil {
		return d, o, b.storeErr("digest", err)
	}
	return d, o, nil
}

// Since returns the part of a digest first seen after t: the articles,
// claims and disputes new since then, and the disputes whose status
// changed since. The overview stays when anything changed.
func Since(d summarize.Digest, seen map[string]time.Time, t time.Time) summarize.Digest {
	return Between(d, seen, t, time.Time{})
}

// Between returns the part of a digest first seen after from and, unless
// to is zero, at or before to: what a scheduled digest for the tick to
// posts when the last one was for from. Each part falls in one window.
func Between(d summarize.Digest, seen map[string]time.Time, from, to time.Time) summarize.Digest {
	isNew := func(key string) bool {
		at, ok := seen[key]
		if !ok {
			return to.IsZero()
		}
		return at.After(from) && (to.IsZero() || !at.After(to))
	}
	out := summarize.Digest{ID: d.ID, Title: d.Title, Updated: d.Updated,
		Articles: []summarize.ArticleRef{}, Parties: []summarize.Party{}, Disputes: []summarize.Dispute{}}
	for _, a := range d.Articles {
		if isNew("a:" + a.ID) {
			out.Articles = append(out.Articles, a)
		}
	}
	for _, p := range d.Parties {
		var fresh []summarize.Claim
		for _, c := range p.Claims {
			if isNew("c:" + c.ID) {
				fresh = append(fresh, c)
			}
		}
		if len(fresh) > 0 {
			out.Parties = append(out.Parties, summarize.Party{Name: p.Name, Claims: fresh})
		}
	}
	for _, x := range d.Disputes {
		if isNew("d:" + x.ID + ":" + x.Status) {
			out.Disputes = append(out.Disputes, x)
		}
	}
	if !out.Empty() {
		out.Overview = d.Overview
	}
	return out
}

func (b *Bot) digestReply(ctx context.Context, req Request, v View) (Reply, error) {
	if req.Command == CmdLatest {
		// Cut at ingest: one small read.
		d, o, err := b.lookup(ctx, req.Workspace, req.Story, BriefDigest)
		if err != nil {
			return Reply{}, err
		}
		return Reply{Kind: KindDigest, Digest: d, View: v, Omitted: o, PageURL: b.page(req.Workspace, d.ID, time.Time{})}, nil
	}
	d, _, err := b.lookup(ctx, req.Workspace, req.Story, FullDigest)
	if err != nil {
		return Reply{}, err
	}
	perParty := maxClaimsPerParty
	if req.Command == CmdClaims {
		perParty = maxClaimsOneParty / max(1, min(len(d.Parties), 3))
	}
	if req.Command == CmdClaims && req.Party != "" {
		p, err := findParty(d.Parties, req.Party)
		if err != nil {
			return Reply{}, err
		}
		d.Parties = []summarize.Party{p}
		perParty = maxClaimsOneParty
	}
	cutD, omitted := cut(d, v, perParty)
	r := Reply{Kind: KindDigest, Digest: cutD, View: v, Omitted: omitted, PageURL: b.page(req.Workspace, d.ID, time.Time{})}
	switch {
	case req.Command == CmdDisputes && len(d.Disputes) == 0:
		r.Text = noDisputes(d)
	case req.Command == CmdClaims && len(d.Parties) == 0:
		r.Text = fmt.Sprintf("No attributed claims in %q yet.", d.Title)
	}
	return r, nil
}

// page is the link to a story's page, or "" when pages are not linked.
func (b *Bot) page(ws, storyID string, since time.Time) string {
	if b.pageURL == nil || storyID == "" {
		return ""
	}
	return b.pageURL(ws, storyID, since)
}

// findParty matches a party by name: exactly, then by its words.
func findParty(parties []summarize.Party, name string) (summarize.Party, error) {
	want := strings.ToLower(strings.TrimSpace(name))
	for _, p := range parties {
		if strings.ToLower(p.Name) == want {
			return p, nil
		}
	}
	var hits []summarize.Party
	for _, p := range parties {
		if strings.Contains(strings.ToLower(p.Name), want) {
			hits = append(hits, p)
		}
	}
	if len(hits) == 1 {
		return hits[0], nil
	}
	names := make([]string, len(parties))
	for i, p := range parties {
		names[i] = p.Name
	}
	if len(names) == 0 {
		return summarize.Party{}, Errorf(CodeNotFound, "No party %q in this story: it has no attributed claims yet.", clip(name, echoMax))
	}
	return summarize.Party{}, Errorf(CodeNotFound, "No party %q in this story. Its parties: %s.", clip(name, echoMax), strings.Join(names, ", "))
}

// noDisputes says plainly that nothing disputed was found, never that the
// sides or the outlets agree: a dispute missed is not an agreement.
func noDisputes(d summarize.Digest) string {
	return fmt.Sprintf("%s of %q.", strings.TrimSuffix(noDisputesIn(len(d.Articles)), "."), d.Title)
}

// noDisputesIn says that no dispute was found in n articles.
func noDisputesIn(n int) string {
	noun := "articles"
	if n == 1 {
		noun = "article"
	}
	return fmt.Sprintf("No disputes found in %d %s.", n, noun)
}
