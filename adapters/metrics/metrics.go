// Package metrics records what the bot core counts as Prometheus metrics:
// commands answered (with their outcome and duration), articles ingested
// and failed storage operations. It implements bot.Metrics.
package metrics

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"github.com/storybot/storybot/bot"
)

var _ bot.Metrics = (*Metrics)(nil)

// CommandBuckets are the upper bounds, in seconds, of the command duration
// histogram: from half a millisecond, as commands read precomputed digests,
// up to the 3 s within which Slack and Discord want an answer.
var CommandBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3}

// Metrics is a bot.Metrics on Prometheus. Its methods are safe for
// concurrent use.
type Metrics struct {
	commands        *prometheus.CounterVec
	commandDuration *prometheus.HistogramVec
	ingested        *prometheus.CounterVec
	storeErrors     *prometheus.CounterVec
}

// New creates the metrics and registers them with reg:
//
//	storybot_commands_total{command,outcome}       counter
//	storybot_command_duration_seconds{command}     histogram (CommandBuckets)
//	storybot_articles_ingested_total{outcome}      counter
//	storybot_store_errors_total{op}                counter
//
// A nil reg registers them nowhere. New panics if reg already holds metrics
// of these names, as prometheus.MustRegister does.
func New(reg prometheus.Registerer) *Metrics {
	f := promauto.With(reg)
	return &Metrics{
		commands: f.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_commands_total",
			Help: "Chat commands answered, by command and outcome (ok or an error code).",
		}, []string{"command", "outcome"}),
		commandDuration: f.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storybot_command_duration_seconds",
			Help:    "Time taken to answer a chat command.",
			Buckets: CommandBuckets,
		}, []string{"command"}),
		ingested: f.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_articles_ingested_total",
			Help: "Articles ingested, by outcome (new_story, joined, duplicate, revised, failed).",
		}, []string{"outcome"}),
		storeErrors: f.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_store_errors_total",
			Help: "Failed storage operations, by operation.",
		}, []string{"op"}),
	}
}

// NewRegistry returns a registry that already holds the Go runtime and
// process collectors, for a binary to pass to New and serve on /metrics.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return reg
}

// Command records one answered command, its outcome and how long it took.
// An empty command is counted as "unknown".
func (m *Metrics) Command(cmd bot.Command, outcome string, took time.Duration) {
	c := string(cmd)
	if c == "" {
		c = "unknown"
	}
	m.commands.WithLabelValues(c, outcome).Inc()
	m.commandDuration.WithLabelValues(c).Observe(took.Seconds())
}

// Ingest records one article ingested and its outcome.
func (m *Metrics) Ingest(outcome string) {
	m.ingested.WithLabelValues(outcome).Inc()
}

// StoreError records a failed storage operation.
func (m *Metrics) StoreError(op string) {
	m.storeErrors.WithLabelValues(op).Inc()
}
