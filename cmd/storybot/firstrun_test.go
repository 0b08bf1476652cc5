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
// the operator is told what to set instead of a silent exit. The end of
// input is still exit 0, as the terminal chat's contract says.
func TestRunWithNobodyToChatWith(t *testing.T) {
	res := storybot(t, "", noChatEnv, "run")
	if res.code != exitOK {
		t.Errorf("exit %d, want %d", res.code, exitOK)
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

// runInProcess runs storybot's run function with args and no input.
func runInProcess(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb strings.Builder
	code := run(t.Context(), args, env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }})
	return result{code, out.String(), errb.String()}
}

// Every subcommand, and every feed verb, prints its usage on standard
// output for -h and --help and exits 0, whatever else is on the line.
func TestSubcommandHelp(t *testing.T) {
	var cases [][]string
	for _, sub := range subcommands {
		for _, flag := range []string{"-h", "--help", "-help"} {
			cases = append(cases, []string{sub.name, flag}, []string{"help", sub.name})
		}
	}
	cases = append(cases,
		[]string{"feed", "add", "--help"},
		[]string{"feed", "list", "-h"},
		[]string{"feed", "remove", "--workspace", "local", "https://news.example/rss", "--help"},
		[]string{"summarize", "a.txt", "--json", "-h"},
		[]string{"digest", "--workspace", "local", "port strike", "--help"},
		[]string{"ingest", "--workspace", "local", "-h", "a.txt"},
	)
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			res := runInProcess(t, args...)
			name := args[0]
			if name == "help" {
				name = args[1]
			}
			if res.code != exitOK || res.stderr != "" {
				t.Errorf("exit %d, stderr %q; want 0 and nothing", res.code, res.stderr)
			}
			if !strings.HasPrefix(res.stdout, "usage: storybot "+name) || strings.Count(res.stdout, "\n") < 5 {
				t.Errorf("stdout is not the usage of %s:\n%s", name, res.stdout)
			}
		})
	}
}

func TestHelpListsSubcommands(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		res := runInProcess(t, args...)
		if res.code != exitOK {
			t.Errorf("storybot %v: exit %d", args, res.code)
		}
		for _, sub := range subcommands {
			if !strings.Contains(res.stdout, "storybot "+sub.name) {
				t.Errorf("storybot %v does not list %s:\n%s", args, sub.name, res.stdout)
			}
		}
	}
	if res := runInProcess(t, "help", "frobnicate"); res.code != exitUsage || !strings.Contains(res.stderr, "frobnicate") {
		t.Errorf("help of an unknown command: exit %d, stderr %q", res.code, res.stderr)
	}
}

// Bad usage says what is wrong, not that something went wrong on our side.
func TestFeedUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"feed"}, "add, list or remove?"},
		{[]string{"feed", "add", "--workspace", "local"}, "feed add takes one URL"},
		{[]string{"feed", "bogus", "--workspace", "local"}, `unknown feed command "bogus"`},
		{[]string{"feed", "add", "--workspace", "local", "ftp://news.example/rss"}, "is not a feed URL"},
		{[]string{"feed", "list", "--bogus"}, "-bogus"},
	} {
		res := runInProcess(t, tc.args...)
		if res.code != exitUsage || !strings.Contains(res.stderr, tc.want) || strings.Contains(res.stderr, "went wrong") {
			t.Errorf("storybot %v: exit %d, stderr %q; want 2 and %q", tc.args, res.code, res.stderr, tc.want)
		}
	}
}
