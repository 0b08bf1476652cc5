package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/config"
)

const feedUsage = `usage: storybot feed add --workspace ID URL [--story TITLE] [--include W,W] [--exclude W,W]
       storybot feed list --workspace ID
       storybot feed remove --workspace ID URL`

const feedHelp = feedUsage + `

The RSS/Atom subscriptions of a workspace, in the Redis at REDIS_URL.
storybot run polls them and ingests each new entry once.

  add URL         subscribe to a feed
  list            the workspace's feeds: URL, story, when added
  remove URL      unsubscribe

  --workspace ID     slack:TEAMID, discord:GUILDID or local
  --story TITLE      put every entry into the story of this title
  --include W,W      only entries that mention one of these words
  --exclude W,W      leave out entries that mention one of these words

Exit status: 0, 1 if storage failed or (remove) there is no such feed, 2
on bad usage.
`

// cmdFeed manages the RSS/Atom subscriptions of a workspace; storybot run
// polls them.
func cmdFeed(ctx context.Context, args []string, e env) int {
	if len(args) == 0 {
		return usageFail(e, "feed", fmt.Errorf("add, list or remove?"), feedHelp)
	}
	verb := args[0]
	fs := flag.NewFlagSet("feed", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ws := fs.String("workspace", "", "workspace ID: slack:TEAMID, discord:GUILDID or local")
	story := fs.String("story", "", "put every entry into the story of this title")
	include := fs.String("include", "", "comma-separated words: only entries that mention one")
	exclude := fs.String("exclude", "", "comma-separated words: leave out entries that mention one")
	rest, err := parseInterleaved(fs, args[1:])
	if err == nil {
		switch {
		case verb != "add" && verb != "list" && verb != "remove":
			err = fmt.Errorf("unknown feed command %q", verb)
		case verb == "list" && len(rest) != 0:
			err = fmt.Errorf("feed list takes no URL")
		case verb != "list" && len(rest) != 1:
			err = fmt.Errorf("feed %s takes one URL", verb)
		case verb != "list":
			err = bot.CheckFeedURL(rest[0])
		}
	}
	if err == nil {
		err = bot.CheckWorkspace(*ws)
	}
	if be := (*bot.Error)(nil); errors.As(err, &be) {
		err = errors.New(be.Message) // the user's words, not the cause for logs
	}
	if err != nil {
		return usageFail(e, "feed", err, feedHelp)
	}
	cfg, err := config.Load(e.getenv, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot feed: %v\n", err)
		return exitUsage
	}
	st, err := openStore(ctx, cfg, false, cliLogger(e, cfg))
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot feed: %v\n", err)
		return exitSkipped
	}
	defer st.close()
	switch verb {
	case "add":
		err = st.PutFeed(ctx, *ws, bot.Feed{URL: rest[0], Story: *story, Added: time.Now().UTC(),
			Include: words(*include), Exclude: words(*exclude)})
		if err == nil {
			err = st.AddWorkspace(ctx, *ws)
		}
		if err == nil {
			fmt.Fprintf(e.stdout, "added %s\n", rest[0])
		}
	case "remove":
		var ok bool
		if ok, err = st.DeleteFeed(ctx, *ws, rest[0]); err == nil && !ok {
			fmt.Fprintf(e.stderr, "storybot feed: no feed %s in %s\n", rest[0], *ws)
			return exitSkipped
		}
		if err == nil {
			fmt.Fprintf(e.stdout, "removed %s\n", rest[0])
		}
	case "list":
		var feeds []bot.Feed
		if feeds, err = st.Feeds(ctx, *ws); err == nil {
			for _, f := range feeds {
				fmt.Fprintf(e.stdout, "%s\t%s\t%s\n", f.URL, f.Story, f.Added.Format(time.RFC3339))
			}
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot feed: storage unavailable: %v\n", err)
		return exitSkipped
	}
	return exitOK
}

// words splits a comma-separated list, dropping blanks.
func words(list string) []string {
	var out []string
	for _, w := range strings.Split(list, ",") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}
