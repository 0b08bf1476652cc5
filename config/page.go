package config

import (
	"net/url"
	"strconv"
)

// pageProblems checks the settings of story pages. A public URL needs a
// signing secret: one generated per process would make each replica's
// links open on that replica only, and none after a restart.
func (c Config) pageProblems() []problem {
	var ps []problem
	add := func(env, msg string) { ps = append(ps, problem{env, msg}) }
	if c.PublicURL != "" {
		u, err := url.Parse(c.PublicURL)
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			add("STORYBOT_PUBLIC_URL", "want the absolute http(s) URL storybot is reached at, such as https://storybot.example.com, got "+strconv.Quote(c.PublicURL))
		case u.RawQuery != "" || u.Fragment != "" || u.User != nil:
			add("STORYBOT_PUBLIC_URL", "want a base URL without user, query or fragment, got "+strconv.Quote(u.Redacted()))
		}
		if c.PageSecret == "" {
			add("STORYBOT_PAGE_SECRET", "STORYBOT_PUBLIC_URL is set, so story page links need a signing secret of at least 32 characters, the same on every replica (e.g. the output of `openssl rand -base64 32`)")
		}
	}
	if c.PageSecret != "" && len(c.PageSecret) < MinPageSecret {
		// Never echo a secret.
		add("STORYBOT_PAGE_SECRET", "too short: want at least 32 characters (e.g. the output of `openssl rand -base64 32`)")
	}
	if c.PageTTL <= 0 {
		add("STORYBOT_PAGE_TTL", "want a duration above zero such as 720h, got "+c.PageTTL.String())
	}
	return ps
}

// PagesOn reports whether story pages are served: a signing secret is set.
func (c Config) PagesOn() bool { return c.PageSecret != "" }

// LinksOn reports whether digests link to story pages: the public URL and
// the signing secret are set.
func (c Config) LinksOn() bool { return c.PublicURL != "" && c.PageSecret != "" }
