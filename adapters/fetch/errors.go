package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Kind classifies a failed fetch: what went wrong, in terms that decide
// what to do about it (retry or give up) and what to tell a person.
type Kind string

// The kinds of [Error].
const (
	// KindBadURL: the URL, or a redirect target, is not an absolute
	// http(s) URL with a host.
	KindBadURL Kind = "bad_url"
	// KindRefused: the connection would go to an address or a port that
	// is not allowed (private, loopback, metadata, a port other than 80
	// and 443, ...).
	KindRefused Kind = "refused"
	// KindTooLarge: the body exceeds [Options.MaxBytes].
	KindTooLarge Kind = "too_large"
	// KindTooManyRedirects: more redirects than [Options.MaxRedirects].
	KindTooManyRedirects Kind = "too_many_redirects"
	// KindTimeout: no complete answer within [Options.Timeout].
	KindTimeout Kind = "timeout"
	// KindUnreachable: the connection failed or broke (refused, reset,
	// no route, a DNS server that does not answer).
	KindUnreachable Kind = "unreachable"
	// KindNoSuchHost: the host name does not exist.
	KindNoSuchHost Kind = "no_such_host"
	// KindBadResponse: something answered, but not in HTTP.
	KindBadResponse Kind = "bad_response"
	// KindHTTPStatus: the final status is outside 200–299; see
	// [Error.Status].
	KindHTTPStatus Kind = "http_status"
	// KindNotArticle: the page is not HTML or text (a PDF, an image,
	// binary data), or holds no article text.
	KindNotArticle Kind = "not_article"
	// KindNotFeed: the document is no RSS, Atom or JSON feed.
	KindNotFeed Kind = "not_feed"
)

// Error is every error of a failed fetch: [Client.Get] and
// [Client.GetConditional] return one (as *Error) for anything but a
// cancelled context, and other packages build one for what they find
// wrong with a fetched page (KindNotArticle, KindNotFeed). Error() is the
// detail, for logs; [Error.Reason] is the category, for the person who
// gave the link; [Error.Temporary] says whether trying again later may
// succeed.
//
// errors.Is(err, ErrRefused) (and ErrScheme, ErrTooLarge,
// ErrTooManyRedirects, ErrStatus) holds for the matching kinds.
type Error struct {
	Kind Kind
	// Status is the HTTP status code of a KindHTTPStatus error.
	Status int
	// Detail is the message for operators, "fetch: ..." (the Error
	// string).
	Detail string
	// What, when set, replaces the default Reason: "the link is a PDF
	// document, not an article".
	What string
	// Err is the cause, when there is one.
	Err error
}

// Error returns the detail, for logs.
func (e *Error) Error() string { return e.Detail }

// Unwrap returns the kind's sentinel, if it has one, and the cause.
func (e *Error) Unwrap() []error {
	var out []error
	if s := sentinels[e.Kind]; s != nil {
		out = append(out, s)
	}
	if e.Err != nil {
		out = append(out, e.Err)
	}
	return out
}

// sentinels are the errors.Is targets of the kinds that have one.
var sentinels = map[Kind]error{
	KindBadURL:           ErrScheme,
	KindRefused:          ErrRefused,
	KindTooLarge:         ErrTooLarge,
	KindTooManyRedirects: ErrTooManyRedirects,
	KindHTTPStatus:       ErrStatus,
}

// Temporary reports whether the same fetch may succeed later: a timeout,
// a network failure, a 5xx answer or 429 Too Many Requests. Refusals,
// bad URLs, 4xx answers and pages that are no article are final.
func (e *Error) Temporary() bool {
	switch e.Kind {
	case KindTimeout, KindUnreachable:
		return true
	case KindHTTPStatus:
		return e.Status >= 500 || e.Status == http.StatusTooManyRequests
	}
	return false
}

// Reason says in a few plain words what went wrong, for the person who
// gave the link: "could not reach the site", "the site answered 404 Not
// Found", "refused: private address". It never holds what the site sent.
func (e *Error) Reason() string {
	if e.What != "" {
		return e.What
	}
	switch e.Kind {
	case KindBadURL:
		return "the link is not an http:// or https:// URL"
	case KindRefused:
		return "refused: not a public address"
	case KindTooLarge:
		return "the page is too large"
	case KindTooManyRedirects:
		return "the site redirected too many times"
	case KindTimeout:
		return "the site took too long to answer"
	case KindUnreachable:
		return "could not reach the site"
	case KindNoSuchHost:
		return "the site's name does not exist"
	case KindBadResponse:
		return "the site did not answer as a web server"
	case KindHTTPStatus:
		return "the site answered " + statusText(e.Status)
	case KindNotArticle:
		return "the page holds no article"
	case KindNotFeed:
		return "not a feed"
	}
	return "could not read the link"
}

// KindOf returns the kind of err's *Error, or "" when it holds none.
func KindOf(err error) Kind {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Kind
	}
	return ""
}

// statusText is "404 Not Found".
func statusText(code int) string {
	return strings.TrimSpace(fmt.Sprintf("%d %s", code, http.StatusText(code)))
}

// classify turns an error of the http.Client into an *Error: the
// package's own errors (refusals, redirects, schemes) come back from the
// url.Error and net.OpError around them; the rest is sorted into timeout,
// no such host, not HTTP and unreachable. A cancelled ctx is returned
// wrapped as is: the fetch was stopped, the link is not at fault.
func (c *Client) classify(ctx context.Context, err error) error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe
	}
	if ctx.Err() != nil {
		return fmt.Errorf("fetch: %w", err)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return &Error{Kind: KindTimeout, Detail: fmt.Sprintf("fetch: no complete answer within %s: %v", c.timeout, err), Err: err}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return &Error{Kind: KindNoSuchHost, Detail: "fetch: " + err.Error(), Err: err}
	}
	if isProtocolError(err) {
		return &Error{Kind: KindBadResponse, Detail: "fetch: the server did not answer in HTTP: " + err.Error(), Err: err}
	}
	return &Error{Kind: KindUnreachable, Detail: "fetch: " + err.Error(), Err: err}
}

// isProtocolError reports an answer that is not HTTP: net/http says
// "malformed HTTP response" or "server gave HTTP response to HTTPS
// client", or TLS failed on a server that speaks something else.
func isProtocolError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"malformed HTTP", "HTTP response to HTTPS client", "first record does not look like a TLS handshake"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
