package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/storybot/storybot/bot"
)

// A long input gets a short error: what is quoted back is clipped.
func TestLongInputShortError(t *testing.T) {
	words := strings.Repeat("zebra crossing ", 100_000/len("zebra crossing "))
	token := strings.Repeat("q", 100_000)
	each(t, func(t *testing.T, fx fixture) {
		ingestAll(t, fx, readStory(t, "portstrike"))
		for _, tc := range []struct {
			name, line string
			mention    bool
			req        bot.Request // when line is empty: as Discord's options give it
		}{
			{"latest, many words", "latest " + words, false, bot.Request{}},
			{"latest, one long word", "latest " + token, false, bot.Request{}},
			{"a mention", "<@U1> latest " + words, true, bot.Request{}},
			{"an unknown command", token, false, bot.Request{}},
			{"an unknown feed command", "feed " + token, false, bot.Request{}},
			{"a feed URL", "feed add https://" + token, false, bot.Request{}},
			{"a feed that is not a URL", "feed add " + token, false, bot.Request{}},
			{"a party", "claims port strike by " + token, false, bot.Request{}},
			{"a feed never added", "feed remove https://" + token, false, bot.Request{}},
			{"a time zone", "follow port strike daily 09:00 Europe/" + token, false, bot.Request{}},
			{"a schedule option", "", false, bot.Request{Command: bot.CmdFollow, Story: "port strike", Schedule: "every " + token}},
			{"a cron option", "", false, bot.Request{Command: bot.CmdFollow, Story: "port strike", Schedule: "0 9 * * " + token}},
			{"a time zone option", "", false, bot.Request{Command: bot.CmdFollow, Story: "port strike", TimeZone: token}},
			{"a party option", "", false, bot.Request{Command: bot.CmdClaims, Story: "port strike", Party: token}},
			{"a story option", "", false, bot.Request{Command: bot.CmdSources, Story: words}},
			{"a command", "", false, bot.Request{Command: bot.Command(token)}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				parse := bot.ParseCommand
				if tc.mention {
					parse = bot.ParseMention
				}
				var b strings.Builder
				req, err := tc.req, error(nil)
				if tc.line != "" {
					req, err = parse(tc.line)
				}
				if err != nil {
					b.WriteString(bot.ErrorMessage(err))
				} else {
					req.Workspace, req.Channel = fx.ws, "C1"
					r := fx.bot.Handle(context.Background(), req)
					if r.Kind != bot.KindError {
						t.Fatalf("%.60q... answered %v, want an error", tc.line, r.Kind)
					}
					bot.WriteText(&b, r)
				}
				if b.Len() >= 1024 {
					t.Errorf("a %d-character input got a %d-byte error:\n%.300s...", len(tc.line), b.Len(), b.String())
				}
			})
		}
	})
}
