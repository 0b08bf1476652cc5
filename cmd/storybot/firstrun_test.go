package main

import (
	"os"
	"strings"
	"testing"
)

// noChatEnv is the environment of a first `storybot run`: no chat
// platform, no Redis.
var noChatEnv = []string{"SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "SLACK_SIGNING_SECRET=", "DISCORD_BOT_TOKEN=",
	"DISCORD_APP_ID=", "DISCORD_PUBLIC_KEY=", "REDIS_URL=", "STORYBOT_HTTP_ADDR=127.0.0.1:0"}

// `docker run` with no token and no -it: standard input ends at once, and
// the operator is told what to set instead of a silent exit 0.
func TestRunWithNobodyToChatWith(t *testing.T) {
	res := storybot(t, "", noChatEnv, "run")
	if res.code != exitUsage {
		t.Errorf("exit %d, want %d", res.code, exitUsage)
	}
	for _, want := range []string{"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN",
		"DISCORD_BOT_TOKEN", "DISCORD_APP_ID", "DISCORD_PUBLIC_KEY", "REDIS_URL", "docker run -it"} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, res.stderr)
		}
	}
}

// Commands piped in are answered, and the end of input is a clean exit;
// so is exit.
func TestRunPipedCommands(t *testing.T) {
	for _, in := range []string{"help\n", "help", "\n", "help\nexit\nlatest zebra\n", "help\nquit"} {
		res := storybot(t, in, noChatEnv, "run")
		if res.code != exitOK {
			t.Errorf("%q | storybot run: exit %d, stderr:\n%s", in, res.code, res.stderr)
		}
		if strings.Contains(res.stderr, "nobody to chat with") {
			t.Errorf("%q | storybot run: told to configure a platform:\n%s", in, res.stderr)
		}
		if strings.Contains(in, "help") && !strings.Contains(res.stdout, "Ctrl-D") {
			t.Errorf("%q | storybot run: the help does not say how to leave:\n%s", in, res.stdout)
		}
		if strings.Contains(res.stdout, "zebra") {
			t.Errorf("%q | storybot run: a command after exit was answered:\n%s", in, res.stdout)
		}
	}
}

func TestLicense(t *testing.T) {
	text, err := os.ReadFile("../../LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"MIT License", "Copyright (c) 2026 The storybot authors", "THE SOFTWARE IS PROVIDED \"AS IS\""} {
		if !strings.Contains(string(text), want) {
			t.Errorf("LICENSE lacks %q", want)
		}
	}
}
