package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/config"
	"github.com/storybot/storybot/summarize"
)

const summarizeUsage = "usage: storybot summarize [--json] [--explain] [--story TITLE] PATH..."

const summarizeHelp = summarizeUsage + `

Read articles, group them into stories and print a digest of each story:
its overview, claims by party, disputes and sources. Needs no Redis and no
network (unless a PATH is a URL).

PATH is a file (.txt plain text, .html or .htm, .md), a directory (every
such file in it, recursively, in name order), an http(s):// URL, or - for
one article on standard input. Flags may come anywhere; -- ends them.

  --json          print one JSON object: {"stories": [...]}
  --story TITLE   put every article into one story of this title
                  instead of grouping them
  --explain       after the digests, print for every sentence of every
                  article what was decided and why: the cue, the speaker
                  and how it was resolved, the claim's party, or why the
                  sentence gave no statement (with --json, on standard
                  error, so that standard output stays one JSON object)

A PATH that cannot be read is named on standard error and the rest are
read. Exit status: 0, 1 if a PATH was skipped, 2 on bad usage.
`

// summarizeArgs are the parsed arguments of `storybot summarize`.
type summarizeArgs struct {
	json    bool
	explain bool
	story   string
	paths   []string
}

// parseSummarizeArgs reads flags anywhere among the PATHs; "--" ends flags.
func parseSummarizeArgs(args []string) (summarizeArgs, error) {
	var a summarizeArgs
	paths, set, err := pathArgs(args, map[string]*bool{"json": &a.json, "explain": &a.explain}, map[string]valueFlag{"story": {&a.story, "TITLE"}})
	if err != nil {
		return a, err
	}
	a.paths = paths
	storySet := set["story"]
	if storySet && strings.TrimSpace(a.story) == "" {
		return a, errors.New("--story needs a non-empty TITLE")
	}
	if len(a.paths) == 0 {
		return a, errors.New("no PATH given")
	}
	return a, nil
}

func cmdSummarize(ctx context.Context, args []string, e env) int {
	a, err := parseSummarizeArgs(args)
	if err != nil {
		if err.Error() == "help" {
			fmt.Fprint(e.stdout, summarizeHelp)
			return exitOK
		}
		fmt.Fprintf(e.stderr, "storybot summarize: %v\n%s\n", err, summarizeUsage)
		return exitUsage
	}
	cfg, err := config.FromEnv(e.getenv)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot summarize: %v\n", err)
		return exitUsage
	}
	fetcher, err := fetch.New(fetch.Options{Allow: cfg.FetchAllow})
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot summarize: STORYBOT_FETCH_ALLOW: %v\n", err)
		return exitUsage
	}

	srcs, skips := input.Expand(a.paths)
	arts, readSkips := input.Reader{Stdin: e.stdin, Fetcher: fetcher}.ReadAll(ctx, srcs)
	skips = append(skips, readSkips...)
	for _, s := range skips {
		fmt.Fprintf(e.stderr, "storybot: %s\n", s)
	}

	arts = summarize.Dedupe(arts)
	var stories []summarize.Story
	switch {
	case len(arts) == 0:
	case a.story != "":
		stories = []summarize.Story{summarize.NewStory(a.story, arts)}
	default:
		stories = summarize.Group(arts)
	}
	report := summarize.Report{Stories: make([]summarize.Digest, len(stories))}
	for i, s := range stories {
		report.Stories[i] = s.Digest()
	}

	if a.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintf(e.stderr, "storybot summarize: %v\n", err)
			return exitSkipped
		}
	} else {
		writeReport(e.stdout, report)
	}
	if a.explain {
		w := e.stdout
		if a.json {
			w = e.stderr
		}
		writeExplain(w, stories, report.Stories)
	}
	if len(skips) > 0 {
		return exitSkipped
	}
	return exitOK
}
