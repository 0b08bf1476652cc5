package main

import (
	"fmt"
	"io"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// redisServer is a real redis-server started by a test on a free port,
// persisting to an append-only file in dir so that a restart keeps the
// data.
type redisServer struct {
	port string
	dir  string
	cmd  *exec.Cmd
}

func startRedisServer(t *testing.T, port, dir string) *redisServer {
	t.Helper()
	path, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server is not installed: skipping the Redis restart test")
	}
	if port == "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port = strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
		ln.Close()
	}
	cmd := exec.Command(path, "--port", port, "--bind", "127.0.0.1", "--dir", dir,
		"--save", "", "--appendonly", "yes", "--appendfsync", "always", "--daemonize", "no")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &redisServer{port: port, dir: dir, cmd: cmd}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, 200*time.Millisecond)
		if err == nil {
			fmt.Fprint(c, "PING\r\n")
			buf := make([]byte, 16)
			c.SetReadDeadline(time.Now().Add(time.Second))
			n, _ := c.Read(buf)
			c.Close()
			if strings.HasPrefix(string(buf[:n]), "+PONG") {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("redis-server on port %s did not answer within 10 s", port)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// shutdown stops the server with SHUTDOWN, which writes the append-only
// file, and waits for it to exit.
func (s *redisServer) shutdown(t *testing.T) {
	t.Helper()
	c, err := net.Dial("tcp", "127.0.0.1:"+s.port)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(c, "SHUTDOWN\r\n")
	io.Copy(io.Discard, c) // the server closes the connection as it goes
	c.Close()
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("redis-server did not exit within 10 s of SHUTDOWN")
	}
}

// ask writes a terminal command and waits until stdout holds want, past
// what it held before.
func (p *proc) ask(t *testing.T, line, want string, within time.Duration) string {
	t.Helper()
	before := len(p.stdout.String())
	io.WriteString(p.stdin, line+"\n")
	deadline := time.Now().Add(within)
	for {
		out := p.stdout.String()[before:]
		if strings.Contains(out, want) {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("%q: no %q within %s; it answered:\n%s\nstderr:\n%s", line, want, within, out, p.stderr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitReady polls /readyz until it answers code.
func (p *proc) waitReady(t *testing.T, code int, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		c, _ := p.get(t, "/readyz")
		if c == code {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz = %d, want %d within %s", c, code, within)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestRedisRestartDuringRun runs `storybot run` (terminal chat) on a real
// redis-server, adds the labour story, stops Redis (SHUTDOWN, which
// persists the data), checks that the bot says it is not ready and that
// commands answer "Storage is unavailable", then restarts Redis on the
// same port and directory: the bot is ready again within seconds, without
// a restart of its own, and the story is all there.
func TestRedisRestartDuringRun(t *testing.T) {
	dir := t.TempDir()
	rs := startRedisServer(t, "", dir)
	p := startProc(t, "REDIS_URL=redis://127.0.0.1:"+rs.port+"/0")
	p.waitReady(t, 200, 5*time.Second)

	labour := filepath.Join("..", "..", "testdata", "eval", "labour")
	out := p.ask(t, "add "+labour, "now 4 articles", 15*time.Second)
	if strings.Count(out, "Added") != 4 {
		t.Fatalf("add answered:\n%s", out)
	}
	list := p.ask(t, "list", "4 articles", 5*time.Second)

	rs.shutdown(t)
	p.waitReady(t, 503, 5*time.Second)
	p.ask(t, "list", "Storage is unavailable", 10*time.Second)
	p.ask(t, "latest carrow nurses", "Storage is unavailable", 10*time.Second)
	// An ingest while Redis is down fails cleanly too.
	p.ask(t, "add "+filepath.Join(labour, "labour_1_carrowherald.txt"), "Storage is unavailable", 10*time.Second)

	startRedisServer(t, rs.port, dir)
	p.waitReady(t, 200, 10*time.Second)
	digest := p.ask(t, "latest carrow nurses", "4 articles", 10*time.Second)
	if !strings.Contains(digest, "# ") {
		t.Errorf("latest after the restart is no digest:\n%s", digest)
	}
	after := p.ask(t, "list", "4 articles", 5*time.Second)
	if title := firstLine(list); !strings.Contains(after, title) {
		t.Errorf("list after the restart lacks %q:\n%s", title, after)
	}
	// And writes work again: the same file is a duplicate, nothing lost
	// or doubled.
	p.ask(t, "add "+filepath.Join(labour, "labour_1_carrowherald.txt"), "Already have", 5*time.Second)
	p.ask(t, "list", "4 articles", 5*time.Second)
	p.stop(t)
}

// firstLine is the first non-empty line of s, trimmed.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}
