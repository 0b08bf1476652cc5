package bot_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// post is one message a poster was asked to post.
type post struct{ channel, thread, text string }

// chatPoster records what is posted where.
type chatPoster struct {
	mu    sync.Mutex
	posts []post
}

func (p *chatPoster) Post(_ context.Context, channel, thread string, r bot.Reply) (string, error) {
	var b strings.Builder
	bot.WriteText(&b, r)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.posts = append(p.posts, post{channel, thread, strings.TrimSpace(b.String())})
	return fmt.Sprint("m", len(p.posts)), nil
}

// take returns the posts since the last take.
func (p *chatPoster) take() []post {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.posts
	p.posts = nil
	return out
}

// countMetrics counts the ingest outcomes.
type countMetrics struct {
	bot.NopMetrics
	mu     sync.Mutex
	ingest map[string]int
}

func (m *countMetrics) Ingest(outcome string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ingest[outcome]++
}

func (m *countMetrics) take() map[string]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := m.ingest
	m.ingest = map[string]int{}
	return out
}

// linkSite serves an article, and the ways a link fails.
func linkSite(t *testing.T) *httptest.Server {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("..", "testdata", "eval", "labour", "labour_1_carrowherald.txt"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := os.ReadFile(filepath.Join("..", "testdata", "eval", "aviation", "aviation_1_brenhavenpost.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/news/1":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(text)
		case "/news/2":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(other)
		case "/doc.pdf":
			w.Header().Set("Content-Type", "text/html") // a lying header
			w.Write([]byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x01\x02"))
		case "/busy":
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// linkBot is a bot that reads links through the safe fetcher (allowed
// to reach allow), posts to poster and counts into m.
func linkBot(t *testing.T, allow []string, poster bot.Poster, m bot.Metrics, q ...bot.Quotas) (*bot.Bot, string) {
	t.Helper()
	fetcher, err := fetch.New(fetch.Options{Allow: allow, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	tg := redistest.Targets(t)[0]
	b := bot.New(bot.Options{
		Store:   tg.Store,
		Loader:  input.Loader{Reader: input.Reader{Fetcher: fetcher}},
		Metrics: m,
		Posters: func(string) bot.Poster { return poster },
		Feeds:   feed.Checker{Fetcher: fetcher},
	})
	if len(q) > 0 {
		b = bot.New(bot.Options{Store: tg.Store, Loader: input.Loader{Reader: input.Reader{Fetcher: fetcher}},
			Metrics: m, Posters: func(string) bot.Poster { return poster }, Quotas: q[0]})
	}
	return b, redistest.Workspace(t, tg.Store)
}

// TestWorkOutcomes: a final failure is told in the job's thread in plain
// words and counted as failed; a temporary one is returned for the queue
// to retry, said nowhere, counted as unavailable; an article is added.
func TestWorkOutcomes(t *testing.T) {
	site := linkSite(t)
	poster := &chatPoster{}
	m := &countMetrics{ingest: map[string]int{}}
	b, ws := linkBot(t, []string{"127.0.0.1"}, poster, m)
	strict, _ := linkBot(t, nil, poster, m) // no allowlist: the test site is refused

	tests := []struct {
		name    string
		bot     *bot.Bot
		path    string
		retry   bool   // Work returns an error
		said    string // posted in the thread; "" for nothing
		outcome string
	}{
		{"gone", b, "/gone", false, "Could not add URL: the site answered 404 Not Found.", bot.IngestFailed},
		{"PDF", b, "/doc.pdf", false, "Could not add URL: the link is a PDF document, not an article.", bot.IngestFailed},
		{"refused", strict, "/news/1", false, "Could not add URL: refused: loopback address.", bot.IngestFailed},
		{"busy", b, "/busy", true, "", bot.IngestUnavailable},
		{"article", b, "/news/1", false, "Started a new story", bot.IngestNewStory},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := site.URL + tt.path
			err := tt.bot.Work(context.Background(), bot.Job{Workspace: ws, URL: u, Channel: "C1", Thread: "T1", Source: "link"})
			if (err != nil) != tt.retry {
				t.Errorf("Work = %v; want an error for the queue to retry: %v", err, tt.retry)
			}
			posts := poster.take()
			want := strings.ReplaceAll(tt.said, "URL", u)
			switch {
			case tt.said == "" && len(posts) != 0:
				t.Errorf("posted %+v, want nothing", posts)
			case tt.said != "" && (len(posts) != 1 || !strings.HasPrefix(posts[0].text, want) ||
				posts[0].channel != "C1" || posts[0].thread != "T1"):
				t.Errorf("posted %+v, want %q in C1/T1", posts, want)
			}
			if got := m.take(); got[tt.outcome] != 1 || len(got) != 1 {
				t.Errorf("ingest outcomes %v, want one %q", got, tt.outcome)
			}
		})
	}

	// The queue gives the busy link up after its tries: the thread is told.
	u := site.URL + "/busy"
	err := b.Work(context.Background(), bot.Job{Workspace: ws, URL: u, Channel: "C1", Thread: "T1"})
	m.take()
	b.GiveUp(context.Background(), bot.Job{Workspace: ws, URL: u, Channel: "C1", Thread: "T1", Attempts: 5}, err)
	want := "Could not add " + u + " after several tries: the site answered 503 Service Unavailable."
	if posts := poster.take(); len(posts) != 1 || posts[0].text != want || posts[0].thread != "T1" {
		t.Errorf("GiveUp posted %+v, want %q", posts, want)
	}
	if got := m.take(); got[bot.IngestFailed] != 1 {
		t.Errorf("GiveUp counted %v, want one failed", got)
	}
}

// TestWorkOverQuota: a queued link that a quota refuses is told in its
// thread and done with, not retried until it is dead-lettered.
func TestWorkOverQuota(t *testing.T) {
	site := linkSite(t)
	poster := &chatPoster{}
	b, ws := linkBot(t, []string{"127.0.0.1"}, poster, nil, bot.Quotas{Stories: 1})
	if err := b.Work(context.Background(), bot.Job{Workspace: ws, URL: site.URL + "/news/1", Channel: "C1", Thread: "T1"}); err != nil {
		t.Fatalf("first story: %v", err)
	}
	poster.take()
	err := b.Work(context.Background(), bot.Job{Workspace: ws, URL: site.URL + "/news/2", Channel: "C1", Thread: "T2"})
	if err != nil {
		t.Errorf("Work over the quota = %v, want nil (retrying would not help)", err)
	}
	if posts := poster.take(); len(posts) != 1 || posts[0].thread != "T2" || !strings.Contains(posts[0].text, "the most it may") {
		t.Errorf("posted %+v, want the quota told in T2", posts)
	}
}

// TestAddLinkCodes: a temporary failure is CodeUnavailable, a final one
// CodeInvalid, each with the reason.
func TestAddLinkCodes(t *testing.T) {
	site := linkSite(t)
	b, ws := linkBot(t, []string{"127.0.0.1"}, nil, nil)
	tests := []struct {
		path string
		code bot.Code
		msg  string
	}{
		{"/busy", bot.CodeUnavailable, "Could not read URL right now: the site answered 503 Service Unavailable."},
		{"/gone", bot.CodeInvalid, "Could not read URL: the site answered 404 Not Found."},
		{"/doc.pdf", bot.CodeInvalid, "Could not read URL: the link is a PDF document, not an article."},
	}
	for _, tt := range tests {
		u := site.URL + tt.path
		_, err := b.AddLink(context.Background(), ws, u)
		if bot.ErrorCode(err) != tt.code || bot.ErrorMessage(err) != strings.ReplaceAll(tt.msg, "URL", u) {
			t.Errorf("AddLink(%s) = %q (%s), want %q (%s)", tt.path, bot.ErrorMessage(err), bot.ErrorCode(err), tt.msg, tt.code)
		}
	}
}

// TestFeedAddChecks: feed add reads the URL once through the safe
// fetcher and subscribes only a feed, saying what is wrong otherwise.
func TestFeedAddChecks(t *testing.T) {
	site := linkSite(t)
	b, ws := linkBot(t, []string{"127.0.0.1"}, nil, nil)
	strict, _ := linkBot(t, nil, nil, nil)
	tests := []struct {
		name string
		bot  *bot.Bot
		path string
		code bot.Code
		msg  string
	}{
		{"refused", strict, "/rss", bot.CodeInvalid, "Not subscribed to URL: refused: loopback address."},
		{"gone", b, "/gone", bot.CodeInvalid, "Not subscribed to URL: the site answered 404 Not Found."},
		{"busy", b, "/busy", bot.CodeUnavailable, "Could not read URL right now: the site answered 503 Service Unavailable. Nothing was subscribed; please try again later."},
		{"not a feed", b, "/news/1", bot.CodeInvalid, "Not subscribed to URL: not a feed."},
		{"PDF", b, "/doc.pdf", bot.CodeInvalid, "Not subscribed to URL: the link is a PDF document, not a feed."},
		{"feed", b, "/rss", "", "Subscribed to URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := site.URL + tt.path
			r := tt.bot.Handle(context.Background(), bot.Request{Workspace: ws, Command: bot.CmdFeedAdd, Target: u, Channel: "C1"})
			var sb strings.Builder
			bot.WriteText(&sb, r)
			want := strings.ReplaceAll(tt.msg, "URL", u)
			if r.Code != tt.code || !strings.Contains(sb.String(), want) {
				t.Errorf("feed add %s: %q (%s), want %q (%s)", tt.path, sb.String(), r.Code, want, tt.code)
			}
			feeds, err := b.Store().Feeds(context.Background(), ws)
			if err != nil {
				t.Fatal(err)
			}
			subscribed := false
			for _, f := range feeds {
				subscribed = subscribed || f.URL == u
			}
			if subscribed != (tt.code == "") {
				t.Errorf("subscribed: %v, want %v", subscribed, tt.code == "")
			}
		})
	}
}

// TestLinkErrorsSayNoDetail: what people read never holds the site's
// words or the fetcher's detail.
func TestLinkErrorsSayNoDetail(t *testing.T) {
	greeting := "-ERR unknown command 'GET', with args beginning with: '/'"
	ln := notHTTP(t, greeting)
	b, ws := linkBot(t, []string{"127.0.0.1"}, nil, nil)
	_, err := b.AddLink(context.Background(), ws, "http://"+ln+"/")
	msg := bot.ErrorMessage(err)
	if strings.Contains(msg, "ERR") || strings.Contains(msg, "fetch:") || !strings.Contains(msg, "did not answer as a web server") {
		t.Errorf("AddLink told %q", msg)
	}
	var fe *fetch.Error
	if !errors.As(err, &fe) || fe.Kind != fetch.KindBadResponse || !strings.Contains(err.Error(), "malformed HTTP") {
		t.Errorf("the error for logs lost its kind or detail: %v", err)
	}
}

// notHTTP listens on 127.0.0.1 and answers each request with greeting,
// as a Redis server would; it returns the address. It answers once the
// request is in: a greeting written before it races with the request.
func notHTTP(t *testing.T, greeting string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			buf := make([]byte, 4096)
			c.Read(buf)
			c.Write([]byte(greeting + "\r\n"))
			c.Close()
		}
	}()
	return ln.Addr().String()
}
