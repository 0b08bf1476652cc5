package feed

import "context"

// Metrics counts feed polls; adapters/metrics implements it.
type Metrics interface {
	// FeedPoll records one poll of a feed and its result: one of the
	// Poll* results.
	FeedPoll(result string)
}

// Poll results, as counted by Metrics.FeedPoll.
const (
	PollOK          = "ok"           // read, new entries queued
	PollUnchanged   = "unchanged"    // 304 Not Modified
	PollFetchFailed = "fetch_failed" // no feed fetched (the fetcher says why)
	PollParseFailed = "parse_failed" // not a feed gofeed reads
	PollQueueFailed = "queue_failed" // entries not recorded or queued
)

// count records a poll's result; a poll cut short by ctx (shutting down)
// is not counted.
func (p *Poller) count(ctx context.Context, result string) {
	if p.o.Metrics != nil && ctx.Err() == nil {
		p.o.Metrics.FeedPoll(result)
	}
}
