package metrics

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/bot"
)

func TestCounters(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := New(reg)
	m.Command(bot.CmdLatest, "ok", 2*time.Millisecond)
	m.Command(bot.CmdLatest, "ok", 4*time.Millisecond)
	m.Command(bot.CmdLatest, "not_found", time.Millisecond)
	m.Command(bot.CmdFeedAdd, "ok", time.Millisecond)
	m.Command("", "invalid", time.Millisecond)
	m.Ingest("new_story")
	m.Ingest("joined")
	m.Ingest("joined")
	m.StoreError("save_story")

	for _, tt := range []struct {
		name string
		c    prometheus.Collector
		want float64
	}{
		{"latest ok", m.commands.WithLabelValues("latest", "ok"), 2},
		{"latest not_found", m.commands.WithLabelValues("latest", "not_found"), 1},
		{"feed add ok", m.commands.WithLabelValues("feed add", "ok"), 1},
		{"empty command", m.commands.WithLabelValues("unknown", "invalid"), 1},
		{"ingested new_story", m.ingested.WithLabelValues("new_story"), 1},
		{"ingested joined", m.ingested.WithLabelValues("joined"), 2},
		{"store errors", m.storeErrors.WithLabelValues("save_story"), 1},
	} {
		if got := testutil.ToFloat64(tt.c); got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, got, tt.want)
		}
	}
	want := `
# HELP storybot_articles_ingested_total Articles ingested, by outcome (new_story, joined, duplicate, revised, failed; unavailable: a read that may pass, retried).
# TYPE storybot_articles_ingested_total counter
storybot_articles_ingested_total{outcome="duplicate"} 0
storybot_articles_ingested_total{outcome="failed"} 0
storybot_articles_ingested_total{outcome="joined"} 2
storybot_articles_ingested_total{outcome="new_story"} 1
storybot_articles_ingested_total{outcome="revised"} 0
storybot_articles_ingested_total{outcome="unavailable"} 0
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "storybot_articles_ingested_total"); err != nil {
		t.Error(err)
	}
}

func TestCommandDuration(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := New(reg)
	m.Command(bot.CmdLatest, "ok", 300*time.Microsecond) // first bucket
	m.Command(bot.CmdLatest, "ok", 2*time.Millisecond)   // le 0.0025
	m.Command(bot.CmdLatest, "internal", 5*time.Second)  // above every bucket
	m.Command(bot.CmdList, "ok", 20*time.Millisecond)

	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, f := range families {
		if f.GetName() != "storybot_command_duration_seconds" {
			continue
		}
		found = true
		for _, metric := range f.GetMetric() {
			if metric.GetLabel()[0].GetValue() != "latest" {
				continue
			}
			h := metric.GetHistogram()
			if h.GetSampleCount() != 3 {
				t.Errorf("latest: %d observations, want 3", h.GetSampleCount())
			}
			if got, want := h.GetSampleSum(), 5.0023; got < want-1e-9 || got > want+1e-9 {
				t.Errorf("latest: sum %v, want %v", got, want)
			}
			b := h.GetBucket()
			if len(b) != len(CommandBuckets) {
				t.Fatalf("%d buckets, want %d", len(b), len(CommandBuckets))
			}
			if b[0].GetUpperBound() != 0.0005 || b[0].GetCumulativeCount() != 1 {
				t.Errorf("first bucket = le %v count %d, want le 0.0005 count 1", b[0].GetUpperBound(), b[0].GetCumulativeCount())
			}
			if last := b[len(b)-1]; last.GetUpperBound() != 3 || last.GetCumulativeCount() != 2 {
				t.Errorf("last bucket = le %v count %d, want le 3 count 2", last.GetUpperBound(), last.GetCumulativeCount())
			}
		}
	}
	if !found {
		t.Fatal("storybot_command_duration_seconds not gathered")
	}
	if n, want := testutil.CollectAndCount(m.commandDuration), len(bot.Commands)+1; n != want {
		t.Errorf("storybot_command_duration_seconds has %d series, want %d (each command and unknown)", n, want)
	}
}

func TestNilRegisterer(t *testing.T) {
	m := New(nil)
	m.Ingest("failed")
	if got := testutil.ToFloat64(m.ingested.WithLabelValues("failed")); got != 1 {
		t.Errorf("ingested failed = %v, want 1", got)
	}
}

func TestNewTwiceOnOneRegistryPanics(t *testing.T) {
	reg := prometheus.NewRegistry()
	New(reg)
	defer func() {
		if recover() == nil {
			t.Error("second New on one registry did not panic")
		}
	}()
	New(reg)
}

func TestNewRegistry(t *testing.T) {
	reg := NewRegistry()
	New(reg)
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range families {
		names[f.GetName()] = true
	}
	if !names["go_goroutines"] {
		t.Errorf("NewRegistry gathers no go_goroutines; got %v", names)
	}
}

// TestEverySeriesFromStart: right after New, every known label
// combination of every counter is gathered, at zero, so that dashboards
// and alerts see the series before the first event.
func TestEverySeriesFromStart(t *testing.T) {
	reg := prometheus.NewRegistry()
	New(reg)
	reg.MustRegister(NewQueueCollector(func(context.Context) (QueueStats, error) { return QueueStats{}, nil }))
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range families {
		for _, m := range f.GetMetric() {
			key := f.GetName()
			for _, l := range m.GetLabel() {
				key += "|" + l.GetName() + "=" + l.GetValue()
			}
			switch {
			case m.GetCounter() != nil:
				got[key] = m.GetCounter().GetValue()
			case m.GetGauge() != nil:
				got[key] = m.GetGauge().GetValue()
			case m.GetHistogram() != nil:
				got[key] = float64(m.GetHistogram().GetSampleCount())
			}
		}
	}
	var want []string
	commands := []string{"unknown"}
	for _, c := range bot.Commands {
		commands = append(commands, string(c))
	}
	for _, c := range commands {
		want = append(want, "storybot_command_duration_seconds|command="+c)
		for _, o := range bot.CommandOutcomes {
			want = append(want, "storybot_commands_total|command="+c+"|outcome="+o)
		}
	}
	for _, v := range []struct {
		name, label string
		values      []string
	}{
		{"storybot_articles_ingested_total", "outcome", bot.IngestOutcomes},
		{"storybot_store_errors_total", "op", bot.StoreOps},
		{"storybot_digests_total", "outcome", []string{"posted", "skipped", "failed"}},
		{"storybot_feed_polls_total", "result", []string{"ok", "unchanged", "fetch_failed", "parse_failed", "queue_failed"}},
		{"storybot_fetch_failures_total", "reason", []string{"refused", "too_large", "timeout", "not_article", "http_status", "unreachable", "other"}},
	} {
		for _, l := range v.values {
			want = append(want, v.name+"|"+v.label+"="+l)
		}
	}
	want = append(want, "storybot_queue_jobs", "storybot_queue_oldest_job_age_seconds", "storybot_queue_retries", "storybot_queue_dead_letters")
	for _, k := range want {
		v, ok := got[k]
		if !ok {
			t.Errorf("series %s not gathered at start", k)
		} else if v != 0 {
			t.Errorf("series %s = %v at start, want 0", k, v)
		}
	}
}

func TestDigestsFeedsFetches(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := New(reg)
	m.Digest(bot.DigestPosted)
	m.Digest(bot.DigestPosted)
	m.Digest(bot.DigestSkipped)
	m.FeedPoll(feed.PollOK)
	m.FeedPoll(feed.PollFetchFailed)
	m.FetchFailed(FetchTimeout)
	m.FetchFailed(FetchTimeout)
	m.FetchFailed("a reason nobody listed")
	for _, tt := range []struct {
		name string
		c    prometheus.Collector
		want float64
	}{
		{"digests posted", m.digests.WithLabelValues("posted"), 2},
		{"digests skipped", m.digests.WithLabelValues("skipped"), 1},
		{"digests failed", m.digests.WithLabelValues("failed"), 0},
		{"feed polls ok", m.feedPolls.WithLabelValues("ok"), 1},
		{"feed polls fetch_failed", m.feedPolls.WithLabelValues("fetch_failed"), 1},
		{"feed polls parse_failed", m.feedPolls.WithLabelValues("parse_failed"), 0},
		{"fetch timeout", m.fetchFailures.WithLabelValues("timeout"), 2},
		{"fetch other", m.fetchFailures.WithLabelValues("other"), 1},
		{"fetch refused", m.fetchFailures.WithLabelValues("refused"), 0},
	} {
		if got := testutil.ToFloat64(tt.c); got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, got, tt.want)
		}
	}
	for _, r := range []string{feed.PollOK, feed.PollUnchanged, feed.PollFetchFailed, feed.PollParseFailed, feed.PollQueueFailed} {
		if !slices.Contains(FeedPollResults, r) {
			t.Errorf("feed poll result %q is not in FeedPollResults", r)
		}
	}
	if n, want := testutil.CollectAndCount(reg, "storybot_fetch_failures_total"), len(FetchReasons); n != want {
		t.Errorf("storybot_fetch_failures_total has %d series, want %d: an unknown reason is no new series", n, want)
	}
}

// TestQueueCollector: the queue's state is read at each scrape; when it
// cannot be read, the scrape keeps the last values and says so.
func TestQueueCollector(t *testing.T) {
	var (
		st  QueueStats
		err error
	)
	c := NewQueueCollector(func(ctx context.Context) (QueueStats, error) {
		if _, ok := ctx.Deadline(); !ok {
			t.Error("queue stats read without a deadline")
		}
		return st, err
	})
	reg := prometheus.NewRegistry()
	reg.MustRegister(c)
	names := []string{"storybot_queue_jobs", "storybot_queue_oldest_job_age_seconds", "storybot_queue_retries",
		"storybot_queue_dead_letters", "storybot_queue_stats_up"}
	gauges := func(vals ...string) string {
		var b strings.Builder
		for i, n := range names {
			fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %s\n", n, help(t, reg, n), n, n, vals[i])
		}
		return b.String()
	}
	for _, tt := range []struct {
		name string
		st   QueueStats
		err  error
		want string
	}{
		{"empty", QueueStats{}, nil, gauges("0", "0", "0", "0", "1")},
		{"busy", QueueStats{Depth: 12, OldestAge: 90 * time.Second, Retries: 3, Dead: 2}, nil, gauges("12", "90", "3", "2", "1")},
		{"redis down keeps the last values", QueueStats{}, errors.New("connection refused"), gauges("12", "90", "3", "2", "0")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st, err = tt.st, tt.err
			if e := testutil.GatherAndCompare(reg, strings.NewReader(tt.want), names...); e != nil {
				t.Error(e)
			}
		})
	}
}

// help is the help text reg gathers for the metric name.
func help(t *testing.T, reg *prometheus.Registry, name string) string {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == name {
			return f.GetHelp()
		}
	}
	t.Fatalf("%s not gathered", name)
	return ""
}
