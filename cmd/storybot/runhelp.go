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

const runHelp = `usage: storybot run

Run the bot until SIGINT or SIGTERM: the HTTP server (GET /healthz,
/readyz, /metrics, and the Slack and Discord routes), Slack and Discord
when their tokens are set, followed stories' digests and feed polling.
It takes no arguments: configure it with environment variables.

  SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET   Slack over HTTP
  SLACK_APP_TOKEN                         with SLACK_BOT_TOKEN: Socket Mode
  DISCORD_BOT_TOKEN, DISCORD_APP_ID       Discord over the gateway
  DISCORD_PUBLIC_KEY                      Discord interactions over HTTP
  REDIS_URL                               redis://, rediss:// or
                                          redis+cluster://host:port,...;
                                          unset: an embedded store that
                                          keeps nothing
  STORYBOT_HTTP_ADDR                      listen address (default :8080)
  STORYBOT_FETCH_ALLOW                    CIDRs or hosts fetching may reach
                                          although private

With no Slack or Discord token it chats on the terminal: one command a
line from standard input (type help; exit, quit or Ctrl-D leaves). With
nothing on standard input and no terminal (docker run without -it) it
says what to set before it exits.
`
