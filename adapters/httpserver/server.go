// Package httpserver serves storybot's HTTP routes: GET /healthz (liveness),
// GET /readyz (readiness), GET /metrics (Prometheus), and the platform
// handlers (Slack, Discord) it is given as http.Handler values. It owns the
// http.Server: its timeouts, request logging and graceful shutdown.
package httpserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Timeouts of the server and its probes.
const (
	// DefaultShutdownTimeout bounds a graceful shutdown when
	// Options.ShutdownTimeout is zero.
	DefaultShutdownTimeout = 10 * time.Second
	// ReadyTimeout bounds one call of Options.Ready.
	ReadyTimeout = 2 * time.Second

	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 2 * time.Minute
)

// Options configures a Server. Only Addr is needed for ListenAndServe; the
// zero value of every other field is usable.
type Options struct {
	// Addr is the listen address of ListenAndServe, e.g. ":8080" or
	// "127.0.0.1:0".
	Addr string
	// Ready reports whether the bot can serve (Redis reachable); GET /readyz
	// calls it with a ReadyTimeout deadline. Nil means always ready.
	Ready func(ctx context.Context) error
	// Embedded says the store is the embedded in-process one: GET /readyz
	// still answers 200, and says that nothing persists.
	Embedded bool
	// Gatherer is what GET /metrics exposes. Nil means an empty registry.
	Gatherer prometheus.Gatherer
	// Handlers are further routes, keyed by http.ServeMux pattern, such as
	// "POST /slack/commands" or "POST /discord/interactions".
	Handlers map[string]http.Handler
	// Logger receives the server's messages, and each request at debug
	// level. Nil discards them.
	Logger *slog.Logger
	// ShutdownTimeout bounds the graceful shutdown once the context of
	// Serve is done; zero means DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
}

// Server is storybot's HTTP server. Create it with New.
type Server struct {
	opts    Options
	log     *slog.Logger
	handler http.Handler

	mu   sync.Mutex
	addr string
}

// New returns a Server for o. Like http.ServeMux.Handle it panics if a
// pattern of o.Handlers is invalid or conflicts with another route,
// including the built-in ones.
func New(o Options) *Server {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Gatherer == nil {
		o.Gatherer = prometheus.NewRegistry()
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = DefaultShutdownTimeout
	}
	s := &Server{opts: o, log: o.Logger}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(o.Gatherer, promhttp.HandlerOpts{
		ErrorLog: slog.NewLogLogger(o.Logger.Handler(), slog.LevelError),
	}))
	for pattern, h := range o.Handlers {
		mux.Handle(pattern, h)
	}
	s.handler = logRequests(s.log, mux)
	return s
}

// Handler returns the routes, with request logging: what the server serves.
func (s *Server) Handler() http.Handler { return s.handler }

// Addr returns the address the server listens on, once it does (the port
// chosen for ":0" included), and "" before.
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// ListenAndServe listens on Options.Addr and serves until ctx is done, then
// shuts down gracefully; see Serve. It returns at once with an error if it
// cannot listen (address in use, say).
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("httpserver: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done, then shuts down gracefully: it
// stops accepting, lets the requests under way finish within
// Options.ShutdownTimeout, and returns nil. It closes ln. It returns an
// error if serving fails, or if the requests under way outlast the
// shutdown timeout (they are then cut off).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	addr := ln.Addr().String()
	s.mu.Lock()
	s.addr = addr
	s.mu.Unlock()

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	s.log.Info("http server listening", "addr", addr)

	select {
	case err := <-served:
		return fmt.Errorf("httpserver: serve %s: %w", addr, err)
	case <-ctx.Done():
	}

	s.log.Info("http server shutting down", "addr", addr, "timeout", s.opts.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		<-served
		return fmt.Errorf("httpserver: shutdown %s: %w", addr, err)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("httpserver: serve %s: %w", addr, err)
	}
	s.log.Info("http server stopped", "addr", addr)
	return nil
}

// healthz is the liveness probe: the process answers.
func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	writeText(w, http.StatusOK, "ok")
}

// readyz is the readiness probe: Options.Ready succeeds within
// ReadyTimeout. On the embedded store it says that nothing persists.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if s.opts.Ready != nil {
		ctx, cancel := context.WithTimeout(r.Context(), ReadyTimeout)
		defer cancel()
		if err := s.opts.Ready(ctx); err != nil {
			s.log.Warn("not ready", "err", err)
			writeText(w, http.StatusServiceUnavailable, "not ready: "+err.Error())
			return
		}
	}
	if s.opts.Embedded {
		writeText(w, http.StatusOK, "ready ("+EmbeddedNote+")")
		return
	}
	writeText(w, http.StatusOK, "ready")
}

// EmbeddedNote is what /readyz adds when the store is the embedded one.
const EmbeddedNote = "embedded store: nothing persists"

// writeText answers with status and one line of plain text.
func writeText(w http.ResponseWriter, status int, text string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = fmt.Fprintln(w, text)
}

// logRequests logs each request to next at debug level once it is answered.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !log.Enabled(r.Context(), slog.LevelDebug) {
			next.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		status := rec.status
		if status == 0 {
			status = http.StatusOK // nothing written: net/http sends 200
		}
		path := r.URL.Path
		if strings.Contains(r.Pattern, "{") {
			// A wildcard may be a capability (a story page's signed
			// link): the route says enough.
			path = "(see route)"
		}
		log.LogAttrs(r.Context(), slog.LevelDebug, "http request",
			slog.String("method", r.Method),
			slog.String("path", path),
			slog.String("route", r.Pattern),
			slog.Int("status", status),
			slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)),
		)
	})
}

// statusRecorder remembers the status and size of a response. Unwrap lets
// http.ResponseController reach the writer underneath (Flush and the like).
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *statusRecorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *statusRecorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
