package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/config"
)

const digestUsage = "usage: storybot digest --workspace ID [--json] [--since RFC3339] STORY"

const digestHelp = digestUsage + `

Print the stored digest of a story of a workspace, from the Redis at
REDIS_URL. STORY is a story id or words of it (title, parties, speakers,
places); when several stories match about as well they are listed.

  --workspace ID    slack:TEAMID, discord:GUILDID or local
  --json            print the story object as JSON
  --since RFC3339   only what changed since then (2026-11-30T09:00:00Z)

Exit status: 0, 1 if no story matches or storage failed, 2 on bad usage.
`

// cmdDigest prints the stored digest of one story (its id or words that
// match it), or with --since only what changed since then.
func cmdDigest(ctx context.Context, args []string, e env) int {
	fs := flag.NewFlagSet("digest", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ws := fs.String("workspace", "", "workspace ID: slack:TEAMID, discord:GUILDID or local")
	asJSON := fs.Bool("json", false, "print the story object as JSON")
	sinceText := fs.String("since", "", "only what changed since this RFC 3339 time")
	words, err := parseInterleaved(fs, args)
	story := strings.Join(words, " ")
	var since time.Time
	switch {
	case err != nil:
	case strings.TrimSpace(story) == "":
		err = fmt.Errorf("no STORY given")
	case *sinceText != "":
		if since, err = time.Parse(time.RFC3339, *sinceText); err != nil {
			err = fmt.Errorf("--since: want an RFC 3339 time such as 2026-11-30T09:00:00Z, got %q", *sinceText)
		}
	}
	if err == nil {
		err = bot.CheckWorkspace(*ws)
	}
	if err != nil {
		return usageFail(e, "digest", err, digestHelp)
	}
	cfg, err := config.Load(e.getenv, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot digest: %v\n", err)
		return exitUsage
	}
	st, err := openStore(ctx, cfg, false, cliLogger(e, cfg))
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot digest: %v\n", err)
		return exitSkipped
	}
	defer st.close()
	if ok, err := st.Workspace(ctx, *ws); err != nil {
		fmt.Fprintf(e.stderr, "storybot digest: storage unavailable: %v\n", err)
		return exitSkipped
	} else if !ok {
		fmt.Fprintf(e.stderr, "storybot digest: unknown workspace %q: nothing was ever ingested there\n", *ws)
		return exitSkipped
	}
	b := bot.New(bot.Options{Store: st})
	d, err := b.Digest(ctx, *ws, story, since)
	if err != nil {
		var be *bot.Error
		fmt.Fprintf(e.stderr, "storybot digest: %s\n", bot.ErrorMessage(err))
		if errors.As(err, &be) {
			for _, s := range be.Stories {
				fmt.Fprintf(e.stderr, "  %s  %s\n", s.ID, s.Title)
			}
		}
		return exitSkipped
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(d); err != nil {
			fmt.Fprintf(e.stderr, "storybot digest: %v\n", err)
			return exitSkipped
		}
		return exitOK
	}
	if since.IsZero() {
		bot.WriteDigest(e.stdout, d)
		return exitOK
	}
	// What changed, with times in the zone --since was given in.
	r, err := b.WhatChanged(ctx, *ws, d.ID, since, time.Time{}, since.Location())
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot digest: %s\n", bot.ErrorMessage(err))
		return exitSkipped
	}
	bot.WriteText(e.stdout, r)
	return exitOK
}
