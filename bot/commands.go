package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// add ingests the articles a target names (a URL, a path in the
// terminal) or the target itself as pasted text.
func (b *Bot) add(ctx context.Context, req Request) (Reply, error) {
	target := strings.TrimSpace(req.Target)
	if target == "" {
		return Reply{}, Errorf(CodeInvalid, "add needs a link to an article, or its text.")
	}
	if b.queue != nil && isURL(target) && !strings.ContainsAny(target, " \n") {
		j := Job{Workspace: req.Workspace, URL: target, Story: req.Story, Channel: req.Channel, Thread: req.Thread, Source: "add"}
		if err := b.queue.Enqueue(ctx, j); err != nil {
			return Reply{}, b.storeErr("enqueue", err)
		}
		return textReply(fmt.Sprintf("Reading %s now; I will say here which story it joins.", target)), nil
	}
	var arts []summarize.Article
	var warnings []string
	err := ErrNotSource
	if b.loader != nil {
		arts, warnings, err = b.loader.Load(ctx, target)
	}
	switch {
	case errors.Is(err, ErrNotSource):
		if isURL(target) {
			return Reply{}, Errorf(CodeUnavailable, "Links cannot be read here.")
		}
		a, perr := summarize.ParseArticle([]byte(target), extract.Text, "", "")
		if perr != nil {
			return Reply{}, &Error{Code: CodeInvalid, Message: "That does not read as an article: give a link, or paste the article's text.", Err: perr}
		}
		arts = []summarize.Article{a}
	case err != nil:
		var e *Error
		if errors.As(err, &e) {
			return Reply{}, err
		}
		var r reasoner
		if errors.As(err, &r) {
			return Reply{}, readErr(target, err)
		}
		return Reply{}, &Error{Code: CodeInvalid, Message: fmt.Sprintf("Could not read %s: %v.", target, err), Err: err}
	}
	if len(arts) == 0 {
		msg := "Nothing to add: no article text found."
		if len(warnings) > 0 {
			msg += " " + strings.Join(warnings, "; ")
		}
		return Reply{}, Errorf(CodeInvalid, "%s", msg)
	}
	var lines []string
	stories := map[string]bool{}
	added := 0
	for _, a := range arts {
		res, err := b.Ingest(ctx, req.Workspace, a, req.Story)
		if err != nil {
			if added == 0 {
				return Reply{}, err
			}
			lines = append(lines, fmt.Sprintf("Stopped after %d of %d articles: %s", added, len(arts), ErrorMessage(err)))
			break
		}
		added++
		stories[res.Story.ID] = true
		if len(arts) <= 5 {
			lines = append(lines, ingestLine(a, res))
		}
	}
	if len(arts) > 5 {
		lines = append(lines, fmt.Sprintf("Added %d %s to %d %s. Type list to see them.", added, plural(added, "article", "articles"), len(stories), plural(len(stories), "story", "stories")))
	}
	lines = append(lines, warnings...)
	return textReply(strings.Join(lines, "\n")), nil
}

func ingestLine(a summarize.Article, res IngestResult) string {
	title := a.Title
	if title == "" {
		title = "the article"
	}
	s := res.Story
	switch res.Outcome {
	case IngestDuplicate:
		return fmt.Sprintf("Already have %q, in story %s %q.", title, s.ID, s.Title)
	case IngestNewStory:
		return fmt.Sprintf("Added %q as a new story: %s %q.", title, s.ID, s.Title)
	case IngestRevised:
		return fmt.Sprintf("Updated %q (a new version of it) in story %s %q, %d %s.", title, s.ID, s.Title, s.Articles, plural(s.Articles, "article", "articles"))
	}
	return fmt.Sprintf("Added %q to story %s %q, now %d %s.", title, s.ID, s.Title, s.Articles, plural(s.Articles, "article", "articles"))
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func (b *Bot) feeds(ctx context.Context, ws string) (Reply, error) {
	feeds, err := b.store.Feeds(ctx, ws)
	if err != nil {
		return Reply{}, b.storeErr("feeds", err)
	}
	if len(feeds) == 0 {
		return textReply("No feeds yet. Subscribe one with feed add URL."), nil
	}
	lines := []string{fmt.Sprintf("%d %s:", len(feeds), plural(len(feeds), "feed", "feeds"))}
	for _, f := range feeds {
		line := f.URL
		if f.Story != "" {
			line += " (to " + f.Story + ")"
		}
		lines = append(lines, line+" — "+feedStatus(f.State))
	}
	return textReply(strings.Join(lines, "\n")), nil
}

// feedStatus says what polling a feed found: "last fetched 30 Nov 09:00
// UTC, 200, 12 entries queued", "not fetched yet", and the failures in a
// row with the last one's error.
func feedStatus(st FeedState) string {
	var parts []string
	if st.LastFetch.IsZero() {
		parts = append(parts, "not fetched yet")
	} else {
		s := "last fetched " + st.LastFetch.UTC().Format("2 Jan 15:04 MST")
		switch {
		case st.Failures > 0:
			// Status is the failure's, told below.
		case st.Status == 304:
			s += ", unchanged"
		case st.Status != 0:
			s += fmt.Sprintf(", %d", st.Status)
		}
		parts = append(parts, s+fmt.Sprintf(", %d %s queued", st.Queued, plural(st.Queued, "entry", "entries")))
	}
	if st.Failures > 0 {
		parts = append(parts, fmt.Sprintf("%d %s, last: %s", st.Failures, plural(st.Failures, "failure", "failures"), st.LastError))
	}
	return strings.Join(parts, "; ")
}

// maxFeedURL is the longest feed URL taken, in bytes.
const maxFeedURL = 2048

// CheckFeedURL returns an error for a feed URL that is not an absolute
// http(s) URL, or is longer than maxFeedURL.
func CheckFeedURL(raw string) error {
	if len(raw) > maxFeedURL {
		return Errorf(CodeInvalid, "%q is too long for a feed URL (%d characters; at most %d).", clip(raw, echoMax), len(raw), maxFeedURL)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Errorf(CodeInvalid, "%q is not a feed URL: give an http:// or https:// link to an RSS or Atom feed.", clip(raw, echoMax))
	}
	return nil
}

func (b *Bot) feedAdd(ctx context.Context, req Request) (Reply, error) {
	u := strings.TrimSpace(req.Target)
	if err := CheckFeedURL(u); err != nil {
		return Reply{}, err
	}
	if err := b.checkFeeds(ctx, req.Workspace, u); err != nil {
		return Reply{}, err
	}
	if b.feedCheck != nil {
		if err := b.feedCheck.CheckFeed(ctx, u); err != nil {
			reason, retry := linkFailure(err)
			b.log.Info("feed not subscribed", "workspace", req.Workspace, "url", u, "reason", reason, "err", err)
			if retry || ctx.Err() != nil {
				return Reply{}, &Error{Code: CodeUnavailable, Message: fmt.Sprintf("Could not read %s right now: %s. Nothing was subscribed; please try again later.", u, reason), Err: err}
			}
			return Reply{}, &Error{Code: CodeInvalid, Message: fmt.Sprintf("Not subscribed to %s: %s.", u, reason), Err: err}
		}
	}
	f := Feed{URL: u, Story: strings.TrimSpace(req.Story), Channel: req.Channel, Added: b.now().UTC()}
	if err := b.store.PutFeed(ctx, req.Workspace, f); err != nil {
		return Reply{}, b.storeErr("put_feed", err)
	}
	if err := b.store.AddWorkspace(ctx, req.Workspace); err != nil {
		return Reply{}, b.storeErr("add_workspace", err)
	}
	return textReply(fmt.Sprintf("Subscribed to %s: each new entry will be added once.", u)), nil
}

func (b *Bot) feedRemove(ctx context.Context, req Request) (Reply, error) {
	u := strings.TrimSpace(req.Target)
	ok, err := b.store.DeleteFeed(ctx, req.Workspace, u)
	if err != nil {
		return Reply{}, b.storeErr("delete_feed", err)
	}
	if !ok {
		return Reply{}, Errorf(CodeNotFound, "No feed %s here. Type feeds to see them.", clip(u, echoMax))
	}
	return textReply(fmt.Sprintf("Unsubscribed from %s.", u)), nil
}

// AddLink ingests the article at a URL someone dropped in a channel:
// fetched through the Loader (which keeps to the public internet), then
// placed like any article. A page with no article text is an error of
// CodeInvalid, so callers can stay quiet about links that are not news.
func (b *Bot) AddLink(ctx context.Context, ws, link string) (IngestResult, error) {
	return b.addLink(ctx, ws, link, "")
}

// addLink reads the article at link and ingests it. A link that could
// not be read this time (a timeout, a 5xx answer) is an error of
// CodeUnavailable, one that will not be read (refused, 404, a PDF, no
// article text) of CodeInvalid; both say why in plain words, and are
// counted as the "unavailable" and "failed" ingest outcomes.
func (b *Bot) addLink(ctx context.Context, ws, link, story string) (IngestResult, error) {
	if !isURL(link) {
		return IngestResult{}, Errorf(CodeInvalid, "%q is not a link.", clip(link, echoMax))
	}
	if b.loader == nil {
		return IngestResult{}, Errorf(CodeUnavailable, "Links cannot be read here.")
	}
	arts, _, err := b.loader.Load(ctx, link)
	if err != nil {
		if ctx.Err() != nil {
			return IngestResult{}, fmt.Errorf("reading %s: %w", link, err)
		}
		err = readErr(link, err)
		if ErrorCode(err) == CodeUnavailable {
			b.metrics.Ingest(IngestUnavailable)
		} else {
			b.metrics.Ingest(IngestFailed)
		}
		return IngestResult{}, err
	}
	if len(arts) == 0 {
		return IngestResult{}, Errorf(CodeInvalid, "No article text at %s.", link)
	}
	return b.Ingest(ctx, ws, arts[0], story)
}

// readErr turns an error of reading link into what people read: "Could
// not read LINK right now: REASON." (CodeUnavailable) when trying again
// may help, "Could not read LINK: REASON." (CodeInvalid) otherwise.
func readErr(link string, err error) error {
	reason, retry := linkFailure(err)
	if retry {
		return &Error{Code: CodeUnavailable, Message: fmt.Sprintf("Could not read %s right now: %s.", link, reason), Err: err}
	}
	return &Error{Code: CodeInvalid, Message: fmt.Sprintf("Could not read %s: %s.", link, reason), Err: err}
}
