package bot

import (
	"errors"
	"testing"
)

// FuzzParse checks that any text parses to a request or to an *Error a
// user can read, and never panics.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"latest moscow talks", "/story follow port strike daily 08:00 Europe/London", "<@U123|bot> claims fares by union",
		"@storybot what's the latest on the Moscow talks?", "add <https://x.example/a|a> to port strike", "feed remove", "",
		"follow x every 0m", "follow x \"*/5 * * * *\" tz:Mars/Base", "claims / /", "who said what about ?",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, parse := range []func(string) (Request, error){ParseCommand, ParseMention} {
			req, err := parse(text)
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || e.Message == "" {
					t.Fatalf("%q: error %v is not a user message", text, err)
				}
				continue
			}
			if req.Command == "" {
				t.Fatalf("%q: no command and no error", text)
			}
			if req.Command == CmdFollow {
				if _, err := ParseSchedule(req.Schedule, req.TimeZone); err != nil && ErrorCode(err) != CodeInvalid {
					t.Fatalf("%q: schedule error %v", text, err)
				}
			}
		}
	})
}
