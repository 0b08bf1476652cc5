package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/bot"
)

// soakSecret signs the Slack requests of the soak test.
const soakSecret = "soak-signing-secret"

// soakSlack is a local stand-in for Slack's Web API that records every
// chat.postMessage and reactions.add the replicas make.
type soakSlack struct {
	srv   *httptest.Server
	mu    sync.Mutex
	posts []url.Values // chat.postMessage forms
	reac  []url.Values // reactions.add forms
}

func newSoakSlack(t *testing.T) *soakSlack {
	s := &soakSlack{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		form, _ := url.ParseQuery(string(raw))
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			var m map[string]any
			json.Unmarshal(raw, &m)
			form = url.Values{}
			for k, v := range m {
				form.Set(k, fmt.Sprint(v))
			}
		}
		w.Header().Set("Content-Type", "application/json")
		s.mu.Lock()
		defer s.mu.Unlock()
		switch strings.TrimPrefix(r.URL.Path, "/api/") {
		case "auth.test":
			io.WriteString(w, `{"ok":true,"team":"T","user":"storybot","team_id":"TSOAK","user_id":"UBOT"}`)
			return
		case "chat.postMessage":
			s.posts = append(s.posts, form)
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1800000000.%06d"}`, form.Get("channel"), len(s.posts))
			return
		case "reactions.add":
			s.reac = append(s.reac, form)
		}
		io.WriteString(w, `{"ok":true}`)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

// replies returns the texts posted in the thread of message ts.
func (s *soakSlack) replies(ts string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, f := range s.posts {
		if f.Get("thread_ts") == ts {
			out = append(out, f.Get("text"))
		}
	}
	return out
}

// soakArticle is a distinct invented news article: its own place, people
// and figures, so that no two of them are duplicates.
func soakArticle(n int) string {
	town := fmt.Sprintf("Velmar%03d", n)
	return fmt.Sprintf(`<html><head><title>Council of %[1]s approves budget number %[2]d</title></head><body><article>
<h1>Council of %[1]s approves budget number %[2]d</h1>
<p>The council of %[1]s voted %[3]d to %[4]d on Monday to approve a budget of %[5]d million crowns for the coming year, the town clerk said.</p>
<p>"This budget keeps the libraries of %[1]s open," said Mayor Ilse Corven%[2]d, who proposed it. The opposition leader, Tomas Brekke%[2]d, said the plan "borrows from our children".</p>
<p>The budget raises the property levy by %[6]d percent and funds %[7]d new teachers, according to the council's own figures.</p>
</article></body></html>`, town, n, 5+n%4, 2+n%3, 100+n, 1+n%7, 10+n)
}

// soakHostile is article k made of one short quoted statement repeated
// to about size bytes.
func soakHostile(size, k int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>Mayor of Orlen%d will not back down</title></head><body><article><p>", k)
	for b.Len() < size {
		fmt.Fprintf(&b, `"We will not back down," said Mayor Aldo Persk%d. `, k)
	}
	b.WriteString("</p></article></body></html>")
	return b.String()
}

// soakNews serves the articles and the failing links of the soak test.
type soakNews struct {
	srv   *httptest.Server
	mu    sync.Mutex
	flaky map[string]int // requests so far, per flaky path
}

func newSoakNews(t *testing.T) *soakNews {
	n := &soakNews{flaky: map[string]int{}}
	// Unstarted until n.srv is set: the feed's handler reads its URL.
	n.srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		switch {
		case strings.HasPrefix(p, "/a/"), strings.HasPrefix(p, "/feed/a/"):
			var k int
			fmt.Sscanf(p[strings.LastIndex(p, "/")+1:], "%d", &k)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, soakArticle(k))
		case strings.HasPrefix(p, "/flaky/"):
			// Fails twice with a 503, then serves the article.
			n.mu.Lock()
			n.flaky[p]++
			tries := n.flaky[p]
			n.mu.Unlock()
			if tries <= 2 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			var k int
			fmt.Sscanf(p[len("/flaky/"):], "%d", &k)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, soakArticle(k))
		case strings.HasPrefix(p, "/hostile/"):
			var k int
			fmt.Sscanf(p[len("/hostile/"):], "%d", &k)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, soakHostile(376<<10, k))
		case strings.HasPrefix(p, "/pdf/"):
			w.Header().Set("Content-Type", "application/pdf")
			io.WriteString(w, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n\x00\x00\x00trailer\n%%EOF\n")
		case p == "/feed.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			now := time.Now().UTC().Format(time.RFC1123Z)
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Soak wire</title><link>%s</link><description>wire</description>`, n.srv.URL)
			for k := 900; k < 903; k++ {
				fmt.Fprintf(w, `<item><title>Budget %d</title><link>%s/feed/a/%d</link><guid>soak-%d</guid><pubDate>%s</pubDate></item>`, k, n.srv.URL, k, k, now)
			}
			io.WriteString(w, `</channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	n.srv.Start()
	t.Cleanup(n.srv.Close)
	return n
}

// soakDrop is one link dropped in the channel, as one Slack event.
type soakDrop struct {
	id, ts, path string
	// stored: the article must end up in a story exactly once.
	stored bool
	acked  bool
}

// sendEvent posts the drop's message event to a replica, signed; it
// reports the HTTP status (0: no answer).
func sendEvent(p *proc, d *soakDrop, news string) int {
	ev := map[string]any{
		"token": "x", "team_id": "TSOAK", "api_app_id": "A1", "type": "event_callback",
		"event_id": d.id, "event_time": time.Now().Unix(),
		"event": map[string]any{"type": "message", "channel": "CSOAK", "channel_type": "channel", "user": "U1",
			"text": fmt.Sprintf("worth a read <%s%s>", news, d.path), "ts": d.ts},
	}
	body, _ := json.Marshal(ev)
	req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+"/slack/events", strings.NewReader(string(body)))
	for k, v := range slackSig(soakSecret, string(body)) {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestSoak drives two `storybot run` replicas on one real Redis with a mix
// of normal, hostile and failing links and a feed, while one replica gets
// SIGTERM, the other SIGKILL, and Redis restarts. Slack's side is played
// as Slack does: an event answered with anything but 2xx is sent again.
// At the end every acknowledged article is stored exactly once, no
// replica died of its input, and every link's thread was told what
// happened to it.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test skipped in -short mode")
	}
	dir := t.TempDir()
	rs := startRedisServer(t, "", dir)
	redisURL := "redis://127.0.0.1:" + rs.port + "/0"
	slack := newSoakSlack(t)
	news := newSoakNews(t)
	env := []string{
		"REDIS_URL=" + redisURL,
		"SLACK_BOT_TOKEN=xoxb-soak", "SLACK_SIGNING_SECRET=" + soakSecret, "SLACK_API_URL=" + slack.srv.URL + "/api",
		"STORYBOT_FETCH_ALLOW=127.0.0.1",
		"STORYBOT_QUEUE_CLAIM_AFTER=3s",
		"STORYBOT_SHUTDOWN_TIMEOUT=5s",
	}
	const ws = "slack:TSOAK"

	// A feed subscribed before the replicas start: whichever polls it
	// first queues its entries, once.
	if r := storybot(t, "", env, "feed", "add", "--workspace", ws, news.srv.URL+"/feed.rss"); r.code != 0 {
		t.Fatalf("feed add: %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	replicas := []*proc{startProc(t, env...), startProc(t, env...)}
	var drops []*soakDrop
	add := func(path string, stored bool) *soakDrop {
		n := len(drops) + 1
		d := &soakDrop{id: fmt.Sprintf("EvSoak%03d", n), ts: fmt.Sprintf("1700000000.%06d", n), path: path, stored: stored}
		drops = append(drops, d)
		return d
	}
	// deliver sends d as Slack would: to a live replica, again on a
	// non-2xx answer, up to tries times, a moment apart.
	deliver := func(d *soakDrop, tries int) {
		for i := 0; i < tries && !d.acked; i++ {
			p := replicas[(len(drops)+i)%len(replicas)]
			if code := sendEvent(p, d, news.srv.URL); code >= 200 && code < 300 {
				d.acked = true
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	mix := func(from, to int) {
		for k := from; k < to; k++ {
			var d *soakDrop
			switch k % 10 {
			case 3:
				d = add(fmt.Sprintf("/flaky/%d", k), true)
			case 5:
				d = add(fmt.Sprintf("/gone/%d", k), false)
			case 7:
				d = add(fmt.Sprintf("/pdf/%d", k), false)
			case 9:
				d = add(fmt.Sprintf("/hostile/%d", k), false)
			default:
				d = add(fmt.Sprintf("/a/%d", k), true)
			}
			deliver(d, 5)
		}
	}

	mix(0, 12)
	// SIGTERM the first replica with work under way; a new one takes its
	// place.
	replicas[0].stop(t)
	replicas[0] = startProc(t, env...)
	mix(12, 24)
	// SIGKILL the second: its jobs are taken over by the other.
	replicas[1].cmd.Process.Signal(syscall.SIGKILL)
	<-replicas[1].done
	replicas[1] = replicas[0]
	mix(24, 32)
	replicas[1] = startProc(t, env...)

	// Redis goes away: links dropped now are refused (Slack will send
	// them again), never acknowledged and lost.
	rs.shutdown(t)
	var down []*soakDrop
	for k := 32; k < 36; k++ {
		d := add(fmt.Sprintf("/a/%d", k), true)
		for _, p := range replicas {
			if code := sendEvent(p, d, news.srv.URL); code >= 200 && code < 300 {
				d.acked = true
				t.Errorf("%s acknowledged (%d) while Redis was down", d.path, code)
			}
		}
		down = append(down, d)
	}
	startRedisServer(t, rs.port, dir)
	for _, d := range down {
		deliver(d, 50) // Slack retries; the replicas reconnect
	}
	mix(36, 40)

	for _, d := range drops {
		if !d.acked {
			t.Errorf("%s was never acknowledged", d.path)
		}
	}

	// Wait for every link's outcome to be said in its thread.
	deadline := time.Now().Add(150 * time.Second) // generous: a loaded machine slows every replica
	for {
		missing := 0
		for _, d := range drops {
			if len(slack.replies(d.ts)) == 0 {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		if time.Now().After(deadline) {
			for _, d := range drops {
				if len(slack.replies(d.ts)) == 0 {
					t.Errorf("%s: nobody was told what happened to it", d.path)
				}
			}
			break
		}
		time.Sleep(250 * time.Millisecond)
	}

	for _, d := range drops {
		t.Logf("%-14s acked=%v told=%q", d.path, d.acked, slack.replies(d.ts))
	}

	// Every article to store is stored exactly once, the feed's too.
	rdb, err := redis.Dial(redisURL)
	if err != nil {
		t.Fatal(err)
	}
	st := redis.New(rdb)
	defer st.Close()
	count := func() map[string]int {
		_, seen := storedPaths(t, st, ws)
		return seen
	}
	want := map[string]bool{"/feed/a/900": true, "/feed/a/901": true, "/feed/a/902": true}
	for _, d := range drops {
		if d.stored {
			want[d.path] = true
		}
	}
	var seen map[string]int
	for end := time.Now().Add(30 * time.Second); ; time.Sleep(250 * time.Millisecond) {
		seen = count()
		ok := true
		for p := range want {
			ok = ok && seen[p] >= 1
		}
		if ok || time.Now().After(end) {
			break
		}
	}
	for p := range want {
		if seen[p] != 1 {
			t.Errorf("%s stored %d times, want once", p, seen[p])
		}
	}
	for p, n := range seen {
		if !want[p] && !strings.HasPrefix(p, "/hostile/") {
			t.Errorf("%s stored %d times, want never", p, n)
		}
	}
	for _, d := range drops {
		if !d.stored {
			continue
		}
		for _, r := range slack.replies(d.ts) {
			if strings.Contains(r, "Could not") {
				t.Errorf("%s: told %q, though it was stored", d.path, r)
			}
		}
	}

	// No replica died of its input: the two still running stop cleanly
	// on SIGTERM, and none logged a panic.
	for _, p := range []*proc{replicas[0], replicas[1]} {
		select {
		case <-p.done:
			t.Errorf("a replica exited on its own: %v\n%s", p.err, p.stderr)
		default:
			p.stop(t)
		}
		if strings.Contains(p.stderr.String(), "panic") {
			t.Errorf("a replica panicked:\n%s", p.stderr)
		}
	}
}

// storedPaths reads which story of workspace ws holds each article, by
// the path of its URL, and how many times each path is stored.
func storedPaths(t *testing.T, st *redis.Store, ws string) (where map[string]string, times map[string]int) {
	t.Helper()
	ctx := context.Background()
	where, times = map[string]string{}, map[string]int{}
	stories, _, err := st.Stories(ctx, ws, 0, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stories {
		d, _, err := st.Digest(ctx, ws, s.ID, bot.FullDigest)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Articles {
			u, err := url.Parse(a.URL)
			if err != nil {
				t.Fatal(err)
			}
			where[u.Path] = s.ID
			times[u.Path]++
		}
	}
	return where, times
}
