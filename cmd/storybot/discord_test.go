package main

import (
	"os"
	"strings"
	"testing"
)

// The invite URL asks for the permissions the README lists, by their
// number.
func TestDiscordInviteURL(t *testing.T) {
	const want = "https://discord.com/oauth2/authorize?client_id=123456789012345678&permissions=274877992000&scope=bot+applications.commands"
	if got := discordInviteURL("123456789012345678"); got != want {
		t.Errorf("invite URL\n got %s\nwant %s", got, want)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "permissions=274877992000") {
		t.Error("the README's Discord invite URL does not carry the permissions the bot asks for (274877992000)")
	}
}
