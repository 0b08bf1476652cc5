package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
)

// maxChoices is Discord's limit on autocomplete choices.
const maxChoices = 25

// dmText answers what storybot cannot do in a direct message.
const dmText = "storybot follows stories for a server: add it to one and use /story there. In direct messages there are no stories to ask about."

// Interaction answers one interaction. respond sends the initial
// response (over HTTP, the response body; over the gateway, the callback
// endpoint) and is called once, within inlineWait for commands: with the
// answer when it is ready by then, else with a deferral, the answer being
// edited into the original response when done.
func (a *Adapter) Interaction(ctx context.Context, i *discordgo.Interaction, respond func(*discordgo.InteractionResponse) error) {
	var err error
	switch i.Type {
	case discordgo.InteractionPing:
		err = respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommandAutocomplete:
		err = respond(a.autocomplete(ctx, i))
	case discordgo.InteractionApplicationCommand:
		req, perr := commandRequest(i.ApplicationCommandData())
		if perr != nil {
			err = respond(reply(errorReply(perr), true))
			break
		}
		err = a.answer(ctx, i, req, req.Command == bot.CmdHelp, respond)
	case discordgo.InteractionMessageComponent:
		req, ok := buttonRequest(i.MessageComponentData().CustomID)
		if !ok {
			err = respond(reply(errorReply(bot.Errorf(bot.CodeInvalid, "That button is no longer understood.")), true))
			break
		}
		// Buttons answer whoever clicked, not the channel; a follow is
		// for the channel.
		err = a.answer(ctx, i, req, req.Command != bot.CmdFollow, respond)
	default:
		a.log.Debug("discord: interaction type not handled", "type", i.Type)
		return
	}
	if err != nil {
		a.log.Warn("discord: interaction response", "err", err)
	}
}

// answer runs a request for an interaction within the three-second rule.
func (a *Adapter) answer(ctx context.Context, i *discordgo.Interaction, req bot.Request, private bool, respond func(*discordgo.InteractionResponse) error) error {
	if i.GuildID == "" {
		if req.Command == bot.CmdHelp {
			return respond(reply(bot.Reply{Kind: bot.KindText, Text: bot.Usage()}, true))
		}
		return respond(reply(bot.Reply{Kind: bot.KindText, Text: dmText}, true))
	}
	req.Workspace, req.Channel, req.User = Workspace(i.GuildID), i.ChannelID, userID(i)
	done := make(chan bot.Reply) // unbuffered: handed over only while answer waits
	late := make(chan struct{})
	a.background(ctx, func(ctx context.Context) {
		r := a.core.Handle(ctx, req)
		select {
		case done <- r:
		case <-late:
			a.edit(i, r)
		}
	})
	select {
	case r := <-done:
		return respond(reply(r, private))
	case <-a.after(inlineWait):
		close(late)
		resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
		if private {
			resp.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
		}
		return respond(resp)
	}
}

// edit puts a late answer into the deferred response.
func (a *Adapter) edit(i *discordgo.Interaction, r bot.Reply) {
	// Empty lists, not null, so that the edit clears the deferral.
	content := Content(r)
	embeds := append([]*discordgo.MessageEmbed{}, Embeds(r)...)
	components := append([]discordgo.MessageComponent{}, Components(r)...)
	if _, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components}); err != nil {
		a.log.Warn("discord: edit deferred response", "err", err)
	}
}

// reply is a reply as an interaction response: errors (and private
// answers) only for the one who asked.
func reply(r bot.Reply, private bool) *discordgo.InteractionResponse {
	data := &discordgo.InteractionResponseData{Content: Content(r), Embeds: Embeds(r), Components: Components(r),
		AllowedMentions: &discordgo.MessageAllowedMentions{}}
	if private || r.Kind == bot.KindError || r.Code != "" {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data}
}

func errorReply(err error) bot.Reply {
	return bot.Reply{Kind: bot.KindError, Code: bot.ErrorCode(err), Text: bot.ErrorMessage(err)}
}

// autocomplete suggests stories for the story box being typed.
func (a *Adapter) autocomplete(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}
	if i.GuildID == "" {
		return resp
	}
	infos, err := a.core.Suggest(ctx, Workspace(i.GuildID), focusedStory(i.ApplicationCommandData()), maxChoices)
	if err != nil {
		a.log.Warn("discord: autocomplete", "err", err)
		return resp
	}
	for _, s := range infos {
		name := s.Title
		if r := []rune(name); len(r) > 100 {
			name = string(r[:99]) + "…"
		}
		resp.Data.Choices = append(resp.Data.Choices, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: s.ID})
	}
	return resp
}

// userID is who invoked an interaction.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}
