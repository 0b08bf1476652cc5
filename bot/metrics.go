package bot

import "time"

// Metrics receives what the core counts. adapters/metrics implements it
// with Prometheus; NopMetrics discards everything.
type Metrics interface {
	// Command records one answered command, its outcome ("ok" or an
	// error Code) and how long it took.
	Command(cmd Command, outcome string, took time.Duration)
	// Ingest records one article ingested, or one link that could not
	// be, and its outcome: "new_story", "joined", "duplicate", "revised";
	// "failed" (given up: the link is no article, the site refused it, or
	// the tries ran out); "unavailable" (the site could not be read this
	// time; the job is tried again).
	Ingest(outcome string)
	// StoreError records a failed storage operation.
	StoreError(op string)
}

// IngestUnavailable is the Ingest outcome of a link that could not be
// read this time (a timeout, a 5xx answer): its job is retried, so one
// link may count it several times before it is added or given up.
const IngestUnavailable = "unavailable"

// NopMetrics is a Metrics that records nothing.
type NopMetrics struct{}

// Command implements Metrics.
func (NopMetrics) Command(Command, string, time.Duration) {}

// Ingest implements Metrics.
func (NopMetrics) Ingest(string) {}

// StoreError implements Metrics.
func (NopMetrics) StoreError(string) {}
