// Package config holds storybot's configuration: defaults, values from the
// environment, and their validation. There are no globals: callers load a
// Config and pass it on.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Config is the whole configuration of storybot.
type Config struct {
	// RedisURL is redis://, rediss:// or redis+cluster://; empty means the
	// embedded in-process store.
	RedisURL string
	// HTTPAddr is the listen address of the HTTP server.
	HTTPAddr string
	Slack    Slack
	Discord  Discord
	// FetchAllow lists CIDRs and host names that URL fetching may reach
	// although they are private.
	FetchAllow []string
}

// Slack configures the Slack adapter.
type Slack struct {
	BotToken      string
	SigningSecret string
	AppToken      string
	APIURL        string
}

// Discord configures the Discord adapter.
type Discord struct {
	BotToken   string
	AppID      string
	PublicKey  string
	APIURL     string
	GatewayURL string
}

// Default returns the configuration used when nothing is set.
func Default() Config {
	return Config{HTTPAddr: ":8080"}
}

// FromEnv reads the configuration from environment variables through
// getenv (os.Getenv in production), over the defaults, and validates it.
func FromEnv(getenv func(string) string) (Config, error) {
	c := Default()
	set := func(dst *string, name string) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			*dst = v
		}
	}
	set(&c.RedisURL, "REDIS_URL")
	set(&c.HTTPAddr, "STORYBOT_HTTP_ADDR")
	set(&c.Slack.BotToken, "SLACK_BOT_TOKEN")
	set(&c.Slack.SigningSecret, "SLACK_SIGNING_SECRET")
	set(&c.Slack.AppToken, "SLACK_APP_TOKEN")
	set(&c.Slack.APIURL, "SLACK_API_URL")
	set(&c.Discord.BotToken, "DISCORD_BOT_TOKEN")
	set(&c.Discord.AppID, "DISCORD_APP_ID")
	set(&c.Discord.PublicKey, "DISCORD_PUBLIC_KEY")
	set(&c.Discord.APIURL, "DISCORD_API_URL")
	set(&c.Discord.GatewayURL, "DISCORD_GATEWAY_URL")
	for _, part := range strings.Split(getenv("STORYBOT_FETCH_ALLOW"), ",") {
		if p := strings.TrimSpace(part); p != "" {
			c.FetchAllow = append(c.FetchAllow, p)
		}
	}
	return c, c.Validate()
}

// Validate checks every value and names the variable of each bad one.
func (c Config) Validate() error {
	var errs []error
	if c.RedisURL != "" {
		u, err := url.Parse(c.RedisURL)
		if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss" && u.Scheme != "redis+cluster") || u.Host == "" {
			errs = append(errs, fmt.Errorf("REDIS_URL: want redis://, rediss:// or redis+cluster://host:port, got %q", c.RedisURL))
		}
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		errs = append(errs, fmt.Errorf("STORYBOT_HTTP_ADDR: %q is no host:port address", c.HTTPAddr))
	}
	for _, u := range []struct{ name, v string }{
		{"SLACK_API_URL", c.Slack.APIURL}, {"DISCORD_API_URL", c.Discord.APIURL},
		{"DISCORD_GATEWAY_URL", c.Discord.GatewayURL},
	} {
		if u.v == "" {
			continue
		}
		if p, err := url.Parse(u.v); err != nil || p.Scheme == "" || p.Host == "" {
			errs = append(errs, fmt.Errorf("%s: %q is no absolute URL", u.name, u.v))
		}
	}
	if c.Slack.AppToken != "" && c.Slack.BotToken == "" {
		errs = append(errs, errors.New("SLACK_APP_TOKEN: Socket Mode also needs SLACK_BOT_TOKEN"))
	}
	if c.Slack.BotToken != "" && c.Slack.AppToken == "" && c.Slack.SigningSecret == "" {
		errs = append(errs, errors.New("SLACK_SIGNING_SECRET: Slack over HTTP needs the signing secret (or set SLACK_APP_TOKEN for Socket Mode)"))
	}
	for _, a := range c.FetchAllow {
		if strings.ContainsAny(a, " /") {
			if _, _, err := net.ParseCIDR(a); err != nil {
				errs = append(errs, fmt.Errorf("STORYBOT_FETCH_ALLOW: %q is neither a CIDR nor a host name", a))
			}
		}
	}
	return errors.Join(errs...)
}
