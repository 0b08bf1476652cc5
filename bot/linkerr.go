package bot

import (
	"context"
	"errors"
)

// FeedChecker checks a feed once, when someone subscribes to it: nil
// when the URL can be read as a feed, else an error that says why (see
// linkFailure). adapters/feed implements it with the safe fetcher.
type FeedChecker interface {
	CheckFeed(ctx context.Context, url string) error
}

// temporary is what an error of reading a link says about trying again:
// true for failures that may pass (a timeout, a 5xx or 429 answer, a
// network failure).
type temporary interface{ Temporary() bool }

// reasoner is what an error of reading a link says to the people who
// gave it: a few plain words, never what the site sent ("could not reach
// the site", "the site answered 404 Not Found").
type reasoner interface{ Reason() string }

// linkFailure says why reading a link (or a feed) failed, in plain
// words, and whether trying again later may help. The adapters' errors
// say it through the reasoner and temporary interfaces; an error that
// does not is final, with a general reason.
func linkFailure(err error) (reason string, retry bool) {
	reason = "the page could not be read"
	var r reasoner
	if errors.As(err, &r) {
		reason = r.Reason()
	}
	var t temporary
	return reason, errors.As(err, &t) && t.Temporary()
}
