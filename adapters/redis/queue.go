package redis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// Queue is the work queue of every replica's workers, on Redis Streams:
// a bot.Queue for those who add jobs, and Consume for the workers.
//
// The queue is cut into Shards streams, each in a hash slot of its own
// ({q0}, {q1}, ...), so that every command and script of the queue names
// keys of one slot and the shards spread over a Redis Cluster. A job goes
// to the shard of its workspace, the FNV-1a hash of the workspace ID
// modulo Shards, so the jobs of one workspace are queued in their order
// on one shard (several consumers may still handle two of them at once,
// and a retry goes to the end). Each shard has a consumer group (Group)
// that every worker reads with a name of its own (Consumer), a set of
// retries waiting for their time, a capped dead-letter stream for the
// jobs that cannot be done, and a count of the jobs queued per workspace.
//
// # Back-pressure
//
// Queued work is never trimmed: a job leaves its stream only once handled
// or dead-lettered. Instead Enqueue refuses a job, with an error wrapping
// bot.ErrBusy, when its workspace has MaxQueuedPerWorkspace jobs queued
// (waiting, being handled or waiting for a retry), or the queue holds
// MaxQueued in all. The count per workspace is kept by the same scripts
// that add, settle and retry jobs, so a crash cannot make it drift.
//
// # Delivery
//
// Delivery is at least once: a job is acknowledged (XACK, and deleted from
// its stream) only after its handler returned, so a worker that dies
// while handling a job, or a Redis that loses the acknowledgement, leads
// to the job being handled again. Handlers must therefore be idempotent;
// storybot's ingest is: an article already stored is a duplicate and
// changes nothing.
//
// A consumer reads one entry at a time, so it never holds jobs it has not
// begun. An entry read stays in the group's pending entries list, owned
// by that consumer, until it is settled; while its handler runs, the
// consumer resets the entry's idle time every ClaimAfter/3 (XCLAIM
// JUSTID), however long the handling takes. Every consumer looks, at
// start and then every ClaimAfter/2, for entries idle for ClaimAfter or
// more, and takes them over with XAUTOCLAIM: the job of a replica that
// died (SIGKILL, a crash, a lost host) is taken by another within about
// 1.5 × ClaimAfter.
//
// When Consume's context ends while a job is handled, the handler's
// context ends too; unless the handler still returns nil, the job is
// handed back: queued again at the end of its shard, at once, for any
// other consumer, without counting a try.
//
// # Jobs that kill their worker
//
// A consumer marks an entry as begun before calling its handler, and
// settling the entry clears the mark. An entry taken over while marked
// was being handled by a consumer that died at it: one death is counted
// for the entry. One death may be a deploy or a kill and must not lose
// the article, so the job is handled again; when its handling has ended
// with its worker gone twice, the job goes to the dead-letter stream at
// once, with the error "its worker died while handling it", instead of
// killing one replica after another.
//
// # Retries
//
// A handler's error (or panic, recovered) makes a retry: the job waits in
// its shard's delayed set for Backoff (10 s, 30 s, 2 min, then 10 min by
// default, each ±25 % at random) and then goes back to the end of its
// stream, with Attempts one higher, until MaxAttempts tries have failed;
// then it goes to the dead-letter stream with the error, where Dead lists
// it. Consumers move the retries that are due, every Block. An entry that
// is not a job (malformed JSON, no workspace or URL) goes to the
// dead-letter stream at once. OnDead is called once for every job
// dead-lettered, whatever the reason.
//
// Each of these moves (queue again, delay, dead-letter, acknowledge,
// delete, count) is one Lua script on the shard's slot: a crash in
// between leaves the job pending, to be claimed again, never lost.
type Queue struct {
	rdb goredis.UniversalClient
	o   QueueOptions
	log *slog.Logger
}

var _ bot.Queue = (*Queue)(nil)

// QueueOptions configures a Queue. The zero value of a field means its
// default.
type QueueOptions struct {
	// Prefix starts every key of the queue (default "sb"): the shards are
	// Prefix:{q<N>}:jobs, with :dead, :delayed, :queued, :started and
	// :crashes beside. Tests use a prefix of their own.
	Prefix string
	// Shards is the number of streams the queue is cut into (default 8).
	// Every producer and consumer of a queue must use the same number.
	Shards int
	// Group is the consumer group the workers share (default "ingest").
	Group string
	// Consumer names this worker in the group; it must be unique per
	// replica and worker (default hostname-pid-random, new for each
	// Queue).
	Consumer string
	// ClaimAfter is how long an entry may stay idle, read but neither
	// settled nor kept alive by its consumer, before another consumer
	// takes it over (default 15 s). Handlers may take longer: their
	// consumer keeps their entry alive every ClaimAfter/3.
	ClaimAfter time.Duration
	// MaxAttempts is how many tries a job gets before it goes to the
	// dead-letter stream (default 5).
	MaxAttempts int
	// Backoff are the waits before the first, second... retry of a failed
	// job; the last one repeats (default 10 s, 30 s, 2 min, 10 min). Each
	// wait is made 25 % shorter or longer at random.
	Backoff []time.Duration
	// MaxQueuedPerWorkspace is how many jobs a workspace may have queued,
	// retries included, before Enqueue refuses its jobs (default 1,000;
	// negative: no limit).
	MaxQueuedPerWorkspace int
	// MaxQueued is how many jobs the queue may hold in all before Enqueue
	// refuses any (default 50,000; negative: no limit).
	MaxQueued int
	// Block is how long an idle consumer waits for new jobs before it
	// looks at every shard again (default 1 s): it waits on one shard at a
	// time, Block/Shards each (XREADGROUP BLOCK), so a new job reaches an
	// idle consumer within about Block, and Consume returns within about
	// Block/Shards of its context's end. A busy consumer does not wait.
	Block time.Duration
	// OnDead, when set, is called once after a job went to the
	// dead-letter stream, with why (the job as far as it decodes).
	OnDead func(ctx context.Context, j bot.Job, cause error)
	// Now is the clock of retries and Stats (default time.Now).
	Now func() time.Time
	// Logger receives the queue's log lines (default slog.Default()).
	Logger *slog.Logger
}

// Defaults of QueueOptions, and the queue's fixed bounds.
const (
	queueDefaultPrefix      = "sb"
	queueDefaultShards      = 8
	queueDefaultGroup       = "ingest"
	queueDefaultClaimAfter  = 15 * time.Second
	queueDefaultMaxAttempts = 5
	queueDefaultBlock       = time.Second
	queueDefaultMaxPerWS    = 1_000
	queueDefaultMaxQueued   = 50_000

	// queueDeadMaxLen caps the dead-letter streams (XADD MAXLEN ~); the
	// job streams are never trimmed.
	queueDeadMaxLen = 10_000
	// queueMaxDeaths is how many times a job's handling may end with its
	// worker gone before the job is dead-lettered.
	queueMaxDeaths = 2
	// queuePromoteCount is the most due retries moved per shard at once.
	queuePromoteCount = 100
	// queueMinWait is the shortest blocking read: BLOCK 0 would wait forever.
	queueMinWait = 10 * time.Millisecond
	// queueFinishTimeout bounds the writes that settle a job; they are
	// made even after the consumer's context ended, so as not to waste
	// the work or strand the job.
	queueFinishTimeout = 5 * time.Second
	// queueMaxBackoff is the longest pause after a Redis error.
	queueMaxBackoff = 5 * time.Second
)

// queueDefaultBackoff are the waits before retries, by default.
var queueDefaultBackoff = []time.Duration{10 * time.Second, 30 * time.Second, 2 * time.Minute, 10 * time.Minute}

// errWorkerDied is why a job whose workers died at it is dead-lettered.
var errWorkerDied = errors.New("its worker died while handling it")

// Fields of stream entries.
const (
	queueFieldJob   = "job"   // the job, JSON
	queueFieldError = "error" // dead letters: why
	queueFieldID    = "id"    // dead letters: the job's entry ID on its shard
)

// NewQueue returns a queue on a connected client, with o's zero fields
// set to their defaults.
func NewQueue(rdb goredis.UniversalClient, o QueueOptions) *Queue {
	if o.Prefix == "" {
		o.Prefix = queueDefaultPrefix
	}
	if o.Shards <= 0 {
		o.Shards = queueDefaultShards
	}
	if o.Group == "" {
		o.Group = queueDefaultGroup
	}
	if o.Consumer == "" {
		o.Consumer = queueDefaultConsumer()
	}
	if o.ClaimAfter <= 0 {
		o.ClaimAfter = queueDefaultClaimAfter
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = queueDefaultMaxAttempts
	}
	if len(o.Backoff) == 0 {
		o.Backoff = queueDefaultBackoff
	}
	if o.MaxQueuedPerWorkspace == 0 {
		o.MaxQueuedPerWorkspace = queueDefaultMaxPerWS
	}
	if o.MaxQueued == 0 {
		o.MaxQueued = queueDefaultMaxQueued
	}
	if o.Block <= 0 {
		o.Block = queueDefaultBlock
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Queue{rdb: rdb, o: o, log: log.With("consumer", o.Consumer)}
}

func queueDefaultConsumer() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "host"
	}
	return fmt.Sprintf("%s-%d-%08x", host, os.Getpid(), rand.Uint32())
}

// Options returns the queue's options, defaults filled in.
func (q *Queue) Options() QueueOptions { return q.o }

// key returns the key of one of a shard's structures: jobs, dead,
// delayed, queued, started or crashes.
func (q *Queue) key(shard int, what string) string {
	return q.o.Prefix + ":{q" + strconv.Itoa(shard) + "}:" + what
}

func (q *Queue) jobsKey(shard int) string { return q.key(shard, "jobs") }

// shard returns the shard of a workspace's jobs.
func (q *Queue) shard(ws string) int {
	h := fnv.New32a()
	h.Write([]byte(ws))
	return int(h.Sum32() % uint32(q.o.Shards))
}

// Enqueue implements bot.Queue: it adds the job at the end of its
// workspace's shard, or refuses it with an error wrapping bot.ErrBusy (a
// *bot.Error of code bot.CodeUnavailable) when the workspace or the
// whole queue has too many jobs queued.
func (q *Queue) Enqueue(ctx context.Context, j bot.Job) error {
	if err := checkQueueJob(j); err != nil {
		return fmt.Errorf("redis: enqueue: %w", err)
	}
	raw, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("redis: enqueue: %w", err)
	}
	if q.o.MaxQueued >= 0 {
		n, err := q.Pending(ctx)
		if err != nil {
			return fmt.Errorf("redis: enqueue: %w", err)
		}
		if n >= int64(q.o.MaxQueued) {
			q.log.WarnContext(ctx, "redis: queue: full: job refused", "ws", j.Workspace, "url", j.URL, "queued", n)
			return fmt.Errorf("redis: enqueue: %w", bot.BusyError(n))
		}
	}
	shard := q.shard(j.Workspace)
	res, err := queueEnqueueScript.Run(ctx, q.rdb, []string{q.jobsKey(shard), q.key(shard, "queued")},
		j.Workspace, string(raw), q.o.MaxQueuedPerWorkspace).Slice()
	if err != nil {
		return fmt.Errorf("redis: enqueue: %w", err)
	}
	if id, _ := res[0].(string); id == "" {
		n, _ := res[1].(int64)
		q.log.WarnContext(ctx, "redis: queue: workspace has too many jobs queued: job refused",
			"ws", j.Workspace, "url", j.URL, "queued", n)
		return fmt.Errorf("redis: enqueue: %w", bot.BusyError(n))
	}
	return nil
}

// checkQueueJob reports a job that cannot be queued or done.
func checkQueueJob(j bot.Job) error {
	if !validWorkspace(j.Workspace) {
		return fmt.Errorf("invalid workspace %q", j.Workspace)
	}
	if j.URL == "" {
		return errors.New("job without URL")
	}
	return nil
}

// Consume hands the queue's jobs to handle, one at a time, until ctx is
// done; then it returns nil. A worker that wants several jobs at once
// runs several Consume calls, each on a Queue with a Consumer of its own.
//
// It first creates the consumer group on every shard (at the start of the
// stream, so that jobs queued before any worker ran are done too), and
// returns an error if it cannot. Later Redis errors are logged and
// retried after a pause.
//
// The shards are read in turn, one entry at a time, without waiting while
// any has jobs; when a whole round found none, each read waits up to
// Block/Shards for a job. See Queue for what happens to a job after
// handle returns, and to the job under way when ctx ends: it is handed
// back before Consume returns, so the caller must keep the client open
// until then.
func (q *Queue) Consume(ctx context.Context, handle func(ctx context.Context, j bot.Job) error) error {
	for shard := range q.o.Shards {
		if err := q.createGroup(ctx, shard); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("redis: consume: %w", err)
		}
	}
	q.log.InfoContext(ctx, "redis: queue: consuming", "group", q.o.Group, "shards", q.o.Shards)
	r := &queueRun{q: q, handle: handle}
	wait := max(q.o.Block/time.Duration(q.o.Shards), queueMinWait)
	claimEvery := max(q.o.ClaimAfter/2, queueMinWait)
	promoteEvery := max(q.o.Block, queueMinWait)
	var nextClaim, nextPromote time.Time
	empty := 0 // reads in a row that found nothing
	for shard := 0; ctx.Err() == nil; shard = (shard + 1) % q.o.Shards {
		now := time.Now()
		if !now.Before(nextPromote) {
			nextPromote = now.Add(promoteEvery)
			if err := q.promote(ctx); err != nil {
				r.failed(ctx, "move due retries", err)
				continue
			}
		}
		if !now.Before(nextClaim) {
			nextClaim = now.Add(claimEvery)
			if err := r.claim(ctx); err != nil {
				r.failed(ctx, "claim", err)
				continue
			}
		}
		block := time.Duration(-1) // no BLOCK
		if empty >= q.o.Shards {
			block = wait
		}
		m, err := q.read(ctx, shard, block)
		switch {
		case errors.Is(err, goredis.Nil):
			empty++
			r.backoff = 0
			continue
		case err != nil:
			r.failed(ctx, "read shard "+strconv.Itoa(shard), err)
			continue
		}
		r.backoff = 0
		empty = 0
		r.one(ctx, shard, m)
	}
	q.log.InfoContext(ctx, "redis: queue: stopped")
	return nil
}

// read reads the next new entry of a shard, waiting up to block for one
// (none: no wait), or returns goredis.Nil. The read is not cut short by
// ctx, so that no entry is delivered to a consumer that is no longer
// there to see it; it lasts no longer than block.
func (q *Queue) read(ctx context.Context, shard int, block time.Duration) (goredis.XMessage, error) {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), max(block, 0)+queueFinishTimeout)
	defer cancel()
	res, err := q.rdb.XReadGroup(rctx, &goredis.XReadGroupArgs{
		Group: q.o.Group, Consumer: q.o.Consumer, Streams: []string{q.jobsKey(shard), ">"},
		Count: 1, Block: block,
	}).Result()
	if err != nil {
		return goredis.XMessage{}, err
	}
	for _, s := range res {
		if len(s.Messages) > 0 {
			return s.Messages[0], nil
		}
	}
	return goredis.XMessage{}, goredis.Nil
}

// createGroup creates the consumer group of a shard, and the shard's
// stream if need be; a group that exists is left alone.
func (q *Queue) createGroup(ctx context.Context, shard int) error {
	err := q.rdb.XGroupCreateMkStream(ctx, q.jobsKey(shard), q.o.Group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return fmt.Errorf("create group %s on %s: %w", q.o.Group, q.jobsKey(shard), err)
	}
	return nil
}

// promote moves the retries that are due, on every shard, to the end of
// their stream.
func (q *Queue) promote(ctx context.Context) error {
	now := strconv.FormatInt(q.o.Now().UnixMilli(), 10)
	for shard := range q.o.Shards {
		n, err := queuePromoteScript.Run(ctx, q.rdb, []string{q.key(shard, "delayed"), q.jobsKey(shard)},
			now, queuePromoteCount).Int()
		if err != nil {
			return fmt.Errorf("move due retries on %s: %w", q.jobsKey(shard), err)
		}
		if n > 0 {
			q.log.DebugContext(ctx, "redis: queue: retries due: queued again", "shard", shard, "jobs", n)
		}
	}
	return nil
}
