package fetch_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
)

// trap is a local HTTP server that must never be reached: it counts the
// TCP connections it accepts as well as the requests, since a refused
// fetch must not even connect.
type trap struct {
	*httptest.Server
	conns, hits atomic.Int64
	port        string
}

// newTrap starts a trap listening on addr ("127.0.0.1:0", "[::1]:0"). It
// returns nil when addr cannot be listened on here (no IPv6, say).
func newTrap(t *testing.T, addr string) *trap {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Logf("cannot listen on %s here: %v", addr, err)
		return nil
	}
	tr := &trap{}
	tr.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tr.hits.Add(1)
		pageHandler(w, r)
	}))
	tr.Server.Listener.Close()
	tr.Server.Listener = ln
	tr.Server.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			tr.conns.Add(1)
		}
	}
	tr.Start()
	t.Cleanup(tr.Close)
	_, tr.port, _ = net.SplitHostPort(ln.Addr().String())
	return tr
}

// untouched fails t when any of the traps was connected to.
func untouched(t *testing.T, traps ...*trap) {
	t.Helper()
	for _, tr := range traps {
		if tr == nil {
			continue
		}
		if c, h := tr.conns.Load(), tr.hits.Load(); c != 0 || h != 0 {
			t.Errorf("server %s got %d connections and %d requests, want none", tr.Listener.Addr(), c, h)
		}
	}
}

// TestSSRFTable fetches, with default Options (no Allow list), URLs that
// must never be fetched, each naming a local listener where one can exist:
// every Get fails and no listener sees a connection. The addresses that
// cannot be listened on here (10/8, 169.254.169.254, …) are dialled on the
// loopback trap's port; the Control hook refuses them before connect.
func TestSSRFTable(t *testing.T) {
	v4 := newTrap(t, "127.0.0.1:0")
	if v4 == nil {
		t.Fatal("cannot listen on 127.0.0.1")
	}
	v6 := newTrap(t, "[::1]:0") // nil without IPv6
	// Linux routes all of 127.0.0.0/8 to lo, so a second loopback
	// address has its own listener.
	alt := newTrap(t, "127.0.0.2:0")
	p := v4.port

	type tc struct {
		name string
		url  string
		// refused: the error must be ErrRefused. Spellings that are not
		// IP addresses to Go (decimal, octal, hex) go to the resolver,
		// which may fail to resolve them (no DNS here) or resolve them to
		// 127.0.0.1 (getaddrinfo's inet_aton rules), which is refused: any
		// error will do, as long as nothing is reached.
		refused bool
		// needs: the case names a listener that may be missing here
		// (have false then), and is skipped without it.
		needs, have bool
	}
	tests := []tc{
		{"loopback IPv4", "http://127.0.0.1:" + p + "/", true, false, false},
		{"loopback 127.0.0.2", "http://127.0.0.2:" + portOf(alt, p) + "/", true, true, alt != nil},
		{"loopback IPv6", "http://[::1]:" + portOf(v6, p) + "/", true, true, v6 != nil},
		{"private 10/8", "http://10.0.0.1:" + p + "/", true, false, false},
		{"private 172.16/12", "http://172.16.0.1:" + p + "/", true, false, false},
		{"private 192.168/16", "http://192.168.0.1:" + p + "/", true, false, false},
		{"cloud metadata", "http://169.254.169.254:" + p + "/latest/meta-data/", true, false, false},
		{"cloud metadata port 80", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", true, false, false},
		{"CGNAT", "http://100.64.0.1:" + p + "/", true, false, false},
		{"unspecified 0.0.0.0 (reaches loopback on Linux)", "http://0.0.0.0:" + p + "/", true, false, false},
		{"IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]:" + p + "/", true, false, false},
		{"IPv4-mapped IPv6 hex form", "http://[::ffff:7f00:1]:" + p + "/", true, false, false},
		{"IPv4-mapped IPv6 private", "http://[::ffff:10.0.0.1]:" + p + "/", true, false, false},
		{"IPv4-mapped IPv6 metadata", "http://[::ffff:a9fe:a9fe]:" + p + "/", true, false, false},
		{"decimal 2130706433", "http://2130706433:" + p + "/", false, false, false},
		{"octal 0177.0.0.1", "http://0177.0.0.1:" + p + "/", false, false, false},
		{"hex 0x7f.0.0.1", "http://0x7f.0.0.1:" + p + "/", false, false, false},
		{"hex 0x7f000001", "http://0x7f000001:" + p + "/", false, false, false},
		{"short 127.1", "http://127.1:" + p + "/", false, false, false},
		{"localhost", "http://localhost:" + p + "/", true, false, false},
		{"localhost trailing dot", "http://localhost.:" + p + "/", false, false, false},
		{"LOCALHOST upper case", "http://LOCALHOST:" + p + "/", true, false, false},
		{"userinfo trick", "http://example.com@127.0.0.1:" + p + "/", true, false, false},
		{"https loopback", "https://127.0.0.1:" + p + "/", true, false, false},
	}
	c := newClient(t, fetch.Options{Timeout: 3 * time.Second})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.needs && !tt.have {
				t.Skip("no listener for this address here")
			}
			start := time.Now()
			_, err := c.Get(context.Background(), tt.url)
			if err == nil {
				t.Fatalf("Get(%s) succeeded, want it refused", tt.url)
			}
			if errors.Is(err, fetch.ErrRefused) {
				if !strings.Contains(err.Error(), "not allowed") {
					t.Errorf("refusal %q does not say what is not allowed", err)
				}
			} else if tt.refused {
				t.Errorf("Get(%s) = %v, want ErrRefused", tt.url, err)
			}
			if d := time.Since(start); d > 3500*time.Millisecond {
				t.Errorf("Get(%s) took %s", tt.url, d)
			}
			t.Logf("%s: %v", tt.url, err)
		})
	}
	untouched(t, v4, v6, alt)
}

// portOf is tr's port, or def when tr is nil.
func portOf(tr *trap, def string) string {
	if tr == nil {
		return def
	}
	return tr.port
}

// TestSSRFRedirectFromAllowedServer: a server allowed by CIDR
// (127.0.0.1/32) redirects to addresses that are not allowed; each
// redirect is refused when dialled, the first hop alone is made, and the
// redirect targets that exist locally see no connection.
func TestSSRFRedirectFromAllowedServer(t *testing.T) {
	alt := newTrap(t, "127.0.0.2:0") // loopback, but outside the /32
	v6 := newTrap(t, "[::1]:0")
	targets := []struct {
		name, to string
		need     bool // a listener that may be missing here
		tr       *trap
	}{
		{"private 10/8", "http://10.0.0.1/", false, nil},
		{"cloud metadata", "http://169.254.169.254/latest/meta-data/", false, nil},
		{"CGNAT", "http://100.64.0.1/", false, nil},
		{"IPv4-mapped metadata", "http://[::ffff:169.254.169.254]/", false, nil},
		{"other loopback address", "http://127.0.0.2:" + portOf(alt, "80") + "/", true, alt},
		{"IPv6 loopback", "http://[::1]:" + portOf(v6, "80") + "/", true, v6},
		{"unspecified", "http://0.0.0.0:" + portOf(alt, "80") + "/", false, nil},
	}
	for _, tt := range targets {
		t.Run(tt.name, func(t *testing.T) {
			if tt.need && tt.tr == nil {
				t.Skip("no listener for this address here")
			}
			start := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, tt.to, http.StatusFound)
			})
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 3 * time.Second})
			_, err := c.Get(context.Background(), start.URL+"/article")
			if !errors.Is(err, fetch.ErrRefused) {
				t.Fatalf("Get via redirect to %s = %v, want ErrRefused", tt.to, err)
			}
			if n := start.hits.Load(); n != 1 {
				t.Errorf("allowed server got %d requests, want 1", n)
			}
			untouched(t, tt.tr)
		})
	}
}

// TestSSRFRedirectChainEndsPrivate: several allowed hops, then a private
// one: refused however deep in the chain it comes.
func TestSSRFRedirectChainEndsPrivate(t *testing.T) {
	alt := newTrap(t, "127.0.0.2:0")
	if alt == nil {
		t.Skip("cannot listen on 127.0.0.2 here")
	}
	var s *server
	s = newServer(t, func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		if n < 3 {
			http.Redirect(w, r, s.URL+"/hop/"+strconv.Itoa(n+1), http.StatusMovedPermanently)
			return
		}
		http.Redirect(w, r, "http://127.0.0.2:"+alt.port+"/secret", http.StatusTemporaryRedirect)
	})
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 3 * time.Second})
	_, err := c.Get(context.Background(), s.URL+"/hop/0")
	if !errors.Is(err, fetch.ErrRefused) || !strings.Contains(err.Error(), "127.0.0.2") {
		t.Fatalf("Get = %v, want ErrRefused naming 127.0.0.2", err)
	}
	if n := s.hits.Load(); n != 4 {
		t.Errorf("allowed server got %d requests, want 4", n)
	}
	untouched(t, alt)
}
