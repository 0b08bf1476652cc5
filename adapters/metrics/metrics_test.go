package metrics

import (
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

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
	if n := testutil.CollectAndCount(reg, "storybot_commands_total"); n != 4 {
		t.Errorf("storybot_commands_total has %d series, want 4", n)
	}

	want := `
# HELP storybot_articles_ingested_total Articles ingested, by outcome (new_story, joined, duplicate, revised, failed).
# TYPE storybot_articles_ingested_total counter
storybot_articles_ingested_total{outcome="joined"} 2
storybot_articles_ingested_total{outcome="new_story"} 1
# HELP storybot_store_errors_total Failed storage operations, by operation.
# TYPE storybot_store_errors_total counter
storybot_store_errors_total{op="save_story"} 1
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want),
		"storybot_articles_ingested_total", "storybot_store_errors_total"); err != nil {
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
	if n := testutil.CollectAndCount(m.commandDuration); n != 2 {
		t.Errorf("storybot_command_duration_seconds has %d series, want 2 (latest, list)", n)
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
