package main

import (
	"bufio"
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
	"syscall"
	"testing"
	"time"
)

// running is storybot run started by a test.
type running struct {
	cmd    *exec.Cmd
	addr   string // its HTTP address
	stdin  io.WriteCloser
	stdout *bufio.Scanner
	logs   string // what it logged up to listening
}

// startRun starts `storybot run` with env and waits until its HTTP
// server listens. The process is killed when t ends, if it still runs.
func startRun(t *testing.T, env ...string) *running {
	t.Helper()
	cmd := exec.Command(binary, "run")
	cmd.Env = append(os.Environ(), append([]string{"STORYBOT_HTTP_ADDR=127.0.0.1:0",
		"SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY="}, env...)...)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	// Whatever goes wrong, the reads below end when the process does.
	watchdog := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	t.Cleanup(func() { watchdog.Stop() })

	addrRe := regexp.MustCompile(`listening"? addr=(\S+)`)
	logs := bufio.NewScanner(stderr)
	r := &running{cmd: cmd, stdin: stdin, stdout: bufio.NewScanner(stdout)}
	var text strings.Builder
	for r.addr == "" && logs.Scan() {
		text.WriteString(logs.Text() + "\n")
		if m := addrRe.FindStringSubmatch(logs.Text()); m != nil {
			r.addr = m[1]
		}
	}
	r.logs = text.String()
	if r.addr == "" {
		t.Fatalf("no listen address logged:\n%s", r.logs)
	}
	go io.Copy(io.Discard, stderr)
	return r
}

func (r *running) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get("http://" + r.addr + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// stop sends SIGTERM and checks for a clean exit.
func (r *running) stop(t *testing.T) {
	t.Helper()
	r.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v, want status 0", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("no exit within 15 s of SIGTERM")
	}
}

// TestRunWithRedisDown starts the bot with Redis unreachable: it keeps
// serving health, says it is not ready, answers commands with a clear
// message, and stops cleanly on SIGTERM.
func TestRunWithRedisDown(t *testing.T) {
	r := startRun(t, "REDIS_URL=redis://127.0.0.1:1/0")
	if !strings.Contains(r.logs, "storage unavailable") {
		t.Errorf("no warning that storage is unavailable:\n%s", r.logs)
	}
	if c, _ := r.get(t, "/healthz"); c != 200 {
		t.Errorf("/healthz = %d, want 200", c)
	}
	if c, _ := r.get(t, "/readyz"); c != 503 {
		t.Errorf("/readyz = %d with Redis down, want 503", c)
	}
	io.WriteString(r.stdin, "list\n")
	if !r.stdout.Scan() || !strings.Contains(r.stdout.Text(), "Storage is unavailable") {
		t.Errorf("list with Redis down answered %q", r.stdout.Text())
	}
	_, body := r.get(t, "/metrics")
	for _, want := range []string{`storybot_commands_total{command="list",outcome="unavailable"} 1`, `storybot_store_errors_total{op="stories"} 1`} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	r.stop(t)
}

// TestRunSlackHTTP runs the bot on Slack over HTTP against a local fake
// of Slack's Web API: a signed slash command is answered, an unsigned one
// refused.
func TestRunSlackHTTP(t *testing.T) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"team_id":"T1","user_id":"UBOT"}`)
	}))
	defer api.Close()
	const secret = "e2e-signing-secret"
	r := startRun(t, "REDIS_URL=", "STORYBOT_EMBEDDED_STORE=allow", "SLACK_BOT_TOKEN=xoxb-e2e", "SLACK_SIGNING_SECRET="+secret, "SLACK_API_URL="+api.URL+"/api")
	body := url.Values{"command": {"/story"}, "text": {"help"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"}}.Encode()
	send := func(key string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+r.addr+"/slack/commands", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if key != "" {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			mac := hmac.New(sha256.New, []byte(key))
			fmt.Fprintf(mac, "v0:%s:%s", ts, body)
			req.Header.Set("X-Slack-Request-Timestamp", ts)
			req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, resp := send(secret); code != 200 || !strings.Contains(resp, "latest STORY") {
		t.Errorf("signed /story help: %d %s", code, resp)
	}
	if code, _ := send(""); code != 401 {
		t.Errorf("unsigned command: %d, want 401", code)
	}
	if code, _ := send("forged"); code != 401 {
		t.Errorf("forged command: %d, want 401", code)
	}
	r.stop(t)
}

// TestRunDiscordHTTP runs the bot on Discord HTTP interactions: a signed
// PING gets a PONG, an unsigned one 401.
func TestRunDiscordHTTP(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	r := startRun(t, "REDIS_URL=", "STORYBOT_EMBEDDED_STORE=allow", "DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub))
	body := `{"id":"I0","application_id":"APP","type":1,"token":"TOK"}`
	send := func(sign bool) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+r.addr+"/discord/interactions", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if sign {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, resp := send(true); code != 200 || !strings.Contains(resp, `"type":1`) {
		t.Errorf("signed PING: %d %s", code, resp)
	}
	if code, _ := send(false); code != 401 {
		t.Errorf("unsigned PING: %d, want 401", code)
	}
	r.stop(t)
}

// TestRunChatNeedsRedis: Slack or Discord without REDIS_URL would keep
// everything users add in memory, gone at the next restart: run refuses,
// naming REDIS_URL and the opt-in, unless STORYBOT_EMBEDDED_STORE=allow;
// then /readyz says that nothing persists.
func TestRunChatNeedsRedis(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	for _, platform := range []struct {
		name string
		env  []string
	}{
		{"Slack", []string{"SLACK_BOT_TOKEN=xoxb-e2e", "SLACK_SIGNING_SECRET=s", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY="}},
		{"Discord", []string{"SLACK_BOT_TOKEN=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=" + hex.EncodeToString(pub)}},
	} {
		env := append([]string{"REDIS_URL=", "STORYBOT_EMBEDDED_STORE=", "SLACK_APP_TOKEN=", "STORYBOT_HTTP_ADDR=127.0.0.1:0"}, platform.env...)
		cmd := exec.Command(binary, "run")
		cmd.Env = append(os.Environ(), env...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		// A bot that serves instead of refusing is stopped, and fails.
		watchdog := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
		err := cmd.Run()
		watchdog.Stop()
		if err == nil || !strings.Contains(stderr.String(), "REDIS_URL") || !strings.Contains(stderr.String(), "STORYBOT_EMBEDDED_STORE=allow") {
			t.Errorf("%s without REDIS_URL: %v, stderr %q; want a non-zero exit naming REDIS_URL and the opt-in", platform.name, err, stderr.String())
		}
	}
	r := startRun(t, "REDIS_URL=", "STORYBOT_EMBEDDED_STORE=allow", "DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub))
	if c, body := r.get(t, "/readyz"); c != 200 || !strings.Contains(body, "embedded store: nothing persists") {
		t.Errorf("/readyz on the embedded store = %d %q", c, body)
	}
	if !strings.Contains(r.logs, "nothing persists") {
		t.Errorf("no warning that nothing persists:\n%s", r.logs)
	}
	r.stop(t)
}
