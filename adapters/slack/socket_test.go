package slack_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"

	sb "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/bot"
)

// socketWait bounds every wait of the Socket Mode test.
const socketWait = 5 * time.Second

// socketSlack fakes Slack for Socket Mode in Slack's wire formats: the
// Web API (apps.connections.open, auth.test, chat.postMessage), the
// response_url posts, and the Socket Mode WebSocket at /ws, which sends
// hello, then the envelopes the test queues on out, and reports the
// client's acknowledgements on acks.
type socketSlack struct {
	srv *httptest.Server

	out       chan string         // envelopes to send over the WebSocket
	acks      chan socketAck      // the client's acknowledgements
	posts     chan socketPost     // chat.postMessage calls
	responses chan map[string]any // response_url posts
	connected chan struct{}       // closed when the WebSocket is up
	pong      chan struct{}       // a pong answered the server's ping

	mu         sync.Mutex
	openAuth   string // Authorization of apps.connections.open
	postCount  int
	connecting sync.Once
}

// socketAck is an acknowledgement as Slack receives it.
type socketAck struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
}

// socketPost is a chat.postMessage call.
type socketPost struct {
	channel, text, blocks string
}

func newSocketSlack(t *testing.T) *socketSlack {
	t.Helper()
	s := &socketSlack{
		out:       make(chan string, 10),
		acks:      make(chan socketAck, 10),
		posts:     make(chan socketPost, 10),
		responses: make(chan map[string]any, 10),
		connected: make(chan struct{}),
		pong:      make(chan struct{}, 1),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.openAuth = r.Header.Get("Authorization")
		s.mu.Unlock()
		writeSocketJSON(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/ws"})
	})
	mux.HandleFunc("POST /api/auth.test", func(w http.ResponseWriter, r *http.Request) {
		writeSocketJSON(w, map[string]any{"ok": true, "url": "https://t1.slack.com/", "team": "T", "user": "storybot", "team_id": "T1", "user_id": "UBOT", "bot_id": "B1"})
	})
	mux.HandleFunc("POST /api/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		p, err := readSocketPost(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		s.postCount++
		s.mu.Unlock()
		s.posts <- p
		writeSocketJSON(w, map[string]any{"ok": true, "channel": p.channel, "ts": "1700000000.000200"})
	})
	mux.HandleFunc("POST /respond/", func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		s.responses <- body
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("GET /ws", s.serveWebSocket)
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

// readSocketPost reads a chat.postMessage call, form or JSON.
func readSocketPost(r *http.Request) (socketPost, error) {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var body struct {
			Channel string          `json:"channel"`
			Text    string          `json:"text"`
			Blocks  json.RawMessage `json:"blocks"`
		}
		err := json.NewDecoder(r.Body).Decode(&body)
		return socketPost{channel: body.Channel, text: body.Text, blocks: string(body.Blocks)}, err
	}
	if err := r.ParseForm(); err != nil {
		return socketPost{}, err
	}
	return socketPost{channel: r.PostForm.Get("channel"), text: r.PostForm.Get("text"), blocks: r.PostForm.Get("blocks")}, nil
}

func writeSocketJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// serveWebSocket is Slack's end of a Socket Mode connection: hello, a
// ping (Slack pings every few seconds; the client reconnects when pings
// stop), then the queued envelopes, while reading acknowledgements.
func (s *socketSlack) serveWebSocket(w http.ResponseWriter, r *http.Request) {
	// The client sends Origin: https://api.slack.com, which gorilla's
	// default check refuses for this host.
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	conn.SetPongHandler(func(string) error {
		select {
		case s.pong <- struct{}{}:
		default:
		}
		return nil
	})
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return // the client went away
			}
			var ack socketAck
			if json.Unmarshal(msg, &ack) == nil {
				s.acks <- ack
			}
		}
	}()
	hello := `{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"},"debug_info":{"host":"test","approximate_connection_time":18060}}`
	if conn.WriteMessage(websocket.TextMessage, []byte(hello)) != nil {
		return
	}
	ping := func() error {
		return conn.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second))
	}
	if ping() != nil {
		return
	}
	s.connecting.Do(func() { close(s.connected) })
	ticker := time.NewTicker(5 * time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-closed:
			return
		case <-ticker.C:
			if ping() != nil {
				return
			}
		case env := <-s.out:
			if conn.WriteMessage(websocket.TextMessage, []byte(env)) != nil {
				return
			}
		}
	}
}

// posted is how many chat.postMessage calls were made.
func (s *socketSlack) posted() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.postCount
}

// socketCore is a fake core: it answers every request with its command
// and story, and records the requests.
type socketCore struct {
	mu   sync.Mutex
	reqs []bot.Request
}

func (c *socketCore) Handle(_ context.Context, req bot.Request) bot.Reply {
	c.mu.Lock()
	c.reqs = append(c.reqs, req)
	c.mu.Unlock()
	return bot.Reply{Kind: bot.KindText, Text: strings.TrimSpace(fmt.Sprintf("fake %s answer %s", req.Command, req.Story))}
}

func (c *socketCore) DropLink(context.Context, bot.Job) error { return nil }

func (c *socketCore) requests() []bot.Request {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.reqs)
}

// socketDeduper is an in-memory Deduper (without expiry).
type socketDeduper struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (d *socketDeduper) FirstTime(_ context.Context, ws, key string, _ time.Duration) (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen[ws+"\x00"+key] {
		return false, nil
	}
	if d.seen == nil {
		d.seen = map[string]bool{}
	}
	d.seen[ws+"\x00"+key] = true
	return true, nil
}

func (d *socketDeduper) Forget(_ context.Context, ws, key string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.seen, ws+"\x00"+key)
	return nil
}

// socketEnvelope is an envelope as Slack sends it.
func socketEnvelope(t *testing.T, typ, envelopeID string, retry int, payload any) string {
	t.Helper()
	reason := ""
	if retry > 0 {
		reason = "timeout"
	}
	b, err := json.Marshal(map[string]any{
		"envelope_id": envelopeID, "type": typ, "payload": payload,
		"accepts_response_payload": typ != "events_api", "retry_attempt": retry, "retry_reason": reason,
	})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSocketMode(t *testing.T) {
	fs := newSocketSlack(t)
	api := slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-test"), slack.OptionAPIURL(fs.srv.URL+"/api/"))
	core := &socketCore{}
	a := sb.New(sb.Options{Core: core, API: api, Deduper: &socketDeduper{}})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}

	stopped := make(chan error, 1)
	go func() { stopped <- a.RunSocketMode(ctx, sb.NewSocketClient(api)) }()
	select {
	case <-fs.connected:
	case err := <-stopped:
		t.Fatalf("RunSocketMode returned before connecting: %v", err)
	case <-time.After(socketWait):
		t.Fatal("no Socket Mode connection")
	}
	fs.mu.Lock()
	if fs.openAuth != "Bearer xapp-test" {
		t.Errorf("apps.connections.open with %q, want the app-level token", fs.openAuth)
	}
	fs.mu.Unlock()

	mention := map[string]any{
		"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": "Ev1", "event_time": 1700000000,
		"event": map[string]any{
			"type": "app_mention", "user": "U1", "text": "<@UBOT> list", "channel": "C1",
			"ts": "1700000000.000100", "event_ts": "1700000000.000100",
		},
	}
	command := map[string]any{
		"token": "x", "command": "/story", "text": "help", "team_id": "T1", "team_domain": "t1",
		"channel_id": "C1", "channel_name": "general", "user_id": "U1", "user_name": "u1",
		"response_url": fs.srv.URL + "/respond/command", "trigger_id": "1.2.3", "api_app_id": "A1",
	}
	click := map[string]any{
		"type": "block_actions", "team": map[string]any{"id": "T1"}, "user": map[string]any{"id": "U1"},
		"channel": map[string]any{"id": "C1"}, "response_url": fs.srv.URL + "/respond/click",
		"actions": []map[string]any{{"action_id": sb.ActionLatest, "block_id": "b1", "type": "button", "value": "s1"}},
	}
	// E1 twice (delivered again as is) and E3 (Slack's retry) are the same
	// event: one answer.
	fs.out <- socketEnvelope(t, "events_api", "E1", 0, mention)
	fs.out <- socketEnvelope(t, "slash_commands", "E2", 0, command)
	fs.out <- socketEnvelope(t, "events_api", "E1", 0, mention)
	fs.out <- socketEnvelope(t, "events_api", "E3", 1, mention)
	fs.out <- socketEnvelope(t, "interactive", "E4", 0, click)

	acks := map[string][]json.RawMessage{}
	for n := 0; n < 5; n++ {
		select {
		case ack := <-fs.acks:
			acks[ack.EnvelopeID] = append(acks[ack.EnvelopeID], ack.Payload)
		case <-time.After(socketWait):
			t.Fatalf("%d of 5 acknowledgements, got %v", n, acks)
		}
	}
	for id, n := range map[string]int{"E1": 2, "E2": 1, "E3": 1, "E4": 1} {
		if len(acks[id]) != n {
			t.Errorf("envelope %s acknowledged %d times, want %d", id, len(acks[id]), n)
		}
	}
	if len(acks["E2"]) == 1 {
		var msg struct {
			Text         string          `json:"text"`
			ResponseType string          `json:"response_type"`
			Blocks       json.RawMessage `json:"blocks"`
		}
		if err := json.Unmarshal(acks["E2"][0], &msg); err != nil {
			t.Errorf("slash command acknowledgement payload %s: %v", acks["E2"][0], err)
		} else if !strings.Contains(msg.Text, "fake help answer") {
			t.Errorf("slash command answered %s, want the core's answer", acks["E2"][0])
		}
	}
	for _, id := range []string{"E1", "E3", "E4"} {
		for _, p := range acks[id] {
			if len(p) != 0 && string(p) != "null" {
				t.Errorf("envelope %s acknowledged with payload %s", id, p)
			}
		}
	}

	select {
	case p := <-fs.posts:
		if p.channel != "C1" || !strings.Contains(p.text+p.blocks, "fake list answer") {
			t.Errorf("mention answered with %+v", p)
		}
	case <-time.After(socketWait):
		t.Fatal("the mention was not answered")
	}
	select {
	case body := <-fs.responses:
		if body["response_type"] != "ephemeral" || !strings.Contains(fmt.Sprint(body["text"], body["blocks"]), "fake latest answer s1") {
			t.Errorf("button answered with %v", body)
		}
	case <-time.After(socketWait):
		t.Fatal("the button click was not answered")
	}

	cancel()
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("RunSocketMode after cancel: %v", err)
		}
	case <-time.After(socketWait):
		t.Fatal("RunSocketMode did not return after cancel")
	}
	waited := make(chan struct{})
	go func() { a.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-time.After(socketWait):
		t.Fatal("background work did not finish")
	}
	if n := fs.posted(); n != 1 {
		t.Errorf("%d chat.postMessage calls, want 1 (one event, delivered three times)", n)
	}

	var got []string
	for _, r := range core.requests() {
		got = append(got, fmt.Sprintf("%s %s %s %s %s", r.Command, r.Workspace, r.Channel, r.User, r.Story))
	}
	slices.Sort(got)
	want := []string{"help slack:T1 C1 U1 ", "latest slack:T1 C1 U1 s1", "list slack:T1 C1 U1 "}
	if !slices.Equal(got, want) {
		t.Errorf("core asked %q, want %q", got, want)
	}
	select {
	case <-fs.pong:
	default:
		t.Error("the client did not answer the server's ping")
	}
}

// TestSocketModeRefused checks that RunSocketMode stops with an error
// when Slack refuses the app-level token.
func TestSocketModeRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeSocketJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
	}))
	t.Cleanup(srv.Close)
	api := slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-wrong"), slack.OptionAPIURL(srv.URL+"/api/"))
	a := sb.New(sb.Options{Core: &socketCore{}, API: api})
	stopped := make(chan error, 1)
	go func() { stopped <- a.RunSocketMode(context.Background(), sb.NewSocketClient(api)) }()
	select {
	case err := <-stopped:
		if err == nil || !strings.Contains(err.Error(), "invalid_auth") {
			t.Errorf("RunSocketMode with a refused token: %v", err)
		}
	case <-time.After(socketWait):
		t.Fatal("RunSocketMode did not stop on a refused token")
	}
}
