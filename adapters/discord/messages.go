package discord

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
)

// Message handles a message the gateway delivered (once: a message ID
// seen before is skipped): a mention of the bot is a command or question,
// answered in the channel; links posted in a server's channels are read
// into its stories; a direct message gets a short explanation.
func (a *Adapter) Message(ctx context.Context, m *discordgo.Message) {
	me := a.self()
	if m.Author == nil || m.Author.Bot || (me != "" && m.Author.ID == me) {
		return
	}
	ws := Workspace(m.GuildID)
	if a.dedupe != nil && m.GuildID != "" {
		first, err := a.dedupe.FirstTime(ctx, ws, "message:"+m.ID, memory)
		if err != nil {
			a.log.Warn("discord: message dedupe", "err", err)
		} else if !first {
			return
		}
	}
	mentioned := me != "" && (strings.Contains(m.Content, "<@"+me+">") || strings.Contains(m.Content, "<@!"+me+">"))
	switch {
	case m.GuildID == "":
		a.send(m, bot.Reply{Kind: bot.KindText, Text: dmText})
	case mentioned:
		req, err := bot.ParseMention(m.Content)
		if err != nil {
			a.send(m, errorReply(err))
			return
		}
		req.Workspace, req.Channel, req.User = ws, m.ChannelID, m.Author.ID
		a.send(m, a.core.Handle(ctx, req))
	default:
		if links := Links(m.Content); len(links) > 0 {
			a.dropLinks(ctx, ws, m, links)
		}
	}
}

// send answers a message with a reply to it.
func (a *Adapter) send(m *discordgo.Message, r bot.Reply) {
	_, err := a.s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
		Content: Content(r), Embeds: Embeds(r), Components: Components(r), Reference: m.Reference(),
		AllowedMentions: &discordgo.MessageAllowedMentions{},
	})
	if err != nil {
		a.log.Warn("discord: send message", "err", err)
	}
}

// dropLinks hands the links posted in a channel to the core (queued for
// a worker, or read at once) and acknowledges the taken ones quietly with
// a reaction; the core replies in the channel with the story each joined.
// Discord does not deliver a message again, so links that could not be
// taken (storage down) are named in a reply that asks to post them again
// later.
func (a *Adapter) dropLinks(ctx context.Context, ws string, m *discordgo.Message, links []string) {
	var failed []string
	var cause error
	for _, link := range links {
		j := bot.Job{Workspace: ws, URL: link, Channel: m.ChannelID, Source: "link"}
		if err := a.core.DropLink(ctx, j); err != nil {
			a.log.Warn("discord: link posted but not taken", "link", link, "err", err)
			failed = append(failed, link)
			cause = cmp.Or(cause, err)
		}
	}
	if len(failed) < len(links) {
		if err := a.s.MessageReactionAdd(m.ChannelID, m.ID, "📰", discordgo.WithContext(ctx)); err != nil {
			a.log.Debug("discord: reaction", "err", err)
		}
	}
	if len(failed) > 0 {
		a.send(m, bot.Reply{Kind: bot.KindError, Code: bot.ErrorCode(cause), Text: notTaken(failed, cause)})
	}
}

// notTaken says that links could not be taken, and why.
func notTaken(links []string, cause error) string {
	them := "it"
	if len(links) > 1 {
		them = "them"
	}
	return fmt.Sprintf("I could not take %s just now (%s). Please post %s again later.",
		strings.Join(links, ", "), strings.TrimSuffix(bot.ErrorMessage(cause), "."), them)
}

// reLink matches links in a message; <URL> (a link without preview) too.
var reLink = regexp.MustCompile(`<?(https?://[^\s<>]+)>?`)

// Links returns the links of a message's text, each once, at most
// maxLinks, without trailing punctuation; links to Discord itself are
// left out.
func Links(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range reLink.FindAllStringSubmatch(text, -1) {
		u := strings.TrimRight(m[1], ".,;:!?)]}'\"")
		host := strings.ToLower(strings.SplitN(strings.SplitN(u, "://", 2)[1], "/", 2)[0])
		if seen[u] || strings.HasSuffix(host, "discord.com") || strings.HasSuffix(host, "discord.gg") || strings.HasSuffix(host, "discordapp.com") {
			continue
		}
		seen[u] = true
		out = append(out, u)
		if len(out) == maxLinks {
			break
		}
	}
	return out
}
