package input

import (
	"context"
	"errors"
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
		return nil, nil, errors.New(strings.Join(warnings, "; "))
	}
	return arts, warnings, nil
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
