// Command storybot follows developing news stories: it groups articles into
// stories and says who claimed what, what is disputed and what changed.
//
// Usage:
//
//	storybot summarize [--json] [--story TITLE] PATH...
//	storybot extract [--json] [--url URL] PATH...
//	storybot ingest --workspace ID [--story TITLE] PATH...
//	storybot digest --workspace ID [--json] [--since RFC3339] STORY
//	storybot feed add|list|remove --workspace ID [URL] [--story TITLE]
//	storybot merge --workspace ID STORY into STORY
//	storybot move --workspace ID ARTICLE to STORY|new
//	storybot forget --workspace ID STORY
//	storybot run
//	storybot help [COMMAND]
//
// Every command takes -h or --help.
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
	if oneShot(os.Args[1:]) {
		batchGC(os.Getenv)
	}
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
      of each. Needs no Redis.
  storybot extract [--json] [--url URL] PATH...
      Print what storybot reads from each page: title, outlet, time,
      canonical URL, language and the body, paragraph by paragraph.
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
  storybot merge --workspace ID STORY into STORY
  storybot move --workspace ID ARTICLE to STORY|new
  storybot forget --workspace ID STORY
      Repair a workspace's stories by hand, as the chat commands of the
      same names do: make one story of two, move an article (its id or
      URL) to another story or a new one, delete a story.
  storybot run
      Run the bot: Slack and Discord when their tokens are set, else the
      chat on the terminal (one command a line; type help).
  storybot help [COMMAND]
      Print this help, or a command's.

Every command takes -h or --help: storybot feed add --help.
`

// subcommand is one of storybot's commands.
type subcommand struct {
	name string
	// help is its usage in full, printed on standard output by -h,
	// --help and storybot help NAME.
	help string
	run  func(ctx context.Context, args []string, e env) int
}

// subcommands are the commands run dispatches, in the order of usage.
var subcommands = []subcommand{
	{"summarize", summarizeHelp, cmdSummarize},
	{"extract", extractHelp, cmdExtract},
	{"ingest", ingestHelp, cmdIngest},
	{"digest", digestHelp, cmdDigest},
	{"feed", feedHelp, cmdFeed},
	{"merge", mergeHelp, cmdMerge},
	{"move", moveHelp, cmdMove},
	{"forget", forgetHelp, cmdForget},
	{"run", runHelp, cmdRun},
}

func run(ctx context.Context, args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if sub, ok := findSubcommand(args[1]); ok {
				fmt.Fprint(e.stdout, sub.help)
				return exitOK
			}
			fmt.Fprintf(e.stderr, "storybot help: unknown command %q\n\n%s", args[1], usage)
			return exitUsage
		}
		fmt.Fprint(e.stdout, usage)
		return exitOK
	}
	sub, ok := findSubcommand(args[0])
	if !ok {
		fmt.Fprintf(e.stderr, "storybot: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	if asksHelp(args[1:]) {
		fmt.Fprint(e.stdout, sub.help)
		return exitOK
	}
	return sub.run(ctx, args[1:], e)
}

// findSubcommand returns the subcommand called name.
func findSubcommand(name string) (subcommand, bool) {
	for _, s := range subcommands {
		if s.name == name {
			return s, true
		}
	}
	return subcommand{}, false
}

// asksHelp reports whether a subcommand's arguments ask for its help: -h
// or --help anywhere before "--" (`storybot feed add --help`).
func asksHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}
