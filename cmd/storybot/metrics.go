package main

import (
	"context"
	"errors"
	"net"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/metrics"
)

// fetchReason names why a fetch failed, as metrics.FetchFailed counts it,
// from the fetcher's errors.
func fetchReason(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, fetch.ErrRefused):
		return metrics.FetchRefused
	case errors.Is(err, fetch.ErrTooLarge):
		return metrics.FetchTooLarge
	case errors.Is(err, fetch.ErrStatus):
		return metrics.FetchHTTPStatus
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return metrics.FetchTimeout
	case errors.Is(err, fetch.ErrScheme), errors.Is(err, fetch.ErrTooManyRedirects):
		return metrics.FetchOther
	case errors.As(err, &ne):
		return metrics.FetchUnreachable
	}
	return metrics.FetchOther
}

// countingFetcher is a feed.Fetcher that counts the failed fetches by
// reason (a fetch cut short by shutting down is no failure).
type countingFetcher struct {
	feed.Fetcher
	m *metrics.Metrics
}

// GetConditional implements feed.Fetcher.
func (c countingFetcher) GetConditional(ctx context.Context, rawURL, etag, lastModified string) (*fetch.Page, error) {
	page, err := c.Fetcher.GetConditional(ctx, rawURL, etag, lastModified)
	if err != nil && ctx.Err() == nil {
		c.m.FetchFailed(fetchReason(err))
	}
	return page, err
}
