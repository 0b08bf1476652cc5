package httpserver

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// serve answers one request through the handler of s.
func serve(t *testing.T, s *Server, method, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec.Code, rec.Body.String()
}

func TestRoutes(t *testing.T) {
	reg := prometheus.NewRegistry()
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "storybot_test_total", Help: "A test counter."})
	reg.MustRegister(c)
	c.Add(3)
	slack := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		_, _ = io.WriteString(w, "slack got "+string(body))
	})
	s := New(Options{
		Gatherer: reg,
		Handlers: map[string]http.Handler{"POST /slack/commands": slack},
	})

	tests := []struct {
		method, path string
		wantCode     int
		wantBody     string // contained in the body
	}{
		{"GET", "/healthz", 200, "ok\n"},
		{"HEAD", "/healthz", 200, ""},
		{"POST", "/healthz", 405, ""},
		{"GET", "/readyz", 200, "ready\n"},
		{"GET", "/metrics", 200, "storybot_test_total 3"},
		{"POST", "/slack/commands", 200, "slack got "},
		{"GET", "/slack/commands", 405, ""},
		{"POST", "/discord/interactions", 404, ""},
		{"GET", "/", 404, ""},
	}
	for _, tt := range tests {
		code, body := serve(t, s, tt.method, tt.path)
		if code != tt.wantCode || !strings.Contains(body, tt.wantBody) {
			t.Errorf("%s %s = %d %q, want %d with %q", tt.method, tt.path, code, body, tt.wantCode, tt.wantBody)
		}
	}
}

func TestHealthzIsLivenessOnly(t *testing.T) {
	s := New(Options{Ready: func(context.Context) error { return errors.New("redis down") }})
	if code, body := serve(t, s, "GET", "/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("GET /healthz while not ready = %d %q, want 200 ok", code, body)
	}
}

func TestReadyz(t *testing.T) {
	tests := []struct {
		name     string
		ready    func(context.Context) error
		embedded bool
		wantCode int
		wantBody string
	}{
		{"nil Ready", nil, false, 200, "ready\n"},
		{"embedded store", func(context.Context) error { return nil }, true, 200, "ready (embedded store: nothing persists)\n"},
		{"embedded store down", func(context.Context) error { return errors.New("closed") }, true, 503, "not ready: closed\n"},
		{"ready", func(context.Context) error { return nil }, false, 200, "ready\n"},
		{"redis down", func(context.Context) error { return errors.New("redis: dial tcp: connection refused") },
			false, 503, "not ready: redis: dial tcp: connection refused\n"},
		{"deadline", func(ctx context.Context) error {
			dl, ok := ctx.Deadline()
			if !ok || time.Until(dl) > ReadyTimeout {
				return errors.New("no deadline within ReadyTimeout")
			}
			return nil
		}, false, 200, "ready\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(Options{Ready: tt.ready, Embedded: tt.embedded})
			if code, body := serve(t, s, "GET", "/readyz"); code != tt.wantCode || body != tt.wantBody {
				t.Errorf("GET /readyz = %d %q, want %d %q", code, body, tt.wantCode, tt.wantBody)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestRequestLog(t *testing.T) {
	var buf syncBuffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	teapot := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusTeapot) })
	s := New(Options{Logger: log, Handlers: map[string]http.Handler{"POST /tea": teapot}})
	serve(t, s, "POST", "/tea")
	serve(t, s, "GET", "/nowhere")
	out := buf.String()
	for _, want := range []string{
		"level=DEBUG", `msg="http request"`, "method=POST", "path=/tea", `route="POST /tea"`, "status=418", "duration=",
		"path=/nowhere route=\"\" status=404",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}

	// A wildcard of the path may be a capability: it is not logged.
	buf = syncBuffer{}
	pages := New(Options{Logger: log, Handlers: map[string]http.Handler{"GET /s/{link}": teapot}})
	serve(t, pages, "GET", "/s/c2VjcmV0LWNhcGFiaWxpdHk")
	if out := buf.String(); strings.Contains(out, "c2VjcmV0LWNhcGFiaWxpdHk") || !strings.Contains(out, `route="GET /s/{link}"`) {
		t.Errorf("a page link reached the log, or its route did not:\n%s", out)
	}

	buf = syncBuffer{}
	quiet := New(Options{Logger: slog.New(slog.NewTextHandler(&buf, nil))}) // info level
	serve(t, quiet, "GET", "/healthz")
	if strings.Contains(buf.String(), "http request") {
		t.Errorf("request logged above debug level:\n%s", buf.String())
	}
}

// listen returns a listener on a free loopback port.
func listen(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

// start runs s.Serve on ln in the background; the returned channel gets
// its result.
func start(ctx context.Context, s *Server, ln net.Listener) <-chan error {
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	return done
}

// wait returns the result on done, failing the test after a while.
func wait(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("server did not return")
		return nil
	}
}

func getOK(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s = %d %q", url, resp.StatusCode, body)
	}
	return string(body)
}

func TestServeAndShutDown(t *testing.T) {
	ln := listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := New(Options{})
	done := start(ctx, s, ln)

	if body := getOK(t, "http://"+ln.Addr().String()+"/healthz"); body != "ok\n" {
		t.Errorf("GET /healthz = %q", body)
	}
	if s.Addr() != ln.Addr().String() {
		t.Errorf("Addr() = %q, want %q", s.Addr(), ln.Addr())
	}
	cancel()
	if err := wait(t, done); err != nil {
		t.Errorf("Serve after cancel = %v, want nil", err)
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("still accepting after shutdown")
	}
}

func TestShutdownLetsRequestsFinish(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		close(entered)
		<-release
		_, _ = io.WriteString(w, "done")
	})
	ln := listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := start(ctx, New(Options{Handlers: map[string]http.Handler{"GET /slow": slow}}), ln)

	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		got <- string(body)
	}()
	<-entered
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Serve returned %v with a request under way", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if body := <-got; body != "done" {
		t.Errorf("request under way at shutdown got %q, want done", body)
	}
	if err := wait(t, done); err != nil {
		t.Errorf("Serve = %v, want nil", err)
	}
}

func TestShutdownTimeout(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	stuck := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		close(entered)
		<-release
	})
	ln := listen(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := New(Options{ShutdownTimeout: 50 * time.Millisecond, Handlers: map[string]http.Handler{"GET /stuck": stuck}})
	done := start(ctx, s, ln)
	go func() {
		if resp, err := http.Get("http://" + ln.Addr().String() + "/stuck"); err == nil {
			resp.Body.Close()
		}
	}()
	<-entered
	cancel()
	if err := wait(t, done); !errors.Is(err, context.DeadlineExceeded) || !strings.HasPrefix(err.Error(), "httpserver: ") {
		t.Errorf("Serve = %v, want httpserver: ... context.DeadlineExceeded", err)
	}
}

func TestListenAndServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := New(Options{Addr: "127.0.0.1:0"})
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx) }()

	deadline := time.Now().Add(5 * time.Second)
	for s.Addr() == "" {
		if time.Now().After(deadline) {
			t.Fatal("never listened")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !strings.HasPrefix(s.Addr(), "127.0.0.1:") || strings.HasSuffix(s.Addr(), ":0") {
		t.Errorf("Addr() = %q, want the bound port", s.Addr())
	}
	getOK(t, "http://"+s.Addr()+"/healthz")
	cancel()
	if err := wait(t, done); err != nil {
		t.Errorf("ListenAndServe after cancel = %v, want nil", err)
	}
}

func TestListenAndServeAddressInUse(t *testing.T) {
	taken := listen(t)
	defer taken.Close()
	s := New(Options{Addr: taken.Addr().String()})
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(context.Background()) }() // never cancelled
	err := wait(t, done)
	if err == nil || !strings.HasPrefix(err.Error(), "httpserver: listen") {
		t.Errorf("ListenAndServe on a taken address = %v, want an httpserver: listen error", err)
	}
	if s.Addr() != "" {
		t.Errorf("Addr() = %q after a failed listen, want empty", s.Addr())
	}
}

func TestConflictingRoutePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New with a second GET /healthz did not panic")
		}
	}()
	New(Options{Handlers: map[string]http.Handler{"GET /healthz": http.NotFoundHandler()}})
}
