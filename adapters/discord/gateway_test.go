package discord

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/storybot/storybot/bot"
)

// gwWait bounds every wait of the gateway tests.
const gwWait = 5 * time.Second

// gwCall is a REST request the fake Discord received.
type gwCall struct {
	Method, Path string
	Body         []byte
}

// gwDiscord is a fake Discord: the REST API (under discordgo's
// /api/vN, recording every request) and a gateway that says HELLO,
// checks IDENTIFY, sends READY, acknowledges heartbeats and dispatches
// the events the test hands it.
type gwDiscord struct {
	t      *testing.T
	srv    *httptest.Server
	prefix string // "/api/v9"

	mu      sync.Mutex
	calls   []gwCall
	changed chan struct{} // closed and replaced at each call

	identify chan map[string]any // the IDENTIFY payloads
	events   chan []byte         // dispatches to send
	done     chan struct{}       // closed when the test ends
}

func newGWDiscord(t *testing.T) *gwDiscord {
	f := &gwDiscord{
		t:        t,
		prefix:   "/api/v" + discordgo.APIVersion,
		changed:  make(chan struct{}),
		identify: make(chan map[string]any, 4),
		events:   make(chan []byte, 16),
		done:     make(chan struct{}),
	}
	mux := http.NewServeMux()
	p := f.prefix
	gateway := func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		gwWriteJSON(w, map[string]any{"url": f.wsURL(), "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 1000, "max_concurrency": 1}})
	}
	mux.HandleFunc("GET "+p+"/gateway", gateway)
	mux.HandleFunc("GET "+p+"/gateway/bot", gateway)
	mux.HandleFunc("PUT "+p+"/applications/{app}/commands", func(w http.ResponseWriter, r *http.Request) {
		body := f.record(r)
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		for i, c := range cmds {
			c["id"] = "CMD" + string(rune('0'+i))
			c["application_id"] = r.PathValue("app")
		}
		gwWriteJSON(w, cmds)
	})
	mux.HandleFunc("POST "+p+"/interactions/{id}/{token}/callback", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("PATCH "+p+"/webhooks/{app}/{token}/messages/@original", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		gwWriteJSON(w, map[string]any{"id": "m1", "channel_id": "C1", "content": ""})
	})
	mux.HandleFunc("POST "+p+"/channels/{ch}/messages", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		gwWriteJSON(w, map[string]any{"id": "m2", "channel_id": r.PathValue("ch"), "content": "",
			"author": map[string]any{"id": "BOT", "username": "storybot", "bot": true}})
	})
	mux.HandleFunc("PUT "+p+"/channels/{ch}/messages/{m}/reactions/{emoji}/@me", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("/gw", f.gateway)
	mux.HandleFunc("/gw/", f.gateway)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		t.Errorf("fake Discord: unexpected request %s %s", r.Method, r.URL.Path)
		http.NotFound(w, r)
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	t.Cleanup(func() { close(f.done) }) // first: lets the gateway go
	return f
}

func gwWriteJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// wsURL is the gateway's URL.
func (f *gwDiscord) wsURL() string { return "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gw" }

// record remembers a REST request and returns its body.
func (f *gwDiscord) record(r *http.Request) []byte {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, gwCall{Method: r.Method, Path: r.URL.Path, Body: body})
	close(f.changed)
	f.changed = make(chan struct{})
	return body
}

// await waits for a REST request that ok accepts.
func (f *gwDiscord) await(what string, ok func(gwCall) bool) gwCall {
	f.t.Helper()
	timeout := time.After(gwWait)
	for {
		f.mu.Lock()
		for _, c := range f.calls {
			if ok(c) {
				f.mu.Unlock()
				return c
			}
		}
		changed := f.changed
		f.mu.Unlock()
		select {
		case <-changed:
		case <-timeout:
			f.mu.Lock()
			defer f.mu.Unlock()
			for _, c := range f.calls {
				f.t.Logf("got %s %s %s", c.Method, c.Path, c.Body)
			}
			f.t.Fatalf("fake Discord: no %s within %v", what, gwWait)
		}
	}
}

// dispatch sends a gateway event (op 0).
func (f *gwDiscord) dispatch(typ string, data string) {
	f.events <- []byte(`{"op":0,"t":"` + typ + `","d":` + data + `}`)
}

// gateway speaks the gateway protocol on one websocket connection.
func (f *gwDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("encoding") != "json" {
		f.t.Errorf("gateway: encoding %q, want json", r.URL.Query().Get("encoding"))
	}
	conn, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("gateway: upgrade: %v", err)
		return
	}
	defer conn.Close()
	if err := conn.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 1000}}); err != nil {
		f.t.Errorf("gateway: hello: %v", err)
		return
	}
	// The client may heartbeat before it identifies.
	var ident struct {
		Op int            `json:"op"`
		D  map[string]any `json:"d"`
	}
	for {
		if err := conn.ReadJSON(&ident); err != nil {
			f.t.Errorf("gateway: read identify: %v", err)
			return
		}
		if ident.Op != 1 {
			break
		}
		conn.WriteJSON(map[string]any{"op": 11})
	}
	if ident.Op == 6 {
		// RESUME: discordgo reconnects with the session it had when a
		// heartbeat failed while the test shut the connection down; the
		// fake gateway serves one session only, so it just closes.
		return
	}
	if ident.Op != 2 {
		f.t.Errorf("gateway: op %d, want IDENTIFY (2)", ident.Op)
		return
	}
	f.identify <- ident.D
	ready := map[string]any{"op": 0, "t": "READY", "s": 1, "d": map[string]any{
		"v": 10, "session_id": "S1", "resume_gateway_url": f.wsURL(), "guilds": []any{},
		"user":        map[string]any{"id": "BOT", "username": "storybot", "bot": true},
		"application": map[string]any{"id": "APP"},
	}}
	if err := conn.WriteJSON(ready); err != nil {
		f.t.Errorf("gateway: ready: %v", err)
		return
	}

	heartbeats := make(chan struct{})
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		for {
			var msg struct {
				Op int `json:"op"`
			}
			if err := conn.ReadJSON(&msg); err != nil {
				return // the client closed the connection
			}
			if msg.Op == 1 {
				select {
				case heartbeats <- struct{}{}:
				case <-f.done:
					return
				}
			}
		}
	}()
	seq := 1
	for {
		select {
		case <-heartbeats:
			conn.WriteJSON(map[string]any{"op": 11})
		case ev := <-f.events:
			seq++
			var m map[string]any
			json.Unmarshal(ev, &m)
			m["s"] = seq
			if err := conn.WriteJSON(m); err != nil {
				f.t.Errorf("gateway: dispatch: %v", err)
				return
			}
		case <-closed:
			return
		case <-f.done:
			return
		}
	}
}

// gwCore is a fake Core: commands answer their own words, links join
// story s1.
type gwCore struct {
	links chan [2]string // workspace, link
}

func (c *gwCore) Handle(ctx context.Context, req bot.Request) bot.Reply {
	return bot.Reply{Kind: bot.KindText, Text: "fake " + string(req.Command) + " " + req.Story}
}

func (c *gwCore) DropLink(ctx context.Context, j bot.Job) error {
	c.links <- [2]string{j.Workspace, j.URL}
	return nil
}

func (c *gwCore) Suggest(ctx context.Context, ws, words string, n int) ([]bot.StoryInfo, error) {
	return nil, nil
}

// gwDeduper is a map-based Deduper that never forgets.
type gwDeduper struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (d *gwDeduper) FirstTime(ctx context.Context, ws, key string, ttl time.Duration) (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen[ws+" "+key] {
		return false, nil
	}
	d.seen[ws+" "+key] = true
	return true, nil
}

// gwLog is a log writer that goes quiet when the test ends (background
// goroutines may outlive it).
type gwLog struct {
	mu   sync.Mutex
	t    *testing.T
	done bool
}

func newGWLog(t *testing.T) *gwLog {
	l := &gwLog{t: t}
	t.Cleanup(func() {
		l.mu.Lock()
		l.done = true
		l.mu.Unlock()
	})
	return l
}

func (l *gwLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done {
		l.t.Log(strings.TrimSuffix(string(p), "\n"))
	}
	return len(p), nil
}

// gwMessage is a MESSAGE_CREATE payload in guild G1, channel C1.
func gwMessage(id, author string, isBot bool, content string, mentions ...string) string {
	m := map[string]any{
		"id": id, "channel_id": "C1", "guild_id": "G1", "content": content, "type": 0,
		"timestamp": "2026-01-02T03:04:05Z",
		"author":    map[string]any{"id": author, "username": "u-" + author, "bot": isBot},
		"mentions":  []any{},
	}
	for _, id := range mentions {
		m["mentions"] = append(m["mentions"].([]any), map[string]any{"id": id, "username": "storybot", "bot": true})
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// TestGateway runs the adapter against a fake Discord end to end: the
// command is registered at READY, an application command is answered
// through the callback endpoint, a mention is answered in the channel, a
// link is ingested with a reaction and a reply, bots are ignored, and
// RunGateway returns when its context is done.
func TestGateway(t *testing.T) {
	f := newGWDiscord(t)
	core := &gwCore{links: make(chan [2]string, 8)}
	s, err := NewSession("tok", f.srv.URL+"/api", "")
	if err != nil {
		t.Fatal(err)
	}
	a := New(Options{Core: core, Session: s, AppID: "APP", Deduper: &gwDeduper{seen: map[string]bool{}},
		Logger: slog.New(slog.NewTextHandler(newGWLog(t), &slog.HandlerOptions{Level: slog.LevelDebug}))})

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ran := make(chan error, 1)
	go func() { ran <- a.RunGateway(ctx) }()

	select {
	case id := <-f.identify:
		if id["token"] != "Bot tok" {
			t.Errorf("identify token %q, want %q", id["token"], "Bot tok")
		}
		intents, _ := id["intents"].(float64)
		if want := discordgo.IntentMessageContent | discordgo.IntentsGuildMessages; discordgo.Intent(intents)&want != want {
			t.Errorf("identify intents %#x lack %#x", int(intents), want)
		}
	case err := <-ran:
		t.Fatalf("RunGateway returned before IDENTIFY: %v", err)
	case <-time.After(gwWait):
		t.Fatal("no IDENTIFY")
	}

	// READY registers the command (and, before that, records the bot).
	reg := f.await("command registration", func(c gwCall) bool {
		return c.Method == http.MethodPut && c.Path == f.prefix+"/applications/APP/commands"
	})
	var cmds []discordgo.ApplicationCommand
	if err := json.Unmarshal(reg.Body, &cmds); err != nil || len(cmds) != 1 || cmds[0].Name != "story" {
		t.Errorf("registered %s (%v), want the story command", reg.Body, err)
	}

	// Bots, the bot itself included, are not listened to.
	f.dispatch("MESSAGE_CREATE", gwMessage("M0", "BOT", true, "see https://example.com/self"))
	f.dispatch("MESSAGE_CREATE", gwMessage("M00", "B2", true, "<@BOT> list https://example.com/bot"))

	f.dispatch("INTERACTION_CREATE", `{"id":"I1","application_id":"APP","type":2,"token":"TOK","guild_id":"G1","channel_id":"C1",
		"member":{"user":{"id":"U1","username":"u"}},
		"data":{"id":"CMD","name":"story","type":1,"options":[{"name":"latest","type":1,"options":[{"name":"story","type":3,"value":"carrow nurses"}]}]}}`)
	cb := f.await("interaction callback", func(c gwCall) bool {
		return c.Method == http.MethodPost && c.Path == f.prefix+"/interactions/I1/TOK/callback"
	})
	var resp struct {
		Type discordgo.InteractionResponseType `json:"type"`
	}
	if err := json.Unmarshal(cb.Body, &resp); err != nil {
		t.Fatalf("callback %s: %v", cb.Body, err)
	}
	const answer = "fake latest carrow nurses"
	switch resp.Type {
	case discordgo.InteractionResponseChannelMessageWithSource:
		if !strings.Contains(string(cb.Body), answer) {
			t.Errorf("callback %s lacks %q", cb.Body, answer)
		}
	case discordgo.InteractionResponseDeferredChannelMessageWithSource:
		// A slow machine: the answer is edited in.
		f.await("edit with "+answer, func(c gwCall) bool {
			return c.Method == http.MethodPatch && c.Path == f.prefix+"/webhooks/APP/TOK/messages/@original" &&
				strings.Contains(string(c.Body), answer)
		})
	default:
		t.Errorf("callback type %d, want %d: %s", resp.Type, discordgo.InteractionResponseChannelMessageWithSource, cb.Body)
	}

	f.dispatch("MESSAGE_CREATE", gwMessage("M1", "U1", false, "<@BOT> list", "BOT"))
	f.await("mention answer", func(c gwCall) bool {
		return c.Method == http.MethodPost && c.Path == f.prefix+"/channels/C1/messages" &&
			strings.Contains(string(c.Body), "fake list")
	})

	f.dispatch("MESSAGE_CREATE", gwMessage("M2", "U1", false, "worth a read: https://news.example/carrow-strike"))
	select {
	case got := <-core.links:
		if want := [2]string{"discord:G1", "https://news.example/carrow-strike"}; got != want {
			t.Errorf("DropLink%q, want %q", got, want)
		}
	case <-time.After(gwWait):
		t.Fatal("the link was not ingested")
	}
	f.await("reaction", func(c gwCall) bool {
		return c.Method == http.MethodPut && strings.HasPrefix(c.Path, f.prefix+"/channels/C1/messages/M2/reactions/") &&
			strings.HasSuffix(c.Path, "/@me")
	})
	// The core says where the link went through the adapter as Poster.
	if _, err := a.Post(context.Background(), "C1", "", bot.Reply{Kind: bot.KindText, Text: "Added to T (s1)"}); err != nil {
		t.Fatal(err)
	}
	f.await("a note naming the story", func(c gwCall) bool {
		return c.Method == http.MethodPost && c.Path == f.prefix+"/channels/C1/messages" &&
			strings.Contains(string(c.Body), "s1")
	})

	start := time.Now()
	cancel()
	select {
	case err := <-ran:
		if err != nil {
			t.Errorf("RunGateway: %v", err)
		}
	case <-time.After(gwWait):
		t.Fatal("RunGateway did not return after cancel")
	}
	t.Logf("RunGateway returned %v after cancel", time.Since(start).Round(time.Millisecond))
	a.Wait()

	select {
	case got := <-core.links:
		t.Errorf("AddLink%q: a bot's message was read", got)
	default:
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.calls {
		if strings.Contains(c.Path, "/M0/") || strings.Contains(c.Path, "/M00/") {
			t.Errorf("%s %s: a bot's message was answered", c.Method, c.Path)
		}
	}
}

// TestNewSession checks NewSession's transport: the gateway named by
// gatewayURL is answered locally, and REST requests go to apiURL,
// whichever form of it.
func TestNewSession(t *testing.T) {
	var (
		mu    sync.Mutex
		paths []string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.EscapedPath())
		mu.Unlock()
		if r.Header.Get("Authorization") != "Bot tok" {
			t.Errorf("%s: Authorization %q", r.URL.Path, r.Header.Get("Authorization"))
		}
		if r.Host == "discord.com" {
			t.Errorf("%s: Host %q", r.URL.Path, r.Host)
		}
		gwWriteJSON(w, map[string]any{"id": "BOT", "username": "storybot", "bot": true})
	}))
	defer srv.Close()
	last := func() string {
		mu.Lock()
		defer mu.Unlock()
		if len(paths) == 0 {
			return ""
		}
		return paths[len(paths)-1]
	}

	const gw = "ws://127.0.0.1:1/gw"
	v := "/v" + discordgo.APIVersion
	for _, tc := range []struct{ api, want string }{
		{srv.URL, "/api" + v + "/users/@me"},
		{srv.URL + "/", "/api" + v + "/users/@me"},
		{srv.URL + "/api", "/api" + v + "/users/@me"},
		{srv.URL + "/discord/api/", "/discord/api" + v + "/users/@me"},
		{srv.URL + "/api/v10", "/api/v10/users/@me"},
	} {
		s, err := NewSession("tok", tc.api, gw)
		if err != nil {
			t.Fatalf("NewSession(%q): %v", tc.api, err)
		}
		if s.Identify.Intents != Intents || !s.ShouldReconnectOnError {
			t.Errorf("intents %#x, reconnect %v", s.Identify.Intents, s.ShouldReconnectOnError)
		}
		u, err := s.User("@me")
		if err != nil {
			t.Fatalf("%s: User: %v", tc.api, err)
		}
		if u.ID != "BOT" || last() != tc.want {
			t.Errorf("%s: user %q at %q, want BOT at %q", tc.api, u.ID, last(), tc.want)
		}
		// Escaped segments stay escaped.
		if err := s.MessageReactionAdd("C1", "M1", "📰"); err != nil {
			t.Fatalf("%s: reaction: %v", tc.api, err)
		}
		if want := strings.TrimSuffix(tc.want, "/users/@me") + "/channels/C1/messages/M1/reactions/%F0%9F%93%B0/@me"; last() != want {
			t.Errorf("%s: reaction at %q, want %q", tc.api, last(), want)
		}

		mu.Lock()
		n := len(paths)
		mu.Unlock()
		bot, err := s.GatewayBot()
		if err != nil {
			t.Fatalf("GatewayBot: %v", err)
		}
		if bot.URL != gw+"/" || bot.Shards != 1 {
			t.Errorf("GatewayBot = %+v, want %s/ and 1 shard", bot, gw)
		}
		if g, err := s.Gateway(); err != nil || g != gw+"/" {
			t.Errorf("Gateway = %q, %v; want %s/", g, err, gw)
		}
		mu.Lock()
		if len(paths) != n {
			t.Errorf("the gateway lookups reached the server: %q", paths[n:])
		}
		mu.Unlock()
	}

	// Without gatewayURL the lookup goes to the API.
	s, err := NewSession("tok", srv.URL+"/api/v10", "")
	if err != nil {
		t.Fatal(err)
	}
	s.Gateway()
	if got := last(); got != "/api/v10/gateway" {
		t.Errorf("Gateway asked %q, want /api/v10/gateway", got)
	}

	// Without either, the session talks to Discord (not tried here).
	s, err = NewSession("tok", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Client.Timeout == 0 || s.Client.Transport == nil {
		t.Errorf("client %+v: want a timeout and a transport", s.Client)
	}

	for _, bad := range [][2]string{{"discord.test", ""}, {"ftp://x/api", ""}, {"", "/gateway"}, {"", "http://x/gw"}} {
		if _, err := NewSession("tok", bad[0], bad[1]); err == nil {
			t.Errorf("NewSession(%q, %q): no error", bad[0], bad[1])
		}
	}
}
