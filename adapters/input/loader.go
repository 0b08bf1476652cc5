package input

import (
	"context"
	"os"
	"strings"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// Loader is the bot.Loader of add: it reads URLs through the Reader's
// fetcher and, when Paths is set (the terminal), local files and
// directories. Anything else is bot.ErrNotSource: pasted text.
type Loader struct {
	Reader Reader
	Paths  bool
}

var _ bot.Loader = Loader{}

// Load implements bot.Loader. Sources that could not be read are
// returned as warnings while the rest are read.
func (l Loader) Load(ctx context.Context, target string) ([]summarize.Article, []string, error) {
	fields := strings.Fields(target)
	if len(fields) == 0 || !l.isSource(fields[0]) {
		return nil, nil, bot.ErrNotSource
	}
	for _, f := range fields {
		if !l.isSource(f) {
			return nil, nil, bot.ErrNotSource
		}
	}
	srcs, skips := Expand(fields)
	arts, rskips := l.Reader.ReadAll(ctx, srcs)
	skips = append(skips, rskips...)
	var warnings []string
	for _, s := range skips {
		warnings = append(warnings, s.String())
	}
	if len(arts) == 0 && len(skips) > 0 {
		return nil, nil, skipsError(skips)
	}
	return arts, warnings, nil
}

// skipsError is the error of a Load that read nothing: every source's
// reason, each kept for errors.As (a fetch.Error says whether to try
// again and what to tell people).
type skipsError []Skip

func (e skipsError) Error() string {
	msgs := make([]string, len(e))
	for i, s := range e {
		msgs[i] = s.String()
	}
	return strings.Join(msgs, "; ")
}

func (e skipsError) Unwrap() []error {
	out := make([]error, len(e))
	for i, s := range e {
		out[i] = s.Reason
	}
	return out
}

func (l Loader) isSource(s string) bool {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return true
	}
	if !l.Paths {
		return false
	}
	_, err := os.Stat(s)
	return err == nil
}
