package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"

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

// startDiscord connects the core to Discord.
func startDiscord(cfg config.Config, core discordadapter.Core, dedupe discordadapter.Deduper, log *slog.Logger) (discordRun, error) {
	session, err := discordadapter.NewSession(cfg.Discord.BotToken, cfg.Discord.APIURL, cfg.Discord.GatewayURL)
	if err != nil {
		return discordRun{}, err
	}
	a := discordadapter.New(discordadapter.Options{Core: core, Session: session, AppID: cfg.Discord.AppID,
		Deduper: dedupe, Logger: log})
	d := discordRun{adapter: a, handlers: map[string]http.Handler{}}
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
