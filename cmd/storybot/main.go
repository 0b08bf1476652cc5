// Command storybot follows developing news stories: it groups articles into
// stories and says who claimed what, what is disputed and what changed.
//
// Usage:
//
//	storybot summarize [--json] [--story TITLE] PATH...
//	storybot ingest --workspace ID [--story TITLE] PATH...
//	storybot digest --workspace ID [--json] [--since RFC3339] STORY
//	storybot feed add|list|remove --workspace ID [URL] [--story TITLE]
//	storybot run
//	storybot help
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit statuses.
const (
	exitOK      = 0
	exitSkipped = 1 // a PATH was skipped, or the command failed
	exitUsage   = 2
)

// env is what a subcommand gets from the process: arguments aside.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv})
	stop()
	os.Exit(code)
}

const usage = `storybot follows developing news stories.

Usage:
  storybot summarize [--json] [--story TITLE] PATH...
      Read articles (files .txt .html .htm .md, directories, http(s) URLs,
      or - for standard input), group them into stories and print a digest
      of each.
  storybot ingest --workspace ID [--story TITLE] PATH...
      Read articles and store them in the stories of a workspace in the
      Redis at REDIS_URL (ID: slack:TEAMID, discord:GUILDID or local).
  storybot digest --workspace ID [--json] [--since RFC3339] STORY
      Print the stored digest of a story (its id or words of it); with
      --since, only what changed since then.
  storybot feed add --workspace ID URL [--story TITLE]
  storybot feed list --workspace ID
  storybot feed remove --workspace ID URL
      The RSS/Atom subscriptions of a workspace, polled by storybot run.
  storybot run
      Run the bot. With no Slack or Discord token set it chats on the
      terminal: one command a line (type help).
  storybot help
      Print this help.
`

func run(ctx context.Context, args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "summarize":
		return cmdSummarize(ctx, args[1:], e)
	case "ingest":
		return cmdIngest(ctx, args[1:], e)
	case "digest":
		return cmdDigest(ctx, args[1:], e)
	case "feed":
		return cmdFeed(ctx, args[1:], e)
	case "run":
		return cmdRun(ctx, args[1:], e)
	case "help", "-h", "--help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(e.stderr, "storybot: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}
