package main

import (
	"context"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/metrics"
	"github.com/storybot/storybot/adapters/redis"
)

// fetchReason names why a fetch failed, as metrics.FetchFailed counts it,
// from the kind of the fetcher's error.
func fetchReason(err error) string {
	switch fetch.KindOf(err) {
	case fetch.KindRefused:
		return metrics.FetchRefused
	case fetch.KindTooLarge:
		return metrics.FetchTooLarge
	case fetch.KindHTTPStatus:
		return metrics.FetchHTTPStatus
	case fetch.KindTimeout:
		return metrics.FetchTimeout
	case fetch.KindNotArticle, fetch.KindNotFeed:
		return metrics.FetchNotArticle
	case fetch.KindUnreachable, fetch.KindNoSuchHost, fetch.KindBadResponse:
		return metrics.FetchUnreachable
	}
	return metrics.FetchOther
}

// countFetchFailures is the fetcher's OnFailure: every failed fetch of an
// article or a feed is counted by reason.
func countFetchFailures(m *metrics.Metrics) func(context.Context, error) {
	return func(_ context.Context, err error) { m.FetchFailed(fetchReason(err)) }
}

// queueStats reads the work queue's figures for the metrics collector.
func queueStats(q *redis.Queue) metrics.QueueStatsFunc {
	return func(ctx context.Context) (metrics.QueueStats, error) {
		s, err := q.Stats(ctx)
		if err != nil {
			return metrics.QueueStats{}, err
		}
		return metrics.QueueStats{Depth: s.Backlog, OldestAge: s.OldestAge, Retries: s.Delayed, Dead: s.Dead}, nil
	}
}
