package slack_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	sb "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/bot"
)

// maxRequest is the adapter's limit on a request body: 1 MB.
const maxRequest = 1 << 20

const limitSecret = "limits-signing-secret"

// recordingCore is a Core that records its calls and answers at once.
type recordingCore struct {
	mu      sync.Mutex
	handled []bot.Request
	dropped []bot.Job
}

func (c *recordingCore) Handle(_ context.Context, req bot.Request) bot.Reply {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.handled = append(c.handled, req)
	return bot.Reply{Kind: bot.KindText, Text: "ok"}
}

func (c *recordingCore) DropLink(_ context.Context, j bot.Job) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropped = append(c.dropped, j)
	return nil
}

func (c *recordingCore) calls() (int, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.handled), len(c.dropped)
}

// limitServer serves the adapter's routes with a recording core; the Web
// API is a local fake that answers ok to everything.
func limitServer(t *testing.T) (*httptest.Server, *recordingCore) {
	t.Helper()
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"team_id":"T1","user_id":"UBOT","channel":"C1","ts":"1.2"}`)
	}))
	t.Cleanup(api.Close)
	core := &recordingCore{}
	a := sb.New(sb.Options{Core: core, API: slack.New("xoxb-limits", slack.OptionAPIURL(api.URL+"/api/")), SigningSecret: limitSecret})
	mux := http.NewServeMux()
	for pattern, h := range a.Handlers() {
		mux.Handle(pattern, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); a.Wait() })
	return srv, core
}

// postSigned posts body to path, signed as Slack does now. With chunked,
// the body is sent without a Content-Length.
func postSigned(t *testing.T, srv *httptest.Server, path, contentType string, body []byte, chunked bool) (int, string) {
	t.Helper()
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(limitSecret))
	fmt.Fprintf(mac, "v0:%s:", stamp)
	mac.Write(body)
	var r io.Reader = bytes.NewReader(body)
	if chunked {
		r = io.MultiReader(r) // hides the length from the client
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+path, r)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// padTo pads a form body with a padding field to exactly n bytes.
func padTo(t *testing.T, form string, n int) []byte {
	t.Helper()
	s := form + "&pad="
	if len(s) > n {
		t.Fatalf("form of %d bytes is over %d", len(s), n)
	}
	return []byte(s + strings.Repeat("x", n-len(s)))
}

// padJSON pads a JSON object with trailing spaces to exactly n bytes.
func padJSON(t *testing.T, obj string, n int) []byte {
	t.Helper()
	if len(obj) > n {
		t.Fatalf("JSON of %d bytes is over %d", len(obj), n)
	}
	return []byte(obj + strings.Repeat(" ", n-len(obj)))
}

// TestRequestBodyLimit: a correctly signed request of 1 MB + 1 byte, on
// every Slack route and with or without Content-Length, is refused with a
// 4xx and reaches neither Handle nor DropLink. A request of exactly 1 MB
// still gets through, so the refusal is the limit's doing.
func TestRequestBodyLimit(t *testing.T) {
	cmdForm := url.Values{"command": {"/story"}, "text": {"help"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"}}.Encode()
	event := `{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"message","channel":"C1","user":"U1","text":"https://news.example/a","ts":"1.1"}}`
	interaction := url.Values{"payload": {`{"type":"block_actions","team":{"id":"T1"},"channel":{"id":"C1"},"user":{"id":"U1"},"actions":[{"action_id":"storybot_latest","value":"s1"}]}`}}.Encode()
	routes := []struct {
		name, path, contentType string
		body                    func(n int) []byte
	}{
		{"command", "/slack/commands", "application/x-www-form-urlencoded", func(n int) []byte { return padTo(t, cmdForm, n) }},
		{"event", "/slack/events", "application/json", func(n int) []byte { return padJSON(t, event, n) }},
		{"interaction", "/slack/interactivity", "application/x-www-form-urlencoded", func(n int) []byte { return padTo(t, interaction, n) }},
	}
	for _, rt := range routes {
		for _, chunked := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/chunked=%v", rt.name, chunked), func(t *testing.T) {
				srv, core := limitServer(t)
				code, body := postSigned(t, srv, rt.path, rt.contentType, rt.body(maxRequest+1), chunked)
				if code != http.StatusRequestEntityTooLarge && code != http.StatusBadRequest {
					t.Errorf("1 MB + 1 signed %s: status %d %q, want 413 or 400", rt.name, code, body)
				}
				srv.Close() // waits for the handlers
				time.Sleep(50 * time.Millisecond)
				if h, d := core.calls(); h != 0 || d != 0 {
					t.Errorf("oversized %s reached the core: %d Handle, %d DropLink calls", rt.name, h, d)
				}
			})
		}
	}

	// The control: exactly 1 MB is accepted and the command handled.
	t.Run("command of exactly 1 MB", func(t *testing.T) {
		srv, core := limitServer(t)
		code, body := postSigned(t, srv, "/slack/commands", "application/x-www-form-urlencoded", padTo(t, cmdForm, maxRequest), false)
		if code != http.StatusOK {
			t.Fatalf("1 MB signed command: status %d %q, want 200", code, body)
		}
		if h, _ := core.calls(); h != 1 {
			t.Errorf("1 MB signed command: %d Handle calls, want 1", h)
		}
	})
}
