// Command storyload measures storybot end to end under load: signed Slack
// slash commands and Discord interactions against `storybot run`, on a
// Redis filled with many stories.
//
//	go run ./cmd/storyload -redis redis://127.0.0.1:6379/15 -stories 10000 -articles 20 \
//	    -duration 10s -concurrency 1,4,16,64
//
// It runs in four steps:
//
//  1. Fill. The workspaces slack:TLOAD and discord:GLOAD are deleted
//     (nothing else in Redis is touched) and each gets one real story:
//     -articles invented articles about one event (a headline, 6 to 8
//     paragraphs quoting three parties, with figures and dates, distinct
//     per article) ingested through the core (bot.Ingest). The story is
//     then copied from -fill-workers goroutines until the workspace holds
//     -stories stories: each copy has its own story ID (s + 10 hex
//     digits), a title ending in a codeword of its own (also a search
//     term), and its own article IDs. With -fill store each copy is one
//     SaveStory (a WATCH/MULTI transaction re-encoding its articles: about
//     1,000 articles/s on 2 cores); with -fill raw, the default, the
//     prototype's stored values are written again under the new keys of
//     the layout adapters/redis/doc.go documents, pipelined (over ten
//     times faster). The fill time, Redis used_memory before and after,
//     and the memory per article are printed.
//  2. Serve. `storybot run` (built into a temporary directory, or -bin)
//     is started with REDIS_URL, a free STORYBOT_HTTP_ADDR, Slack over
//     HTTP (a random signing secret; SLACK_API_URL points at a fake Web
//     API served here that answers ok to everything) and Discord HTTP
//     interactions (a generated Ed25519 key); storyload waits for /readyz.
//  3. Load. For each -concurrency level, that many workers send requests
//     for -duration, alternating a Slack `/story latest CODEWORD
//     TITLEWORD` and a Discord `/story latest story:CODEWORD`, for random
//     stories. A request fails when its status is not 200 or the answer
//     does not name the story asked for. Meanwhile Redis PINGs from
//     storyload give the round trip latencies are compared with.
//  4. Stop. The child gets SIGTERM and its exit status is printed.
//
// The results are printed as a Markdown table, followed by the command
// line. The two workspaces are deleted at the end unless -keep is given.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/storybot/storybot/adapters/redis"
)

// workspaces are the two workspaces storyload fills and queries.
var workspaces = []string{"slack:TLOAD", "discord:GLOAD"}

// options are storyload's flags.
type options struct {
	redis       string
	stories     int
	articles    int
	duration    time.Duration
	concurrency []int
	bin         string
	keep        bool
	fillWorkers int
	fillMode    string
}

func parseFlags(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("storyload", flag.ContinueOnError)
	def := os.Getenv("REDIS_URL")
	if def == "" {
		def = "redis://127.0.0.1:6379/15"
	}
	fs.StringVar(&o.redis, "redis", def, "the Redis to fill and serve from (default $REDIS_URL, else DB 15 on localhost)")
	fs.IntVar(&o.stories, "stories", 10000, "stories per workspace")
	fs.IntVar(&o.articles, "articles", 20, "articles per story")
	fs.DurationVar(&o.duration, "duration", 10*time.Second, "how long each concurrency level runs")
	conc := fs.String("concurrency", "1,4,16,64", "comma-separated numbers of concurrent clients, one run each")
	fs.StringVar(&o.bin, "bin", "", "the storybot binary (default: go build ./cmd/storybot into a temporary directory)")
	fs.BoolVar(&o.keep, "keep", false, "keep the filled workspaces at the end")
	fs.IntVar(&o.fillWorkers, "fill-workers", 8, "goroutines writing the story copies")
	fs.StringVar(&o.fillMode, "fill", "raw", "how copies are written: raw (pipelined writes of the documented key layout) or store (SaveStory, one transaction a story)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	for f := range strings.SplitSeq(*conc, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return o, fmt.Errorf("-concurrency: %q is not a positive number", f)
		}
		o.concurrency = append(o.concurrency, n)
	}
	switch {
	case o.stories < 2:
		return o, fmt.Errorf("-stories: want at least 2")
	case o.stories > 160_000:
		return o, fmt.Errorf("-stories: at most 160000 (the codewords run out)")
	case o.articles < 1:
		return o, fmt.Errorf("-articles: want at least 1")
	case o.fillMode != "raw" && o.fillMode != "store":
		return o, fmt.Errorf("-fill: want raw or store")
	case o.duration <= 0 || o.fillWorkers < 1:
		return o, fmt.Errorf("-duration and -fill-workers must be positive")
	}
	return o, nil
}

func main() {
	o, err := parseFlags(os.Args[1:])
	if err != nil {
		if err != flag.ErrHelp {
			fmt.Fprintf(os.Stderr, "storyload: %v\n", err)
		}
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintf(os.Stderr, "storyload: %v\n", err)
		os.Exit(1)
	}
}

// run does the four steps and cleans up.
func run(ctx context.Context, o options) error {
	rdb, err := redis.Dial(patient(o.redis))
	if err != nil {
		return err
	}
	st := redis.New(rdb)
	defer st.Close()
	if err := st.Ping(ctx); err != nil {
		return fmt.Errorf("redis %s: %w", o.redis, err)
	}
	if !o.keep {
		defer func() {
			for _, ws := range workspaces {
				if err := st.DeleteWorkspace(context.WithoutCancel(ctx), ws); err != nil {
					fmt.Fprintf(os.Stderr, "storyload: delete %s: %v\n", ws, err)
				} else {
					fmt.Printf("Deleted the workspace %s.\n", ws)
				}
			}
		}()
	}

	tmp, err := os.MkdirTemp("", "storyload")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := o.bin
	if bin == "" {
		bin = filepath.Join(tmp, "storybot")
		fmt.Printf("Building %s ...\n", bin)
		build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/storybot")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build ./cmd/storybot (run storyload from the module's root, or give -bin): %w", err)
		}
	}

	fmt.Printf("Filling %s with %d stories x %d articles each (-fill %s) ...\n", strings.Join(workspaces, " and "), o.stories, o.articles, o.fillMode)
	f, err := fill(ctx, st, workspaces, o.stories, o.articles, o.fillWorkers, o.fillMode)
	if err != nil {
		return err
	}
	grown := f.after - f.before
	perArt := grown / int64(f.articles)
	fmt.Printf("Filled %d articles (%d stories) in %v (%.0f articles/s).\n", f.articles, len(workspaces)*o.stories,
		f.took.Round(time.Millisecond), float64(f.articles)/f.took.Seconds())
	fmt.Printf("Redis used_memory: %s before, %s after: %s grown, %d bytes per article (%d beyond its %d bytes of text).\n",
		mb(f.before), mb(f.after), mb(grown), perArt, perArt-int64(f.textPerArt), f.textPerArt)
	fmt.Printf("Story title: %q + a codeword.\n\n", f.title)

	logPath := filepath.Join(os.TempDir(), fmt.Sprintf("storyload-storybot-%d.log", os.Getpid()))
	c, err := startChild(ctx, bin, o.redis, logPath)
	if err != nil {
		return err
	}
	fmt.Printf("storybot run is ready at %s (log: %s).\n", c.base, logPath)
	var rows []string
	for _, conc := range o.concurrency {
		if ctx.Err() != nil {
			break
		}
		fmt.Printf("Concurrency %d for %v ...\n", conc, o.duration)
		samples, pings, _ := c.load(ctx, rdb, o.stories, f.words, conc, o.duration)
		level := table(conc, o.duration, samples, pings)
		fmt.Println(header + "\n" + strings.Join(level, "\n") + "\n")
		rows = append(rows, level...)
	}
	fmt.Printf("storybot run: %s.\n\n", c.stop())

	fmt.Printf("Signed `/story latest` end to end against `storybot run`, %d stories x %d articles in each of %s, %v per level:\n\n",
		o.stories, o.articles, strings.Join(workspaces, " and "), o.duration)
	fmt.Println(header)
	fmt.Println(strings.Join(rows, "\n"))
	fmt.Printf("\nFill (-fill %s): %v; %d bytes of Redis per article (used_memory).\n", o.fillMode, f.took.Round(time.Second), perArt)
	fmt.Printf("\nCommand: %s\n", commandLine())
	return ctx.Err()
}

// patient gives a redis:// or rediss:// URL 30 s read and write
// timeouts unless it sets its own: storybot's one second is too short for
// the fill's pipelines and the deletion of 200,000 keys on a busy Redis.
func patient(rawURL string) string {
	if !strings.HasPrefix(rawURL, "redis://") && !strings.HasPrefix(rawURL, "rediss://") ||
		strings.Contains(rawURL, "read_timeout=") || strings.Contains(rawURL, "write_timeout=") {
		return rawURL
	}
	sep := "?"
	if strings.Contains(rawURL, "?") {
		sep = "&"
	}
	return rawURL + sep + "read_timeout=30s&write_timeout=30s"
}

// header is the results table's header.
const header = "| clients | platform | requests | req/s | p50 | p99 | max | errors | PING p50 | p99/PING |\n" +
	"| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"

// table returns the rows of one concurrency level: all requests, then
// Slack's and Discord's.
func table(conc int, d time.Duration, samples []sample, pings []time.Duration) []string {
	ps := slices.Clone(pings)
	slices.Sort(ps)
	ping := quantile(ps, 0.5)
	var rows []string
	for _, p := range []struct {
		name string
		keep func(sample) bool
	}{
		{"both", func(sample) bool { return true }},
		{"Slack", func(s sample) bool { return s.slack }},
		{"Discord", func(s sample) bool { return !s.slack }},
	} {
		ds, errs := sortedDurations(samples, p.keep)
		p99 := quantile(ds, 0.99)
		ratio := "-"
		if ping > 0 {
			ratio = fmt.Sprintf("%.1fx", float64(p99)/float64(ping))
		}
		rows = append(rows, fmt.Sprintf("| %d | %s | %d | %.0f | %s | %s | %s | %d | %s | %s |", conc, p.name, len(ds),
			float64(len(ds))/d.Seconds(), ms(quantile(ds, 0.5)), ms(p99), ms(quantile(ds, 1)), errs, ms(ping), ratio))
	}
	return rows
}

// ms formats a latency in milliseconds, or microseconds below one.
func ms(d time.Duration) string {
	if d < time.Millisecond {
		return fmt.Sprintf("%d µs", d.Microseconds())
	}
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}

// mb formats a byte count in MB.
func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// commandLine is how storyload was started: as go run from the module's
// root when it runs from go run's build cache.
func commandLine() string {
	args := make([]string, 0, len(os.Args))
	name := os.Args[0]
	if strings.Contains(name, "go-build") {
		name = "go run ./cmd/storyload"
	}
	args = append(args, name)
	for _, a := range os.Args[1:] {
		if strings.ContainsAny(a, " \t'\"$") {
			a = strconv.Quote(a)
		}
		args = append(args, a)
	}
	return strings.Join(args, " ")
}
