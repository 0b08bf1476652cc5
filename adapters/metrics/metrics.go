// Package metrics records what storybot counts as Prometheus metrics:
// commands answered (with their outcome and duration), articles ingested,
// failed storage operations, scheduled digests, feed polls, failed
// fetches and the state of the work queue. It implements bot.Metrics.
//
// Every labelled series a dashboard or an alert needs is there from the
// start, at zero: New creates each known label combination.
package metrics

import (
	"slices"
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
	digests         *prometheus.CounterVec
	feedPolls       *prometheus.CounterVec
	fetchFailures   *prometheus.CounterVec
}

// FeedPollResults are the results FeedPoll counts: those of
// adapters/feed (feed.PollOK and the others).
var FeedPollResults = []string{"ok", "unchanged", "fetch_failed", "parse_failed", "queue_failed"}

// Reasons a fetch fails, as counted by FetchFailed.
const (
	FetchRefused     = "refused"     // a non-public address, not allowed
	FetchTooLarge    = "too_large"   // over the size limit
	FetchTimeout     = "timeout"     // no complete answer in time
	FetchNotArticle  = "not_article" // an answer that is no article (or feed)
	FetchHTTPStatus  = "http_status" // a status outside 200-299
	FetchUnreachable = "unreachable" // no connection: DNS, refused, reset
	FetchOther       = "other"       // any other reason
)

// FetchReasons are the reasons FetchFailed counts; any other is counted
// as FetchOther.
var FetchReasons = []string{FetchRefused, FetchTooLarge, FetchTimeout, FetchNotArticle, FetchHTTPStatus, FetchUnreachable, FetchOther}

// unknownCommand labels a command that was not understood.
const unknownCommand = "unknown"

// New creates the metrics and registers them with reg:
//
//	storybot_commands_total{command,outcome}       counter
//	storybot_command_duration_seconds{command}     histogram (CommandBuckets)
//	storybot_articles_ingested_total{outcome}      counter
//	storybot_store_errors_total{op}                counter
//	storybot_digests_total{outcome}                counter
//	storybot_feed_polls_total{result}              counter
//	storybot_fetch_failures_total{reason}          counter
//
// with every known label value (bot.Commands, bot.CommandOutcomes,
// bot.IngestOutcomes, bot.StoreOps, bot.DigestOutcomes, FeedPollResults,
// FetchReasons) at zero. A nil reg registers them nowhere. New panics if
// reg already holds metrics of these names, as prometheus.MustRegister
// does.
func New(reg prometheus.Registerer) *Metrics {
	f := promauto.With(reg)
	m := &Metrics{
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
			Help: "Articles ingested, by outcome (new_story, joined, duplicate, revised, failed; unavailable: a read that may pass, retried).",
		}, []string{"outcome"}),
		storeErrors: f.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_store_errors_total",
			Help: "Failed storage operations, by operation.",
		}, []string{"op"}),
		digests: f.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_digests_total",
			Help: "Scheduled digests of followed stories, by outcome (posted, skipped: nothing changed, failed: posted late).",
		}, []string{"outcome"}),
		feedPolls: f.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_feed_polls_total",
			Help: "Feed polls, by result (ok, unchanged, fetch_failed, parse_failed, queue_failed).",
		}, []string{"result"}),
		fetchFailures: f.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_fetch_failures_total",
			Help: "Failed fetches of articles and feeds, by reason (refused, too_large, timeout, not_article, http_status, unreachable, other).",
		}, []string{"reason"}),
	}
	commands := []string{unknownCommand}
	for _, c := range bot.Commands {
		commands = append(commands, string(c))
	}
	for _, c := range commands {
		m.commandDuration.WithLabelValues(c)
		for _, o := range bot.CommandOutcomes {
			m.commands.WithLabelValues(c, o)
		}
	}
	for _, v := range []struct {
		vec    *prometheus.CounterVec
		values []string
	}{
		{m.ingested, bot.IngestOutcomes},
		{m.storeErrors, bot.StoreOps},
		{m.digests, bot.DigestOutcomes},
		{m.feedPolls, FeedPollResults},
		{m.fetchFailures, FetchReasons},
	} {
		for _, l := range v.values {
			v.vec.WithLabelValues(l)
		}
	}
	return m
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
		c = unknownCommand
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

// Digest records one scheduled digest and its outcome (bot.DigestPosted,
// bot.DigestSkipped or bot.DigestFailed).
func (m *Metrics) Digest(outcome string) {
	m.digests.WithLabelValues(outcome).Inc()
}

// FeedPoll records one poll of a feed and its result: one of
// FeedPollResults. It implements feed.Metrics.
func (m *Metrics) FeedPoll(result string) {
	m.feedPolls.WithLabelValues(result).Inc()
}

// FetchFailed records a failed fetch and its reason: one of FetchReasons,
// any other counted as FetchOther.
func (m *Metrics) FetchFailed(reason string) {
	if !slices.Contains(FetchReasons, reason) {
		reason = FetchOther
	}
	m.fetchFailures.WithLabelValues(reason).Inc()
}
