package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/mmcdole/gofeed"

	"github.com/storybot/storybot/adapters/fetch"
)

// parse reads a feed's body with gofeed. A body that is no RSS, Atom or
// JSON feed is a fetch.Error of KindNotFeed, whose Reason is "not a
// feed" and whose detail says what gofeed found wrong.
func parse(body []byte) (*gofeed.Feed, error) {
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, &fetch.Error{Kind: fetch.KindNotFeed, Detail: "parsing the feed: " + err.Error(), Err: err}
	}
	return parsed, nil
}

// Reason says in a few words, for the people of a workspace, why a poll
// failed: the category of a fetch.Error ("could not reach the site",
// "not a feed", "refused: private address"), never what the site sent.
// The detail of err is for the log. Any other error of a poll is the
// store's or the queue's.
func Reason(err error) string {
	var fe *fetch.Error
	if errors.As(err, &fe) {
		return fe.Reason()
	}
	return "could not record or queue its entries; the next poll tries again"
}

// Checker checks a feed once, when someone subscribes to it, through the
// same fetcher the poller uses. It implements bot.FeedChecker.
type Checker struct {
	Fetcher Fetcher
}

// CheckFeed fetches rawURL and parses it as a feed. It returns nil for a
// feed that can be read, else an error whose Reason (and Temporary, for
// failures that may pass) says what is wrong: refused, unreachable, an
// HTTP error, not a feed.
func (c Checker) CheckFeed(ctx context.Context, rawURL string) error {
	page, err := c.Fetcher.GetConditional(ctx, rawURL, "", "")
	if err != nil {
		return fmt.Errorf("feed: checking %s: %w", rawURL, err)
	}
	if _, err := parse(page.Body); err != nil {
		return fmt.Errorf("feed: checking %s: %w", rawURL, err)
	}
	return nil
}
