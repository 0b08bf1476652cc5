package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
)

// TestPorts: only 80 and 443 by default, even on a public address; a
// bare allowlist entry allows every port of its hosts, an entry with a
// port that port only.
func TestPorts(t *testing.T) {
	a := newServer(t, pageHandler)
	b := newServer(t, pageHandler)
	portA := a.Listener.Addr().(*net.TCPAddr).Port
	tests := []struct {
		name    string
		allow   []string
		url     string
		refused string // the Reason, "" when allowed
	}{
		// 8.8.8.8 is public: refused for its port, before any connect.
		{"public address, other port", nil, "http://8.8.8.8:6379/", "refused: only ports 80 and 443 may be fetched"},
		{"public address, SSH port", nil, "https://8.8.8.8:22/", "refused: only ports 80 and 443 may be fetched"},
		{"bare IP entry, any port", []string{"127.0.0.1"}, b.URL, ""},
		{"bare CIDR entry, any port", []string{"127.0.0.0/8"}, b.URL, ""},
		{"IP entry with its port", []string{fmt.Sprintf("127.0.0.1:%d", portA)}, a.URL, ""},
		{"IP entry with another port", []string{fmt.Sprintf("127.0.0.1:%d", portA)}, b.URL, "refused: loopback address"},
		{"CIDR entry with another port", []string{fmt.Sprintf("127.0.0.0/8:%d", portA)}, b.URL, "refused: loopback address"},
		{"host entry with its port", []string{fmt.Sprintf("localhost:%d", portA)}, a.localhostURL(), ""},
		{"host entry with another port", []string{fmt.Sprintf("localhost:%d", portA)}, b.localhostURL(), "refused: loopback address"},
		{"public host entry with a port", []string{"8.8.8.8:8080"}, "http://8.8.8.8:6379/", "refused: only ports 80 and 443 may be fetched"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, fetch.Options{Allow: tt.allow, Timeout: 5 * time.Second})
			_, err := c.Get(context.Background(), tt.url)
			if tt.refused == "" {
				if err != nil {
					t.Fatalf("Get(%s): %v", tt.url, err)
				}
				return
			}
			var fe *fetch.Error
			if !errors.As(err, &fe) || !errors.Is(err, fetch.ErrRefused) || fe.Kind != fetch.KindRefused {
				t.Fatalf("Get(%s) = %v, want a refusal", tt.url, err)
			}
			if fe.Reason() != tt.refused || fe.Temporary() {
				t.Errorf("reason %q, temporary %v; want %q, final", fe.Reason(), fe.Temporary(), tt.refused)
			}
		})
	}
	if n := b.hits.Load(); n != 2 {
		t.Errorf("server b got %d requests, want the 2 allowed", n)
	}
}

// TestErrorKinds: every failure is an *Error whose kind says whether to
// retry and whose reason a person may read.
func TestErrorKinds(t *testing.T) {
	status := func(code int) string {
		s := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) })
		return s.URL
	}
	hang := newServer(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	closed := newServer(t, pageHandler)
	closedURL := closed.URL
	closed.Close()
	greeting := notHTTPServer(t, "-ERR wrong number of arguments for 'get' command\r\n")
	big := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, strings.Repeat("x", 2048))
	})
	tests := []struct {
		name      string
		url       string
		allow     []string
		kind      fetch.Kind
		temporary bool
		reason    string
	}{
		{"404", status(404) + "/gone", nil, fetch.KindHTTPStatus, false, "the site answered 404 Not Found"},
		{"403", status(403), nil, fetch.KindHTTPStatus, false, "the site answered 403 Forbidden"},
		{"410", status(410), nil, fetch.KindHTTPStatus, false, "the site answered 410 Gone"},
		{"429", status(429), nil, fetch.KindHTTPStatus, true, "the site answered 429 Too Many Requests"},
		{"500", status(500), nil, fetch.KindHTTPStatus, true, "the site answered 500 Internal Server Error"},
		{"503", status(503), nil, fetch.KindHTTPStatus, true, "the site answered 503 Service Unavailable"},
		{"timeout", hang.URL, nil, fetch.KindTimeout, true, "the site took too long to answer"},
		{"nothing listening", closedURL, nil, fetch.KindUnreachable, true, "could not reach the site"},
		{"not HTTP", greeting, nil, fetch.KindBadResponse, false, "the site did not answer as a web server"},
		{"refused", status(200), []string{"10.0.0.0/8"}, fetch.KindRefused, false, "refused: loopback address"},
		{"scheme", "ftp://news.example/1", nil, fetch.KindBadURL, false, "the link is not an http:// or https:// URL"},
		{"too large", big.URL, nil, fetch.KindTooLarge, false, "the page is larger than 1 KB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			allow := tt.allow
			if allow == nil {
				allow = []string{"127.0.0.1"}
			}
			c := newClient(t, fetch.Options{Allow: allow, Timeout: 300 * time.Millisecond, MaxBytes: 1024})
			_, err := c.Get(context.Background(), tt.url)
			var fe *fetch.Error
			if !errors.As(err, &fe) {
				t.Fatalf("Get = %v (%T), want a *fetch.Error", err, err)
			}
			if fe.Kind != tt.kind || fe.Temporary() != tt.temporary || fe.Reason() != tt.reason {
				t.Errorf("kind %q, temporary %v, reason %q; want %q, %v, %q (detail: %v)",
					fe.Kind, fe.Temporary(), fe.Reason(), tt.kind, tt.temporary, tt.reason, err)
			}
			if fetch.KindOf(err) != tt.kind {
				t.Errorf("KindOf = %q, want %q", fetch.KindOf(err), tt.kind)
			}
			if strings.Contains(fe.Reason(), "ERR") || strings.Contains(fe.Reason(), "fetch:") {
				t.Errorf("reason %q shows details", fe.Reason())
			}
		})
	}
}

// TestCancelledIsNoKind: a fetch stopped by its context is not the
// link's fault: it is no *Error, and errors.Is finds context.Canceled.
func TestCancelledIsNoKind(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for s.hits.Load() == 0 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	_, err := c.Get(ctx, s.URL)
	if !errors.Is(err, context.Canceled) || fetch.KindOf(err) != "" {
		t.Errorf("Get = %v (kind %q), want context.Canceled and no kind", err, fetch.KindOf(err))
	}
}

// notHTTPServer listens on 127.0.0.1 and answers every connection with
// greeting, as a Redis or SMTP server would, then closes it.
func notHTTPServer(t *testing.T, greeting string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			// Answer once the request is in, as a service does; a
			// greeting written before it races with the request.
			buf := make([]byte, 4096)
			c.Read(buf)
			c.Write([]byte(greeting))
			c.Close()
		}
	}()
	return "http://" + ln.Addr().String() + "/"
}
