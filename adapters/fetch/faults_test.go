package fetch_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
)

// rawServer is a TCP server on 127.0.0.1 that runs serve on every
// connection; Close closes the listener and every connection and waits
// for the serve calls to return.
type rawServer struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
	wg    sync.WaitGroup
	stop  chan struct{}
}

func newRawServer(t *testing.T, serve func(c net.Conn, stop <-chan struct{})) *rawServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &rawServer{ln: ln, stop: make(chan struct{})}
	s.wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			s.conns = append(s.conns, c)
			s.mu.Unlock()
			s.wg.Go(func() { serve(c, s.stop) })
		}
	})
	return s
}

func (s *rawServer) URL() string { return "http://" + s.ln.Addr().String() + "/article" }

func (s *rawServer) Close() {
	close(s.stop)
	s.ln.Close()
	s.mu.Lock()
	for _, c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.wg.Wait()
}

// settled waits until the number of goroutines is at most base, and
// fails t with their stacks when it is not within 5 s.
func settled(t *testing.T, base int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= base {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("%d goroutines left, %d before: leaked?\n%s", n, base, buf)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// readRequest reads the request head on c.
func readRequest(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil || line == "\r\n" {
			return
		}
	}
}

// TestSlowServersTimeOut: an article server that accepts and never
// answers, one that never reads the request, one that sends the headers
// and then trickles the body a byte at a time forever, and one that
// trickles the headers themselves: each Get fails with a timeout within
// the fetcher's Timeout (plus slack), and once the servers are closed no
// goroutine is left behind, of the client or of the test.
func TestSlowServersTimeOut(t *testing.T) {
	const timeout = 300 * time.Millisecond
	trickle := func(c net.Conn, stop <-chan struct{}, head string, each string) {
		readRequest(c)
		if _, err := c.Write([]byte(head)); err != nil {
			return
		}
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if _, err := c.Write([]byte(each)); err != nil {
					return
				}
			}
		}
	}
	cases := []struct {
		name  string
		serve func(c net.Conn, stop <-chan struct{})
	}{
		{"never answers", func(c net.Conn, stop <-chan struct{}) { readRequest(c); <-stop }},
		{"never reads", func(c net.Conn, stop <-chan struct{}) { <-stop }},
		{"trickles the body", func(c net.Conn, stop <-chan struct{}) {
			trickle(c, stop, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\n", "x")
		}},
		{"trickles a chunked body", func(c net.Conn, stop <-chan struct{}) {
			trickle(c, stop, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n", "1\r\nx\r\n")
		}},
		{"trickles the headers", func(c net.Conn, stop <-chan struct{}) {
			trickle(c, stop, "HTTP/1.1 200 OK\r\n", "X")
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := runtime.NumGoroutine()
			s := newRawServer(t, tc.serve)
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: timeout})
			start := time.Now()
			_, err := c.Get(context.Background(), s.URL())
			d := time.Since(start)
			if err == nil {
				t.Fatal("Get succeeded")
			}
			var ne net.Error
			if !errors.As(err, &ne) || !ne.Timeout() {
				t.Errorf("error %v is not a timeout", err)
			}
			if !strings.Contains(err.Error(), "no complete answer within 300ms") {
				t.Errorf("error %q does not name the timeout", err)
			}
			if d > timeout+time.Second {
				t.Errorf("Get took %s with a %s timeout", d, timeout)
			}
			s.Close()
			settled(t, base)
		})
	}
}

// TestSlowServerContextDeadline: a caller's shorter deadline wins over
// the fetcher's Timeout, and the error is the context's.
func TestSlowServerContextDeadline(t *testing.T) {
	base := runtime.NumGoroutine()
	s := newRawServer(t, func(c net.Conn, stop <-chan struct{}) { readRequest(c); <-stop })
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 10 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Get(ctx, s.URL())
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Get = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Get took %s with a 200ms deadline", d)
	}
	s.Close()
	settled(t, base)
}

// TestManySlowFetchesNoLeak: many concurrent fetches from a hanging
// server all time out and leave no goroutine behind.
func TestManySlowFetchesNoLeak(t *testing.T) {
	base := runtime.NumGoroutine()
	s := newRawServer(t, func(c net.Conn, stop <-chan struct{}) { readRequest(c); <-stop })
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 250 * time.Millisecond})
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		wg.Go(func() {
			_, err := c.Get(context.Background(), fmt.Sprintf("%s?n=%d", s.URL(), i))
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err == nil {
			t.Error("a Get from a hanging server succeeded")
		}
	}
	s.Close()
	settled(t, base)
}
