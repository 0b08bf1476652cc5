package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/config"
)

const ingestUsage = "usage: storybot ingest --workspace ID [--story TITLE] PATH..."

const ingestHelp = ingestUsage + `

Read articles and store them in the stories of a workspace, in the Redis at
REDIS_URL (unset: an embedded store that keeps nothing). Each article joins
the story it belongs with, or starts one. PATH as for storybot summarize.

  --workspace ID  slack:TEAMID, discord:GUILDID or local (the terminal's)
  --story TITLE   put every article into the story of this title

Prints a line per article: new_story, joined, duplicate or revised, the
story's id, the article's id and its PATH. Each story's digest is brought
up to date before the next article. Exit status: 0, 1 if a PATH was
skipped, storage failed or a story's digest could not be brought up to
date (the article is stored; ingesting it again does it), 2 on bad usage.
`

// cmdIngest reads articles and stores them in the stories of a workspace
// in Redis: each joins the story it belongs with, or starts one.
func cmdIngest(ctx context.Context, args []string, e env) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ws := fs.String("workspace", "", "workspace ID: slack:TEAMID, discord:GUILDID or local")
	story := fs.String("story", "", "put every article into the story of this title")
	paths, err := parseInterleaved(fs, args)
	if err == nil && len(paths) == 0 {
		err = errors.New("no PATH given")
	}
	if err == nil {
		err = bot.CheckWorkspace(*ws)
	}
	if err != nil {
		return usageFail(e, "ingest", err, ingestHelp)
	}
	cfg, err := config.Load(e.getenv, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot ingest: %v\n", err)
		return exitUsage
	}
	fetcher, err := fetch.New(fetch.Options{Allow: cfg.FetchAllow})
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot ingest: STORYBOT_FETCH_ALLOW: %v\n", err)
		return exitUsage
	}
	st, err := openStore(ctx, cfg, false, cliLogger(e, cfg))
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot ingest: %v\n", err)
		return exitSkipped
	}
	defer st.close()
	b := bot.New(bot.Options{Store: st})

	srcs, skips := input.Expand(paths)
	arts, rskips := input.Reader{Stdin: e.stdin, Fetcher: fetcher}.ReadAll(ctx, srcs)
	skips = append(skips, rskips...)
	for _, s := range skips {
		fmt.Fprintln(e.stderr, s)
	}
	stale := false
	for i, a := range arts {
		res, err := b.Ingest(ctx, *ws, a, *story)
		if err != nil {
			fmt.Fprintf(e.stderr, "storybot ingest: %s: %s (%v)\n", articleName(a.File, a.URL), bot.ErrorMessage(err), err)
			fmt.Fprintf(e.stderr, "storybot ingest: stopped; %d of %d articles stored\n", i, len(arts))
			return exitSkipped
		}
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", res.Outcome, res.Story.ID, a.ID, articleName(a.File, a.URL))
		if res.Refresh != nil {
			stale = true
			fmt.Fprintf(e.stderr, "storybot ingest: %s: stored, but the digest of story %s is not up to date (%v); ingest it again to bring it up to date\n",
				articleName(a.File, a.URL), res.Story.ID, res.Refresh)
		}
	}
	if len(skips) > 0 || stale {
		return exitSkipped
	}
	return exitOK
}

func articleName(file, url string) string {
	if file != "" {
		return file
	}
	return url
}

// parseInterleaved parses flags anywhere among the arguments ("--" ends
// them) and returns the others in order.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var tail []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, tail = args[:i], args[i+1:]
	}
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(rest, tail...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// usageFail reports bad usage of a subcommand on standard error, with its
// synopsis (the first paragraph of its help); for flag.ErrHelp it prints
// the whole help on standard output and succeeds.
func usageFail(e env, cmd string, err error, help string) int {
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(e.stdout, help)
		return exitOK
	}
	synopsis, _, _ := strings.Cut(help, "\n\n")
	fmt.Fprintf(e.stderr, "storybot %s: %v\n%s\n", cmd, err, synopsis)
	return exitUsage
}
