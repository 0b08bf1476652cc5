package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Poster posts a reply into a channel (or a thread of it) and returns
// the message's ID. Each chat adapter is the Poster of its workspaces.
type Poster interface {
	Post(ctx context.Context, channel, thread string, r Reply) (string, error)
}

// TickStore is what the scheduler keeps in the store so that each tick of
// a follow is posted once, whatever the number of replicas.
type TickStore interface {
	Workspaces(ctx context.Context) ([]string, error)
	Follows(ctx context.Context, ws string) ([]Follow, error)
	// ClaimTick takes a tick for this replica for lease (SET NX PX): false
	// when another replica has it or it is done.
	ClaimTick(ctx context.Context, ws, key string, lease time.Duration) (bool, error)
	// MarkTick records a tick as done (with the posted message's ID, or
	// "" when there was nothing to post), kept for keep.
	MarkTick(ctx context.Context, ws, key, messageID string, keep time.Duration) error
	// TickTaken reports whether a tick is claimed or done.
	TickTaken(ctx context.Context, ws, key string) (bool, error)
	// LastTick and SetLastTick keep, per follow, the tick of its last
	// digest.
	LastTick(ctx context.Context, ws, follow string) (time.Time, error)
	SetLastTick(ctx context.Context, ws, follow string, tick time.Time) error
}

// Clock is the time a Scheduler runs by: the system clock in
// production, a fake one that tests move on.
type Clock interface {
	Now() time.Time
	// After sends the time on the channel once d has passed.
	After(d time.Duration) <-chan time.Time
}

// SystemClock is the Clock of the system's time.
type SystemClock struct{}

// Now implements Clock.
func (SystemClock) Now() time.Time { return time.Now() }

// After implements Clock.
func (SystemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// SchedulerOptions configure a Scheduler. Bot, Store and Posters are
// required.
type SchedulerOptions struct {
	Bot   *Bot
	Store TickStore
	// Posters returns the Poster of a workspace (nil: none runs here).
	Posters func(ws string) Poster
	Logger  *slog.Logger
	// Clock is the time the ticks follow (default SystemClock).
	Clock Clock
	// Sync is how often follows are reloaded and missed ticks looked
	// for (default one minute).
	Sync time.Duration
	// Lease is how long a claimed tick is this replica's to post (default
	// two minutes); Keep how long a done tick is remembered (default a
	// week).
	Lease, Keep time.Duration
	// ScheduleOf turns a follow into its cron schedule; the default is
	// the follow's own Schedule. Tests use it for second-by-second ticks.
	ScheduleOf func(Follow) (cron.Schedule, error)
}

// Scheduler posts each follow's digest of what changed at each tick of
// its schedule (a robfig/cron Schedule, whose Next it asks under its
// Clock). Every replica runs one; each tick is posted once among them:
// the replica that claims the tick's key (the scheduled time in UTC, SET
// NX PX) posts it and marks it done. A replica that dies between claim
// and post leaves a claim that expires; the recovery pass of any replica
// then posts the tick late. The one window left is a crash after the
// post and before the mark (a few milliseconds): the tick is posted
// again when its claim expires.
type Scheduler struct {
	o       SchedulerOptions
	log     *slog.Logger
	entries map[string]*entry // follow key -> its schedule; Run's alone
}

// entry is one follow as the scheduler runs it.
type entry struct {
	ws    string
	f     Follow
	sched cron.Schedule
	spec  string    // what the entry was made from, to see a changed follow
	next  time.Time // its next tick
}

// NewScheduler returns a Scheduler.
func NewScheduler(o SchedulerOptions) *Scheduler {
	if o.Sync == 0 {
		o.Sync = time.Minute
	}
	if o.Lease == 0 {
		o.Lease = 2 * time.Minute
	}
	if o.Keep == 0 {
		o.Keep = 7 * 24 * time.Hour
	}
	if o.Clock == nil {
		o.Clock = SystemClock{}
	}
	if o.ScheduleOf == nil {
		o.ScheduleOf = func(f Follow) (cron.Schedule, error) {
			if _, err := ParseSchedule(f.Schedule.Spec, f.Schedule.TimeZone); err != nil {
				return nil, err
			}
			return f.Schedule, nil
		}
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Scheduler{o: o, log: log, entries: map[string]*entry{}}
}

// followKey names a follow: its workspace, channel and story.
func followKey(ws string, f Follow) string { return ws + "|" + f.Channel + "|" + f.StoryID }

// Run schedules the follows of every workspace and keeps them in step
// with the store (follows added, changed or removed on any replica take
// effect within Sync) until ctx is done. At each reload it also posts
// missed ticks and refreshes stale stories. It waits on its Clock until the
// next tick or reload; the ticks due at one time are posted concurrently,
// and Run waits for them before it waits for the next.
func (s *Scheduler) Run(ctx context.Context) error {
	nextSync := s.o.Clock.Now()
	for {
		now := s.o.Clock.Now()
		if !now.Before(nextSync) {
			if err := s.sync(ctx, now); err != nil && ctx.Err() == nil {
				s.log.Warn("scheduler: reload follows", "err", err)
			}
			s.recover(ctx, now)
			s.refreshStale(ctx)
			nextSync = now.Add(s.o.Sync)
		}
		s.fireDue(ctx, now)
		wake := nextSync
		for _, e := range s.entries {
			if !e.next.IsZero() && e.next.Before(wake) {
				wake = e.next
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.o.Clock.After(wake.Sub(now)):
		}
	}
}

// fireDue posts, concurrently, the ticks due at now, and moves each
// entry on to its next tick after now (ticks missed while the process
// was busy are the recovery pass's).
func (s *Scheduler) fireDue(ctx context.Context, now time.Time) {
	var wg sync.WaitGroup
	for _, e := range s.entries {
		if e.next.IsZero() || e.next.After(now) {
			continue
		}
		tick := e.next.UTC()
		e.next = e.sched.Next(now)
		wg.Go(func() { s.fire(ctx, e.ws, e.f, tick) })
	}
	wg.Wait()
}

// sync makes the entries match the follows in the store.
func (s *Scheduler) sync(ctx context.Context, now time.Time) error {
	wss, err := s.o.Store.Workspaces(ctx)
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, ws := range wss {
		follows, err := s.o.Store.Follows(ctx, ws)
		if err != nil {
			return err
		}
		for _, f := range follows {
			key := followKey(ws, f)
			want[key] = true
			spec := f.Schedule.Spec + " " + f.Schedule.TimeZone + " " + f.Thread
			if old, ok := s.entries[key]; ok && old.spec == spec {
				continue
			}
			delete(s.entries, key)
			sched, err := s.o.ScheduleOf(f)
			if err != nil {
				s.log.Warn("scheduler: follow with a bad schedule left out", "workspace", ws, "story", f.StoryID, "err", err)
				continue
			}
			s.entries[key] = &entry{ws: ws, f: f, sched: sched, spec: spec, next: sched.Next(now)}
		}
	}
	for key := range s.entries {
		if !want[key] {
			delete(s.entries, key)
		}
	}
	return nil
}

// tickKey names one tick of one follow.
func tickKey(ws string, f Follow, tick time.Time) string {
	return "tick:" + f.Channel + ":" + f.StoryID + ":" + fmt.Sprint(tick.UTC().Unix())
}

// fire posts one tick of a follow, if this replica claims it.
func (s *Scheduler) fire(ctx context.Context, ws string, f Follow, tick time.Time) {
	key := tickKey(ws, f, tick)
	ok, err := s.o.Store.ClaimTick(ctx, ws, key, s.o.Lease)
	if err != nil {
		s.log.Warn("scheduler: claim tick", "key", key, "err", err)
		return
	}
	if !ok {
		return // another replica posts it
	}
	outcome, err := s.post(ctx, ws, f, tick, key)
	if err != nil {
		// The claim expires; a recovery pass posts the tick then.
		s.log.Warn("scheduler: digest not posted", "workspace", ws, "story", f.StoryID, "tick", tick, "err", err)
		outcome = DigestFailed
	}
	s.o.Bot.metrics.Digest(outcome)
}

// post posts the digest of one claimed tick and marks it done; it
// returns DigestPosted or DigestSkipped (nothing changed).
func (s *Scheduler) post(ctx context.Context, ws string, f Follow, tick time.Time, key string) (string, error) {
	fk := followKey(ws, f)
	since, err := s.o.Store.LastTick(ctx, ws, fk)
	if err != nil {
		return "", err
	}
	if since.IsZero() {
		since = f.Created
	}
	zone, zerr := time.LoadLocation(f.Schedule.TimeZone)
	if zerr != nil {
		zone = time.UTC
	}
	r, err := s.o.Bot.WhatChanged(ctx, ws, f.StoryID, since, tick, zone)
	if errors.Is(err, ErrNotFound) || ErrorCode(err) == CodeNotFound {
		s.log.Info("scheduler: followed story is gone", "workspace", ws, "story", f.StoryID)
		return DigestSkipped, s.o.Store.MarkTick(ctx, ws, key, "", s.o.Keep)
	}
	if err != nil {
		return "", err
	}
	msg, outcome := "", DigestSkipped
	if !r.Digest.Empty() {
		poster := s.o.Posters(ws)
		if poster == nil {
			return "", fmt.Errorf("no poster for workspace %s", ws)
		}
		r.Digest, r.Omitted = cut(r.Digest, latestView, maxClaimsPerParty)
		if msg, err = poster.Post(ctx, f.Channel, f.Thread, r); err != nil {
			return "", err
		}
		outcome = DigestPosted
	}
	if err := s.o.Store.MarkTick(ctx, ws, key, msg, s.o.Keep); err != nil {
		return "", err
	}
	return outcome, s.o.Store.SetLastTick(ctx, ws, fk, tick)
}

// recover posts the ticks whose claim expired unposted, or that no
// replica was running to post: for each follow, the latest tick due since
// its last digest, when nobody holds it.
func (s *Scheduler) recover(ctx context.Context, now time.Time) {
	wss, err := s.o.Store.Workspaces(ctx)
	if err != nil {
		return
	}
	now = now.UTC()
	for _, ws := range wss {
		follows, err := s.o.Store.Follows(ctx, ws)
		if err != nil {
			continue
		}
		for _, f := range follows {
			sched, err := s.o.ScheduleOf(f)
			if err != nil {
				continue
			}
			last, err := s.o.Store.LastTick(ctx, ws, followKey(ws, f))
			if err != nil {
				continue
			}
			if last.IsZero() {
				last = f.Created
			}
			due := latestTick(sched, last, now.Add(-s.o.Lease))
			if due.IsZero() {
				continue
			}
			if taken, err := s.o.Store.TickTaken(ctx, ws, tickKey(ws, f, due)); err == nil && !taken {
				s.log.Info("scheduler: posting a missed tick", "workspace", ws, "story", f.StoryID, "tick", due)
				s.fire(ctx, ws, f, due)
			}
		}
	}
}

// refreshStale refreshes the stale stories of every workspace (see
// Bot.RefreshStale): those whose ingest stopped between placement and
// refresh, so that their digests catch up within one Sync.
func (s *Scheduler) refreshStale(ctx context.Context) {
	wss, err := s.o.Store.Workspaces(ctx)
	if err != nil {
		return
	}
	for _, ws := range wss {
		if err := s.o.Bot.RefreshStale(ctx, ws); err != nil && ctx.Err() == nil {
			s.log.Warn("scheduler: stale stories not refreshed", "workspace", ws, "err", err)
		}
	}
}

// latestTick is the last tick of sched after from and at or before to,
// or zero.
func latestTick(sched cron.Schedule, from, to time.Time) time.Time {
	var due time.Time
	for t, i := sched.Next(from), 0; !t.IsZero() && !t.After(to) && i < 10000; t, i = sched.Next(t), i+1 {
		due = t
	}
	return due.UTC()
}
