package feed_test

import (
	"bytes"
	"context"
	"crypto/sha1"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// start is the test clock's first reading.
var start = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

// clock is a settable clock.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// item is an entry of a test feed.
type item struct {
	title, link, guid, desc string
	published               time.Time // zero: no date
}

// format writes a test feed.
type format struct {
	name        string
	contentType string
	render      func(items []item) string
}

var formats = []format{
	{"RSS", "application/rss+xml", renderRSS},
	{"Atom", "application/atom+xml", renderAtom},
}

func renderRSS(items []item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>News</description>` + "\n")
	for _, it := range items {
		b.WriteString("<item>")
		fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.title))
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", html.EscapeString(it.link))
		}
		if it.guid != "" {
			fmt.Fprintf(&b, `<guid isPermaLink="false">%s</guid>`, html.EscapeString(it.guid))
		}
		if !it.published.IsZero() {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.published.Format(time.RFC1123Z))
		}
		if it.desc != "" {
			fmt.Fprintf(&b, "<description>%s</description>", html.EscapeString(it.desc))
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

func renderAtom(items []item) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n" +
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>` +
		`<updated>2026-11-30T09:00:00Z</updated>` + "\n")
	for _, it := range items {
		b.WriteString("<entry>")
		fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.title))
		if it.link != "" {
			fmt.Fprintf(&b, `<link rel="alternate" href="%s"/>`, html.EscapeString(it.link))
		}
		if it.guid != "" {
			fmt.Fprintf(&b, "<id>%s</id>", html.EscapeString(it.guid))
		}
		if !it.published.IsZero() {
			fmt.Fprintf(&b, "<published>%s</published><updated>%[1]s</updated>", it.published.Format(time.RFC3339))
		}
		if it.desc != "" {
			fmt.Fprintf(&b, `<summary type="html">%s</summary>`, html.EscapeString(it.desc))
		}
		b.WriteString("</entry>\n")
	}
	b.WriteString("</feed>\n")
	return b.String()
}

// feedServer serves one feed whose entries the test changes. It sends an
// ETag, the hash of the body, and answers 304 when a request sends it
// back; status, when set, replaces every answer, and body the feed.
type feedServer struct {
	*httptest.Server
	format format

	mu          sync.Mutex
	items       []item
	status      int
	body        string
	requests    int
	conditional int // requests with If-None-Match
	notModified int // 304 answers
}

func newFeedServer(t *testing.T, f format, items ...item) *feedServer {
	t.Helper()
	s := &feedServer{format: f, items: items}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	if s.status != 0 {
		w.WriteHeader(s.status)
		return
	}
	body := s.body
	if body == "" {
		body = s.format.render(s.items)
	}
	etag := fmt.Sprintf(`"%x"`, sha1.Sum([]byte(body)))
	w.Header().Set("ETag", etag)
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		s.conditional++
		if inm == etag {
			s.notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Type", s.format.contentType)
	fmt.Fprint(w, body)
}

// set changes the server under its lock.
func (s *feedServer) set(f func(s *feedServer)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

// counts returns the requests, the conditional ones and the 304 answers.
func (s *feedServer) counts() (requests, conditional, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests, s.conditional, s.notModified
}

// queue is a bot.Queue recording the jobs; err, when set, fails Enqueue.
type queue struct {
	mu   sync.Mutex
	jobs []bot.Job
	err  error
}

func (q *queue) Enqueue(ctx context.Context, j bot.Job) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.err != nil {
		return q.err
	}
	q.jobs = append(q.jobs, j)
	return nil
}

// take returns the URLs of the jobs queued since the last take.
func (q *queue) take() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	var urls []string
	for _, j := range q.jobs {
		urls = append(urls, j.URL)
	}
	q.jobs = nil
	return urls
}

func (q *queue) failWith(err error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.err = err
}

// logBuffer collects log lines, safe for concurrent use.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// env is one test's poller and what it works with.
type env struct {
	t      *testing.T
	store  *redis.Store
	ws     string
	clock  *clock
	queue  *queue
	log    *logBuffer
	poller *feed.Poller
	opts   feed.Options
}

const interval = 15 * time.Minute

func newEnv(t *testing.T, st *redis.Store, tweak func(o *feed.Options)) *env {
	t.Helper()
	fc, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, store: st, ws: redistest.Workspace(t, st), clock: &clock{now: start}, queue: &queue{}, log: &logBuffer{}}
	e.opts = feed.Options{
		Store: st, Fetcher: fc, Queue: e.queue, Now: e.clock.Now,
		Logger:   slog.New(slog.NewTextHandler(e.log, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Interval: interval, MaxBackoff: 2 * time.Hour,
	}
	if tweak != nil {
		tweak(&e.opts)
	}
	e.poller = feed.NewPoller(e.opts)
	if err := st.AddWorkspace(context.Background(), e.ws); err != nil {
		t.Fatal(err)
	}
	return e
}

// subscribe stores a feed of the workspace.
func (e *env) subscribe(f bot.Feed) {
	e.t.Helper()
	f.Added = start
	if err := e.store.PutFeed(context.Background(), e.ws, f); err != nil {
		e.t.Fatal(err)
	}
}

// feed reads the feed at u with its state, as Run would.
func (e *env) feed(u string) bot.Feed {
	e.t.Helper()
	feeds, err := e.store.FeedsWithState(context.Background(), e.ws)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, f := range feeds {
		if f.URL == u {
			return f
		}
	}
	e.t.Fatalf("no feed %s", u)
	return bot.Feed{}
}

// poll polls the feed at u once, as stored, and returns the poll's error
// and the state after it.
func (e *env) poll(u string) (bot.FeedState, error) {
	e.t.Helper()
	err := e.poller.Poll(context.Background(), e.ws, e.feed(u))
	return e.feed(u).State, err
}

// mustPoll polls and fails the test on an error.
func (e *env) mustPoll(u string) bot.FeedState {
	e.t.Helper()
	st, err := e.poll(u)
	if err != nil {
		e.t.Fatalf("Poll(%s): %v", u, err)
	}
	return st
}

// entries returns n dated entries of the wire, the i-th published age(i)
// before start.
func entries(prefix string, n int, age func(i int) time.Duration) []item {
	var out []item
	for i := range n {
		out = append(out, item{
			title:     fmt.Sprintf("%s %d", prefix, i),
			link:      fmt.Sprintf("https://wire.example/%s/%d", prefix, i),
			guid:      fmt.Sprintf("urn:wire:%s:%d", prefix, i),
			desc:      "<p>Story text.</p>",
			published: start.Add(-age(i)),
		})
	}
	return out
}

func links(items []item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.link)
	}
	return out
}

// backward returns xs in reverse order: the poller queues the oldest
// entry, the last listed, first.
func backward[T any](xs []T) []T {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}

func TestPollNewEntriesOnce(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		for _, f := range formats {
			t.Run(tg.Name+"/"+f.name, func(t *testing.T) {
				e := newEnv(t, tg.Store, nil)
				recent := entries("recent", 3, func(i int) time.Duration { return time.Duration(i+1) * time.Hour })
				old := entries("old", 4, func(i int) time.Duration { return time.Duration(i+3) * 24 * time.Hour })
				s := newFeedServer(t, f, slices.Concat(recent, old)...)
				u := s.URL + "/feed"
				e.subscribe(bot.Feed{URL: u, Story: "Port strike", Channel: "C42"})

				// First poll: the recent entries, not the back catalogue.
				st := e.mustPoll(u)
				if got, want := e.queue.take(), backward(links(recent)); !slices.Equal(got, want) {
					t.Errorf("first poll queued %v, want the recent entries %v", got, want)
				}
				if !st.LastFetch.Equal(start) || st.Status != 200 || st.Failures != 0 || st.LastError != "" ||
					st.ETag == "" || !st.NextPoll.Equal(start.Add(interval)) || st.Queued != 3 {
					t.Errorf("state after the first poll: %+v", st)
				}

				// Second poll: two new entries, exactly those.
				e.clock.Add(interval)
				added := entries("new", 2, func(i int) time.Duration { return -time.Duration(i+1) * time.Minute })
				s.set(func(s *feedServer) { s.items = slices.Concat(added, s.items) })
				st = e.mustPoll(u)
				if got, want := e.queue.take(), backward(links(added)); !slices.Equal(got, want) {
					t.Errorf("second poll queued %v, want the two new entries %v", got, want)
				}
				if st.Queued != 5 || st.Status != 200 {
					t.Errorf("state after the second poll: %+v", st)
				}

				// Third poll: nothing new; asked conditionally, answered 304.
				e.clock.Add(interval)
				_, condBefore, _ := s.counts()
				st = e.mustPoll(u)
				if got := e.queue.take(); len(got) != 0 {
					t.Errorf("third poll queued %v, want nothing", got)
				}
				requests, conditional, notModified := s.counts()
				if requests != 3 || conditional != condBefore+1 || notModified != 1 {
					t.Errorf("server: %d requests, %d conditional (%d before), %d answered 304; want 3, one more, 1",
						requests, conditional, condBefore, notModified)
				}
				if st.Status != 304 || !st.LastFetch.Equal(start.Add(2*interval)) ||
					!st.NextPoll.Equal(start.Add(3*interval)) || st.Queued != 5 || st.ETag == "" {
					t.Errorf("state after the 304: %+v", st)
				}

				// The jobs say where the entries go.
				e.clock.Add(interval)
				s.set(func(s *feedServer) {
					s.items = append(entries("last", 1, func(int) time.Duration { return 0 }), s.items...)
				})
				e.mustPoll(u)
				e.queue.mu.Lock()
				jobs := slices.Clone(e.queue.jobs)
				e.queue.mu.Unlock()
				want := bot.Job{Workspace: e.ws, URL: "https://wire.example/last/0", Story: "Port strike", Channel: "C42", Source: "feed"}
				if len(jobs) != 1 || jobs[0] != want {
					t.Errorf("jobs %+v, want %+v", jobs, want)
				}
				if log := e.log.String(); !strings.Contains(log, "back catalogue") || !strings.Contains(log, "already seen") {
					t.Errorf("the log does not say why entries were skipped:\n%s", log)
				}
			})
		}
	}
}

// TestPollUndatedFeed: a feed without dates gets its NewFeedMax first
// entries queued on the first poll.
func TestPollUndatedFeed(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		for _, f := range formats {
			t.Run(tg.Name+"/"+f.name, func(t *testing.T) {
				e := newEnv(t, tg.Store, func(o *feed.Options) { o.NewFeedMax = 3 })
				items := entries("undated", 8, func(int) time.Duration { return 0 })
				for i := range items {
					items[i].published = time.Time{}
				}
				s := newFeedServer(t, f, items...)
				e.subscribe(bot.Feed{URL: s.URL})
				e.mustPoll(s.URL)
				if got, want := e.queue.take(), backward(links(items[:3])); !slices.Equal(got, want) {
					t.Errorf("first poll queued %v, want the first three %v", got, want)
				}
				e.clock.Add(interval)
				s.set(func(s *feedServer) {
					s.items = append([]item{{title: "Fresh", link: "https://wire.example/fresh"}}, s.items...)
				})
				e.mustPoll(s.URL)
				if got := e.queue.take(); !slices.Equal(got, []string{"https://wire.example/fresh"}) {
					t.Errorf("second poll queued %v, want the fresh entry only", got)
				}
			})
		}
	}
}

// TestPollFirstPollCapped: a busy feed's first poll queues at most
// NewFeedMax of its recent entries, the newest.
func TestPollFirstPollCapped(t *testing.T) {
	tg := redistest.Targets(t)[0]
	e := newEnv(t, tg.Store, func(o *feed.Options) { o.NewFeedMax = 2 })
	// Listed oldest first, to show the dates decide.
	items := entries("busy", 6, func(i int) time.Duration { return time.Duration(6-i) * time.Hour })
	s := newFeedServer(t, formats[0], items...)
	e.subscribe(bot.Feed{URL: s.URL})
	e.mustPoll(s.URL)
	if got, want := e.queue.take(), []string{items[5].link, items[4].link}; !slices.Equal(got, want) {
		t.Errorf("first poll queued %v, want the two newest %v", got, want)
	}
}

func TestPollKeywords(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		for _, f := range formats {
			t.Run(tg.Name+"/"+f.name, func(t *testing.T) {
				e := newEnv(t, tg.Store, nil)
				s := newFeedServer(t, f)
				e.subscribe(bot.Feed{URL: s.URL, Include: []string{"Port Strike", "dockers"}, Exclude: []string{"football"}})
				e.mustPoll(s.URL) // empty: nothing is back catalogue

				at := start.Add(-time.Minute)
				items := []item{
					{title: "PORT STRIKE enters its third day", link: "https://wire.example/in-title", published: at},
					{title: "Talks resume", desc: "<p>The <b>port strike</b> may end.</p>", link: "https://wire.example/in-desc", published: at},
					{title: "Dockers march", link: "https://wire.example/other-word", published: at},
					{title: "Port strike hits football fixtures", link: "https://wire.example/excluded", published: at},
					{title: "Airport strike", link: "https://wire.example/airport", published: at},
					{title: "Strike at the port", link: "https://wire.example/word-order", published: at},
					{title: "Passport office", desc: "Reports on sports and strikes", link: "https://wire.example/parts", published: at},
				}
				e.clock.Add(interval)
				s.set(func(s *feedServer) { s.items = items })
				e.mustPoll(s.URL)
				want := []string{"https://wire.example/other-word", "https://wire.example/in-desc", "https://wire.example/in-title"}
				if got := e.queue.take(); !slices.Equal(got, want) {
					t.Errorf("queued %v, want %v", got, want)
				}
				log := e.log.String()
				for _, reason := range []string{`holds the exclude keyword \"football\"`, "holds none of the include keywords"} {
					if !strings.Contains(log, reason) {
						t.Errorf("the log does not say %s:\n%s", reason, log)
					}
				}
			})
		}
	}
}

func TestPollLinks(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		for _, f := range formats {
			t.Run(tg.Name+"/"+f.name, func(t *testing.T) {
				e := newEnv(t, tg.Store, nil)
				s := newFeedServer(t, f)
				e.subscribe(bot.Feed{URL: s.URL + "/news/feed.xml"})
				e.mustPoll(s.URL + "/news/feed.xml")

				at := start.Add(-time.Minute)
				e.clock.Add(interval)
				s.set(func(s *feedServer) {
					s.items = []item{
						{title: "Relative", link: "/news/relative", guid: "urn:1", published: at},
						{title: "FTP", link: "ftp://wire.example/file", guid: "urn:2", published: at},
						{title: "No link", guid: "urn:3", published: at},
						{title: "GUID is the link", guid: "https://wire.example/by-guid", published: at},
						{title: "No GUID", link: "https://wire.example/no-guid", published: at},
					}
				})
				u := s.URL + "/news/feed.xml"
				e.mustPoll(u)
				want := []string{"https://wire.example/no-guid", "https://wire.example/by-guid", s.URL + "/news/relative"}
				if got := e.queue.take(); !slices.Equal(got, want) {
					t.Errorf("queued %v, want %v", got, want)
				}
				log := e.log.String()
				for _, reason := range []string{`reason="no link"`, `\"ftp://wire.example/file\" is not an http(s) URL`} {
					if !strings.Contains(log, reason) {
						t.Errorf("the log does not say %s:\n%s", reason, log)
					}
				}
				// Skipped entries are met again as seen, not logged as new.
				e.clock.Add(interval)
				s.set(func(s *feedServer) { s.items = append(s.items, item{title: "Next", link: "https://wire.example/next"}) })
				e.mustPoll(u)
				if got := e.queue.take(); !slices.Equal(got, []string{"https://wire.example/next"}) {
					t.Errorf("queued %v, want the next entry only", got)
				}
			})
		}
	}
}

func TestPollFailuresBackOff(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			e := newEnv(t, tg.Store, nil) // Interval 15 min, MaxBackoff 2 h
			old := entries("old", 3, func(i int) time.Duration { return time.Duration(i+3) * 24 * time.Hour })
			s := newFeedServer(t, formats[0], old...)
			e.subscribe(bot.Feed{URL: s.URL})
			s.set(func(s *feedServer) { s.status = http.StatusInternalServerError })

			for i, wait := range []time.Duration{30 * time.Minute, time.Hour, 2 * time.Hour, 2 * time.Hour} {
				st, err := e.poll(s.URL)
				if !errors.Is(err, fetch.ErrStatus) {
					t.Errorf("poll %d: error %v, want ErrStatus", i+1, err)
				}
				if st.Failures != i+1 || st.Status != 500 || st.LastError != "the site answered 500 Internal Server Error" ||
					!st.NextPoll.Equal(e.clock.Now().Add(wait)) || !st.LastFetch.IsZero() {
					t.Errorf("after failure %d: %+v; want NextPoll in %s", i+1, st, wait)
				}
				e.clock.Add(wait)
			}

			// A success clears the failures. Still the first read of the
			// feed: its back catalogue stays out.
			s.set(func(s *feedServer) { s.status = 0 })
			st := e.mustPoll(s.URL)
			if st.Failures != 0 || st.LastError != "" || st.Status != 200 ||
				!st.NextPoll.Equal(e.clock.Now().Add(interval)) || !st.LastFetch.Equal(e.clock.Now()) {
				t.Errorf("after a success: %+v", st)
			}
			if got := e.queue.take(); len(got) != 0 {
				t.Errorf("queued the back catalogue %v", got)
			}
		})
	}
}

func TestPollMalformedFeed(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			e := newEnv(t, tg.Store, nil)
			s := newFeedServer(t, formats[0])
			e.subscribe(bot.Feed{URL: s.URL})
			for i, tc := range []struct{ body, want string }{
				{"<html><body>Not a feed</body></html>", "parsing the feed: failed to detect feed type"},
				{`<rss version="2.0"><channel><item><title>Cut`, "parsing the feed: XML syntax error"},
			} {
				s.set(func(s *feedServer) { s.body = tc.body })
				st, err := e.poll(s.URL)
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("Poll = %v, want a parse error", err)
				}
				// People read the category; the log has the detail.
				if st.Failures != i+1 || st.Status != 200 || st.LastError != "not a feed" || st.ETag != "" {
					t.Errorf("state: %+v; want failure %d, status 200, error \"not a feed\" and no ETag kept", st, i+1)
				}
				if log := e.log.String(); !strings.Contains(log, tc.want) {
					t.Errorf("the log does not hold the detail %q:\n%s", tc.want, log)
				}
				e.clock.Add(time.Hour)
			}
		})
	}
}

// TestPollQueueFailure: an entry whose job cannot be queued fails the
// poll and stays unseen; the next poll queues it and the entries after
// it.
func TestPollQueueFailure(t *testing.T) {
	tg := redistest.Targets(t)[0]
	e := newEnv(t, tg.Store, nil)
	s := newFeedServer(t, formats[0])
	e.subscribe(bot.Feed{URL: s.URL})
	e.mustPoll(s.URL)

	e.clock.Add(interval)
	added := entries("new", 3, func(i int) time.Duration { return time.Duration(i) * time.Minute })
	s.set(func(s *feedServer) { s.items = added })
	e.queue.failWith(errors.New("stream full"))
	st, err := e.poll(s.URL)
	if err == nil || !strings.Contains(err.Error(), "stream full") {
		t.Fatalf("Poll = %v, want the queue's error", err)
	}
	if st.Failures != 1 || strings.Contains(st.LastError, "stream full") || st.LastError == "" {
		t.Errorf("state: %+v; want a failure told without the queue's detail", st)
	}
	if log := e.log.String(); !strings.Contains(log, "feed entry not queued") || !strings.Contains(log, added[2].link) ||
		!strings.Contains(log, "stream full") {
		t.Errorf("the entry not queued is not logged with the detail:\n%s", log)
	}

	e.queue.failWith(nil)
	e.clock.Add(time.Hour)
	e.mustPoll(s.URL)
	if got, want := e.queue.take(), []string{added[2].link, added[1].link, added[0].link}; !slices.Equal(got, want) {
		t.Errorf("the next poll queued %v, want the entry not queued and those after it %v", got, want)
	}
}

// TestPollConcurrent: two pollers (replicas) polling one feed at once
// queue each entry once.
func TestPollConcurrent(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			e := newEnv(t, tg.Store, func(o *feed.Options) { o.NewFeedMax = 50 })
			items := entries("e", 20, func(i int) time.Duration { return time.Duration(i) * time.Minute })
			s := newFeedServer(t, formats[0], items...)
			e.subscribe(bot.Feed{URL: s.URL})
			f := e.feed(s.URL)
			other := feed.NewPoller(e.opts)
			var wg sync.WaitGroup
			for _, p := range []*feed.Poller{e.poller, other} {
				wg.Go(func() {
					if err := p.Poll(context.Background(), e.ws, f); err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
			got := e.queue.take()
			slices.Sort(got)
			want := links(items)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("queued %d jobs, want each of the %d entries once", len(got), len(want))
			}
		})
	}
}

// ownStore limits a store to the test's workspaces: a shared Redis holds
// other tests' too.
type ownStore struct {
	*redis.Store
	wss []string
}

func (s ownStore) Workspaces(ctx context.Context) ([]string, error) {
	all, err := s.Store.Workspaces(ctx)
	return slices.DeleteFunc(all, func(ws string) bool { return !slices.Contains(s.wss, ws) }), err
}

func TestRun(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			e1 := newEnv(t, tg.Store, nil)
			e2 := newEnv(t, tg.Store, nil)
			recent := entries("r", 2, func(i int) time.Duration { return time.Duration(i) * time.Minute })
			s1, s2, later := newFeedServer(t, formats[0], recent...), newFeedServer(t, formats[1], recent...), newFeedServer(t, formats[0], recent...)
			e1.subscribe(bot.Feed{URL: s1.URL})
			e2.subscribe(bot.Feed{URL: s2.URL})
			e2.subscribe(bot.Feed{URL: later.URL})
			// Not due: polled a minute ago.
			if err := tg.Store.PutFeedState(context.Background(), e2.ws, later.URL,
				bot.FeedState{LastFetch: start.Add(-time.Minute), NextPoll: start.Add(interval - time.Minute)}); err != nil {
				t.Fatal(err)
			}

			o := e1.opts
			o.Store = ownStore{tg.Store, []string{e1.ws, e2.ws}}
			o.Tick = 10 * time.Millisecond
			p := feed.NewPoller(o)
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- p.Run(ctx) }()

			deadline := time.Now().Add(5 * time.Second)
			var jobs atomic.Int64
			for time.Now().Before(deadline) && jobs.Load() < 4 {
				time.Sleep(10 * time.Millisecond)
				e1.queue.mu.Lock()
				jobs.Store(int64(len(e1.queue.jobs)))
				e1.queue.mu.Unlock()
			}
			time.Sleep(50 * time.Millisecond) // a few more ticks: nothing is due
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run = %v, want nil", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return after its context ended")
			}

			e1.queue.mu.Lock()
			perWS := map[string]int{}
			for _, j := range e1.queue.jobs {
				perWS[j.Workspace]++
			}
			e1.queue.mu.Unlock()
			if perWS[e1.ws] != 2 || perWS[e2.ws] != 2 || len(perWS) != 2 {
				t.Errorf("jobs per workspace %v, want 2 in each", perWS)
			}
			for _, s := range []*feedServer{s1, s2} {
				if n, _, _ := s.counts(); n != 1 {
					t.Errorf("a due feed was fetched %d times, want once (the clock stands still)", n)
				}
			}
			if n, _, _ := later.counts(); n != 0 {
				t.Errorf("a feed not due was fetched %d times", n)
			}
		})
	}
}
