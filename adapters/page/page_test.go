package page_test

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/page"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// largest is the story of testdata/eval with the most claims and
// disputes.
const largest = "pollution"

var (
	secret = []byte("test-secret-of-at-least-32-bytes-for-pages")
	start  = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
)

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// fixture is a workspace of a real store, a bot ingesting into it and the
// page handler reading it.
type fixture struct {
	store  *redis.Store
	bot    *bot.Bot
	ws     string
	clock  *clock
	tokens *page.Tokens
	srv    *httptest.Server
}

// each runs f against every store target, in a fresh workspace.
func each(t *testing.T, f func(t *testing.T, fx *fixture)) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) { f(t, newFixture(t, tg.Store, redistest.Workspace(t, tg.Store))) })
	}
}

func newFixture(t testing.TB, st *redis.Store, ws string) *fixture {
	c := &clock{t: start}
	tokens, err := page.NewTokens(secret)
	if err != nil {
		t.Fatal(err)
	}
	fx := &fixture{store: st, ws: ws, clock: c, tokens: tokens,
		bot: bot.New(bot.Options{Store: st, Now: c.now})}
	mux := http.NewServeMux()
	mux.Handle(page.Route, page.New(page.Options{Store: st, Tokens: tokens, Now: c.now}))
	fx.srv = httptest.NewServer(mux)
	t.Cleanup(fx.srv.Close)
	return fx
}

// readStory reads the articles of one story of the eval set.
func readStory(t testing.TB, name string) []summarize.Article {
	t.Helper()
	srcs, skips := input.Expand([]string{filepath.Join("..", "..", "testdata", "eval", name)})
	arts, rskips := input.Reader{}.ReadAll(context.Background(), srcs)
	if len(skips)+len(rskips) > 0 || len(arts) == 0 {
		t.Fatalf("reading %s: %v %v", name, skips, rskips)
	}
	return arts
}

// ingest adds articles to one story and returns its ID.
func (fx *fixture) ingest(t testing.TB, arts []summarize.Article, title string) string {
	t.Helper()
	var id string
	for _, a := range arts {
		res, err := fx.bot.Ingest(context.Background(), fx.ws, a, title)
		if err != nil {
			t.Fatalf("ingest %s: %v", a.Title, err)
		}
		id = res.Story.ID
	}
	return id
}

// url is the page of a story of the fixture's workspace.
func (fx *fixture) url(story string, ttl time.Duration) string {
	return fx.srv.URL + "/s/" + fx.tokens.Sign(page.Link{Workspace: fx.ws, Story: story, Expires: fx.clock.now().Add(ttl)})
}

func get(t testing.TB, u string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestPageShowsTheWholeStory(t *testing.T) {
	each(t, func(t *testing.T, fx *fixture) {
		id := fx.ingest(t, readStory(t, largest), "")
		d, err := fx.bot.Digest(context.Background(), fx.ws, id, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		resp, body := get(t, fx.url(id, time.Hour))
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("GET page: %s %s", resp.Status, resp.Header.Get("Content-Type"))
		}
		checkHeaders(t, resp)
		text := html.UnescapeString(body)
		want := []string{d.Title, "4 articles from 4 outlets", "<svg", "Claims by party", "Disputes", "Timeline"}
		for _, p := range d.Parties {
			want = append(want, p.Name)
			for _, c := range p.Claims {
				want = append(want, c.Speaker, c.Text)
			}
		}
		for _, x := range d.Disputes {
			want = append(want, x.Topic, x.Summary)
			for _, s := range x.Sides {
				want = append(want, s.Party, s.Position)
			}
		}
		for _, a := range d.Articles {
			want = append(want, a.Title, a.Outlet)
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("the page lacks %q", w)
			}
		}
		if len(d.Parties) < 3 || len(d.Disputes) < 3 {
			t.Errorf("the story has %d parties and %d disputes: want the largest story", len(d.Parties), len(d.Disputes))
		}
	})
}

func checkHeaders(t *testing.T, resp *http.Response) {
	t.Helper()
	csp := resp.Header.Get("Content-Security-Policy")
	for _, w := range []string{"default-src 'none'", "style-src 'sha256-", "frame-ancestors 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, w) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, w)
		}
	}
	if strings.Contains(csp, "unsafe") || strings.Contains(csp, "script-src") {
		t.Errorf("Content-Security-Policy %q allows scripts or unsafe styles", csp)
	}
	for h, v := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
		if got := resp.Header.Get(h); got != v {
			t.Errorf("%s = %q, want %q", h, got, v)
		}
	}
}

func TestPageJSONIsTheDigest(t *testing.T) {
	each(t, func(t *testing.T, fx *fixture) {
		arts := readStory(t, largest)
		id := fx.ingest(t, arts[:3], "")
		fx.clock.add(2 * time.Hour)
		since := fx.clock.now().Add(-time.Hour)
		if got := fx.ingest(t, arts[3:], ""); got != id {
			t.Fatalf("the last article went to story %s, not %s", got, id)
		}
		for _, tt := range []struct {
			name, query string
			since       time.Time
		}{
			{"whole", "?format=json", time.Time{}},
			{"since", "?format=json&since=" + since.Format(time.RFC3339), since},
		} {
			t.Run(tt.name, func(t *testing.T) {
				d, err := fx.bot.Digest(context.Background(), fx.ws, id, tt.since)
				if err != nil {
					t.Fatal(err)
				}
				want, _ := json.Marshal(d)
				resp, body := get(t, fx.url(id, time.Hour)+tt.query)
				if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
					t.Fatalf("GET: %s %s", resp.Status, resp.Header.Get("Content-Type"))
				}
				checkHeaders(t, resp)
				var got summarize.Digest
				if err := json.Unmarshal([]byte(body), &got); err != nil {
					t.Fatal(err)
				}
				gotJSON, _ := json.Marshal(got)
				if string(gotJSON) != string(want) {
					t.Errorf("JSON = %s\nwant (storybot digest --json) %s", gotJSON, want)
				}
				if !tt.since.IsZero() && (len(got.Articles) != 1 || got.Articles[0].ID != arts[3].ID) {
					t.Errorf("since: articles %v, want only the last one", got.Articles)
				}
			})
		}
	})
}

func TestPageSince(t *testing.T) {
	each(t, func(t *testing.T, fx *fixture) {
		arts := readStory(t, largest)
		id := fx.ingest(t, arts[:3], "")
		fx.clock.add(2 * time.Hour)
		since := fx.clock.now().Add(-time.Hour)
		fx.ingest(t, arts[3:], "")
		_, body := get(t, fx.url(id, time.Hour)+"?since="+since.Format(time.RFC3339))
		text := html.UnescapeString(body)
		for _, w := range []string{"What changed since Mon 30 Nov 2026, 10:00 UTC", "1 new of 4 articles", "See the whole story", arts[3].Title} {
			if !strings.Contains(text, w) {
				t.Errorf("the page since %s lacks %q", since, w)
			}
		}
		for _, a := range arts[:3] {
			if strings.Contains(text, ">"+a.Title+"</a>") {
				t.Errorf("the page of what changed lists the older article %q in its timeline", a.Title)
			}
		}
		later := fx.clock.now().Add(time.Hour).Format(time.RFC3339)
		_, body = get(t, fx.url(id, time.Hour)+"?since="+later)
		if text := html.UnescapeString(body); !strings.Contains(text, "Nothing new since") || strings.Contains(text, "Claims by party") {
			t.Errorf("the page since %s, after the last ingest, is not empty:\n%s", later, text)
		}
	})
}

func TestPageRefuses(t *testing.T) {
	each(t, func(t *testing.T, fx *fixture) {
		id := fx.ingest(t, readStory(t, "portstrike"), "")
		// The same story ID in another workspace: a token of that
		// workspace must not open this one's story.
		other := newFixture(t, fx.store, redistest.Workspace(t, fx.store))
		wrongSecret, _ := page.NewTokens([]byte("another-secret-of-at-least-32-bytes!!"))
		good := fx.url(id, time.Hour)
		tests := []struct {
			name   string
			url    string
			status int
		}{
			{"valid", good, http.StatusOK},
			{"other workspace", fx.srv.URL + "/s/" + other.tokens.Sign(page.Link{Workspace: other.ws, Story: id, Expires: start.Add(time.Hour)}), http.StatusNotFound},
			{"expired", fx.url(id, -time.Second), http.StatusNotFound},
			{"wrong secret", fx.srv.URL + "/s/" + wrongSecret.Sign(page.Link{Workspace: fx.ws, Story: id, Expires: start.Add(time.Hour)}), http.StatusNotFound},
			{"forged", fx.srv.URL + "/s/" + strings.Repeat("A", 90), http.StatusNotFound},
			{"truncated", good[:len(good)-3], http.StatusNotFound},
			{"unknown story", fx.url("s0000000000", time.Hour), http.StatusNotFound},
			{"no token", fx.srv.URL + "/s/", http.StatusNotFound},
			{"bad since", good + "?since=yesterday", http.StatusBadRequest},
			{"bad format", good + "?format=xml", http.StatusBadRequest},
		}
		notFound := ""
		for _, tt := range tests {
			resp, body := get(t, tt.url)
			if resp.StatusCode != tt.status {
				t.Errorf("%s: %s, want %d", tt.name, resp.Status, tt.status)
				continue
			}
			switch tt.status {
			case http.StatusNotFound:
				if notFound == "" {
					notFound = body
				}
				if body != notFound || strings.Contains(body, id) || strings.Contains(body, fx.ws) {
					t.Errorf("%s: 404 body %q reveals more than the others (%q)", tt.name, body, notFound)
				}
			case http.StatusBadRequest:
				if !strings.Contains(body, "want") {
					t.Errorf("%s: %q does not say what is wanted", tt.name, body)
				}
			}
		}
	})
}

// TestPageEscapesArticles stores an article whose headline, text and
// outlet carry markup and whose URL is a javascript: link: the page shows
// them as text and links nothing.
func TestPageEscapesArticles(t *testing.T) {
	each(t, func(t *testing.T, fx *fixture) {
		text := "<script>alert('x')</script> Harbour <b>strike</b> ends\n\n" +
			`"We will not sign this <img src=x onerror=alert(1)> deal," union leader Mara Quill said on Monday.` + "\n\n" +
			"The port authority said ships would move again by Friday, according to a statement."
		a, err := summarize.ParseArticle([]byte(text), extract.Text, "hostile.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		a.URL, a.Outlet = "javascript:alert(document.cookie)", `<i onmouseover="alert(2)">Outlet</i>`
		id := fx.ingest(t, []summarize.Article{a}, "")
		resp, body := get(t, fx.url(id, time.Hour))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET: %s", resp.Status)
		}
		for _, bad := range []string{"<script", "<img", "<b>", "<i ", "javascript:", "ZgotmplZ"} {
			if strings.Contains(body, bad) {
				t.Errorf("the page holds %q unescaped", bad)
			}
		}
		if !strings.Contains(body, "&lt;i onmouseover=") {
			t.Errorf("the outlet is not shown as text:\n%s", body)
		}
	})
}

func TestPageStorageDown(t *testing.T) {
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	st := redis.New(emb.Client())
	defer st.Close()
	fx := newFixture(t, st, "local")
	id := fx.ingest(t, readStory(t, "portstrike"), "")
	emb.Close()
	resp, body := get(t, fx.url(id, time.Hour))
	if resp.StatusCode != http.StatusServiceUnavailable || strings.Contains(body, "127.0.0.1") {
		t.Errorf("with the store down: %s %q, want 503 saying nothing of the store", resp.Status, body)
	}
}
