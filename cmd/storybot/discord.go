package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"

	"github.com/bwmarrin/discordgo"

	discordadapter "github.com/storybot/storybot/adapters/discord"
	"github.com/storybot/storybot/config"
)

// discordRun is Discord, started: the HTTP interactions route to serve
// (with DISCORD_PUBLIC_KEY) and the gateway to run (with
// DISCORD_BOT_TOKEN).
type discordRun struct {
	adapter  *discordadapter.Adapter
	handlers map[string]http.Handler
	run      func(ctx context.Context) error
}

// discordPermissions are the permissions storybot needs in a server's
// channels: View Channels (1<<10), Send Messages (1<<11), Send Messages in
// Threads (1<<38), Embed Links (1<<14, the digests are embeds), Add
// Reactions (1<<6) and Read Message History (1<<16): 274877992000.
const discordPermissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads | discordgo.PermissionEmbedLinks |
	discordgo.PermissionAddReactions | discordgo.PermissionReadMessageHistory

// discordInviteURL is the address that adds the application appID to a
// server with the bot and applications.commands scopes and
// discordPermissions.
func discordInviteURL(appID string) string {
	q := url.Values{}
	q.Set("client_id", appID)
	q.Set("scope", "bot applications.commands")
	q.Set("permissions", strconv.FormatInt(discordPermissions, 10))
	return "https://discord.com/oauth2/authorize?" + q.Encode()
}

// startDiscord connects the core to Discord.
func startDiscord(cfg config.Config, core discordadapter.Core, dedupe discordadapter.Deduper, log *slog.Logger) (discordRun, error) {
	session, err := discordadapter.NewSession(cfg.Discord.BotToken, cfg.Discord.APIURL, cfg.Discord.GatewayURL)
	if err != nil {
		return discordRun{}, err
	}
	a := discordadapter.New(discordadapter.Options{Core: core, Session: session, AppID: cfg.Discord.AppID,
		Deduper: dedupe, Logger: log})
	d := discordRun{adapter: a, handlers: map[string]http.Handler{}}
	if cfg.Discord.AppID != "" {
		log.Info("discord: add the bot to a server with", "invite", discordInviteURL(cfg.Discord.AppID))
	}
	if cfg.Discord.PublicKey != "" {
		key, err := hex.DecodeString(cfg.Discord.PublicKey)
		if err != nil || len(key) != ed25519.PublicKeySize {
			return discordRun{}, fmt.Errorf("DISCORD_PUBLIC_KEY: want the application's 64 hex digit Ed25519 public key")
		}
		d.handlers["POST /discord/interactions"] = a.Handler(ed25519.PublicKey(key))
		log.Info("discord: HTTP interactions")
	}
	if cfg.Discord.BotToken != "" {
		d.run = a.RunGateway
		log.Info("discord: gateway")
	}
	return d, nil
}
