package slack_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	sb "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/bot"
)

const secret = "8f742231b10e8888abcd99yyyzzz85a5"

// fakeSlack speaks enough of Slack's Web API for the adapter: auth.test,
// chat.postMessage, chat.postEphemeral, reactions.add, and response_url
// posts, and records every call.
type fakeSlack struct {
	srv   *httptest.Server
	mu    sync.Mutex
	calls []call
	seen  chan call
}

type call struct {
	method string
	form   url.Values
	body   map[string]any
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{seen: make(chan call, 100)}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := call{method: strings.TrimPrefix(r.URL.Path, "/api/")}
		raw, _ := io.ReadAll(r.Body)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			json.Unmarshal(raw, &c.body)
		} else {
			c.form, _ = url.ParseQuery(string(raw))
		}
		f.mu.Lock()
		f.calls = append(f.calls, c)
		f.mu.Unlock()
		f.seen <- c
		w.Header().Set("Content-Type", "application/json")
		switch c.method {
		case "auth.test":
			io.WriteString(w, `{"ok":true,"url":"https://t.slack.com/","team":"T","user":"storybot","team_id":"T1","user_id":"UBOT"}`)
		case "chat.postMessage", "chat.postEphemeral":
			io.WriteString(w, `{"ok":true,"channel":"C1","ts":"1700000000.000200"}`)
		default:
			io.WriteString(w, `{"ok":true}`)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// next waits for the next call to method.
func (f *fakeSlack) next(t *testing.T, method string) call {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case c := <-f.seen:
			if c.method == method {
				return c
			}
		case <-timeout:
			t.Fatalf("no %s call within 10 s", method)
		}
	}
}

func (f *fakeSlack) count(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.calls {
		if c.method == method {
			n++
		}
	}
	return n
}

type env struct {
	slack   *fakeSlack
	adapter *sb.Adapter
	server  *httptest.Server
	core    *bot.Bot
	store   *redis.Store
	ws      string
}

// setup runs the adapter with the real core on the store under test (the
// Redis of REDIS_URL when set) in a fresh workspace that holds the labour
// story of the eval set. The three-second timer never fires unless a
// tweak of the options says otherwise: answers are inline however slow
// the machine.
func setup(t *testing.T, tweaks ...func(o *sb.Options)) env {
	t.Helper()
	targets := redistest.Targets(t)
	st := targets[len(targets)-1].Store
	fetcher, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}})
	if err != nil {
		t.Fatal(err)
	}
	var a *sb.Adapter // the Poster that says where dropped links went
	core := bot.New(bot.Options{Store: st, Loader: input.Loader{Reader: input.Reader{Fetcher: fetcher}},
		Posters: func(string) bot.Poster { return a }})
	team := strings.TrimPrefix(redistest.Workspace(t, st), "slack:")
	ws := sb.Workspace(team)
	srcs, _ := input.Expand([]string{filepath.Join("..", "..", "testdata", "eval", "labour")})
	arts, _ := input.Reader{}.ReadAll(context.Background(), srcs)
	for _, a := range arts {
		if _, err := core.Ingest(context.Background(), ws, a, ""); err != nil {
			t.Fatal(err)
		}
	}
	fs := newFakeSlack(t)
	api := slack.New("xoxb-test", slack.OptionAPIURL(fs.srv.URL+"/api/"))
	o := sb.Options{Core: core, API: api, Deduper: st, SigningSecret: secret, After: never}
	for _, tweak := range tweaks {
		tweak(&o)
	}
	a = sb.New(o)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	for pattern, h := range a.Handlers() {
		mux.Handle(pattern, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); a.Wait() })
	return env{slack: fs, adapter: a, server: srv, core: core, store: st, ws: ws}
}

// never is a timer that does not fire.
func never(time.Duration) <-chan time.Time { return nil }

// sign signs a body as Slack does at time ts.
func sign(body string, ts time.Time, key string) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", stamp)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

func post(t *testing.T, e env, path, body, contentType string, h http.Header) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.server.URL+path, strings.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func command(e env, text string) string {
	return url.Values{"command": {"/story"}, "text": {text}, "team_id": {strings.TrimPrefix(e.ws, "slack:")},
		"channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {e.slack.srv.URL + "/response/1"}}.Encode()
}

const form = "application/x-www-form-urlencoded"

func TestSignatureChecked(t *testing.T) {
	e := setup(t)
	body := command(e, "latest carrow nurses")
	tests := []struct {
		name   string
		header http.Header
		want   int
	}{
		{"valid", sign(body, time.Now(), secret), 200},
		{"stale", sign(body, time.Now().Add(-6*time.Minute), secret), 401},
		{"forged", sign(body, time.Now(), "not-the-secret"), 401},
		{"unsigned", http.Header{}, 401},
		{"timestamp only", http.Header{"X-Slack-Request-Timestamp": {strconv.FormatInt(time.Now().Unix(), 10)}}, 401},
	}
	for _, tc := range tests {
		for _, path := range []string{"/slack/commands", "/slack/events", "/slack/interactivity"} {
			if tc.want == 200 && path != "/slack/commands" {
				continue
			}
			if code, _ := post(t, e, path, body, form, tc.header); code != tc.want {
				t.Errorf("%s %s: status %d, want %d", tc.name, path, code, tc.want)
			}
		}
	}
	// A forged link drop reads nothing.
	ev := messageEvent(e, "Ev-forged", "look <https://news.example/a>")
	post(t, e, "/slack/events", ev, "application/json", sign(ev, time.Now(), "wrong"))
	e.adapter.Wait()
	if n := e.slack.count("reactions.add") + e.slack.count("chat.postMessage"); n != 0 {
		t.Errorf("an unsigned event led to %d Slack calls", n)
	}
}

func TestSlashCommand(t *testing.T) {
	e := setup(t)
	tests := []struct {
		text, responseType, contains string
	}{
		{"latest carrow nurses", "in_channel", "Nurses strike in Carrow"},
		{"sources carrow nurses", "in_channel", "Sources"},
		{"latest zebra crossing", "ephemeral", "No story matches"},
		{"frobnicate", "ephemeral", "help"},
		{"", "ephemeral", "help"},
		{"follow carrow nurses daily 25:00", "ephemeral", "25:00"},
	}
	for _, tc := range tests {
		body := command(e, tc.text)
		code, resp := post(t, e, "/slack/commands", body, form, sign(body, time.Now(), secret))
		var msg slack.Msg
		if err := json.Unmarshal([]byte(resp), &msg); err != nil || code != 200 {
			t.Fatalf("%q: status %d, body %s", tc.text, code, resp)
		}
		if msg.ResponseType != tc.responseType || !strings.Contains(resp, tc.contains) {
			t.Errorf("%q: %s response without %q:\n%s", tc.text, msg.ResponseType, tc.contains, resp)
		}
		if tc.responseType == "in_channel" && len(msg.Blocks.BlockSet) == 0 {
			t.Errorf("%q: no blocks", tc.text)
		}
	}
}

func eventEnvelope(e env, id string, event map[string]any) string {
	b, _ := json.Marshal(map[string]any{
		"token": "x", "team_id": strings.TrimPrefix(e.ws, "slack:"), "api_app_id": "A1", "type": "event_callback",
		"event_id": id, "event_time": time.Now().Unix(), "event": event,
	})
	return string(b)
}

func messageEvent(e env, id, text string) string {
	return eventEnvelope(e, id, map[string]any{"type": "message", "channel": "C1", "channel_type": "channel",
		"user": "U1", "text": text, "ts": "1700000000.000100", "event_ts": "1700000000.000100"})
}

func TestURLVerification(t *testing.T) {
	e := setup(t)
	body := `{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`
	code, resp := post(t, e, "/slack/events", body, "application/json", sign(body, time.Now(), secret))
	if code != 200 || resp != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification: %d %q", code, resp)
	}
}

func TestMentionAnsweredOnce(t *testing.T) {
	e := setup(t)
	body := eventEnvelope(e, "Ev1", map[string]any{"type": "app_mention", "channel": "C1", "user": "U1",
		"text": "<@UBOT> what's the latest on the carrow nurses?", "ts": "1700000000.000300", "event_ts": "1700000000.000300"})
	for i := range 2 { // the second is Slack's retry
		h := sign(body, time.Now(), secret)
		if i > 0 {
			h.Set("X-Slack-Retry-Num", "1")
			h.Set("X-Slack-Retry-Reason", "http_timeout")
		}
		if code, _ := post(t, e, "/slack/events", body, "application/json", h); code != 200 {
			t.Fatalf("event: status %d", code)
		}
	}
	c := e.slack.next(t, "chat.postMessage")
	if c.form.Get("channel") != "C1" || !strings.Contains(c.form.Get("blocks"), "Nurses strike in Carrow") {
		t.Errorf("postMessage: %v", c.form)
	}
	e.adapter.Wait()
	if n := e.slack.count("chat.postMessage"); n != 1 {
		t.Errorf("%d messages for one mention and its retry, want 1", n)
	}
}

const page = `<html><head><title>Carrow nurses vote to extend strike</title></head><body><article>
<h1>Carrow nurses vote to extend strike</h1>
<p>Nurses at St Brigid Health Group hospitals in Carrow voted on Thursday to extend their strike over pay and staffing for another 48 hours, the United Nurses of Carrow said.</p>
<p>"We have been left no choice," said Marisol Ibarra, the union's president. St Brigid Health Group said its offer of 9 percent over three years remained on the table.</p>
<p>Carrow Mayor Gordon Tate said the mediator would meet both sides on Friday.</p>
</article></body></html>`

func TestLinkDrop(t *testing.T) {
	e := setup(t)
	news := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, page)
	}))
	defer news.Close()
	link := news.URL + "/carrow/nurses-extend-strike"
	for i, id := range []string{"Ev-link-1", "Ev-link-2"} { // the same link dropped twice
		body := messageEvent(e, id, fmt.Sprintf("worth a read <%s|nurses extend strike> and <https://app.slack.com/client/T1>", link))
		if code, _ := post(t, e, "/slack/events", body, "application/json", sign(body, time.Now(), secret)); code != 200 {
			t.Fatalf("event %d: status %d", i, code)
		}
		e.adapter.Wait()
	}
	if n := e.slack.count("reactions.add"); n != 2 {
		t.Errorf("%d reactions, want one per drop", n)
	}
	if n := e.slack.count("chat.postMessage"); n != 1 {
		t.Errorf("%d thread replies, want 1 (the second drop is a duplicate)", n)
	}
	reply := e.slack.next(t, "chat.postMessage")
	if reply.form.Get("thread_ts") != "1700000000.000100" || !strings.Contains(reply.form.Get("text"), "Nurses strike in Carrow") {
		t.Errorf("thread reply: %v", reply.form)
	}
	d, err := e.core.Digest(context.Background(), e.ws, "carrow nurses", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, a := range d.Articles {
		if strings.HasSuffix(a.URL, "/carrow/nurses-extend-strike") { // stored canonical (https)
			found++
		}
	}
	if found != 1 || len(d.Articles) != 5 {
		t.Errorf("story has %d articles, the link %d times; want 5 and once", len(d.Articles), found)
	}
}

func TestButtons(t *testing.T) {
	e := setup(t)
	d, err := e.core.Digest(context.Background(), e.ws, "carrow nurses", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "team": map[string]any{"id": strings.TrimPrefix(e.ws, "slack:")},
		"user": map[string]any{"id": "U1"}, "channel": map[string]any{"id": "C1"},
		"response_url": e.slack.srv.URL + "/response/7",
		"actions":      []map[string]any{{"action_id": sb.ActionSources, "block_id": "b1", "type": "button", "value": d.ID}},
	})
	body := url.Values{"payload": {string(payload)}}.Encode()
	if code, _ := post(t, e, "/slack/interactivity", body, form, sign(body, time.Now(), secret)); code != 200 {
		t.Fatalf("interactivity: status %d", code)
	}
	c := e.slack.next(t, "/response/7")
	if c.body["response_type"] != "ephemeral" || !strings.Contains(fmt.Sprint(c.body["blocks"]), "Sources") {
		t.Errorf("button answer: %v", c.body)
	}
}

// TestSlowCommandAnswersLater: a command that takes longer than Slack's
// three seconds is acknowledged at once and answered on its response_url,
// its work done once.
// The timer fires once the news site is reading the page, and the site
// answers once the acknowledgement is out.
func TestSlowCommandAnswersLater(t *testing.T) {
	timer := make(chan time.Time)
	asked := make(chan time.Duration, 10)
	e := setup(t, func(o *sb.Options) {
		o.After = func(d time.Duration) <-chan time.Time { asked <- d; return timer }
	})
	hits := make(chan struct{}, 10)
	release := make(chan struct{})
	news := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits <- struct{}{}
		<-release // a slow news site
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, page)
	}))
	defer news.Close()
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	defer free() // before news.Close, which waits for the handler
	go func() {
		<-hits
		hits <- struct{}{} // counted below
		close(timer)       // the three seconds are up
	}()
	body := command(e, "add "+news.URL+"/carrow/slow")
	code, resp := post(t, e, "/slack/commands", body, form, sign(body, time.Now(), secret))
	if code != 200 || !strings.Contains(resp, "Working on it") {
		t.Fatalf("slow command: %d: %s", code, resp)
	}
	free()
	select {
	case d := <-asked:
		if d <= 0 || d >= 3*time.Second {
			t.Errorf("the command waited %v for its answer, want less than Slack's three seconds", d)
		}
	default:
		t.Error("the command did not wait on the adapter's timer")
	}
	later := e.slack.next(t, "/response/1")
	if !strings.Contains(fmt.Sprint(later.body["text"]), "Carrow nurses vote to extend strike") {
		t.Errorf("late answer: %v", later.body)
	}
	e.adapter.Wait()
	if len(hits) != 1 {
		t.Errorf("the page was fetched %d times, want once", len(hits))
	}
}
