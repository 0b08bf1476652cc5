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

// SchedulerOptions configure a Scheduler. Bot, Store and Posters are
// required.
type SchedulerOptions struct {
	Bot   *Bot
	Store TickStore
	// Posters returns the Poster of a workspace (nil: none runs here).
	Posters func(ws string) Poster
	Logger  *slog.Logger
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
// its schedule, through robfig/cron. Every replica runs one; each tick is
// posted once among them: the replica that claims the tick's key (the
// scheduled time in UTC, SET NX PX) posts it and marks it done. A replica
// that dies between claim and post leaves a claim that expires; the
// recovery pass of any replica then posts the tick late. The one window
// left is a crash after the post and before the mark (a few
// milliseconds): the tick is posted again when its claim expires.
type Scheduler struct {
	o       SchedulerOptions
	log     *slog.Logger
	cron    *cron.Cron
	mu      sync.Mutex
	entries map[string]scheduled // follow key -> its cron entry
}

type scheduled struct {
	id   cron.EntryID
	spec string // what the entry was made from, to see a changed follow
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
	return &Scheduler{o: o, log: log, entries: map[string]scheduled{},
		cron: cron.New(cron.WithLocation(time.UTC))}
}

// followKey names a follow: its workspace, channel and story.
func followKey(ws string, f Follow) string { return ws + "|" + f.Channel + "|" + f.StoryID }

// Run schedules the follows of every workspace and keeps them in step
// with the store (follows added, changed or removed on any replica take
// effect within Sync) until ctx is done.
func (s *Scheduler) Run(ctx context.Context) error {
	s.cron.Start()
	defer func() { <-s.cron.Stop().Done() }()
	t := time.NewTicker(s.o.Sync)
	defer t.Stop()
	for {
		if err := s.sync(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("scheduler: reload follows", "err", err)
		}
		s.recover(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// sync makes the cron entries match the follows in the store.
func (s *Scheduler) sync(ctx context.Context) error {
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
			s.mu.Lock()
			old, ok := s.entries[key]
			s.mu.Unlock()
			if ok && old.spec == spec {
				continue
			}
			if ok {
				s.cron.Remove(old.id)
			}
			sched, err := s.o.ScheduleOf(f)
			if err != nil {
				s.log.Warn("scheduler: follow with a bad schedule left out", "workspace", ws, "story", f.StoryID, "err", err)
				continue
			}
			q := &tickQueue{Schedule: sched}
			id := s.cron.Schedule(q, cron.FuncJob(func() {
				s.fire(ctx, ws, f, q.pop())
			}))
			s.mu.Lock()
			s.entries[key] = scheduled{id: id, spec: spec}
			s.mu.Unlock()
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for key, e := range s.entries {
		if !want[key] {
			s.cron.Remove(e.id)
			delete(s.entries, key)
		}
	}
	return nil
}

// tickQueue wraps a schedule and remembers, in order, the times cron
// asked it for: the ticks its job runs for. cron asks for the next time
// once when an entry starts and once after each run, so the job of a run
// takes the oldest. (Entry.Prev, read inside the job, would race with
// the cron loop.)
type tickQueue struct {
	cron.Schedule
	mu    sync.Mutex
	ticks []time.Time
}

// Next implements cron.Schedule.
func (q *tickQueue) Next(t time.Time) time.Time {
	n := q.Schedule.Next(t)
	q.mu.Lock()
	q.ticks = append(q.ticks, n.UTC())
	q.mu.Unlock()
	return n
}

func (q *tickQueue) pop() time.Time {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.ticks) == 0 {
		return time.Now().UTC().Truncate(time.Second)
	}
	t := q.ticks[0]
	q.ticks = q.ticks[1:]
	return t
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
	if err := s.post(ctx, ws, f, tick, key); err != nil {
		// The claim expires; a recovery pass posts the tick then.
		s.log.Warn("scheduler: digest not posted", "workspace", ws, "story", f.StoryID, "tick", tick, "err", err)
	}
}

func (s *Scheduler) post(ctx context.Context, ws string, f Follow, tick time.Time, key string) error {
	fk := followKey(ws, f)
	since, err := s.o.Store.LastTick(ctx, ws, fk)
	if err != nil {
		return err
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
		return s.o.Store.MarkTick(ctx, ws, key, "", s.o.Keep)
	}
	if err != nil {
		return err
	}
	msg := ""
	if !r.Digest.Empty() {
		poster := s.o.Posters(ws)
		if poster == nil {
			return fmt.Errorf("no poster for workspace %s", ws)
		}
		r.Digest, r.Omitted = cut(r.Digest, latestView, maxClaimsPerParty)
		if msg, err = poster.Post(ctx, f.Channel, f.Thread, r); err != nil {
			return err
		}
	}
	if err := s.o.Store.MarkTick(ctx, ws, key, msg, s.o.Keep); err != nil {
		return err
	}
	return s.o.Store.SetLastTick(ctx, ws, fk, tick)
}

// recover posts the ticks whose claim expired unposted, or that no
// replica was running to post: for each follow, the latest tick due since
// its last digest, when nobody holds it.
func (s *Scheduler) recover(ctx context.Context) {
	wss, err := s.o.Store.Workspaces(ctx)
	if err != nil {
		return
	}
	now := time.Now().UTC()
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

// latestTick is the last tick of sched after from and at or before to,
// or zero.
func latestTick(sched cron.Schedule, from, to time.Time) time.Time {
	var due time.Time
	for t, i := sched.Next(from), 0; !t.IsZero() && !t.After(to) && i < 10000; t, i = sched.Next(t), i+1 {
		due = t
	}
	return due.UTC()
}
