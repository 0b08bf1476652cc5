package redis

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"slices"
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
// ({q0}, {q1}, ...), so that every command of the queue names keys of one
// slot and the shards spread over a Redis Cluster. A job goes to the
// shard of its workspace, the FNV-1a hash of the workspace ID modulo
// Shards, so the jobs of one workspace are queued in their order on one
// shard (several consumers may still handle two of them at once, and a
// retry goes to the end). Each shard has a consumer group (Group) that every worker reads
// with a name of its own (Consumer), and a capped dead-letter stream for
// the jobs that cannot be done.
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
// A job read by a consumer stays in the group's pending entries list,
// owned by that consumer, until it is acknowledged. Every consumer looks,
// at start and then every ClaimAfter/2, for entries that have been pending
// for ClaimAfter or more, takes them over with XAUTOCLAIM and handles
// them: a crashed worker's job is done by another within about 1.5 ×
// ClaimAfter. The same happens to a job whose handler outlives ClaimAfter,
// so ClaimAfter must be well above the longest handling. A job whose
// handling is interrupted that way counts the interrupted try as an
// attempt, so a job that crashes its worker every time ends in the
// dead-letter stream instead of crashing workers forever.
//
// A handler's error makes a retry: the job is queued again at the end of
// its shard with Attempts one higher, until MaxAttempts tries have failed;
// then it goes to the dead-letter stream with the error, where Dead lists
// it. An entry that is not a job (malformed JSON, no workspace or URL)
// goes to the dead-letter stream at once. A panicking handler is
// recovered and counts as an error. Each of these moves (queue again or
// dead-letter, acknowledge, delete) is one MULTI transaction on the
// shard's slot: a crash in between leaves the job pending, to be claimed
// again, never lost.
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
	// Prefix:{q<N>}:jobs and Prefix:{q<N>}:dead. Tests use a prefix of
	// their own.
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
	// ClaimAfter is how long an entry may stay pending, read but not
	// acknowledged, before another consumer takes it over with XAUTOCLAIM
	// (default 2 minutes). Handlers must take well less than this.
	ClaimAfter time.Duration
	// MaxAttempts is how many tries a job gets before it goes to the
	// dead-letter stream (default 5).
	MaxAttempts int
	// Block is how long an idle consumer waits for new jobs before it
	// looks at every shard again (default 1 s): it waits on one shard at a
	// time, Block/Shards each (XREADGROUP BLOCK), so a new job reaches an
	// idle consumer within about Block, and Consume returns within about
	// Block/Shards of its context's end. A busy consumer does not wait.
	Block time.Duration
	// Logger receives the queue's log lines (default slog.Default()).
	Logger *slog.Logger
}

// Defaults of QueueOptions, and the caps of the streams.
const (
	queueDefaultPrefix      = "sb"
	queueDefaultShards      = 8
	queueDefaultGroup       = "ingest"
	queueDefaultClaimAfter  = 2 * time.Minute
	queueDefaultMaxAttempts = 5
	queueDefaultBlock       = time.Second

	// queueJobsMaxLen and queueDeadMaxLen cap the streams (XADD MAXLEN ~): handled
	// jobs are deleted, so only a queue far behind reaches the cap.
	queueJobsMaxLen = 100_000
	queueDeadMaxLen = 10_000

	// queueReadCount is the most entries one read or claim takes.
	queueReadCount = 10
	// queueMinWait is the shortest blocking read: BLOCK 0 would wait forever.
	queueMinWait = 10 * time.Millisecond
	// queueFinishTimeout bounds the writes that record a handled job; they are
	// made even after the consumer's context ended, so as not to waste
	// the work.
	queueFinishTimeout = 5 * time.Second
	// queueMaxBackoff is the longest pause after a Redis error.
	queueMaxBackoff = 5 * time.Second
)

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
	if o.Block <= 0 {
		o.Block = queueDefaultBlock
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

func (q *Queue) jobsKey(shard int) string {
	return q.o.Prefix + ":{q" + strconv.Itoa(shard) + "}:jobs"
}

func (q *Queue) deadKey(shard int) string {
	return q.o.Prefix + ":{q" + strconv.Itoa(shard) + "}:dead"
}

// shard returns the shard of a workspace's jobs.
func (q *Queue) shard(ws string) int {
	h := fnv.New32a()
	h.Write([]byte(ws))
	return int(h.Sum32() % uint32(q.o.Shards))
}

func (q *Queue) jobArgs(shard int, raw string) *goredis.XAddArgs {
	return &goredis.XAddArgs{Stream: q.jobsKey(shard), MaxLen: queueJobsMaxLen, Approx: true,
		Values: []any{queueFieldJob, raw}}
}

func (q *Queue) deadArgs(shard int, raw, id string, cause error) *goredis.XAddArgs {
	return &goredis.XAddArgs{Stream: q.deadKey(shard), MaxLen: queueDeadMaxLen, Approx: true,
		Values: []any{queueFieldJob, raw, queueFieldError, cause.Error(), queueFieldID, id}}
}

// Enqueue implements bot.Queue: it adds the job at the end of its
// workspace's shard.
func (q *Queue) Enqueue(ctx context.Context, j bot.Job) error {
	if err := checkQueueJob(j); err != nil {
		return fmt.Errorf("redis: enqueue: %w", err)
	}
	raw, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("redis: enqueue: %w", err)
	}
	if err := q.rdb.XAdd(ctx, q.jobArgs(q.shard(j.Workspace), string(raw))).Err(); err != nil {
		return fmt.Errorf("redis: enqueue: %w", err)
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
// The shards are read in turn, up to 10 entries at a time, without
// waiting while any has jobs; when a whole round found none, each read
// waits up to Block/Shards for a job. See Queue for what happens to a
// job after handle returns. When ctx ends while handle runs, the job is
// neither acknowledged nor retried unless handle returned nil: it stays
// pending, and another consumer claims it after ClaimAfter. Jobs read but
// not yet begun when ctx ends, or when their batch has waited ClaimAfter/2,
// are handed back: queued again at the end of their shard.
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
	var nextClaim time.Time
	empty := 0 // reads in a row that found nothing
	for shard := 0; ctx.Err() == nil; shard = (shard + 1) % q.o.Shards {
		if now := time.Now(); !now.Before(nextClaim) {
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
		msgs, err := q.rdb.XReadGroup(ctx, &goredis.XReadGroupArgs{
			Group: q.o.Group, Consumer: q.o.Consumer, Streams: []string{q.jobsKey(shard), ">"},
			Count: queueReadCount, Block: block,
		}).Result()
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
		for _, s := range msgs {
			if len(s.Messages) > 0 {
				empty = 0
			}
			r.process(ctx, shard, s.Messages, nil)
		}
	}
	q.log.InfoContext(ctx, "redis: queue: stopped")
	return nil
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

// queueRun is the state of one Consume call.
type queueRun struct {
	q       *Queue
	handle  func(ctx context.Context, j bot.Job) error
	backoff time.Duration
}

// failed logs a Redis error and pauses, longer after each error in a row.
// A missing group (a stream deleted, a Redis flushed) is created again
// without pause.
func (r *queueRun) failed(ctx context.Context, what string, err error) {
	if ctx.Err() != nil {
		return
	}
	if strings.Contains(err.Error(), "NOGROUP") {
		r.q.log.WarnContext(ctx, "redis: queue: consumer group missing: creating it", "op", what, "err", err)
		var errs []error
		for shard := range r.q.o.Shards {
			errs = append(errs, r.q.createGroup(ctx, shard))
		}
		if err = errors.Join(errs...); err == nil {
			return
		}
	}
	r.backoff = min(max(2*r.backoff, 100*time.Millisecond), queueMaxBackoff)
	r.q.log.ErrorContext(ctx, "redis: queue: "+what, "err", err, "retry_in", r.backoff)
	t := time.NewTimer(r.backoff)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// claim takes over, on every shard, the entries pending for ClaimAfter
// or more, and handles them.
func (r *queueRun) claim(ctx context.Context) error {
	q := r.q
	for shard := range q.o.Shards {
		for start := "0-0"; ctx.Err() == nil; {
			msgs, next, err := q.rdb.XAutoClaim(ctx, &goredis.XAutoClaimArgs{
				Stream: q.jobsKey(shard), Group: q.o.Group, Consumer: q.o.Consumer,
				MinIdle: q.o.ClaimAfter, Start: start, Count: queueReadCount,
			}).Result()
			if err != nil {
				return fmt.Errorf("claim on %s: %w", q.jobsKey(shard), err)
			}
			msgs = slices.DeleteFunc(msgs, func(m goredis.XMessage) bool { return m.ID == "" })
			if len(msgs) > 0 {
				q.log.WarnContext(ctx, "redis: queue: claimed jobs left pending by a consumer",
					"shard", shard, "jobs", len(msgs), "first", msgs[0].ID)
				r.process(ctx, shard, msgs, q.interrupted(ctx, shard, msgs))
			}
			if next == "0-0" || next == "" || next == start {
				break
			}
			start = next
		}
	}
	return nil
}

// interrupted returns, for claimed entries, how many of their deliveries
// came to nothing: their delivery count but the present one. An entry
// missing from the answer, or all of them on an error, count one.
func (q *Queue) interrupted(ctx context.Context, shard int, msgs []goredis.XMessage) map[string]int {
	out := make(map[string]int, len(msgs))
	for _, m := range msgs {
		out[m.ID] = 1
	}
	pend, err := q.rdb.XPendingExt(ctx, &goredis.XPendingExtArgs{
		Stream: q.jobsKey(shard), Group: q.o.Group, Consumer: q.o.Consumer,
		Start: msgs[0].ID, End: msgs[len(msgs)-1].ID, Count: 1000,
	}).Result()
	if err != nil {
		q.log.WarnContext(ctx, "redis: queue: delivery counts", "shard", shard, "err", err)
		return out
	}
	for _, p := range pend {
		if _, ok := out[p.ID]; ok && p.RetryCount > 1 {
			out[p.ID] = int(p.RetryCount - 1)
		}
	}
	return out
}

// process handles entries read from a shard in a batch. interrupted holds
// the earlier tries that died of claimed entries. When ctx ends, or the
// batch has waited ClaimAfter/2 (close to being claimed by others), the
// entries not begun are handed back.
func (r *queueRun) process(ctx context.Context, shard int, msgs []goredis.XMessage, interrupted map[string]int) {
	read := time.Now()
	for i, m := range msgs {
		if ctx.Err() != nil || time.Since(read) >= r.q.o.ClaimAfter/2 {
			r.q.handBack(ctx, shard, msgs[i:])
			return
		}
		r.one(ctx, shard, m, interrupted[m.ID])
	}
}

// one handles one entry, and records the outcome.
func (r *queueRun) one(ctx context.Context, shard int, m goredis.XMessage, interrupted int) {
	q := r.q
	log := q.log.With("shard", shard, "id", m.ID)
	raw, j, err := decodeQueueEntry(m)
	if err != nil {
		err = fmt.Errorf("malformed job: %w", err)
		log.ErrorContext(ctx, "redis: queue: dead letter", "err", err)
		q.finish(ctx, log, shard, m.ID, q.deadArgs(shard, raw, m.ID, err))
		return
	}
	j.ID = m.ID
	j.Attempts += interrupted
	log = log.With("ws", j.Workspace, "url", j.URL)
	if interrupted > 0 && j.Attempts >= q.o.MaxAttempts {
		err := fmt.Errorf("handling interrupted %d times: consumer crashed, stopped or too slow", interrupted)
		log.ErrorContext(ctx, "redis: queue: dead letter", "attempts", j.Attempts, "err", err)
		q.finish(ctx, log, shard, m.ID, q.deadArgs(shard, encodeQueueJob(j), m.ID, err))
		return
	}
	err = r.call(ctx, j)
	switch {
	case err == nil:
		log.DebugContext(ctx, "redis: queue: done", "attempt", j.Attempts+1)
		q.finish(ctx, log, shard, m.ID, nil)
	case ctx.Err() != nil:
		log.InfoContext(ctx, "redis: queue: interrupted: left pending for another consumer", "err", err)
	default:
		j.Attempts++
		if j.Attempts >= q.o.MaxAttempts {
			log.ErrorContext(ctx, "redis: queue: dead letter", "attempts", j.Attempts, "err", err)
			q.finish(ctx, log, shard, m.ID, q.deadArgs(shard, encodeQueueJob(j), m.ID, err))
			return
		}
		log.WarnContext(ctx, "redis: queue: failed: queued again", "attempt", j.Attempts, "err", err)
		q.finish(ctx, log, shard, m.ID, q.jobArgs(shard, encodeQueueJob(j)))
	}
}

// call calls the handler, and turns a panic into an error.
func (r *queueRun) call(ctx context.Context, j bot.Job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
			r.q.log.ErrorContext(ctx, "redis: queue: handler panicked", "id", j.ID, "err", err,
				"stack", string(debug.Stack()))
		}
	}()
	return r.handle(ctx, j)
}

// finish acknowledges and deletes an entry, after queueing add (a retry
// or a dead letter) if not nil, in one transaction. It goes on after ctx
// ends, for a while: the work is done. On an error the entry stays
// pending, to be claimed and handled again.
func (q *Queue) finish(ctx context.Context, log *slog.Logger, shard int, id string, add *goredis.XAddArgs) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), queueFinishTimeout)
	defer cancel()
	key := q.jobsKey(shard)
	_, err := q.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		if add != nil {
			p.XAdd(ctx, add)
		}
		p.XAck(ctx, key, q.o.Group, id)
		p.XDel(ctx, key, id)
		return nil
	})
	if err != nil {
		log.ErrorContext(ctx, "redis: queue: acknowledge: the job stays pending", "err", err)
	}
}

// handBack queues entries read but not begun again at the end of their
// shard, and acknowledges them, so that other consumers get them now
// rather than after ClaimAfter.
func (q *Queue) handBack(ctx context.Context, shard int, msgs []goredis.XMessage) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), queueFinishTimeout)
	defer cancel()
	key := q.jobsKey(shard)
	ids := make([]string, len(msgs))
	_, err := q.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		for i, m := range msgs {
			ids[i] = m.ID
			p.XAdd(ctx, &goredis.XAddArgs{Stream: key, MaxLen: queueJobsMaxLen, Approx: true, Values: m.Values})
		}
		p.XAck(ctx, key, q.o.Group, ids...)
		p.XDel(ctx, key, ids...)
		return nil
	})
	if err != nil {
		q.log.ErrorContext(ctx, "redis: queue: hand back: the jobs stay pending", "shard", shard, "jobs", len(msgs), "err", err)
		return
	}
	q.log.InfoContext(ctx, "redis: queue: handed back jobs not begun", "shard", shard, "jobs", len(msgs))
}

// decodeQueueEntry reads the job of an entry. raw is the job field, or the whole
// entry when the field is missing.
func decodeQueueEntry(m goredis.XMessage) (raw string, j bot.Job, err error) {
	v, ok := m.Values[queueFieldJob]
	raw, isString := v.(string)
	if !ok || !isString {
		b, _ := json.Marshal(m.Values)
		return string(b), j, fmt.Errorf("no %q field", queueFieldJob)
	}
	if err := json.Unmarshal([]byte(raw), &j); err != nil {
		return raw, bot.Job{}, err
	}
	if err := checkQueueJob(j); err != nil {
		return raw, bot.Job{}, err
	}
	return raw, j, nil
}

func encodeQueueJob(j bot.Job) string {
	b, err := json.Marshal(j)
	if err != nil { // strings and ints only: cannot happen
		panic(err)
	}
	return string(b)
}

// Pending returns how many jobs are queued and not yet acknowledged, in
// all shards: the jobs waiting, and those being handled or left pending by
// a consumer. Handled entries are deleted from their stream, so this is
// the streams' total length.
func (q *Queue) Pending(ctx context.Context) (int64, error) {
	cmds := make([]*goredis.IntCmd, q.o.Shards)
	_, err := q.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for shard := range cmds {
			cmds[shard] = p.XLen(ctx, q.jobsKey(shard))
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("redis: pending: %w", err)
	}
	var n int64
	for _, c := range cmds {
		n += c.Val()
	}
	return n, nil
}

// DeadJob is a job of the dead-letter streams.
type DeadJob struct {
	// ID is the entry's ID in its dead-letter stream.
	ID string
	// Job is the job decoded from Raw, as far as it decodes, with the ID
	// it had on its shard; Attempts counts the tries made.
	Job bot.Job
	// Raw is the job as it was queued: JSON, or what stood for it.
	Raw string
	// Error says why the job died.
	Error string
	// Time is when it died.
	Time time.Time
}

// Dead returns the last n jobs of the dead-letter streams of all shards,
// newest first.
func (q *Queue) Dead(ctx context.Context, n int) ([]DeadJob, error) {
	if n <= 0 {
		return nil, nil
	}
	cmds := make([]*goredis.XMessageSliceCmd, q.o.Shards)
	_, err := q.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for shard := range cmds {
			cmds[shard] = p.XRevRangeN(ctx, q.deadKey(shard), "+", "-", int64(n))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("redis: dead jobs: %w", err)
	}
	var out []DeadJob
	for _, c := range cmds {
		for _, m := range c.Val() {
			d := DeadJob{ID: m.ID, Time: streamIDTime(m.ID)}
			d.Raw, _ = m.Values[queueFieldJob].(string)
			d.Error, _ = m.Values[queueFieldError].(string)
			_ = json.Unmarshal([]byte(d.Raw), &d.Job) // a malformed job keeps Raw
			d.Job.ID, _ = m.Values[queueFieldID].(string)
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b DeadJob) int { return compareStreamIDs(b.ID, a.ID) })
	return out[:min(n, len(out))], nil
}

// splitStreamID returns the milliseconds and sequence number of a stream
// entry ID.
func splitStreamID(id string) (ms, seq uint64) {
	a, b, _ := strings.Cut(id, "-")
	ms, _ = strconv.ParseUint(a, 10, 64)
	seq, _ = strconv.ParseUint(b, 10, 64)
	return ms, seq
}

func compareStreamIDs(a, b string) int {
	am, as := splitStreamID(a)
	bm, bs := splitStreamID(b)
	return cmp.Or(cmp.Compare(am, bm), cmp.Compare(as, bs))
}

func streamIDTime(id string) time.Time {
	ms, _ := splitStreamID(id)
	return time.UnixMilli(int64(ms))
}
