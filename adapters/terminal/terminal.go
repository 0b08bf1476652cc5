// Package terminal is storybot's chat on standard input and output, for
// laptops and demos: one command a line, with or without a leading
// /story or @storybot, answered in plain text. Its workspace is "local".
package terminal

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

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
	if l, ok := out.(sync.Locker); ok {
		l.Lock()
		defer l.Unlock()
	}
	req, err := bot.ParseMention(line)
	if err != nil {
		fmt.Fprintln(out, bot.ErrorMessage(err))
		return
	}
	req.Workspace, req.Channel, req.User = Workspace, Channel, "terminal"
	var b bytes.Buffer
	bot.WriteText(&b, h.Handle(ctx, req))
	out.Write(b.Bytes()) // one write: digests posted meanwhile do not cut into it
}

// Output is standard output shared by the answers and the digests posted
// on schedule, one whole message at a time.
type Output struct {
	sync.Mutex
	W io.Writer
}

// Write implements io.Writer; callers hold the lock for a whole message.
func (o *Output) Write(p []byte) (int, error) { return o.W.Write(p) }

// Poster prints scheduled digests and notes on the terminal: the
// bot.Poster of the "local" workspace.
type Poster struct{ Out *Output }

var _ bot.Poster = Poster{}

// Post implements bot.Poster.
func (p Poster) Post(_ context.Context, channel, _ string, r bot.Reply) (string, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "\n[posted to %s]\n", channel)
	bot.WriteText(&b, r)
	p.Out.Lock()
	defer p.Out.Unlock()
	_, err := p.Out.Write(b.Bytes())
	return "", err
}
