package bot

import "time"

// Metrics receives what the core counts. adapters/metrics implements it
// with Prometheus; NopMetrics discards everything.
type Metrics interface {
	// Command records one answered command, its outcome ("ok" or an
	// error Code) and how long it took.
	Command(cmd Command, outcome string, took time.Duration)
	// Ingest records one article ingested, and its outcome: "new_story",
	// "joined", "duplicate", "revised" or "failed".
	Ingest(outcome string)
	// StoreError records a failed storage operation.
	StoreError(op string)
}

// NopMetrics is a Metrics that records nothing.
type NopMetrics struct{}

// Command implements Metrics.
func (NopMetrics) Command(Command, string, time.Duration) {}

// Ingest implements Metrics.
func (NopMetrics) Ingest(string) {}

// StoreError implements Metrics.
func (NopMetrics) StoreError(string) {}
