package config

import (
	"strings"
	"testing"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestFromEnv(t *testing.T) {
	c, err := FromEnv(envOf(map[string]string{
		"REDIS_URL":            "redis://127.0.0.1:6379/0",
		"STORYBOT_HTTP_ADDR":   "127.0.0.1:9000",
		"STORYBOT_FETCH_ALLOW": " 127.0.0.1/32, intranet.example ,",
		"SLACK_BOT_TOKEN":      "xoxb-1",
		"SLACK_SIGNING_SECRET": "s",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.RedisURL != "redis://127.0.0.1:6379/0" || c.HTTPAddr != "127.0.0.1:9000" || c.Slack.BotToken != "xoxb-1" {
		t.Errorf("config = %+v", c)
	}
	if len(c.FetchAllow) != 2 || c.FetchAllow[1] != "intranet.example" {
		t.Errorf("FetchAllow = %q", c.FetchAllow)
	}
	if d, err := FromEnv(envOf(nil)); err != nil || d.HTTPAddr != ":8080" || d.RedisURL != "" {
		t.Errorf("defaults = %+v, %v", d, err)
	}
}

func TestValidateNamesTheVariable(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"REDIS_URL": "http://x"}, "REDIS_URL"},
		{map[string]string{"REDIS_URL": "redis+cluster://"}, "REDIS_URL"},
		{map[string]string{"STORYBOT_HTTP_ADDR": "8080"}, "STORYBOT_HTTP_ADDR"},
		{map[string]string{"SLACK_API_URL": "not a url"}, "SLACK_API_URL"},
		{map[string]string{"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_APP_TOKEN"},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"},
		{map[string]string{"DISCORD_GATEWAY_URL": "/gateway"}, "DISCORD_GATEWAY_URL"},
		{map[string]string{"STORYBOT_FETCH_ALLOW": "10.0.0.0/33"}, "STORYBOT_FETCH_ALLOW"},
	}
	for _, tt := range tests {
		_, err := FromEnv(envOf(tt.env))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("FromEnv(%v) error = %v, want one naming %s", tt.env, err, tt.want)
		}
	}
}
