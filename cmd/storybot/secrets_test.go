package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a writer and readers at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// proc is `storybot run` started by a test with all of its output kept:
// unlike startRun, stderr is collected to the end, as is stdout.
type proc struct {
	cmd            *exec.Cmd
	addr           string
	stdin          io.WriteCloser
	stdout, stderr *syncBuffer
	done           chan struct{} // closed when the process has exited
	err            error         // its exit error, once done
}

// startProc starts `storybot run` with env (over the environment, with
// STORYBOT_HTTP_ADDR=127.0.0.1:0 and no chat tokens unless env sets them)
// and waits until its HTTP server listens. It is killed when t ends.
func startProc(t *testing.T, env ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary, "run")
	cmd.Env = append(os.Environ(), append([]string{"STORYBOT_HTTP_ADDR=127.0.0.1:0",
		"SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "SLACK_SIGNING_SECRET=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY="}, env...)...)
	p := &proc{cmd: cmd, stdout: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan struct{})}
	p.stdin, _ = cmd.StdinPipe()
	cmd.Stdout = p.stdout
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.err = cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.done
	})
	addrRe := regexp.MustCompile(`listening"? addr=(\S+)`)
	deadline := time.Now().Add(30 * time.Second)
	for p.addr == "" {
		if m := addrRe.FindStringSubmatch(p.stderr.String()); m != nil {
			p.addr = m[1]
			break
		}
		select {
		case <-p.done:
			t.Fatalf("storybot run exited before listening: %v\n%s", p.err, p.stderr)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no listen address logged within 30 s:\n%s", p.stderr)
		}
	}
	return p
}

// stop sends SIGTERM and waits for a clean exit.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		if p.err != nil {
			t.Errorf("exit after SIGTERM: %v, want status 0\n%s", p.err, p.stderr)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("no exit within 15 s of SIGTERM")
	}
}

// get GETs path on the process's HTTP server.
func (p *proc) get(t *testing.T, path string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get("http://" + p.addr + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// post POSTs body to path with the headers h.
func (p *proc) post(t *testing.T, path, contentType, body string, h http.Header) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+path, strings.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// slackSig signs body as Slack does with key, now.
func slackSig(key, body string) http.Header {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

// discordSig signs body as Discord does with key, now.
func discordSig(key ed25519.PrivateKey, body string) http.Header {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	h := http.Header{}
	h.Set("X-Signature-Timestamp", ts)
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+body))))
	return h
}

// assertNoSecrets fails t when any secret appears in any of the outputs,
// or in a simple transformation of it (hex, a prefix long enough to
// identify it).
func assertNoSecrets(t *testing.T, outputs map[string]string, secrets ...string) {
	t.Helper()
	for name, out := range outputs {
		for _, s := range secrets {
			for _, form := range []string{s, hex.EncodeToString([]byte(s)), strconv.Quote(s), s[:len(s)*3/4]} {
				if strings.Contains(out, form) {
					t.Errorf("%s contains the secret %q (as %q):\n%s", name, s, form, out)
				}
			}
		}
	}
}

// TestSecretsNeverLogged runs the bot on Slack over HTTP and Discord HTTP
// interactions at debug level, against a local fake of Slack's Web API,
// sends it signed, unsigned and forged requests, stops it, and checks
// that neither the bot token nor the signing secret appears anywhere in
// what it wrote, standard output or error, from start to exit.
func TestSecretsNeverLogged(t *testing.T) {
	const token, signing = "xoxb-SECRET123", "sigSECRET456"
	var apiCalls sync.Map
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		apiCalls.Store(r.URL.Path, true)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"user_id":"U","team_id":"T","channel":"C1","ts":"1.2"}`)
	}))
	defer api.Close()
	pub, priv, _ := ed25519.GenerateKey(nil)
	_, otherPriv, _ := ed25519.GenerateKey(nil)

	p := startProc(t, "REDIS_URL=", "STORYBOT_EMBEDDED_STORE=allow", "STORYBOT_LOG_LEVEL=debug",
		"SLACK_BOT_TOKEN="+token, "SLACK_SIGNING_SECRET="+signing, "SLACK_API_URL="+api.URL+"/api/",
		"DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub))

	cmd := func(text string) string {
		return url.Values{"command": {"/story"}, "text": {text}, "team_id": {"T"}, "channel_id": {"C1"},
			"user_id": {"U1"}, "response_url": {api.URL + "/response/1"}}.Encode()
	}
	const form = "application/x-www-form-urlencoded"
	help := cmd("help")
	if code, body := p.post(t, "/slack/commands", form, help, slackSig(signing, help)); code != 200 || !strings.Contains(body, "latest STORY") {
		t.Errorf("signed /story help: %d %s", code, body)
	}
	list := cmd("list")
	if code, _ := p.post(t, "/slack/commands", form, list, slackSig(signing, list)); code != 200 {
		t.Errorf("signed /story list: %d", code)
	}
	bad := cmd("latest nothing at all")
	if code, _ := p.post(t, "/slack/commands", form, bad, slackSig(signing, bad)); code != 200 {
		t.Errorf("signed /story latest of no story: %d", code)
	}
	if code, _ := p.post(t, "/slack/commands", form, help, nil); code != 401 {
		t.Errorf("unsigned command: %d, want 401", code)
	}
	if code, _ := p.post(t, "/slack/commands", form, help, slackSig("forged", help)); code != 401 {
		t.Errorf("forged command: %d, want 401", code)
	}
	ev := `{"type":"event_callback","team_id":"T","event_id":"Ev1","event":{"type":"app_mention","channel":"C1","user":"U1","text":"<@U> help","ts":"1.1"}}`
	if code, _ := p.post(t, "/slack/events", "application/json", ev, slackSig(signing, ev)); code != 200 {
		t.Errorf("signed event: %d", code)
	}
	if code, _ := p.post(t, "/slack/events", "application/json", ev, slackSig("forged", ev)); code != 401 {
		t.Errorf("forged event: %d, want 401", code)
	}
	if code, _ := p.post(t, "/slack/events", "application/json", "{not json", slackSig(signing, "{not json")); code != 400 {
		t.Errorf("signed malformed event: %d, want 400", code)
	}

	ping := `{"id":"I0","application_id":"APP","type":1,"token":"TOK"}`
	if code, body := p.post(t, "/discord/interactions", "application/json", ping, discordSig(priv, ping)); code != 200 || !strings.Contains(body, `"type":1`) {
		t.Errorf("signed Discord PING: %d %s", code, body)
	}
	if code, _ := p.post(t, "/discord/interactions", "application/json", ping, discordSig(otherPriv, ping)); code != 401 {
		t.Errorf("forged Discord interaction: %d, want 401", code)
	}
	if code, _ := p.post(t, "/discord/interactions", "application/json", ping, nil); code != 401 {
		t.Errorf("unsigned Discord interaction: %d, want 401", code)
	}
	for _, path := range []string{"/healthz", "/readyz", "/metrics", "/debug/vars", "/nothing"} {
		code, body := p.get(t, path)
		assertNoSecrets(t, map[string]string{"GET " + path + " (" + strconv.Itoa(code) + ")": body}, token, signing)
	}
	time.Sleep(300 * time.Millisecond) // the event's background work
	p.stop(t)

	stderr := p.stderr.String()
	if !strings.Contains(stderr, "level=DEBUG") && !strings.Contains(stderr, "level=INFO") {
		t.Logf("no debug or info lines were logged; the check is weak:\n%s", stderr)
	}
	if !strings.Contains(stderr, "request refused") && !strings.Contains(stderr, "interaction refused") {
		t.Errorf("the refusals were not logged (did the requests arrive?):\n%s", stderr)
	}
	assertNoSecrets(t, map[string]string{"stderr": stderr, "stdout": p.stdout.String()}, token, signing)
	t.Logf("%d bytes of logs checked", len(stderr))
}

// TestRedisPasswordNeverLogged: the password of REDIS_URL is a secret
// too. With Redis unreachable the bot warns that storage is unavailable
// and, at debug level, logs what it can; the password must not be in it.
func TestRedisPasswordNeverLogged(t *testing.T) {
	const password = "pwSECRET789xyz"
	p := startProc(t, "REDIS_URL=redis://storybot:"+password+"@127.0.0.1:1/0", "STORYBOT_LOG_LEVEL=debug")
	if c, _ := p.get(t, "/readyz"); c != 503 {
		t.Errorf("/readyz = %d with Redis down, want 503", c)
	}
	io.WriteString(p.stdin, "list\n")
	waitOutput(t, p.stdout, "Storage is unavailable", 10*time.Second)
	p.stop(t)
	assertNoSecrets(t, map[string]string{"stderr": p.stderr.String(), "stdout": p.stdout.String()}, password)
}

// TestRedisPasswordNotInConfigError: a REDIS_URL of the wrong scheme is a
// usage error; the message must not repeat the password it holds.
func TestRedisPasswordNotInConfigError(t *testing.T) {
	const password = "pwSECRET789xyz"
	r := storybot(t, "", []string{"STORYBOT_HTTP_ADDR=127.0.0.1:0", "SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=",
		"DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=", "REDIS_URL=http://storybot:" + password + "@127.0.0.1:1/0"}, "run")
	if r.code == 0 {
		t.Fatalf("a REDIS_URL of scheme http was accepted:\n%s", r.stderr)
	}
	assertNoSecrets(t, map[string]string{"stderr": r.stderr, "stdout": r.stdout}, password)
}

// waitOutput waits until out holds want.
func waitOutput(t *testing.T, out *syncBuffer, want string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !strings.Contains(out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q within %s; output:\n%s", want, within, out)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
