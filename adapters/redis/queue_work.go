package redis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

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

// claim takes over, on every shard, the entries idle for ClaimAfter or
// more, one at a time, and handles each.
func (r *queueRun) claim(ctx context.Context) error {
	q := r.q
	for shard := range q.o.Shards {
		for start := "0-0"; ctx.Err() == nil; {
			msgs, next, err := q.rdb.XAutoClaim(ctx, &goredis.XAutoClaimArgs{
				Stream: q.jobsKey(shard), Group: q.o.Group, Consumer: q.o.Consumer,
				MinIdle: q.o.ClaimAfter, Start: start, Count: 1,
			}).Result()
			if err != nil {
				return fmt.Errorf("claim on %s: %w", q.jobsKey(shard), err)
			}
			for _, m := range msgs {
				if m.ID == "" { // deleted meanwhile
					continue
				}
				q.log.WarnContext(ctx, "redis: queue: claimed a job its consumer stopped keeping alive",
					"shard", shard, "id", m.ID)
				r.one(ctx, shard, m)
			}
			if next == "0-0" || next == "" {
				break
			}
			start = next
		}
	}
	return nil
}

// one handles one entry this consumer holds, and settles it.
func (r *queueRun) one(ctx context.Context, shard int, m goredis.XMessage) {
	q := r.q
	log := q.log.With("shard", shard, "id", m.ID)
	raw, j, err := decodeQueueEntry(m)
	if err != nil {
		q.dead(ctx, log, shard, m.ID, j, raw, fmt.Errorf("malformed job: %w", err))
		return
	}
	j.ID = m.ID
	log = log.With("ws", j.Workspace, "url", j.URL)
	if ctx.Err() != nil { // read as the consumer stopped: not begun
		q.handBack(ctx, log, shard, m.ID, j.Workspace, raw)
		return
	}
	deaths, err := queueBeginScript.Run(ctx, q.rdb, []string{q.key(shard, "started"), q.key(shard, "crashes")},
		m.ID, q.o.Consumer).Int()
	if err != nil {
		// Not begun: the entry stays pending, and is claimed later.
		log.ErrorContext(ctx, "redis: queue: begin: left pending", "err", err)
		return
	}
	if deaths >= queueMaxDeaths {
		q.dead(ctx, log, shard, m.ID, j, raw, fmt.Errorf("%w (%d times)", errWorkerDied, deaths))
		return
	}
	if deaths > 0 {
		log.WarnContext(ctx, "redis: queue: the last worker of this job died while handling it: trying again", "deaths", deaths)
	}
	j.Deaths = deaths
	err = r.call(ctx, shard, j)
	switch {
	case err == nil:
		log.DebugContext(ctx, "redis: queue: done", "attempt", j.Attempts+1)
		q.settle(ctx, log, shard, m.ID, j.Workspace, "done", "", "")
	case ctx.Err() != nil:
		log.InfoContext(ctx, "redis: queue: interrupted: handing the job back", "err", err)
		q.handBack(ctx, log, shard, m.ID, j.Workspace, raw)
	default:
		j.Attempts++
		if j.Attempts >= q.o.MaxAttempts {
			q.dead(ctx, log, shard, m.ID, j, encodeQueueJob(j), err)
			return
		}
		wait := q.backoff(j.Attempts)
		log.WarnContext(ctx, "redis: queue: failed: retry later", "attempt", j.Attempts, "retry_in", wait, "err", err)
		due := strconv.FormatInt(q.o.Now().Add(wait).UnixMilli(), 10)
		q.settle(ctx, log, shard, m.ID, j.Workspace, "retry", encodeQueueJob(j), due)
	}
}

// backoff returns the wait before retry n (1 for the first), ±25 %.
func (q *Queue) backoff(n int) time.Duration {
	d := q.o.Backoff[min(n, len(q.o.Backoff))-1]
	return time.Duration(float64(d) * (0.75 + 0.5*rand.Float64()))
}

// call calls the handler while keeping its entry alive, and turns a
// panic into an error.
func (r *queueRun) call(ctx context.Context, shard int, j bot.Job) (err error) {
	stop := r.q.heartbeat(ctx, shard, j.ID)
	// Deferred, so that the heartbeat also stops with a handler's
	// goroutine that never returns (runtime.Goexit).
	defer stop()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
			r.q.log.ErrorContext(ctx, "redis: queue: handler panicked", "id", j.ID, "err", err,
				"stack", string(debug.Stack()))
		}
	}()
	return r.handle(ctx, j)
}

// heartbeat keeps an entry the consumer handles from being claimed by
// others, every ClaimAfter/3, until stop is called; stop returns once the
// heartbeat has stopped.
func (q *Queue) heartbeat(ctx context.Context, shard int, id string) (stop func()) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(max(q.o.ClaimAfter/3, queueMinWait))
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			held, err := queueHeartbeatScript.Run(ctx, q.rdb, []string{q.jobsKey(shard)},
				q.o.Group, q.o.Consumer, id).Int()
			switch {
			case ctx.Err() != nil:
				return
			case err != nil:
				q.log.WarnContext(ctx, "redis: queue: heartbeat", "shard", shard, "id", id, "err", err)
			case held == 0:
				q.log.WarnContext(ctx, "redis: queue: another consumer took over the job under way", "shard", shard, "id", id)
				return
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// settle ends an entry's delivery by mode (see queueSettleScript), in one
// script. It goes on after ctx ends, for a while: the work is done. On an
// error the entry stays pending, to be claimed and handled again. It
// returns the script's answer, nil on an error.
func (q *Queue) settle(ctx context.Context, log *slog.Logger, shard int, id, ws, mode, job, extra string) any {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), queueFinishTimeout)
	defer cancel()
	keys := []string{q.jobsKey(shard), q.key(shard, "queued"), q.key(shard, "started"), q.key(shard, "crashes"),
		q.key(shard, "dead"), q.key(shard, "delayed")}
	res, err := queueSettleScript.Run(ctx, q.rdb, keys, q.o.Group, id, ws, mode, job, extra, queueDeadMaxLen).Result()
	if err != nil {
		log.ErrorContext(ctx, "redis: queue: settle: the job stays pending", "mode", mode, "err", err)
		return nil
	}
	if n, ok := res.(int64); ok && n == 0 {
		log.InfoContext(ctx, "redis: queue: settled by another consumer meanwhile", "mode", mode)
	}
	return res
}

// dead moves an entry to the dead-letter stream, and tells OnDead.
func (q *Queue) dead(ctx context.Context, log *slog.Logger, shard int, id string, j bot.Job, raw string, cause error) {
	log.ErrorContext(ctx, "redis: queue: dead letter", "attempts", j.Attempts, "err", cause)
	if res := q.settle(ctx, log, shard, id, j.Workspace, "dead", raw, cause.Error()); res != int64(1) {
		return
	}
	if q.o.OnDead != nil {
		j.ID = id
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), queueFinishTimeout)
		defer cancel()
		q.o.OnDead(ctx, j, cause)
	}
}

// handBack queues an entry again at the end of its shard, at once, so
// that another consumer takes it now rather than after ClaimAfter.
func (q *Queue) handBack(ctx context.Context, log *slog.Logger, shard int, id, ws, raw string) {
	res := q.settle(ctx, log, shard, id, ws, "back", raw, "")
	if nid, ok := res.(string); ok {
		log.InfoContext(ctx, "redis: queue: handed the job back", "new_id", nid)
	}
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
