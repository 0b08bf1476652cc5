package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// child is storybot run, started as a child process.
type child struct {
	cmd     *exec.Cmd
	base    string // http://127.0.0.1:PORT
	secret  string // Slack signing secret
	key     ed25519.PrivateKey
	fake    *httptest.Server // the fake Slack Web API
	logPath string
	exited  chan struct{} // closed when the child has exited
}

// startChild starts bin run against redisURL with Slack over HTTP (its Web
// API faked here) and Discord HTTP interactions, and waits for /readyz.
func startChild(ctx context.Context, bin, redisURL, logPath string) (*child, error) {
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"user_id":"U","team_id":"TLOAD"}`)
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fake.Close()
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	pub, priv, _ := ed25519.GenerateKey(nil)
	secret := make([]byte, 16)
	for i := range secret {
		secret[i] = byte(rand.IntN(256))
	}
	logf, err := os.Create(logPath)
	if err != nil {
		fake.Close()
		return nil, err
	}
	c := &child{base: "http://" + addr, secret: hex.EncodeToString(secret), key: priv, fake: fake, logPath: logPath}
	c.cmd = exec.Command(bin, "run")
	c.cmd.Stdout, c.cmd.Stderr = logf, logf
	c.cmd.Env = append(os.Environ(),
		"REDIS_URL="+redisURL,
		"STORYBOT_HTTP_ADDR="+addr,
		"STORYBOT_CONFIG=",
		"STORYBOT_LOG_LEVEL=warn",
		"SLACK_BOT_TOKEN=xoxb-load",
		"SLACK_SIGNING_SECRET="+c.secret,
		"SLACK_APP_TOKEN=",
		"SLACK_API_URL="+fake.URL+"/api/",
		"DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub),
		"DISCORD_BOT_TOKEN=",
	)
	if err := c.cmd.Start(); err != nil {
		logf.Close()
		fake.Close()
		return nil, err
	}
	logf.Close() // the child holds its own descriptor
	c.exited = make(chan struct{})
	go func() { c.cmd.Wait(); close(c.exited) }()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-c.exited:
			return nil, fmt.Errorf("storybot run exited before it was ready; see %s", logPath)
		case <-ctx.Done():
			c.cmd.Process.Kill()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if resp, err := http.Get(c.base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return c, nil
			}
		}
	}
	c.cmd.Process.Kill()
	return nil, fmt.Errorf("storybot run not ready within 60 s; see %s", logPath)
}

// stop sends SIGTERM and waits for the child to exit.
func (c *child) stop() string {
	defer c.fake.Close()
	start := time.Now()
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return "SIGTERM failed: " + err.Error()
	}
	select {
	case <-c.exited:
	case <-time.After(30 * time.Second):
		c.cmd.Process.Kill()
		<-c.exited
		return "did not stop within 30 s of SIGTERM: killed"
	}
	return fmt.Sprintf("%s, %v after SIGTERM", c.cmd.ProcessState, time.Since(start).Round(time.Millisecond))
}

// sample is one request's outcome.
type sample struct {
	slack bool
	d     time.Duration
	ok    bool
}

// load drives the child with conc workers for d, alternating Slack slash
// commands and Discord interactions, while timing Redis PINGs.
func (c *child) load(ctx context.Context, rdb goredis.UniversalClient, stories int, words []string, conc int, d time.Duration) ([]sample, []time.Duration, int) {
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: conc, MaxIdleConns: conc}}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		all     []sample
		pings   []time.Duration
		counter atomic.Int64
		failed  atomic.Int64
	)
	wg.Go(func() {
		for ctx.Err() == nil {
			t0 := time.Now()
			if err := rdb.Ping(ctx).Err(); err == nil {
				pings = append(pings, time.Since(t0))
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
	for w := range conc {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(w), uint64(conc)))
			var mine []sample
			for ctx.Err() == nil {
				n := counter.Add(1)
				i := 1 + r.IntN(stories-1)
				s := sample{slack: n%2 == 0}
				var req *http.Request
				word := codeword(i)
				if s.slack {
					req = c.slackRequest(word+" "+words[r.IntN(len(words))], n)
				} else {
					req = c.discordRequest(word, n)
				}
				t0 := time.Now()
				resp, err := client.Do(req.WithContext(context.WithoutCancel(ctx)))
				var body []byte
				if err == nil {
					body, err = io.ReadAll(resp.Body)
					resp.Body.Close()
				}
				s.d = time.Since(t0)
				s.ok = err == nil && resp.StatusCode == http.StatusOK && bytes.Contains(body, []byte(word)) && bytes.Contains(body, []byte(storyID(i)))
				if !s.ok && failed.Add(1) <= 3 {
					fmt.Fprintf(os.Stderr, "storyload: failed request (%v): %.300s\n", err, body)
				}
				mine = append(mine, s)
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	client.CloseIdleConnections()
	return all, pings, int(failed.Load())
}

// slackRequest is a signed /story slash command from team TLOAD.
func (c *child) slackRequest(text string, n int64) *http.Request {
	body := url.Values{"command": {"/story"}, "text": {"latest " + text}, "team_id": {"TLOAD"},
		"channel_id": {"CLOAD"}, "user_id": {"U" + strconv.FormatInt(n%100, 10)},
		"response_url": {c.fake.URL + "/response/" + strconv.FormatInt(n, 10)}}.Encode()
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(c.secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req, _ := http.NewRequest(http.MethodPost, c.base+"/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}

// discordRequest is a signed /story latest application command from guild
// GLOAD.
func (c *child) discordRequest(story string, n int64) *http.Request {
	body, _ := json.Marshal(map[string]any{"id": "I" + strconv.FormatInt(n, 10), "application_id": "APP", "type": 2,
		"token": "TOK", "guild_id": "GLOAD", "channel_id": "CLOAD",
		"member": map[string]any{"user": map[string]any{"id": "U1", "username": "load"}},
		"data": map[string]any{"id": "CMD", "name": "story", "type": 1, "options": []map[string]any{{
			"name": "latest", "type": 1, "options": []map[string]any{{"name": "story", "type": 3, "value": story}}}}}})
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, c.base+"/discord/interactions", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(c.key, append([]byte(stamp), body...))))
	return req
}

// quantile returns the q-quantile of sorted durations.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(q*float64(len(sorted))))]
}

// sortedDurations returns the durations of the samples keep selects,
// sorted, and how many of them failed.
func sortedDurations(ss []sample, keep func(sample) bool) ([]time.Duration, int) {
	var ds []time.Duration
	errs := 0
	for _, s := range ss {
		if keep(s) {
			ds = append(ds, s.d)
			if !s.ok {
				errs++
			}
		}
	}
	slices.Sort(ds)
	return ds, errs
}
