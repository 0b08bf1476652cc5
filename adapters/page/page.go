// Package page serves a story's page, GET /s/{link}: the whole story at a
// glance, rendered on the server with html/template and readable without
// JavaScript, on a phone as on a wide screen. It shows a header (title,
// when it was updated, how many articles and outlets, the overview), a
// timeline of the articles with a small inline SVG chart of articles per
// hour or day, each party's claims side by side with the outlets that
// carry them, and the disputes with both positions next to each other.
// ?since=RFC3339 shows what changed since then (a scheduled digest links
// there) and ?format=json gives the digest object of `storybot digest
// --json`.
//
// {link} is a capability token (see Tokens) for one workspace's story. A
// page is read from the digest the store keeps, computed at the story's
// last refresh: a page view never runs the engine. A token that is
// malformed, forged, signed with another secret or expired, and a story
// that is gone, get the same bare 404.
package page

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// Route is the http.ServeMux pattern of the page.
const Route = "GET /s/{link}"

// Store is what a page reads: the precomputed digest of a story and when
// each of its parts was first seen. bot.Store implements it.
type Store interface {
	Digest(ctx context.Context, ws, id string, kind bot.DigestKind) (summarize.Digest, bot.Omitted, error)
	Seen(ctx context.Context, ws, id string) (map[string]time.Time, error)
}

// Options configure a Handler. Store and Tokens are required.
type Options struct {
	Store  Store
	Tokens *Tokens
	// Logger receives storage failures; nil discards them.
	Logger *slog.Logger
	// Now is the clock tokens expire by; time.Now when nil.
	Now func() time.Time
}

// Handler serves story pages.
type Handler struct {
	o     Options
	pages cache
}

// New returns a Handler for o.
func New(o Options) *Handler {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Handler{o: o}
}

//go:embed page.css
var css string

//go:embed page.html
var pageHTML string

// tmpl is the page's template, parsed when a page is first rendered.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"plural": plural,
	}).Parse(pageHTML))
})

// csp is the Content-Security-Policy of every answer: nothing may load or
// run, the one inline style sheet is allowed by its hash, and no site may
// frame the page.
var csp = func() string {
	sum := sha256.Sum256([]byte(css))
	return "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
		"'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}()

// ServeHTTP answers GET /s/{link}.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	secure(w.Header())
	token := r.PathValue("link")
	if token == "" { // not routed by Route: the last path segment
		token = r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
	}
	link, err := h.o.Tokens.Verify(token, h.o.Now())
	if err != nil {
		notFound(w)
		return
	}
	q := r.URL.Query()
	var since time.Time
	if s := q.Get("since"); s != "" {
		if since, err = time.Parse(time.RFC3339, s); err != nil {
			plain(w, http.StatusBadRequest, fmt.Sprintf("since: want an RFC 3339 time such as 2026-11-30T09:00:00Z, got %q", clip(s, 60)))
			return
		}
	}
	format := q.Get("format")
	if format != "" && format != "json" && format != "html" {
		plain(w, http.StatusBadRequest, fmt.Sprintf("format: want json or html, got %q", clip(format, 20)))
		return
	}

	ctx := r.Context()
	full, _, err := h.o.Store.Digest(ctx, link.Workspace, link.Story, bot.FullDigest)
	if errors.Is(err, bot.ErrNotFound) {
		notFound(w)
		return
	}
	if err != nil {
		h.unavailable(w, "digest", err)
		return
	}
	d := full
	if !since.IsZero() {
		seen, err := h.o.Store.Seen(ctx, link.Workspace, link.Story)
		if err != nil {
			h.unavailable(w, "seen", err)
			return
		}
		d = bot.Since(full, seen, since)
	}

	if format == "json" {
		body, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			h.unavailable(w, "json", err)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		_, _ = w.Write(append(body, '\n'))
		return
	}
	key := cacheKey{link.Workspace, link.Story, q.Get("since")}
	body := h.pages.get(key, full, d)
	if body == nil {
		var b bytes.Buffer
		if err := tmpl().Execute(&b, newView(full, d, since)); err != nil {
			h.unavailable(w, "render", err)
			return
		}
		body = b.Bytes()
		h.pages.put(key, full, d, body)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(body)
}

// secure sets the headers every answer carries.
func secure(h http.Header) {
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "private, no-store")
}

// notFound is the answer to every token that opens nothing: it says
// nothing of why.
func notFound(w http.ResponseWriter) { plain(w, http.StatusNotFound, "404 page not found") }

func (h *Handler) unavailable(w http.ResponseWriter, op string, err error) {
	h.o.Logger.Warn("story page", "op", op, "err", err)
	plain(w, http.StatusServiceUnavailable, "The story cannot be read right now; please try again in a moment.")
}

func plain(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, _ = fmt.Fprintln(w, msg)
}

// Linker makes the links to story pages that digests carry.
type Linker struct {
	base   *url.URL
	tokens *Tokens
	ttl    time.Duration
	now    func() time.Time
}

// NewLinker returns a Linker of pages under base (STORYBOT_PUBLIC_URL;
// an absolute http or https URL) whose links live for ttl. now is the
// clock; time.Now when nil.
func NewLinker(base string, tokens *Tokens, ttl time.Duration, now func() time.Time) (*Linker, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("page: the public URL %q is no absolute http(s) URL", base)
	}
	if ttl <= 0 {
		return nil, fmt.Errorf("page: the link lifetime %s is not above zero", ttl)
	}
	if now == nil {
		now = time.Now
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath, u.RawQuery, u.Fragment = "", "", ""
	return &Linker{base: u, tokens: tokens, ttl: ttl, now: now}, nil
}

// URL returns the page of a workspace's story; with a non-zero since, the
// page of what changed since then.
func (l *Linker) URL(ws, story string, since time.Time) string {
	tok := l.tokens.Sign(Link{Workspace: ws, Story: story, Expires: l.now().Add(l.ttl)})
	u := *l.base
	u.Path += "/s/" + tok
	if !since.IsZero() {
		u.RawQuery = url.Values{"since": {since.UTC().Format(time.RFC3339)}}.Encode()
	}
	return u.String()
}
