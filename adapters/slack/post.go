package slack

import (
	"context"
	"fmt"

	"github.com/slack-go/slack"

	"github.com/storybot/storybot/bot"
)

var _ bot.Poster = (*Adapter)(nil)

// Post implements bot.Poster: a scheduled digest (or a note) posted with
// chat.postMessage, in a thread when thread is set. It returns the
// message's timestamp, Slack's message ID.
func (a *Adapter) Post(ctx context.Context, channel, thread string, r bot.Reply) (string, error) {
	opts := []slack.MsgOption{slack.MsgOptionText(Fallback(r), false), slack.MsgOptionBlocks(Blocks(r)...)}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	_, ts, err := a.api.PostMessageContext(ctx, channel, opts...)
	if err != nil {
		return "", fmt.Errorf("slack: post to %s: %w", channel, err)
	}
	return ts, nil
}
