package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/config"
)

const mergeHelp = `usage: storybot merge --workspace ID STORY into STORY

Make one story of two in a workspace in the Redis at REDIS_URL: the first
story's articles, follows and first-seen times move to the second, which
keeps its id; the first story's id names the second from then on. STORY
is a story id or words of it, as in chat.

  --workspace ID    slack:TEAMID, discord:GUILDID or local

Exit status: 0, 1 if a story does not match, several do, or storage
failed, 2 on bad usage.
`

const moveHelp = `usage: storybot move --workspace ID ARTICLE to STORY|new

Move an article (its id, as sources and digest --json show it, or its
URL) to another story of the workspace, or with "to new" to a story of
its own. A story it leaves empty is deleted and its follows move with the
article.

  --workspace ID    slack:TEAMID, discord:GUILDID or local

Exit status: 0, 1 if the article or story is not found, several stories
match, or storage failed, 2 on bad usage.
`

const forgetHelp = `usage: storybot forget --workspace ID STORY

Delete a story of the workspace: its articles, their URLs and its
follows. STORY is a story id or words of it.

  --workspace ID    slack:TEAMID, discord:GUILDID or local

Exit status: 0, 1 if no story or several match, or storage failed, 2 on
bad usage.
`

func cmdMerge(ctx context.Context, args []string, e env) int {
	return cmdRepair(ctx, "merge", mergeHelp, args, e)
}

func cmdMove(ctx context.Context, args []string, e env) int {
	return cmdRepair(ctx, "move", moveHelp, args, e)
}

func cmdForget(ctx context.Context, args []string, e env) int {
	return cmdRepair(ctx, "forget", forgetHelp, args, e)
}

// cmdRepair runs a repair command (merge, move, forget): its words are
// read as the chat command of the same name reads them, and it is
// answered as in chat.
func cmdRepair(ctx context.Context, name, help string, args []string, e env) int {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ws := fs.String("workspace", "", "workspace ID: slack:TEAMID, discord:GUILDID or local")
	words, err := parseInterleaved(fs, args)
	var req bot.Request
	if err == nil {
		req, err = bot.ParseCommand(name + " " + strings.Join(words, " "))
		if err != nil {
			err = fmt.Errorf("%s", bot.ErrorMessage(err))
		}
	}
	if err == nil {
		err = bot.CheckWorkspace(*ws)
	}
	if err != nil {
		return usageFail(e, name, err, help)
	}
	cfg, err := config.Load(e.getenv, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot %s: %v\n", name, err)
		return exitUsage
	}
	st, err := openStore(ctx, cfg, false, cliLogger(e, cfg))
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot %s: %v\n", name, err)
		return exitSkipped
	}
	defer st.close()
	if ok, err := st.Workspace(ctx, *ws); err != nil {
		fmt.Fprintf(e.stderr, "storybot %s: storage unavailable: %v\n", name, err)
		return exitSkipped
	} else if !ok {
		fmt.Fprintf(e.stderr, "storybot %s: unknown workspace %q: nothing was ever ingested there\n", name, *ws)
		return exitSkipped
	}
	req.Workspace = *ws
	r := bot.New(bot.Options{Store: st, Logger: cliLogger(e, cfg)}).Handle(ctx, req)
	if r.Kind == bot.KindError || r.Code != "" {
		fmt.Fprintf(e.stderr, "storybot %s: %s\n", name, r.Text)
		for _, s := range r.Stories {
			fmt.Fprintf(e.stderr, "  %s  %s\n", s.ID, s.Title)
		}
		return exitSkipped
	}
	bot.WriteText(e.stdout, r)
	return exitOK
}
