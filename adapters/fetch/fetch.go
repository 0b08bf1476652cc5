// Package fetch is storybot's safe HTTP fetcher: it gets article pages from
// URLs that users drop into a chat, which makes every fetch a possible
// server-side request forgery (SSRF).
//
// A [Client] is safe by default. It speaks http and https only, gives up
// after 10 s, reads at most 5 MB, follows at most 5 redirects and re-checks
// every hop. Most of all it checks every connection it opens: the check runs
// in the [net.Dialer] Control hook, after DNS resolution and before the
// socket connects, using code.dny.dev/ssrf. Checking the URL's host name
// instead would not do: a name can resolve to 127.0.0.1, resolve differently
// the second time it is looked up (DNS rebinding), or a public page can
// redirect to an internal one. Checking the address actually dialled covers
// all of these. Loopback, private, link-local, shared (CGNAT, 100.64.0.0/10),
// multicast, unspecified, cloud-metadata (169.254.169.254, fd00:ec2::254) and
// the other special-purpose addresses of the IANA registries are refused.
// No proxy is used, since then the proxy's address would be the one checked.
//
// Only ports 80 and 443 are dialled by default: a URL naming another port
// of a public host could reach its mail server, database or admin
// console.
//
// [Options.Allow] (from the environment variable STORYBOT_FETCH_ALLOW, see
// [ParseAllow]) lets the fetcher reach an intranet or a test server anyway.
// An entry without a port allows every port of its hosts, as test servers
// and intranets listen on any; "host:port" or "cidr:port" allows that one
// port only, so that allowing a test server's port does not open the
// same host's Redis.
//
// A body must be what it was fetched for: HTML, XHTML or text for an
// article ([Client.Get]), XML, JSON or text for a feed
// ([Client.GetConditional]). The first bytes are sniffed
// (http.DetectContentType) whatever the Content-Type header says, and
// bodies with NUL bytes, control characters or mostly invalid UTF-8 are
// refused: a PDF, an image or random bytes never become an article.
//
// Every failure is an [*Error] with a [Kind]: its Error() is the detail
// for logs, [Error.Reason] the category a person may read ("could not
// reach the site", "the site answered 404 Not Found"), and
// [Error.Temporary] whether trying again later may help.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"code.dny.dev/ssrf"
)

// AllowEnv is the environment variable that holds the allowlist, a
// comma-separated list of CIDRs and host names for [ParseAllow].
const AllowEnv = "STORYBOT_FETCH_ALLOW"

// The defaults used for zero [Options] fields.
const (
	// DefaultTimeout is the default of [Options.Timeout].
	DefaultTimeout = 10 * time.Second
	// DefaultMaxBytes is the default of [Options.MaxBytes]: 5 MB.
	DefaultMaxBytes = 5 << 20
	// DefaultMaxRedirects is the default of [Options.MaxRedirects].
	DefaultMaxRedirects = 5
	// DefaultUserAgent is the default of [Options.UserAgent].
	DefaultUserAgent = "storybot/1 (+https://github.com/storybot/storybot)"
)

// accept asks for HTML first, then any text.
const accept = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/*;q=0.7"

// Errors returned by [Client.Get] and [Client.GetConditional] are
// [*Error] values; those of the matching kinds wrap one of these
// sentinels, for [errors.Is].
var (
	// ErrScheme is returned for a URL, or a redirect target, whose scheme
	// is not http or https.
	ErrScheme = errors.New("fetch: unsupported URL scheme")
	// ErrRefused is returned when a connection would go to an address that
	// is not public and not allowed by [Options.Allow].
	ErrRefused = errors.New("fetch: refusing to connect to a non-public address")
	// ErrTooLarge is returned when the page is bigger than [Options.MaxBytes].
	ErrTooLarge = errors.New("fetch: page too large")
	// ErrTooManyRedirects is returned when following one more redirect would
	// exceed [Options.MaxRedirects].
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
	// ErrStatus is returned when the final response has a status code
	// outside 200–299 ([KindHTTPStatus]; [Error.Status] is the code).
	ErrStatus = errors.New("fetch: unexpected HTTP status")
)

// Options configures a Client. Zero values mean the defaults.
type Options struct {
	// Allow lists CIDRs ("127.0.0.0/8"), single IP addresses ("10.1.2.3")
	// and host names ("intranet.example", "localhost") that may be reached
	// although they are not public, or on ports other than 80 and 443. A
	// host name entry allows connecting to that name whatever it resolves
	// to; an address or CIDR entry allows those addresses whatever name
	// led to them. An entry allows every port unless it names one
	// ("intranet.example:8080", "10.0.0.0/8:8080", "[fd00::/8]:8080").
	// An entry overrides every built-in refusal, the cloud-metadata
	// addresses included.
	Allow []string
	// Timeout bounds a whole Get: connecting, redirects and reading the
	// body. Default 10 s.
	Timeout time.Duration
	// MaxBytes is the largest body accepted. Default 5 MB.
	MaxBytes int64
	// MaxRedirects is how many redirects are followed; one more is an
	// error. Default 5; negative means none are followed.
	MaxRedirects int
	// UserAgent is sent with every request. Default DefaultUserAgent.
	UserAgent string
	// OnFailure, when set, is told of every failed fetch (an [*Error]),
	// for metrics; a fetch cut short because ctx ended is no failure.
	OnFailure func(ctx context.Context, err error)
}

// Client fetches pages safely. Create one with [New]; it is safe for
// concurrent use and should be reused, as it keeps connections alive.
type Client struct {
	hc           *http.Client
	guard        *ssrf.Guardian
	rules        []rule // the allowlist
	timeout      time.Duration
	maxBytes     int64
	maxRedirects int
	userAgent    string
	onFailure    func(ctx context.Context, err error)
}

// Page is a fetched page.
type Page struct {
	// URL is the final URL, after redirects.
	URL string
	// Status is the HTTP status code of the final response: 200–299, or
	// 304 for a [Page.NotModified] answer to [Client.GetConditional].
	Status int
	// ContentType is the response's Content-Type header, as sent.
	ContentType string
	// ETag and LastModified are the response's validators, as sent, for
	// the next [Client.GetConditional]. On a 304 answer that does not
	// repeat them they are the values the request sent.
	ETag         string
	LastModified string
	// NotModified is true when the server answered a conditional request
	// with 304 Not Modified: the page is unchanged and Body is empty.
	NotModified bool
	// Body is the whole body, decompressed, at most Options.MaxBytes long.
	Body []byte
}

// New returns a Client for opts. It fails when an Allow entry is neither a
// CIDR, an IP address nor a host name (with an optional port); the error
// names the entry.
func New(opts Options) (*Client, error) {
	var rules []rule
	var errs []error
	for _, raw := range opts.Allow {
		e := strings.TrimSpace(raw)
		if e == "" {
			continue
		}
		r, err := parseEntry(e)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rules = append(rules, r)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	c := &Client{
		// The guard checks addresses only; the allowlist and the ports
		// are checked around it, in control.
		guard:        ssrf.New(ssrf.WithAnyPort()),
		rules:        rules,
		timeout:      opts.Timeout,
		maxBytes:     opts.MaxBytes,
		maxRedirects: opts.MaxRedirects,
		userAgent:    opts.UserAgent,
		onFailure:    opts.OnFailure,
	}
	if c.timeout <= 0 {
		c.timeout = DefaultTimeout
	}
	if c.maxBytes <= 0 {
		c.maxBytes = DefaultMaxBytes
	}
	switch {
	case c.maxRedirects == 0:
		c.maxRedirects = DefaultMaxRedirects
	case c.maxRedirects < 0:
		c.maxRedirects = 0
	}
	if c.userAgent == "" {
		c.userAgent = DefaultUserAgent
	}

	transport := &http.Transport{
		// No proxy: with one, the proxy's address would be the one dialled
		// and checked, and the page's address never.
		Proxy:                  nil,
		DialContext:            c.dialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           32,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    c.timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
	c.hc = &http.Client{
		Transport:     transport,
		Timeout:       c.timeout,
		CheckRedirect: c.checkRedirect,
	}
	return c, nil
}

// Get fetches rawURL, following redirects, and returns the page. Every
// connection, the first and those of redirects, is checked after DNS
// resolution; see the package documentation. A status outside 200–299 is an
// [*Error] of [KindHTTPStatus]; a body that is not HTML, XHTML or text
// one of [KindNotArticle].
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	return c.told(ctx)(c.get(ctx, forArticle, rawURL, accept, "", ""))
}

// GetConditional fetches rawURL like [Client.Get], with the same checks and
// limits, as a conditional request: it sends If-None-Match with etag and
// If-Modified-Since with lastModified, each when not empty (the values of
// [Page.ETag] and [Page.LastModified] from the previous fetch). A 304 Not
// Modified answer is no error: the page comes back with NotModified set,
// Status 304 and no body. Any other status outside 200–299 is an [*Error]
// of [KindHTTPStatus].
//
// It is meant for feeds, fetched again and again: it asks for feeds and
// XML first and accepts XML, JSON and text bodies; anything else (a PDF,
// an image, binary data) is an [*Error] of [KindNotFeed].
func (c *Client) GetConditional(ctx context.Context, rawURL, etag, lastModified string) (*Page, error) {
	return c.told(ctx)(c.get(ctx, forFeed, rawURL, acceptFeed, etag, lastModified))
}

// told returns a pass-through of a fetch's result that tells
// Options.OnFailure of a failure.
func (c *Client) told(ctx context.Context) func(*Page, error) (*Page, error) {
	return func(p *Page, err error) (*Page, error) {
		if err != nil && c.onFailure != nil && ctx.Err() == nil {
			c.onFailure(ctx, err)
		}
		return p, err
	}
}

// acceptFeed asks for feeds and XML first, then anything.
const acceptFeed = "application/rss+xml,application/atom+xml,application/feed+json;q=0.9," +
	"application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8"

// get does the work of Get and GetConditional: a conditional request when
// etag or lastModified is set.
func (c *Client) get(ctx context.Context, p purpose, rawURL, acceptHeader, etag, lastModified string) (*Page, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, &Error{Kind: KindBadURL, Detail: "fetch: " + err.Error(), Err: err}
	}
	if err := checkURL(u); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{Kind: KindBadURL, Detail: "fetch: " + err.Error(), Err: err}
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", acceptHeader)
	conditional := etag != "" || lastModified != ""
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}

	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.classify(ctx, err)
	}
	defer resp.Body.Close()

	pg := &Page{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	if conditional && resp.StatusCode == http.StatusNotModified {
		pg.NotModified = true
		if pg.ETag == "" {
			pg.ETag = etag
		}
		if pg.LastModified == "" {
			pg.LastModified = lastModified
		}
		return pg, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{Kind: KindHTTPStatus, Status: resp.StatusCode, Detail: "fetch: server answered " + statusText(resp.StatusCode)}
	}
	if resp.ContentLength > c.maxBytes {
		return nil, c.tooLarge()
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBytes+1))
	if err != nil {
		err = c.classify(ctx, err)
		if fe, ok := err.(*Error); ok {
			fe.Detail = strings.Replace(fe.Detail, "fetch: ", "fetch: reading the page: ", 1)
		}
		return nil, err
	}
	if int64(len(body)) > c.maxBytes {
		return nil, c.tooLarge()
	}
	if err := checkContent(p, pg.ContentType, body); err != nil {
		return nil, err
	}
	pg.Body = body
	return pg, nil
}

// checkURL refuses URLs that are not absolute http(s) URLs with a host.
func checkURL(u *url.URL) error {
	switch u.Scheme {
	case "http", "https":
	case "":
		return &Error{Kind: KindBadURL, Detail: fmt.Sprintf("fetch: URL %q has no scheme (want http or https)", u.Redacted())}
	default:
		return &Error{Kind: KindBadURL, Detail: fmt.Sprintf("fetch: unsupported URL scheme %q (want http or https)", u.Scheme)}
	}
	if u.Hostname() == "" {
		return &Error{Kind: KindBadURL, Detail: fmt.Sprintf("fetch: URL %q has no host", u.Redacted())}
	}
	return nil
}

// checkRedirect is the http.Client's CheckRedirect: it bounds the number of
// redirects and checks each target's scheme. The target's address is
// checked when it is dialled.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.maxRedirects {
		return &Error{Kind: KindTooManyRedirects, Detail: fmt.Sprintf("fetch: too many redirects (more than %d)", c.maxRedirects)}
	}
	return checkURL(req.URL)
}

func (c *Client) tooLarge() error {
	limit := formatBytes(c.maxBytes)
	return &Error{Kind: KindTooLarge, Detail: fmt.Sprintf("fetch: page exceeds the %s limit", limit),
		What: "the page is larger than " + limit}
}

// formatBytes writes n in the largest unit that divides it.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
