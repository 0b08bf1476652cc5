package redis

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// Pending returns how many jobs are queued and not yet done, in all
// shards: the jobs waiting, those being handled or left pending by a
// consumer, and the retries waiting for their time. Handled entries are
// deleted from their stream, so this is the streams' total length and
// the delayed sets' size.
func (q *Queue) Pending(ctx context.Context) (int64, error) {
	lens := make([]*goredis.IntCmd, 0, 2*q.o.Shards)
	_, err := q.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for shard := range q.o.Shards {
			lens = append(lens, p.XLen(ctx, q.jobsKey(shard)), p.ZCard(ctx, q.key(shard, "delayed")))
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("redis: pending: %w", err)
	}
	var n int64
	for _, c := range lens {
		n += c.Val()
	}
	return n, nil
}

// Queued returns how many jobs a workspace has queued and not yet done
// (retries included): the count Enqueue holds against
// MaxQueuedPerWorkspace.
func (q *Queue) Queued(ctx context.Context, ws string) (int64, error) {
	n, err := q.rdb.HGet(ctx, q.key(q.shard(ws), "queued"), ws).Int64()
	if err != nil && !errors.Is(err, goredis.Nil) {
		return 0, fmt.Errorf("redis: queued: %w", err)
	}
	return n, nil
}

// QueueStats is the state of the queue, for operators and metrics.
type QueueStats struct {
	// Shards holds each shard's figures, by shard number.
	Shards []ShardStats
	// Backlog, Delayed and Dead sum the shards' figures.
	Backlog, Delayed, Dead int64
	// OldestAge is the age of the oldest job waiting or under way in any
	// shard (0 when there is none).
	OldestAge time.Duration
}

// ShardStats are one shard's figures.
type ShardStats struct {
	// Backlog counts the jobs waiting or being handled.
	Backlog int64
	// Delayed counts the retries waiting for their time.
	Delayed int64
	// Dead counts the entries of the dead-letter stream (capped near
	// 10,000).
	Dead int64
	// OldestAge is the age of the shard's oldest job waiting or under way
	// (0 when there is none).
	OldestAge time.Duration
}

// Stats returns the queue's figures: a few cheap reads per shard, in one
// pipeline.
func (q *Queue) Stats(ctx context.Context) (QueueStats, error) {
	type shardCmds struct {
		backlog, delayed, dead *goredis.IntCmd
		oldest                 *goredis.XMessageSliceCmd
	}
	cmds := make([]shardCmds, q.o.Shards)
	_, err := q.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for shard := range cmds {
			cmds[shard] = shardCmds{
				backlog: p.XLen(ctx, q.jobsKey(shard)),
				delayed: p.ZCard(ctx, q.key(shard, "delayed")),
				dead:    p.XLen(ctx, q.key(shard, "dead")),
				oldest:  p.XRangeN(ctx, q.jobsKey(shard), "-", "+", 1),
			}
		}
		return nil
	})
	if err != nil {
		return QueueStats{}, fmt.Errorf("redis: queue stats: %w", err)
	}
	now := q.o.Now()
	st := QueueStats{Shards: make([]ShardStats, q.o.Shards)}
	for shard, c := range cmds {
		s := ShardStats{Backlog: c.backlog.Val(), Delayed: c.delayed.Val(), Dead: c.dead.Val()}
		if m := c.oldest.Val(); len(m) > 0 {
			s.OldestAge = max(now.Sub(streamIDTime(m[0].ID)), 0)
		}
		st.Shards[shard] = s
		st.Backlog += s.Backlog
		st.Delayed += s.Delayed
		st.Dead += s.Dead
		st.OldestAge = max(st.OldestAge, s.OldestAge)
	}
	return st, nil
}

// DeadJob is a job of the dead-letter streams.
type DeadJob struct {
	// ID is the entry's ID in its dead-letter stream.
	ID string
	// Job is the job decoded from Raw, as far as it decodes, with the ID
	// it had on its shard; Attempts counts the tries that failed.
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
			cmds[shard] = p.XRevRangeN(ctx, q.key(shard, "dead"), "+", "-", int64(n))
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
