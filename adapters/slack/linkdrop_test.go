package slack_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/storybot/storybot/adapters/redis"
	sb "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/bot"
)

// queueDown is a core whose work queue is on a Redis-protocol server of
// its own, stopped and started by the test; the dedupe of events stays on
// the store under test.
type queueDown struct {
	emb   *redis.Embedded
	queue *redis.Queue
	core  *bot.Bot
}

func newQueueDown(t *testing.T, e env) *queueDown {
	t.Helper()
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Close)
	rdb := emb.Client()
	t.Cleanup(func() { rdb.Close() })
	q := redis.NewQueue(rdb, redis.QueueOptions{})
	return &queueDown{emb: emb, queue: q, core: bot.New(bot.Options{Store: e.store, Queue: q})}
}

// deliverEvent posts an event as Slack delivers it the retry-th time.
func deliverEvent(t *testing.T, e env, body string, retry int) int {
	t.Helper()
	h := sign(body, time.Now(), secret)
	if retry > 0 {
		h.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
		h.Set("X-Slack-Retry-Reason", "http_error")
	}
	code, _ := post(t, e, "/slack/events", body, "application/json", h)
	e.adapter.Wait()
	return code
}

// TestLinkDropStorageDown: a link dropped while the queue's Redis is down
// gets no reaction and no 2xx, so Slack delivers it again; the event is
// not remembered as handled, so that delivery, with Redis back, queues the
// link and reacts. Slack's last delivery that still fails says so in the
// thread.
func TestLinkDropStorageDown(t *testing.T) {
	e := setup(t)
	d := newQueueDown(t, e)
	a := sb.New(sb.Options{Core: d.core, API: slack.New("xoxb-test", slack.OptionAPIURL(e.slack.srv.URL+"/api/")),
		Deduper: e.store, SigningSecret: secret})
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.server.Config.Handler = mux(a)
	e.adapter = a
	ctx := context.Background()

	d.emb.Close()
	body := messageEvent(e, "Ev-down-1", "read this <https://news.example/carrow/late-shift>")
	if code := deliverEvent(t, e, body, 0); code < 500 {
		t.Errorf("link not queued: status %d, want 5xx so that Slack retries", code)
	}
	if n := e.slack.count("reactions.add"); n != 0 {
		t.Errorf("%d reactions for a link that was not queued", n)
	}

	if err := d.emb.Restart(); err != nil {
		t.Fatal(err)
	}
	if code := deliverEvent(t, e, body, 1); code != http.StatusOK {
		t.Errorf("Slack's retry with Redis back: status %d, want 200", code)
	}
	if n, err := d.queue.Pending(ctx); err != nil || n != 1 {
		t.Errorf("queued %d jobs (%v), want the link once", n, err)
	}
	if n := e.slack.count("reactions.add"); n != 1 {
		t.Errorf("%d reactions, want 1 once the link is queued", n)
	}
	if code := deliverEvent(t, e, body, 2); code != http.StatusOK {
		t.Errorf("a delivery after the event was handled: status %d, want 200", code)
	}
	if n, _ := d.queue.Pending(ctx); n != 1 {
		t.Errorf("queued %d jobs after one more delivery, want still 1", n)
	}

	// Slack's last delivery, still failing: acknowledged, and told in
	// the thread.
	d.emb.Close()
	last := messageEvent(e, "Ev-down-2", "and <https://news.example/carrow/night-shift>")
	if code := deliverEvent(t, e, last, 3); code != http.StatusOK {
		t.Errorf("Slack's last delivery: status %d, want 200 (it would not come again)", code)
	}
	note := e.slack.next(t, "chat.postMessage")
	if text := note.form.Get("text"); !strings.Contains(text, "https://news.example/carrow/night-shift") ||
		!strings.Contains(text, "again later") || note.form.Get("thread_ts") != "1700000000.000100" {
		t.Errorf("note in the thread: %v", note.form)
	}
	if n := e.slack.count("reactions.add"); n != 1 {
		t.Errorf("%d reactions, want still 1", n)
	}
}

// TestSocketLinkDropStorageDown: over Socket Mode, a link drop whose link
// cannot be queued is not acknowledged (Slack delivers it again), and
// its redelivery with Redis back is acknowledged, queued and reacted to.
func TestSocketLinkDropStorageDown(t *testing.T) {
	e := setup(t)
	d := newQueueDown(t, e)
	fs := newSocketSlack(t)
	reactions := make(chan url.Values, 10)
	fs.srv.Config.Handler = withReactions(fs.srv.Config.Handler, reactions)
	api := slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-test"), slack.OptionAPIURL(fs.srv.URL+"/api/"))
	a := sb.New(sb.Options{Core: d.core, API: api, Deduper: e.store})
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
	msg := map[string]any{
		"token": "x", "team_id": strings.TrimPrefix(e.ws, "slack:"), "api_app_id": "A1", "type": "event_callback",
		"event_id": "Ev-socket-down", "event_time": 1700000000,
		"event": map[string]any{"type": "message", "channel": "C1", "channel_type": "channel", "user": "U1",
			"text": "see <https://news.example/carrow/ward-7>", "ts": "1700000000.000100", "event_ts": "1700000000.000100"},
	}

	d.emb.Close()
	fs.out <- socketEnvelope(t, "events_api", "E1", 0, msg)
	// A slash command after it: acknowledged, so the link drop before it
	// was seen and handled by then.
	fs.out <- socketEnvelope(t, "slash_commands", "E2", 0, map[string]any{
		"command": "/story", "text": "help", "team_id": "T1", "channel_id": "C1", "user_id": "U1",
		"response_url": fs.srv.URL + "/respond/command"})
	if got := awaitAck(t, fs, "E2"); got != "E2" {
		t.Fatalf("acknowledged %s", got)
	}
	a.Wait()
	select {
	case ack := <-fs.acks:
		t.Errorf("envelope %s acknowledged although its link was not queued", ack.EnvelopeID)
	case r := <-reactions:
		t.Errorf("reaction %v for a link that was not queued", r)
	case <-time.After(200 * time.Millisecond):
	}

	if err := d.emb.Restart(); err != nil {
		t.Fatal(err)
	}
	fs.out <- socketEnvelope(t, "events_api", "E1", 1, msg) // Slack's redelivery
	if got := awaitAck(t, fs, "E1"); got != "E1" {
		t.Fatalf("acknowledged %s", got)
	}
	select {
	case <-reactions:
	case <-time.After(socketWait):
		t.Error("no reaction once the link was queued")
	}
	if n, err := d.queue.Pending(ctx); err != nil || n != 1 {
		t.Errorf("queued %d jobs (%v), want the link once", n, err)
	}
	cancel()
	<-stopped
	a.Wait()
}

// awaitAck waits for the next acknowledgement.
func awaitAck(t *testing.T, fs *socketSlack, want string) string {
	t.Helper()
	select {
	case ack := <-fs.acks:
		return ack.EnvelopeID
	case <-time.After(socketWait):
		t.Fatalf("no acknowledgement of %s", want)
	}
	return ""
}

// withReactions records reactions.add calls on reactions and answers them.
func withReactions(next http.Handler, reactions chan<- url.Values) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/reactions.add" {
			next.ServeHTTP(w, r)
			return
		}
		r.ParseForm()
		reactions <- r.PostForm
		writeSocketJSON(w, map[string]any{"ok": true})
	})
}

func mux(a *sb.Adapter) http.Handler {
	m := http.NewServeMux()
	for pattern, h := range a.Handlers() {
		m.Handle(pattern, h)
	}
	return m
}
