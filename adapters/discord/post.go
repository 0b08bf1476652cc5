package discord

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
)

var _ bot.Poster = (*Adapter)(nil)

// Post implements bot.Poster: a scheduled digest (or a note) sent to a
// channel; a Discord thread is a channel of its own, so a thread, when
// set, is where it goes. It returns the message's ID.
func (a *Adapter) Post(ctx context.Context, channel, thread string, r bot.Reply) (string, error) {
	if thread != "" {
		channel = thread
	}
	m, err := a.s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{
		Content: Content(r), Embeds: Embeds(r), Components: Components(r),
		AllowedMentions: &discordgo.MessageAllowedMentions{},
	}, discordgo.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("discord: post to %s: %w", channel, err)
	}
	return m.ID, nil
}
