// Package terminal is storybot's chat on standard input and output, for
// laptops and demos: one command a line, with or without a leading
// /story or @storybot, answered in plain text. Its workspace is "local".
// exit or quit (or the end of input, Ctrl-D) ends it.
package terminal

import (
	"bufio"
	"bytes"
	"context"
	"errors"
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

// MaxLine is the longest line read, in bytes; a longer one is answered
// with a note and skipped, and reading goes on.
const MaxLine = 1 << 20

// ErrNoInput is what Run returns when its input ends before a single line
// (an empty pipe, /dev/null): nobody is there to chat with.
var ErrNoInput = errors.New("terminal: input ended before any line")

// leaveNote follows the help: how to end the session.
const leaveNote = "To leave: exit, quit, or Ctrl-D."

// Handler answers requests: *bot.Bot.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
}

// line is one line of input, or the news that it was longer than MaxLine.
type line struct {
	text    string
	tooLong bool
}

// Run reads commands from in and writes each answer to out, until exit or
// quit, the end of in, or ctx is done; then it returns nil, or ErrNoInput
// if in ended before its first line.
func Run(ctx context.Context, h Handler, in io.Reader, out io.Writer) error {
	lines := make(chan line)
	errc := make(chan error, 1)
	go func() {
		errc <- readLines(ctx, in, MaxLine, lines)
		close(lines)
	}()
	read := false
	for {
		select {
		case <-ctx.Done():
			return nil
		case l, ok := <-lines:
			if !ok {
				if err := <-errc; err != nil {
					return fmt.Errorf("terminal: read: %w", err)
				}
				if !read {
					return ErrNoInput
				}
				return nil
			}
			read = true
			switch {
			case l.tooLong:
				write(out, fmt.Sprintf("That line is too long (over %d KiB); nothing was done.\n", MaxLine>>10))
			case isLeave(l.text):
				return nil
			default:
				Answer(ctx, h, l.text, out)
			}
		}
	}
}

// readLines sends the lines of in (without their line ending) to lines
// until in ends or ctx is done. A line longer than max bytes is not kept:
// it is sent as tooLong once its end is read.
func readLines(ctx context.Context, in io.Reader, max int, lines chan<- line) error {
	r := bufio.NewReaderSize(in, 64<<10)
	for {
		var buf []byte
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = r.ReadSlice('\n')
			if !tooLong {
				buf = append(buf, chunk...)
				if len(buf) > max+len("\r\n") {
					tooLong, buf = true, nil
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		if len(buf) == 0 && !tooLong && err != nil {
			return nil // the end of input, after a whole line
		}
		text := strings.TrimSuffix(strings.TrimSuffix(string(buf), "\n"), "\r")
		l := line{text: text, tooLong: tooLong || len(text) > max}
		if l.tooLong {
			l.text = ""
		}
		select {
		case lines <- l:
		case <-ctx.Done():
			return nil
		}
		if err != nil {
			return nil // the end of input, after a last line without a newline
		}
	}
}

// isLeave reports whether a line asks to end the session.
func isLeave(text string) bool {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "exit", "quit":
		return true
	}
	return false
}

// write writes one whole message to out.
func write(out io.Writer, msg string) {
	if l, ok := out.(sync.Locker); ok {
		l.Lock()
		defer l.Unlock()
	}
	io.WriteString(out, msg)
}

// Answer answers one line; a blank line gets no answer.
func Answer(ctx context.Context, h Handler, line string, out io.Writer) {
	if strings.TrimSpace(line) == "" {
		return
	}
	req, err := bot.ParseMention(line)
	if err != nil {
		write(out, bot.ErrorMessage(err)+"\n")
		return
	}
	req.Workspace, req.Channel, req.User = Workspace, Channel, "terminal"
	var b bytes.Buffer
	writeReply(&b, h.Handle(ctx, req))
	if req.Command == bot.CmdHelp {
		fmt.Fprintln(&b, leaveNote)
	}
	write(out, b.String()) // one write: digests posted meanwhile do not cut into it
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
	writeReply(&b, r)
	p.Out.Lock()
	defer p.Out.Unlock()
	_, err := p.Out.Write(b.Bytes())
	return "", err
}

// writeReply prints a reply as text and, for a digest with a page, a last
// line "Story page: URL".
func writeReply(w io.Writer, r bot.Reply) {
	bot.WriteText(w, r)
	if r.PageURL != "" {
		fmt.Fprintf(w, "\nStory page: %s\n", r.PageURL)
	}
}
