package terminal

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/bot"
)

// recorder is a Handler that answers with the request it got.
type recorder struct{ got []bot.Request }

func (r *recorder) Handle(_ context.Context, req bot.Request) bot.Reply {
	r.got = append(r.got, req)
	return bot.Reply{Kind: bot.KindText, Text: "answer to " + string(req.Command) + " " + req.Story}
}

func TestRun(t *testing.T) {
	in := strings.Join([]string{
		"latest moscow talks",
		"",
		"   ",
		"/story sources port strike",
		"@storybot what's the latest on the fare rise?",
		"/story",
		"frobnicate the widgets",
		"follows",
		"list 2",
	}, "\n")
	var out strings.Builder
	h := &recorder{}
	if err := Run(context.Background(), h, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		cmd   bot.Command
		story string
	}{{bot.CmdLatest, "moscow talks"}, {bot.CmdSources, "port strike"}, {bot.CmdLatest, "fare rise"}, {bot.CmdFollows, ""}, {bot.CmdList, ""}}
	if len(h.got) != len(want) {
		t.Fatalf("handled %d requests, want %d: %+v", len(h.got), len(want), h.got)
	}
	for i, w := range want {
		g := h.got[i]
		if g.Command != w.cmd || !strings.EqualFold(g.Story, w.story) || g.Workspace != Workspace || g.Channel != Channel {
			t.Errorf("request %d = %+v, want %s %q in %s", i, g, w.cmd, w.story, Workspace)
		}
	}
	if h.got[len(h.got)-1].Page != 2 {
		t.Errorf("list 2 asked for page %d", h.got[len(h.got)-1].Page)
	}
	text := out.String()
	if !strings.Contains(text, "answer to latest moscow talks") {
		t.Errorf("answers not written:\n%s", text)
	}
	if strings.Count(text, "help") < 2 {
		t.Errorf("an empty command and a word it does not know should point to help:\n%s", text)
	}
}

func TestRunStopsWithContext(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, &recorder{}, pr, io.Discard) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return when its context was cancelled")
	}
}

func TestRunLeavesAndSkipsLongLines(t *testing.T) {
	long := "latest " + strings.Repeat("x", MaxLine) // MaxLine+7 bytes
	atLimit := "latest " + strings.Repeat("y", MaxLine-len("latest "))
	for _, tc := range []struct {
		name    string
		in      string
		stories []string // the stories of the requests handled
		out     string   // a part of the output
		err     error
	}{
		{"exit", "latest alpha\nexit\nlatest beta\n", []string{"alpha"}, "answer to latest alpha", nil},
		{"quit, any case and spacing", "latest alpha\n  QUIT \nlatest beta\n", []string{"alpha"}, "answer to latest alpha", nil},
		{"help says how to leave", "help\nlatest alpha\n", []string{"", "alpha"}, "Ctrl-D", nil},
		{"a line too long is skipped", "latest alpha\n" + long + "\nlatest beta\n", []string{"alpha", "beta"},
			"That line is too long (over 1024 KiB); nothing was done.", nil},
		{"a line too long at the end, with no newline", "latest alpha\r\n" + long, []string{"alpha"}, "too long", nil},
		{"a line of MaxLine bytes is read", atLimit + "\r\nlatest beta", []string{strings.Repeat("y", MaxLine-len("latest ")), "beta"}, "answer to latest beta", nil},
		{"no line at all", "", nil, "", ErrNoInput},
		{"one empty line", "\n", nil, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			h := &recorder{}
			err := Run(context.Background(), h, strings.NewReader(tc.in), &out)
			if err != tc.err {
				t.Fatalf("Run: %v, want %v", err, tc.err)
			}
			var got []string
			for _, r := range h.got {
				got = append(got, r.Story)
			}
			if strings.Join(got, "|") != strings.Join(tc.stories, "|") {
				t.Errorf("handled stories %.40q, want %.40q", got, tc.stories)
			}
			if !strings.Contains(out.String(), tc.out) {
				t.Errorf("output lacks %q:\n%.500s", tc.out, out.String())
			}
			if strings.Contains(tc.out, "too long") && out.Len() > 64<<10 {
				t.Errorf("output of %d bytes: a long line was echoed", out.Len())
			}
		})
	}
}
