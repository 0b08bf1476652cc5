package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestRunTerminal(t *testing.T) {
	input := strings.Join([]string{
		"help",
		"/story add " + filepath.Join(evalDir, "labour") + " " + filepath.Join(evalDir, "distractors"),
		"@storybot list",
		"latest carrow nurses pay",
		"latest nurses",
		"sources moldara football",
		"latest zebra crossing",
		"add Dock workers at Port Halden voted on Friday to extend their strike into a second week, the union said.",
		"frobnicate",
		"@storybot any disputes in the carrow nurses story?",
		"follow carrow nurses daily 25:00",
		"follow carrow nurses daily 08:00 Europe/London",
		"",
	}, "\n")
	res := storybot(t, input, []string{"SLACK_BOT_TOKEN=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=", "REDIS_URL=", "STORYBOT_HTTP_ADDR=127.0.0.1:0"}, "run")
	if res.code != 0 {
		t.Fatalf("exit %d at end of input, stderr:\n%s", res.code, res.stderr)
	}
	for _, want := range []string{
		"latest STORY", // help
		"Added 10 articles to 7 stories.",
		"Nurses strike in Carrow over pay, staffing", // list and latest
		"## Claims by party",
		"## Sources",
		"Several stories match \"nurses\"",
		"Kestria edge Moldara 2-1",
		"No story matches \"zebra crossing\"",
		"as a new story",
		"did not understand",
		"## Disputes",
		"25:00",
		"Following \"Nurses strike in Carrow over pay, staffing\" here",
	} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("terminal answers lack %q:\n%s", want, res.stdout)
		}
	}
	if !strings.Contains(res.stderr, "nothing persists") {
		t.Errorf("no warning that nothing persists: %q", res.stderr)
	}
}

func TestRunRefusesBadArguments(t *testing.T) {
	if res := storybot(t, "", nil, "run", "extra"); res.code != 2 {
		t.Errorf("run with arguments: exit %d, want 2", res.code)
	}
	res := storybot(t, "", []string{"DISCORD_BOT_TOKEN=x", "DISCORD_APP_ID=", "SLACK_BOT_TOKEN="}, "run")
	if res.code != 2 || !strings.Contains(res.stderr, "DISCORD_APP_ID") {
		t.Errorf("gateway without app id: exit %d, stderr %q", res.code, res.stderr)
	}
}
