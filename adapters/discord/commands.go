package discord

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
)

// Option names of the /story command (CONTRACT.md).
const (
	optStory    = "story"
	optParty    = "party"
	optURL      = "url"
	optSchedule = "schedule"
	optTimeZone = "timezone"
	optPage     = "page"
	optInto     = "into"
	optArticle  = "article"
)

// The bounds of list's page option.
var minPage float64 = 1

const maxPage = 100000

// CommandDefinition is the /story application command: one subcommand
// per command word, with typed options; story options autocomplete from
// the guild's stories.
func CommandDefinition() *discordgo.ApplicationCommand {
	story := func(required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: optStory,
			Description: "a story: its id or words of it", Required: required, Autocomplete: true}
	}
	text := func(name, desc string, required bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name,
			Description: desc, Required: required}
	}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name,
			Description: desc, Options: opts}
	}
	return &discordgo.ApplicationCommand{
		Name:        "story",
		Description: "Follow a developing news story: claims by party, disputes, what changed",
		Options: []*discordgo.ApplicationCommandOption{
			sub("latest", "The digest: overview, claims by party, disputes, sources", story(true)),
			sub("disputes", "Where the sides or the outlets disagree", story(true)),
			sub("claims", "Who claimed what, by party", story(true), text(optParty, "only this party's claims", false)),
			sub("sources", "The articles, by outlet and time", story(true)),
			sub("list", "This server's stories, most recently updated first", &discordgo.ApplicationCommandOption{
				Type: discordgo.ApplicationCommandOptionInteger, Name: optPage, Description: "which page, 10 stories a page (default 1)",
				MinValue: &minPage, MaxValue: maxPage}),
			sub("add", "Read an article", text(optURL, "the article's link", true), story(false)),
			sub("follow", "Post what changed to this channel on a schedule", story(true),
				text(optSchedule, "daily 09:00 (default), hourly, every 6h, or a cron expression", false),
				text(optTimeZone, "an IANA time zone, e.g. Europe/Paris (default UTC)", false)),
			sub("unfollow", "Stop posting a story here", story(true)),
			sub("follows", "What this channel and the others follow: schedules, time zones, next digests"),
			sub("feeds", "This server's RSS/Atom feeds"),
			{Type: discordgo.ApplicationCommandOptionSubCommandGroup, Name: "feed", Description: "RSS/Atom subscriptions",
				Options: []*discordgo.ApplicationCommandOption{
					sub("add", "Subscribe to a feed", text(optURL, "the feed's link", true), story(false)),
					sub("remove", "Unsubscribe from a feed", text(optURL, "the feed's link", true)),
				}},
			sub("merge", "Make one story of two: the first's articles and follows move to the second", story(true),
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: optInto,
					Description: "the story to merge it into", Required: true, Autocomplete: true}),
			sub("move", "Move an article to another story, or to a story of its own", text(optArticle, "the article's id or link", true),
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: optStory,
					Description: "the story to move it to, or new", Required: true, Autocomplete: true}),
			sub("forget", "Delete a story, its articles and its follows", story(true)),
			sub("help", "How to use storybot"),
		},
	}
}

// commandWords maps subcommands to the core's commands.
var commandWords = map[string]bot.Command{
	"latest": bot.CmdLatest, "disputes": bot.CmdDisputes, "claims": bot.CmdClaims, "sources": bot.CmdSources,
	"list": bot.CmdList, "add": bot.CmdAdd, "follow": bot.CmdFollow, "unfollow": bot.CmdUnfollow, "follows": bot.CmdFollows,
	"feeds": bot.CmdFeeds, "feed add": bot.CmdFeedAdd, "feed remove": bot.CmdFeedRemove, "help": bot.CmdHelp,
	"merge": bot.CmdMerge, "move": bot.CmdMove, "forget": bot.CmdForget,
}

// commandRequest turns /story's options into a request. A null option
// (which the JSON of a request may hold) counts as none.
func commandRequest(data discordgo.ApplicationCommandInteractionData) (bot.Request, error) {
	if len(data.Options) == 0 || data.Options[0] == nil {
		return bot.Request{}, bot.Errorf(bot.CodeInvalid, "Which command? Try /story help.")
	}
	sub := data.Options[0]
	name := sub.Name
	if sub.Type == discordgo.ApplicationCommandOptionSubCommandGroup && len(sub.Options) > 0 && sub.Options[0] != nil {
		sub = sub.Options[0]
		name += " " + sub.Name
	}
	cmd, ok := commandWords[name]
	if !ok {
		return bot.Request{}, bot.Errorf(bot.CodeInvalid, "I do not know /story %s. Try /story help.", name)
	}
	req := bot.Request{Command: cmd}
	for _, o := range sub.Options {
		if o == nil {
			continue
		}
		v := strings.TrimSpace(fmt.Sprint(o.Value))
		switch o.Name {
		case optStory:
			req.Story = v
		case optParty:
			req.Party = v
		case optURL, optArticle:
			req.Target = v
		case optInto:
			req.Into = v
		case optSchedule:
			req.Schedule = v
		case optTimeZone:
			req.TimeZone = v
		case optPage:
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > maxPage {
				return bot.Request{}, bot.Errorf(bot.CodeInvalid, "%q is not a page: give 1 for the first page of stories, 2 for the second, and so on.", v)
			}
			req.Page = n
		}
	}
	if cmd == bot.CmdMove {
		// move's story is where the article goes.
		req.Into, req.Story = req.Story, ""
	}
	return req, nil
}

// focusedStory returns what is typed in the story box of an autocomplete
// interaction.
func focusedStory(data discordgo.ApplicationCommandInteractionData) string {
	var walk func(opts []*discordgo.ApplicationCommandInteractionDataOption) string
	walk = func(opts []*discordgo.ApplicationCommandInteractionDataOption) string {
		for _, o := range opts {
			if o == nil {
				continue
			}
			if o.Focused {
				return fmt.Sprint(o.Value)
			}
			if v := walk(o.Options); v != "" {
				return v
			}
		}
		return ""
	}
	return walk(data.Options)
}

// buttonRequest is the request a button stands for.
func buttonRequest(customID string) (bot.Request, bool) {
	for prefix, cmd := range map[string]bot.Command{CustomClaims: bot.CmdClaims, CustomSources: bot.CmdSources,
		CustomFollow: bot.CmdFollow, CustomLatest: bot.CmdLatest} {
		if rest, ok := strings.CutPrefix(customID, prefix); ok && rest != "" {
			story, party, _ := strings.Cut(rest, "|")
			return bot.Request{Command: cmd, Story: story, Party: party}, true
		}
	}
	return bot.Request{}, false
}
