package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRunWithRedisDown starts the bot with Redis unreachable: it keeps
// serving health, says it is not ready, answers commands with a clear
// message, and stops cleanly on SIGTERM.
func TestRunWithRedisDown(t *testing.T) {
	cmd := exec.Command(binary, "run")
	cmd.Env = append(os.Environ(), "REDIS_URL=redis://127.0.0.1:1/0", "STORYBOT_HTTP_ADDR=127.0.0.1:0",
		"SLACK_BOT_TOKEN=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	// Whatever goes wrong, the reads below end when the process does.
	watchdog := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	defer watchdog.Stop()

	addrRe := regexp.MustCompile(`listening"? addr=(\S+)`)
	logs := bufio.NewScanner(stderr)
	addr := ""
	var logText strings.Builder
	for addr == "" && logs.Scan() {
		logText.WriteString(logs.Text() + "\n")
		if m := addrRe.FindStringSubmatch(logs.Text()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("no listen address logged:\n%s", logText.String())
	}
	go io.Copy(io.Discard, stderr)
	if !strings.Contains(logText.String(), "storage unavailable") {
		t.Errorf("no warning that storage is unavailable:\n%s", logText.String())
	}

	get := func(path string) int {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if c := get("/healthz"); c != 200 {
		t.Errorf("/healthz = %d, want 200", c)
	}
	if c := get("/readyz"); c != 503 {
		t.Errorf("/readyz = %d with Redis down, want 503", c)
	}

	io.WriteString(stdin, "list\n")
	answers := bufio.NewScanner(stdout)
	if !answers.Scan() || !strings.Contains(answers.Text(), "Storage is unavailable") {
		t.Errorf("list with Redis down answered %q", answers.Text())
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`storybot_commands_total{command="list",outcome="unavailable"} 1`, `storybot_store_errors_total{op="stories"} 1`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v, want status 0", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("no exit within 15 s of SIGTERM")
	}
}
