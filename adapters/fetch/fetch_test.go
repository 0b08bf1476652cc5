package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
)

// The tests talk to httptest servers on 127.0.0.1 only. Other addresses
// appear only where the Control hook refuses them before any connect.

const page = "<html><body><p>Port strike enters third day.</p></body></html>"

// server is an httptest server on 127.0.0.1 that counts its requests.
type server struct {
	*httptest.Server
	hits atomic.Int64
}

func newServer(t *testing.T, h http.HandlerFunc) *server {
	t.Helper()
	s := &server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		h(w, r)
	}))
	t.Cleanup(s.Close)
	if host := s.Listener.Addr().(*net.TCPAddr).IP.String(); host != "127.0.0.1" {
		t.Fatalf("httptest server listens on %s, want 127.0.0.1", host)
	}
	return s
}

// localhostURL is s's URL with the host name localhost instead of 127.0.0.1.
func (s *server) localhostURL() string {
	return strings.Replace(s.URL, "127.0.0.1", "localhost", 1)
}

func pageHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, page)
}

func newClient(t *testing.T, opts fetch.Options) *fetch.Client {
	t.Helper()
	c, err := fetch.New(opts)
	if err != nil {
		t.Fatalf("New(%+v): %v", opts, err)
	}
	return c
}

func TestGetAllowed(t *testing.T) {
	var gotUA, gotAccept atomic.Value
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA.Store(r.UserAgent())
		gotAccept.Store(r.Header.Get("Accept"))
		pageHandler(w, r)
	})
	tests := []struct {
		name  string
		allow []string
		url   string
	}{
		{"CIDR", []string{"127.0.0.1/32"}, s.URL + "/news/1"},
		{"wide CIDR", []string{"10.0.0.0/8", "127.0.0.0/8"}, s.URL + "/news/1"},
		{"IP address", []string{"127.0.0.1"}, s.URL + "/news/1"},
		{"host name", []string{"localhost"}, s.localhostURL() + "/news/1"},
		{"host name any case", []string{"LocalHost."}, s.localhostURL() + "/news/1"},
		{"CIDR with host name URL", []string{"127.0.0.0/8", "::1/128"}, s.localhostURL() + "/news/1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, fetch.Options{Allow: tt.allow, Timeout: 5 * time.Second})
			p, err := c.Get(context.Background(), tt.url)
			if err != nil {
				t.Fatalf("Get(%s): %v", tt.url, err)
			}
			if string(p.Body) != page {
				t.Errorf("Body = %q, want %q", p.Body, page)
			}
			if p.URL != tt.url {
				t.Errorf("URL = %q, want %q", p.URL, tt.url)
			}
			if p.ContentType != "text/html; charset=utf-8" {
				t.Errorf("ContentType = %q", p.ContentType)
			}
			if ua := gotUA.Load(); ua != fetch.DefaultUserAgent {
				t.Errorf("User-Agent = %q, want %q", ua, fetch.DefaultUserAgent)
			}
			if a, _ := gotAccept.Load().(string); !strings.HasPrefix(a, "text/html") || !strings.Contains(a, "text/plain") {
				t.Errorf("Accept = %q, want HTML and text", a)
			}
		})
	}
}

func TestGetUserAgentOption(t *testing.T) {
	var ua atomic.Value
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) { ua.Store(r.UserAgent()) })
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, UserAgent: "test-agent/2"})
	if _, err := c.Get(context.Background(), s.URL); err != nil {
		t.Fatal(err)
	}
	if got := ua.Load(); got != "test-agent/2" {
		t.Errorf("User-Agent = %q, want test-agent/2", got)
	}
}

func TestGetRefusedWhenNotAllowed(t *testing.T) {
	s := newServer(t, pageHandler)
	tests := []struct {
		name  string
		allow []string
		url   string
	}{
		{"no allowlist, IP", nil, s.URL},
		{"no allowlist, localhost", nil, s.localhostURL()},
		{"other CIDR", []string{"10.0.0.0/8"}, s.URL},
		{"other IP", []string{"127.0.0.2"}, s.URL},
		{"other host name", []string{"intranet.example"}, s.localhostURL()},
		{"host name does not allow its IP", []string{"localhost"}, s.URL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, fetch.Options{Allow: tt.allow, Timeout: 5 * time.Second})
			_, err := c.Get(context.Background(), tt.url)
			if !errors.Is(err, fetch.ErrRefused) {
				t.Fatalf("Get(%s) = %v, want ErrRefused", tt.url, err)
			}
			msg := err.Error()
			for _, want := range []string{"fetch: refusing to connect to ", "loopback address not allowed", "STORYBOT_FETCH_ALLOW"} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
		})
	}
	if n := s.hits.Load(); n != 0 {
		t.Errorf("server got %d requests, want 0", n)
	}
}

func TestRefusedMessage(t *testing.T) {
	s := newServer(t, pageHandler)
	c := newClient(t, fetch.Options{})
	_, err := c.Get(context.Background(), s.URL)
	want := "fetch: refusing to connect to 127.0.0.1: loopback address not allowed (set STORYBOT_FETCH_ALLOW to permit it)"
	if err == nil || err.Error() != want {
		t.Errorf("Get(%s) error = %v, want %q", s.URL, err, want)
	}
}

func TestRedirectToDisallowedAddressRefused(t *testing.T) {
	target := newServer(t, pageHandler)
	start := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/", http.StatusFound)
	})
	c := newClient(t, fetch.Options{Allow: []string{"localhost"}, Timeout: 5 * time.Second})
	_, err := c.Get(context.Background(), start.localhostURL()+"/")
	if !errors.Is(err, fetch.ErrRefused) {
		t.Fatalf("Get = %v, want ErrRefused", err)
	}
	if !strings.Contains(err.Error(), "refusing to connect to 127.0.0.1") {
		t.Errorf("error %q does not name 127.0.0.1", err)
	}
	if n := start.hits.Load(); n != 1 {
		t.Errorf("allowed server got %d requests, want 1", n)
	}
	if n := target.hits.Load(); n != 0 {
		t.Errorf("refused server got %d requests, want 0", n)
	}
}

// redirectServer serves /r/N, which redirects to /r/N-1, down to /r/0,
// which serves the page.
func redirectServer(t *testing.T) *server {
	return newServer(t, func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/r/"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusMovedPermanently)
			return
		}
		pageHandler(w, r)
	})
}

func TestRedirects(t *testing.T) {
	s := redirectServer(t)
	tests := []struct {
		name         string
		maxRedirects int
		redirects    int
		wantErr      bool
		wantMsg      string
	}{
		{"none", 0, 0, false, ""},
		{"five by default", 0, 5, false, ""},
		{"six by default", 0, 6, true, "more than 5"},
		{"two of two", 2, 2, false, ""},
		{"three of two", 2, 3, true, "more than 2"},
		{"none followed", -1, 1, true, "more than 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, MaxRedirects: tt.maxRedirects, Timeout: 5 * time.Second})
			start := fmt.Sprintf("%s/r/%d", s.URL, tt.redirects)
			p, err := c.Get(context.Background(), start)
			if tt.wantErr {
				if !errors.Is(err, fetch.ErrTooManyRedirects) {
					t.Fatalf("Get(%s) = %v, want ErrTooManyRedirects", start, err)
				}
				if !strings.HasPrefix(err.Error(), "fetch: ") || !strings.Contains(err.Error(), tt.wantMsg) {
					t.Errorf("error %q, want it to contain %q", err, tt.wantMsg)
				}
				return
			}
			if err != nil {
				t.Fatalf("Get(%s): %v", start, err)
			}
			if want := s.URL + "/r/0"; p.URL != want {
				t.Errorf("URL = %q, want the final URL %q", p.URL, want)
			}
		})
	}
}

func TestOversizedPage(t *testing.T) {
	const limit = 64 << 10
	body := strings.Repeat("x", limit+1)
	tests := []struct {
		name          string
		body          string
		contentLength bool
		maxBytes      int64
		wantErr       bool
		wantMsg       string
	}{
		{"with Content-Length", body, true, limit, true, "fetch: page exceeds the 64 KB limit"},
		{"without Content-Length", body, false, limit, true, "fetch: page exceeds the 64 KB limit"},
		{"exactly the limit with Content-Length", body[:limit], true, limit, false, ""},
		{"exactly the limit without Content-Length", body[:limit], false, limit, false, ""},
		{"default limit with Content-Length", strings.Repeat("x", 5<<20+1), true, 0, true, "fetch: page exceeds the 5 MB limit"},
		{"default limit without Content-Length", strings.Repeat("x", 5<<20+1), false, 0, true, "fetch: page exceeds the 5 MB limit"},
		{"odd limit", body, false, 1000, true, "fetch: page exceeds the 1000 bytes limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/plain")
				if tt.contentLength {
					w.Header().Set("Content-Length", strconv.Itoa(len(tt.body)))
					fmt.Fprint(w, tt.body)
					return
				}
				// Flushing first makes the response chunked: no length.
				w.(http.Flusher).Flush()
				fmt.Fprint(w, tt.body)
			})
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, MaxBytes: tt.maxBytes, Timeout: 5 * time.Second})
			p, err := c.Get(context.Background(), s.URL)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Get: %v", err)
				}
				if len(p.Body) != len(tt.body) {
					t.Errorf("got %d bytes, want %d", len(p.Body), len(tt.body))
				}
				return
			}
			if !errors.Is(err, fetch.ErrTooLarge) {
				t.Fatalf("Get = %v, want ErrTooLarge", err)
			}
			if err.Error() != tt.wantMsg {
				t.Errorf("error %q, want %q", err, tt.wantMsg)
			}
		})
	}
}

// TestOversizedContentLengthNotRead shows the Content-Length check comes
// first: the server announces too big a body and never sends it, so reading
// would wait for the timeout.
func TestOversizedContentLengthNotRead(t *testing.T) {
	release := make(chan struct{})
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(6<<20))
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 10 * time.Second})
	start := time.Now()
	_, err := c.Get(context.Background(), s.URL)
	if !errors.Is(err, fetch.ErrTooLarge) || err.Error() != "fetch: page exceeds the 5 MB limit" {
		t.Fatalf("Get = %v, want ErrTooLarge naming the 5 MB limit", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Get took %s: the body was read instead of refused up front", d)
	}
}

func TestSchemeRefused(t *testing.T) {
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 2 * time.Second})
	tests := []struct{ url, want string }{
		{"ftp://127.0.0.1/pub/file.txt", `"ftp"`},
		{"file:///etc/passwd", `"file"`},
		{"gopher://127.0.0.1:70/", `"gopher"`},
		{"javascript:alert(1)", `"javascript"`},
		{"127.0.0.1/news", "no scheme"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := c.Get(context.Background(), tt.url)
			if !errors.Is(err, fetch.ErrScheme) {
				t.Fatalf("Get(%s) = %v, want ErrScheme", tt.url, err)
			}
			if !strings.HasPrefix(err.Error(), "fetch: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %s", err, tt.want)
			}
		})
	}
}

func TestRedirectToOtherSchemeRefused(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 5 * time.Second})
	_, err := c.Get(context.Background(), s.URL)
	if !errors.Is(err, fetch.ErrScheme) || !strings.Contains(err.Error(), `"file"`) {
		t.Fatalf("Get = %v, want ErrScheme naming file", err)
	}
}

// TestNonPublicAddressesRefused dials addresses that must never be
// reached. The Control hook refuses each before connect, so no packet
// leaves the machine; the short timeout bounds a failure of that promise.
func TestNonPublicAddressesRefused(t *testing.T) {
	tests := []struct {
		url    string
		reason string
	}{
		{"http://127.0.0.1/", "loopback address"},
		{"http://127.1.2.3:8080/", "loopback address"},
		{"http://10.0.0.1/", "private address"},
		{"http://172.16.0.1/", "private address"},
		{"http://192.168.1.1/", "private address"},
		{"http://169.254.169.254/latest/meta-data/", "cloud metadata address"},
		{"http://169.254.1.1/", "link-local address"},
		{"http://100.64.0.1/", "shared (CGNAT) address"},
		{"http://100.100.100.200/", "cloud metadata address"},
		{"http://0.0.0.0/", "unspecified address"},
		{"http://224.0.0.1/", "multicast address"},
		{"http://192.0.2.1/", "reserved or special-purpose address"},
		{"https://10.1.2.3/", "private address"},
		{"http://[::1]/", "loopback address"},
		{"http://[::]/", "unspecified address"},
		{"http://[fd00:ec2::254]/", "cloud metadata address"},
		{"http://[fd12:3456::1]/", "private address"},
		{"http://[fe80::1]/", "link-local address"},
		{"http://[ff02::1]/", "multicast address"},
		{"http://[::ffff:127.0.0.1]/", "loopback address"},
		{"http://[::ffff:169.254.169.254]/", "cloud metadata address"},
		{"http://[2001:db8::1]/", "reserved or special-purpose address"},
	}
	c := newClient(t, fetch.Options{Allow: []string{"intranet.example", "203.0.113.0/24"}, Timeout: 2 * time.Second})
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := c.Get(context.Background(), tt.url)
			if strings.Contains(tt.url, "[") && err != nil && !errors.Is(err, fetch.ErrRefused) &&
				strings.Contains(err.Error(), "address family not supported") {
				t.Skipf("no IPv6 sockets here: %v", err)
			}
			if !errors.Is(err, fetch.ErrRefused) {
				t.Fatalf("Get(%s) = %v, want ErrRefused", tt.url, err)
			}
			if want := tt.reason + " not allowed"; !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not contain %q", err, want)
			}
		})
	}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		code    int
		wantErr bool
	}{
		{http.StatusOK, false},
		{http.StatusNoContent, false},
		{http.StatusNotFound, true},
		{http.StatusForbidden, true},
		{http.StatusInternalServerError, true},
		{599, true},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.code), func(t *testing.T) {
			s := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(tt.code) })
			c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 5 * time.Second})
			_, err := c.Get(context.Background(), s.URL)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Get: %v", err)
				}
				return
			}
			if !errors.Is(err, fetch.ErrStatus) {
				t.Fatalf("Get = %v, want ErrStatus", err)
			}
			if !strings.HasPrefix(err.Error(), "fetch: ") || !strings.Contains(err.Error(), strconv.Itoa(tt.code)) {
				t.Errorf("error %q does not name status %d", err, tt.code)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 200 * time.Millisecond})
	start := time.Now()
	_, err := c.Get(context.Background(), s.URL)
	if err == nil || !strings.HasPrefix(err.Error(), "fetch: ") {
		t.Fatalf("Get = %v, want a fetch: timeout error", err)
	}
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Errorf("error %v is not a timeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Get took %s with a 200ms timeout", d)
	}
}

func TestContextCanceled(t *testing.T) {
	s := newServer(t, pageHandler)
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1"}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := c.Get(ctx, s.URL)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Get = %v, want context.Canceled", err)
	}
}

func TestNewRejectsBadAllow(t *testing.T) {
	for _, allow := range [][]string{
		{"10.0.0.0/33"},
		{"localhost", "not a host"},
		{"*.example.com"},
	} {
		_, err := fetch.New(fetch.Options{Allow: allow})
		if err == nil {
			t.Errorf("New(Allow: %q) = nil error", allow)
			continue
		}
		if bad := allow[len(allow)-1]; !strings.Contains(err.Error(), strconv.Quote(bad)) {
			t.Errorf("New(Allow: %q) error %q does not name %q", allow, err, bad)
		}
	}
}

const feedBody = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>`

// conditionalServer serves feedBody with an ETag and a Last-Modified date
// and answers 304 to a request that sends the ETag back (If-None-Match
// wins over If-Modified-Since, as RFC 9110 says). It records the
// validators each request sent.
type conditionalServer struct {
	*server
	etag     atomic.Value // the current ETag
	mu       sync.Mutex
	requests []http.Header
}

const lastModified = "Mon, 30 Nov 2026 09:00:00 GMT"

func newConditionalServer(t *testing.T) *conditionalServer {
	cs := &conditionalServer{}
	cs.etag.Store(`"v1"`)
	cs.server = newServer(t, func(w http.ResponseWriter, r *http.Request) {
		cs.mu.Lock()
		cs.requests = append(cs.requests, r.Header.Clone())
		cs.mu.Unlock()
		etag := cs.etag.Load().(string)
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastModified)
		inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if inm == etag || (inm == "" && ims == lastModified) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feedBody)
	})
	return cs
}

// sent returns the validators request i sent.
func (cs *conditionalServer) sent(i int) (ifNoneMatch, ifModifiedSince string, ok bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if i >= len(cs.requests) {
		return "", "", false
	}
	h := cs.requests[i]
	return h.Get("If-None-Match"), h.Get("If-Modified-Since"), true
}

func TestGetConditional(t *testing.T) {
	s := newConditionalServer(t)
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 5 * time.Second})
	ctx := context.Background()

	// The first fetch has no validators: a plain GET answered 200.
	p, err := c.GetConditional(ctx, s.URL+"/rss", "", "")
	if err != nil {
		t.Fatalf("first GetConditional: %v", err)
	}
	if p.Status != http.StatusOK || p.NotModified || string(p.Body) != feedBody {
		t.Errorf("first fetch: Status %d, NotModified %v, Body %q; want 200, false, the feed", p.Status, p.NotModified, p.Body)
	}
	if p.ETag != `"v1"` || p.LastModified != lastModified {
		t.Errorf("first fetch: ETag %q, LastModified %q; want %q, %q", p.ETag, p.LastModified, `"v1"`, lastModified)
	}
	if p.ContentType != "application/rss+xml" || p.URL != s.URL+"/rss" {
		t.Errorf("first fetch: ContentType %q, URL %q", p.ContentType, p.URL)
	}
	if inm, ims, _ := s.sent(0); inm != "" || ims != "" {
		t.Errorf("first fetch sent If-None-Match %q, If-Modified-Since %q; want neither", inm, ims)
	}

	// The second sends both back and is answered 304: no error, no body.
	p2, err := c.GetConditional(ctx, s.URL+"/rss", p.ETag, p.LastModified)
	if err != nil {
		t.Fatalf("conditional GetConditional: %v", err)
	}
	if !p2.NotModified || p2.Status != http.StatusNotModified || len(p2.Body) != 0 {
		t.Errorf("conditional fetch: NotModified %v, Status %d, %d bytes; want true, 304, none", p2.NotModified, p2.Status, len(p2.Body))
	}
	if p2.ETag != `"v1"` || p2.LastModified != lastModified {
		t.Errorf("conditional fetch: ETag %q, LastModified %q; want them kept", p2.ETag, p2.LastModified)
	}
	if inm, ims, _ := s.sent(1); inm != `"v1"` || ims != lastModified {
		t.Errorf("conditional fetch sent If-None-Match %q, If-Modified-Since %q", inm, ims)
	}

	// Last-Modified alone makes a conditional request too.
	p3, err := c.GetConditional(ctx, s.URL+"/rss", "", lastModified)
	if err != nil || !p3.NotModified {
		t.Fatalf("GetConditional with Last-Modified only = %+v, %v; want NotModified", p3, err)
	}
	if inm, ims, _ := s.sent(2); inm != "" || ims != lastModified {
		t.Errorf("sent If-None-Match %q, If-Modified-Since %q; want only the date", inm, ims)
	}

	// A changed page is answered 200 with its new ETag.
	s.etag.Store(`"v2"`)
	p4, err := c.GetConditional(ctx, s.URL+"/rss", `"v1"`, "")
	if err != nil {
		t.Fatalf("GetConditional after a change: %v", err)
	}
	if p4.NotModified || p4.Status != http.StatusOK || p4.ETag != `"v2"` || string(p4.Body) != feedBody {
		t.Errorf("after a change: NotModified %v, Status %d, ETag %q, Body %q", p4.NotModified, p4.Status, p4.ETag, p4.Body)
	}
	if n := s.hits.Load(); n != 4 {
		t.Errorf("server got %d requests, want 4", n)
	}
}

// TestGetConditional304KeepsValidators: a 304 that does not repeat the
// validators gives back the ones sent, so callers can store the page's.
func TestGetConditional304KeepsValidators(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) })
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 5 * time.Second})
	p, err := c.GetConditional(context.Background(), s.URL, `W/"abc"`, lastModified)
	if err != nil {
		t.Fatal(err)
	}
	if !p.NotModified || p.ETag != `W/"abc"` || p.LastModified != lastModified {
		t.Errorf("got NotModified %v, ETag %q, LastModified %q", p.NotModified, p.ETag, p.LastModified)
	}
}

// TestGet304IsAnError: Get sends no validators, so a 304 answers nothing
// it asked and stays an error, as before GetConditional.
func TestGet304IsAnError(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) })
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 5 * time.Second})
	for name, get := range map[string]func() (*fetch.Page, error){
		"Get":                           func() (*fetch.Page, error) { return c.Get(context.Background(), s.URL) },
		"GetConditional, no validators": func() (*fetch.Page, error) { return c.GetConditional(context.Background(), s.URL, "", "") },
	} {
		if _, err := get(); !errors.Is(err, fetch.ErrStatus) || !strings.Contains(err.Error(), "304") {
			t.Errorf("%s: error %v, want ErrStatus naming 304", name, err)
		}
	}
}

func TestGetConditionalStatusError(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) })
	c := newClient(t, fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 5 * time.Second})
	_, err := c.GetConditional(context.Background(), s.URL, `"v1"`, "")
	if !errors.Is(err, fetch.ErrStatus) {
		t.Fatalf("GetConditional = %v, want ErrStatus", err)
	}
	var fe *fetch.Error
	if !errors.As(err, &fe) || fe.Kind != fetch.KindHTTPStatus || fe.Status != http.StatusInternalServerError {
		t.Fatalf("error %v (%T) is no KindHTTPStatus error with status 500", err, err)
	}
	if want := "fetch: server answered 500 Internal Server Error"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

// TestGetConditionalChecksLikeGet: the conditional fetch shares Get's
// checks and limits.
func TestGetConditionalChecksLikeGet(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("x", 2000))
	})
	ctx := context.Background()

	c := newClient(t, fetch.Options{Timeout: 5 * time.Second})
	if _, err := c.GetConditional(ctx, s.URL, `"v1"`, ""); !errors.Is(err, fetch.ErrRefused) {
		t.Errorf("without Allow: %v, want ErrRefused", err)
	}
	if n := s.hits.Load(); n != 0 {
		t.Errorf("refused server got %d requests", n)
	}
	if _, err := c.GetConditional(ctx, "file:///etc/passwd", "", ""); !errors.Is(err, fetch.ErrScheme) {
		t.Errorf("file URL: %v, want ErrScheme", err)
	}

	small := newClient(t, fetch.Options{Allow: []string{"127.0.0.1/32"}, MaxBytes: 1000, Timeout: 5 * time.Second})
	if _, err := small.GetConditional(ctx, s.URL, "", ""); !errors.Is(err, fetch.ErrTooLarge) {
		t.Errorf("2000 bytes with a 1000-byte limit: %v, want ErrTooLarge", err)
	}

	var accept atomic.Value
	hs := newServer(t, func(w http.ResponseWriter, r *http.Request) { accept.Store(r.Header.Get("Accept")) })
	ok := newClient(t, fetch.Options{Allow: []string{"127.0.0.1/32"}, Timeout: 5 * time.Second})
	p, err := ok.Get(ctx, hs.URL)
	if err != nil || p.Status != http.StatusOK {
		t.Fatalf("Get = %+v, %v; want Status 200", p, err)
	}
	if _, err := ok.GetConditional(ctx, hs.URL, "", ""); err != nil {
		t.Fatal(err)
	}
	if a, _ := accept.Load().(string); !strings.Contains(a, "application/rss+xml") || !strings.Contains(a, "*/*") {
		t.Errorf("GetConditional sent Accept %q, want feeds first and anything", a)
	}
}
