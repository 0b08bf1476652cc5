package bot

import (
	"context"
	"time"
)

// Quotas bound what one workspace may hold and how fast one of its users
// may give commands; 0 turns a quota off. Counts are read when something
// would be added, so replicas adding at the same instant may pass a bound
// by one or two.
type Quotas struct {
	// Feeds is the most feed subscriptions of a workspace.
	Feeds int
	// Follows is the most follows of a workspace, over all its channels.
	Follows int
	// Stories is the most stories of a workspace.
	Stories int
	// StoryArticles is the most articles of one story.
	StoryArticles int
	// CommandsPerMinute is the most commands one user of a workspace
	// gives in a minute (a fixed window, counted in the store so that
	// every replica counts alike).
	CommandsPerMinute int
}

// Counter counts what Quotas bound, each in one cheap read of an index
// the store keeps anyway, and the commands of a user. adapters/redis
// implements it; a Store without it is bound by StoryArticles only.
type Counter interface {
	// FeedCount returns how many feeds a workspace has, and whether url is
	// one of them.
	FeedCount(ctx context.Context, ws, url string) (n int, has bool, err error)
	// FollowCount returns how many follows a workspace has, and whether
	// channel follows storyID.
	FollowCount(ctx context.Context, ws, channel, storyID string) (n int, has bool, err error)
	// StoryCount returns how many stories a workspace has.
	StoryCount(ctx context.Context, ws string) (int, error)
	// Hit counts one command of user in the window [start, start+window)
	// and returns how many the user gave in it so far, this one included.
	Hit(ctx context.Context, ws, user string, start time.Time, window time.Duration) (int, error)
}

// CodeLimit: a quota is reached; nothing was changed.
const CodeLimit Code = "limit"

// rateWindow is the window of Quotas.CommandsPerMinute.
const rateWindow = time.Minute

// counter returns the store's Counter, or nil.
func (b *Bot) counter() Counter {
	c, _ := b.store.(Counter)
	return c
}

// checkRate counts a command of req.User and refuses it when the user
// gave Quotas.CommandsPerMinute already in this minute. A command that
// cannot be counted is let through.
func (b *Bot) checkRate(ctx context.Context, req Request) error {
	c := b.counter()
	limit := b.quotas.CommandsPerMinute
	if c == nil || limit <= 0 || req.User == "" {
		return nil
	}
	n, err := c.Hit(ctx, req.Workspace, req.User, b.now().Truncate(rateWindow), rateWindow)
	if err != nil {
		// Not counted: the command goes on, and says itself when
		// storage is down.
		b.log.Debug("command not counted", "workspace", req.Workspace, "err", err)
		return nil
	}
	if n > limit {
		return Errorf(CodeLimit, "You are sending commands too fast; try again in a minute.")
	}
	return nil
}

// checkFeeds refuses a new feed when the workspace has Quotas.Feeds;
// a feed it has already may be subscribed again.
func (b *Bot) checkFeeds(ctx context.Context, ws, url string) error {
	c := b.counter()
	limit := b.quotas.Feeds
	if c == nil || limit <= 0 {
		return nil
	}
	n, has, err := c.FeedCount(ctx, ws, url)
	if err != nil {
		return b.storeErr("feed_count", err)
	}
	if !has && n >= limit {
		return Errorf(CodeLimit, "This workspace subscribes %d %s, the most it may; remove one first (feed remove URL).", n, plural(n, "feed", "feeds"))
	}
	return nil
}

// checkFollows refuses a new follow when the workspace has
// Quotas.Follows; a follow it has already may change its schedule.
func (b *Bot) checkFollows(ctx context.Context, ws, channel, storyID string) error {
	c := b.counter()
	limit := b.quotas.Follows
	if c == nil || limit <= 0 {
		return nil
	}
	n, has, err := c.FollowCount(ctx, ws, channel, storyID)
	if err != nil {
		return b.storeErr("follow_count", err)
	}
	if !has && n >= limit {
		return Errorf(CodeLimit, "This workspace follows %d %s, the most it may; unfollow one first.", n, plural(n, "story", "stories"))
	}
	return nil
}

// checkIngest refuses an article that would start a story beyond
// Quotas.Stories, or join st beyond Quotas.StoryArticles. A revision
// replaces an article and adds none.
func (b *Bot) checkIngest(ctx context.Context, ws string, st *StoredStory, outcome string) error {
	switch outcome {
	case IngestJoined:
		if limit := b.quotas.StoryArticles; limit > 0 && len(st.Articles) >= limit {
			return Errorf(CodeLimit, "The story %q holds %d articles, the most a story may; the article was not added.", st.Title, len(st.Articles))
		}
	case IngestNewStory:
		c := b.counter()
		limit := b.quotas.Stories
		if c == nil || limit <= 0 {
			return nil
		}
		n, err := c.StoryCount(ctx, ws)
		if err != nil {
			return b.storeErr("story_count", err)
		}
		if n >= limit {
			return Errorf(CodeLimit, "This workspace holds %d stories, the most it may; the article was not added. Add it to a story it has (add URL to STORY), or forget a story first.", n)
		}
	}
	return nil
}
