package main

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
)

// noChat tells an operator who ran `storybot run` with no chat platform
// configured and nothing on standard input (`docker run` without -it,
// say) what to set.
const noChat = `storybot run: no Slack or Discord is configured and standard input ended at once,
so there is nobody to chat with. Set, for Slack:
  SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET      over HTTP (events, slash commands, buttons)
  SLACK_BOT_TOKEN and SLACK_APP_TOKEN           over Socket Mode (no public URL needed)
for Discord:
  DISCORD_BOT_TOKEN and DISCORD_APP_ID          over the gateway
  DISCORD_PUBLIC_KEY                            and/or interactions over HTTP
and REDIS_URL (redis://host:6379/0) so that stories persist.
Or chat on the terminal: run it with a terminal (docker run -it ...), or
pipe commands to it (echo help | storybot run). See storybot help.
`

// isTerminal reports whether r is a terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}
