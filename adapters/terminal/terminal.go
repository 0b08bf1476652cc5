// Package terminal is storybot's chat on standard input and output, for
// laptops and demos: one command a line, with or without a leading
// /story or @storybot, answered in plain text. Its workspace is "local".
package terminal

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/storybot/storybot/bot"
)

// Workspace and Channel are where terminal commands are given.
const (
	Workspace = "local"
	Channel   = "terminal"
)

// Handler answers requests: *bot.Bot.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
}

// Run reads commands from in until its end (then returns nil) or until
// ctx is done, and writes each answer to out.
func Run(ctx context.Context, h Handler, in io.Reader, out io.Writer) error {
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		errc <- sc.Err()
		close(lines)
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case line, ok := <-lines:
			if !ok {
				if err := <-errc; err != nil {
					return fmt.Errorf("terminal: read: %w", err)
				}
				return nil
			}
			Answer(ctx, h, line, out)
		}
	}
}

// Answer answers one line; a blank line gets no answer.
func Answer(ctx context.Context, h Handler, line string, out io.Writer) {
	if strings.TrimSpace(line) == "" {
		return
	}
	req, err := bot.ParseMention(line)
	if err != nil {
		fmt.Fprintln(out, bot.ErrorMessage(err))
		return
	}
	req.Workspace, req.Channel, req.User = Workspace, Channel, "terminal"
	bot.WriteText(out, h.Handle(ctx, req))
}
