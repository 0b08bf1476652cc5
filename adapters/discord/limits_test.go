package discord_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/discord"
	"github.com/storybot/storybot/bot"
)

// maxInteraction is the handler's limit on a request body: 1 MB.
const maxInteraction = 1 << 20

// recordingCore is a Core that records its calls and answers at once.
type recordingCore struct {
	mu                       sync.Mutex
	handles, drops, suggests int
}

func (c *recordingCore) Handle(context.Context, bot.Request) bot.Reply {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.handles++
	return bot.Reply{Kind: bot.KindText, Text: "ok"}
}

func (c *recordingCore) DropLink(context.Context, bot.Job) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.drops++
	return nil
}

func (c *recordingCore) Suggest(context.Context, string, string, int) ([]bot.StoryInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.suggests++
	return nil, nil
}

func (c *recordingCore) calls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.handles + c.drops + c.suggests
}

// limitServer serves the interactions endpoint with a recording core; the
// REST API is a local fake.
func limitServer(t *testing.T) (*httptest.Server, ed25519.PrivateKey, *recordingCore) {
	t.Helper()
	rest := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"M1","channel_id":"C1","content":""}`)
	}))
	t.Cleanup(rest.Close)
	session, err := discord.NewSession("", rest.URL+"/api", "")
	if err != nil {
		t.Fatal(err)
	}
	pub, priv, _ := ed25519.GenerateKey(nil)
	core := &recordingCore{}
	a := discord.New(discord.Options{Core: core, Session: session, AppID: "APP"})
	mux := http.NewServeMux()
	mux.Handle("POST /discord/interactions", a.Handler(pub))
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); a.Wait() })
	return srv, priv, core
}

// sendSigned posts body signed with key now; with chunked, without a
// Content-Length.
func sendSigned(t *testing.T, srv *httptest.Server, key ed25519.PrivateKey, body []byte, chunked bool) (int, string) {
	t.Helper()
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	var r io.Reader = bytes.NewReader(body)
	if chunked {
		r = io.MultiReader(r)
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/discord/interactions", r)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// padded pads a JSON object with trailing spaces to exactly n bytes.
func padded(t *testing.T, obj string, n int) []byte {
	t.Helper()
	if len(obj) > n {
		t.Fatalf("JSON of %d bytes is over %d", len(obj), n)
	}
	return []byte(obj + strings.Repeat(" ", n-len(obj)))
}

// TestInteractionBodyLimit: a correctly signed interaction of 1 MB + 1
// byte (a /story command, an autocomplete and a PING), with or without
// Content-Length, is refused with a 4xx and the core is never called. One
// of exactly 1 MB still gets through, so the refusal is the limit's doing.
func TestInteractionBodyLimit(t *testing.T) {
	cmd := command("G1", "latest", map[string]string{"story": "carrow nurses"})
	autocomplete := strings.Replace(cmd, `"type":2`, `"type":4`, 1)
	ping := `{"id":"I0","application_id":"APP","type":1,"token":"TOK"}`
	bodies := []struct{ name, json string }{{"command", cmd}, {"autocomplete", autocomplete}, {"ping", ping}}
	for _, b := range bodies {
		for _, chunked := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/chunked=%v", b.name, chunked), func(t *testing.T) {
				srv, key, core := limitServer(t)
				code, resp := sendSigned(t, srv, key, padded(t, b.json, maxInteraction+1), chunked)
				if code < 400 || code > 499 {
					t.Errorf("1 MB + 1 signed %s: status %d %q, want a 4xx", b.name, code, resp)
				}
				// The handler answers 401 "invalid request signature":
				// discordgo.VerifyInteraction reads the body through the
				// MaxBytesReader and fails on it, before the 413 branch.
				t.Logf("status %d %q", code, strings.TrimSpace(resp))
				srv.Close()
				time.Sleep(50 * time.Millisecond)
				if n := core.calls(); n != 0 {
					t.Errorf("oversized %s reached the core: %d calls", b.name, n)
				}
			})
		}
	}

	t.Run("control: exactly 1 MB", func(t *testing.T) {
		srv, key, core := limitServer(t)
		code, resp := sendSigned(t, srv, key, padded(t, cmd, maxInteraction), false)
		if code != http.StatusOK {
			t.Fatalf("1 MB signed command: status %d %q, want 200", code, resp)
		}
		srv.Close()
		time.Sleep(50 * time.Millisecond)
		if n := core.calls(); n != 1 {
			t.Errorf("1 MB signed command: %d core calls, want 1", n)
		}
	})
}
