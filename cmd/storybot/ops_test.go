package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/metrics"
)

// TestRunJSONLogs: with STORYBOT_LOG_FORMAT=json every line storybot run
// logs is one JSON object with time, level and msg, as log collectors
// read them; the listen address is a field of its own.
func TestRunJSONLogs(t *testing.T) {
	res := storybot(t, "help\nlist\n", []string{"STORYBOT_LOG_FORMAT=json", "SLACK_BOT_TOKEN=", "DISCORD_BOT_TOKEN=",
		"DISCORD_PUBLIC_KEY=", "REDIS_URL=", "STORYBOT_HTTP_ADDR=127.0.0.1:0"}, "run")
	if res.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", res.code, res.stderr)
	}
	lines := strings.Split(strings.TrimRight(res.stderr, "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("only %d log lines:\n%s", len(lines), res.stderr)
	}
	var listening bool
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("line %d is not a JSON object: %v\n%s", i+1, err, line)
			continue
		}
		for _, k := range []string{"time", "level", "msg"} {
			if s, _ := rec[k].(string); s == "" {
				t.Errorf("line %d has no %s: %s", i+1, k, line)
			}
		}
		if rec["msg"] == "http server listening" && rec["addr"] != nil {
			listening = true
		}
	}
	if !listening {
		t.Errorf("no JSON line with the listen address:\n%s", res.stderr)
	}
}

// TestRunLogFormatValidated: an unknown format is a usage error that
// names the variable.
func TestRunLogFormatValidated(t *testing.T) {
	res := storybot(t, "", []string{"STORYBOT_LOG_FORMAT=xml", "SLACK_BOT_TOKEN=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY="}, "run")
	if res.code != 2 || !strings.Contains(res.stderr, "STORYBOT_LOG_FORMAT") {
		t.Errorf("exit %d, stderr %q; want 2 and the variable named", res.code, res.stderr)
	}
}

// TestRunMetricsFromStart scrapes /metrics right after storybot run
// starts: every labelled series an operator alerts on is there, at 0;
// after commands, they are counted.
func TestRunMetricsFromStart(t *testing.T) {
	r := startRun(t, "REDIS_URL=")
	code, body := r.get(t, "/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d", code)
	}
	for _, series := range []string{
		`storybot_commands_total{command="latest",outcome="ok"} 0`,
		`storybot_commands_total{command="add",outcome="unavailable"} 0`,
		`storybot_command_duration_seconds_count{command="follow"} 0`,
		`storybot_articles_ingested_total{outcome="failed"} 0`,
		`storybot_store_errors_total{op="save_story"} 0`,
		`storybot_digests_total{outcome="posted"} 0`,
		`storybot_digests_total{outcome="skipped"} 0`,
		`storybot_feed_polls_total{result="fetch_failed"} 0`,
		`storybot_feed_polls_total{result="ok"} 0`,
		`storybot_fetch_failures_total{reason="refused"} 0`,
		`storybot_fetch_failures_total{reason="too_large"} 0`,
		`storybot_fetch_failures_total{reason="timeout"} 0`,
		`storybot_fetch_failures_total{reason="not_article"} 0`,
		`storybot_fetch_failures_total{reason="http_status"} 0`,
		`storybot_fetch_failures_total{reason="unreachable"} 0`,
		`storybot_queue_jobs 0`,
		`storybot_queue_dead_letters 0`,
		`storybot_queue_stats_up 1`,
	} {
		if !strings.Contains(body, "\n"+series+"\n") {
			t.Errorf("/metrics at start lacks %s", series)
		}
	}

	// A link to a private address is refused by the fetcher: counted.
	fmt.Fprintf(r.stdin, "add http://127.0.0.1:1/story\n")
	fmt.Fprintf(r.stdin, "add %s\nlatest carrow nurses pay\n", filepath.Join(evalDir, "labour"))
	for r.stdout.Scan() && !strings.Contains(r.stdout.Text(), "## Sources") {
	}
	_, body = r.get(t, "/metrics")
	for _, series := range []string{
		`storybot_commands_total{command="add",outcome="ok"} 2`, // the link is queued, then refused
		`storybot_commands_total{command="latest",outcome="ok"} 1`,
		`storybot_articles_ingested_total{outcome="new_story"} 1`,
		`storybot_fetch_failures_total{reason="refused"} 1`,
	} {
		if !strings.Contains(body, "\n"+series+"\n") {
			t.Errorf("/metrics after three commands lacks %s\n%s", series, grepLines(body, "storybot_commands_total{command=\"add\"", "fetch_failures"))
		}
	}
	if m := regexp.MustCompile(`\nstorybot_articles_ingested_total\{outcome="joined"\} (\d+)\n`).FindStringSubmatch(body); m == nil || m[1] == "0" {
		t.Errorf("no articles counted joined after adding a story of several: %v", m)
	}
	r.stop(t)
}

// TestFetchReason: each way a fetch fails has its metric reason.
func TestFetchReason(t *testing.T) {
	big := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("news ", 1000))
	}))
	defer big.Close()
	gone := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	}))
	defer gone.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/"
	ln.Close()

	open, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}, MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	strict, err := fetch.New(fetch.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		c    *fetch.Client
		url  string
		want string
	}{
		{"private address", strict, big.URL, metrics.FetchRefused},
		{"too large", open, big.URL, metrics.FetchTooLarge},
		{"status", open, gone.URL, metrics.FetchHTTPStatus},
		{"nobody listening", open, closed, metrics.FetchUnreachable},
		{"scheme", open, "ftp://example.com/", metrics.FetchOther},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.c.Get(context.Background(), tt.url)
			if err == nil {
				t.Fatal("Get succeeded")
			}
			if got := fetchReason(err); got != tt.want {
				t.Errorf("fetchReason(%v) = %q, want %q", err, got, tt.want)
			}
		})
	}
	if got := fetchReason(&fetch.Error{Kind: fetch.KindTimeout}); got != metrics.FetchTimeout {
		t.Errorf("fetchReason(timeout) = %q", got)
	}
	if got := fetchReason(errors.New("something else")); got != metrics.FetchOther {
		t.Errorf("fetchReason(other) = %q", got)
	}
}

// grepLines returns the lines of s that hold any of subs.
func grepLines(s string, subs ...string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		for _, sub := range subs {
			if strings.Contains(l, sub) {
				out = append(out, l)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}
