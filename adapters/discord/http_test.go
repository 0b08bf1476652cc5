package discord_test

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/discord"
	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// fakeREST records the REST calls the adapter makes (deferred answers
// are edited through the webhook endpoint).
type fakeREST struct {
	srv   *httptest.Server
	calls chan restCall
}

type restCall struct {
	method, path string
	body         map[string]any
}

func newFakeREST(t *testing.T) *fakeREST {
	f := &fakeREST{calls: make(chan restCall, 50)}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := restCall{method: r.Method, path: r.URL.Path}
		raw, _ := io.ReadAll(r.Body)
		json.Unmarshal(raw, &c.body)
		f.calls <- c
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"M1","channel_id":"C1","content":""}`)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

type httpEnv struct {
	srv  *httptest.Server
	key  ed25519.PrivateKey
	rest *fakeREST
	core *bot.Bot
	ws   string
	a    *discord.Adapter
}

// never is a timer that does not fire.
func never(time.Duration) <-chan time.Time { return nil }

// setupHTTP runs the adapter over HTTP with the real core on the store
// under test, in a fresh guild that holds the labour story. The
// three-second timer never fires unless a tweak of the options says
// otherwise: answers are inline however slow the machine.
func setupHTTP(t *testing.T, tweaks ...func(o *discord.Options)) httpEnv {
	t.Helper()
	targets := redistest.Targets(t)
	st := targets[len(targets)-1].Store
	fetcher, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}})
	if err != nil {
		t.Fatal(err)
	}
	core := bot.New(bot.Options{Store: st, Loader: input.Loader{Reader: input.Reader{Fetcher: fetcher}}})
	guild := strings.TrimPrefix(redistest.Workspace(t, st), "slack:")
	ws := discord.Workspace(guild)
	t.Cleanup(func() { st.DeleteWorkspace(context.Background(), ws) })
	srcs, _ := input.Expand([]string{filepath.Join("..", "..", "testdata", "eval", "labour")})
	arts, _ := input.Reader{}.ReadAll(context.Background(), srcs)
	for _, art := range arts {
		if _, err := core.Ingest(context.Background(), ws, art, ""); err != nil {
			t.Fatal(err)
		}
	}
	rest := newFakeREST(t)
	session, err := discord.NewSession("", rest.srv.URL+"/api", "")
	if err != nil {
		t.Fatal(err)
	}
	pub, priv, _ := ed25519.GenerateKey(nil)
	o := discord.Options{Core: core, Session: session, AppID: "APP", Deduper: st, After: never}
	for _, tweak := range tweaks {
		tweak(&o)
	}
	a := discord.New(o)
	mux := http.NewServeMux()
	mux.Handle("POST /discord/interactions", a.Handler(pub))
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); a.Wait() })
	return httpEnv{srv: srv, key: priv, rest: rest, core: core, ws: ws, a: a}
}

// send posts an interaction signed with key at time ts (no signature for
// a nil key).
func (e httpEnv) send(t *testing.T, body string, key ed25519.PrivateKey, ts time.Time) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/discord/interactions", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != nil {
		stamp := strconv.FormatInt(ts.Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", stamp)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(stamp+body))))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func (e httpEnv) guild() string { return strings.TrimPrefix(e.ws, "discord:") }

// command is an application command interaction of /story.
func command(guild, sub string, opts map[string]string) string {
	var o []map[string]any
	for k, v := range opts {
		o = append(o, map[string]any{"name": k, "type": 3, "value": v})
	}
	b, _ := json.Marshal(map[string]any{"id": "I1", "application_id": "APP", "type": 2, "token": "TOK", "guild_id": guild,
		"channel_id": "C1", "member": map[string]any{"user": map[string]any{"id": "U1", "username": "u"}},
		"data": map[string]any{"id": "CMD", "name": "story", "type": 1, "options": []map[string]any{{"name": sub, "type": 1, "options": o}}}})
	return string(b)
}

func TestInteractionSignature(t *testing.T) {
	e := setupHTTP(t)
	ping := `{"id":"I0","application_id":"APP","type":1,"token":"TOK"}`
	_, other, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name string
		key  ed25519.PrivateKey
		ts   time.Time
		want int
	}{
		{"valid", e.key, time.Now(), 200},
		{"forged", other, time.Now(), 401},
		{"unsigned", nil, time.Now(), 401},
		{"stale", e.key, time.Now().Add(-10 * time.Minute), 401},
		{"future", e.key, time.Now().Add(10 * time.Minute), 401},
	}
	for _, tc := range tests {
		code, out := e.send(t, ping, tc.key, tc.ts)
		if code != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, code, tc.want)
		}
		if code == 200 && out["type"] != float64(1) {
			t.Errorf("PING answered %v, want PONG", out)
		}
	}
	// A forged command changes nothing: no follow is stored.
	e.send(t, command(e.guild(), "follow", map[string]string{"story": "carrow nurses"}), other, time.Now())
	e.a.Wait()
	r := e.core.Handle(context.Background(), bot.Request{Workspace: e.ws, Channel: "C1", Command: bot.CmdUnfollow, Story: "carrow nurses"})
	if r.Code != bot.CodeNotFound {
		t.Errorf("a forged follow was stored: %+v", r)
	}
}

func TestInteractionCommands(t *testing.T) {
	e := setupHTTP(t)
	tests := []struct {
		name, body string
		ephemeral  bool
		contains   string
	}{
		{"latest", command(e.guild(), "latest", map[string]string{"story": "carrow nurses"}), false, "Nurses strike in Carrow"},
		{"claims by party", command(e.guild(), "claims", map[string]string{"story": "carrow nurses", "party": "United Nurses"}), false, "United Nurses of Carrow"},
		{"unknown story", command(e.guild(), "latest", map[string]string{"story": "zebra crossing"}), true, "No story matches"},
		{"bad schedule", command(e.guild(), "follow", map[string]string{"story": "carrow nurses", "schedule": "daily 25:00"}), true, "25:00"},
		{"help", command(e.guild(), "help", nil), true, "latest STORY"},
		{"follow", command(e.guild(), "follow", map[string]string{"story": "carrow nurses", "schedule": "hourly", "timezone": "Europe/Paris"}), false, "hourly (Europe/Paris)"},
		{"follows", command(e.guild(), "follows", nil), false, "This channel follows 1 story"},
		{"list page", command(e.guild(), "list", map[string]string{"page": "1"}), false, "Stories"},
		{"list bad page", command(e.guild(), "list", map[string]string{"page": "0"}), true, "is not a page"},
		{"direct message", command("", "latest", map[string]string{"story": "carrow"}), true, "server"},
		{"button", fmt.Sprintf(`{"id":"I2","application_id":"APP","type":3,"token":"TOK","guild_id":%q,"channel_id":"C1",
			"member":{"user":{"id":"U1"}},"data":{"custom_id":%q,"component_type":2}}`, e.guild(), discord.CustomSources+"carrow nurses"), true, "Sources"},
	}
	for _, tc := range tests {
		code, out := e.send(t, tc.body, e.key, time.Now())
		text, _ := json.Marshal(out)
		if code != 200 || out["type"] != float64(4) {
			t.Fatalf("%s: status %d, answer %s", tc.name, code, text)
		}
		data, _ := out["data"].(map[string]any)
		flags, _ := data["flags"].(float64)
		if (int(flags)&64 != 0) != tc.ephemeral || !strings.Contains(string(text), tc.contains) {
			t.Errorf("%s: ephemeral=%v, want %v, containing %q:\n%s", tc.name, int(flags)&64 != 0, tc.ephemeral, tc.contains, text)
		}
	}
}

func TestAutocomplete(t *testing.T) {
	e := setupHTTP(t)
	body := fmt.Sprintf(`{"id":"I3","application_id":"APP","type":4,"token":"TOK","guild_id":%q,"channel_id":"C1",
		"data":{"id":"CMD","name":"story","type":1,"options":[{"name":"latest","type":1,"options":[{"name":"story","type":3,"value":"carrow","focused":true}]}]}}`, e.guild())
	code, out := e.send(t, body, e.key, time.Now())
	text, _ := json.Marshal(out)
	if code != 200 || out["type"] != float64(8) || !strings.Contains(string(text), "Nurses strike in Carrow") {
		t.Errorf("autocomplete: %d %s", code, text)
	}
}

const page = `<html><head><title>Carrow nurses vote to extend strike</title></head><body><article>
<h1>Carrow nurses vote to extend strike</h1>
<p>Nurses at St Brigid Health Group hospitals in Carrow voted on Thursday to extend their strike over pay and staffing for another 48 hours, the United Nurses of Carrow said.</p>
<p>"We have been left no choice," said Marisol Ibarra, the union's president. St Brigid Health Group said its offer of 9 percent over three years remained on the table.</p>
</article></body></html>`

// TestSlowCommandDeferred: an answer that needs more than the three
// seconds is deferred (type 5) and edited in through the webhook. The
// timer fires once the news site is reading the page, and the site
// answers once the deferral is out.
func TestSlowCommandDeferred(t *testing.T) {
	timer := make(chan time.Time)
	asked := make(chan time.Duration, 10)
	e := setupHTTP(t, func(o *discord.Options) {
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
		close(timer) // the three seconds are up
	}()
	code, out := e.send(t, command(e.guild(), "add", map[string]string{"url": news.URL + "/carrow/slow"}), e.key, time.Now())
	if code != 200 || out["type"] != float64(5) {
		t.Fatalf("slow add: %d %v, want a deferral", code, out)
	}
	free()
	select {
	case d := <-asked:
		if d <= 0 || d >= 3*time.Second {
			t.Errorf("the interaction waited %v for its answer, want less than Discord's three seconds", d)
		}
	default:
		t.Error("the interaction did not wait on the adapter's timer")
	}
	select {
	case c := <-e.rest.calls:
		if c.method != http.MethodPatch || !strings.Contains(c.path, "/webhooks/APP/TOK/messages/@original") ||
			!strings.Contains(fmt.Sprint(c.body["content"]), "Carrow nurses vote to extend strike") {
			t.Errorf("late answer: %s %s %v", c.method, c.path, c.body)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the deferred answer was never edited in")
	}
}

func TestAutocompleteWordBeingTyped(t *testing.T) {
	e := setupHTTP(t)
	for _, typed := range []string{"carr", "Nurses str", ""} {
		body := fmt.Sprintf(`{"id":"I3","application_id":"APP","type":4,"token":"TOK","guild_id":%q,"channel_id":"C1",
		"data":{"id":"CMD","name":"story","type":1,"options":[{"name":"latest","type":1,"options":[{"name":"story","type":3,"value":%q,"focused":true}]}]}}`, e.guild(), typed)
		_, out := e.send(t, body, e.key, time.Now())
		text, _ := json.Marshal(out)
		if !strings.Contains(string(text), "Nurses strike in Carrow") {
			t.Errorf("autocomplete %q: %s", typed, text)
		}
	}
}
