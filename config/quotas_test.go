package config

import (
	"strings"
	"testing"
)

func TestCheckStore(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		ok   bool
	}{
		{"terminal on the embedded store", nil, true},
		{"slack on redis", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "REDIS_URL": "redis://r:6379/0"}, true},
		{"slack on the embedded store", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, false},
		{"discord gateway on the embedded store", map[string]string{"DISCORD_BOT_TOKEN": "d", "DISCORD_APP_ID": "1"}, false},
		{"discord over HTTP on the embedded store", map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32)}, false},
		{"slack on the embedded store, allowed", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "STORYBOT_EMBEDDED_STORE": "allow"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := FromEnv(envOf(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			err = c.CheckStore()
			if (err == nil) != tt.ok {
				t.Fatalf("CheckStore() = %v, want ok %v", err, tt.ok)
			}
			if err != nil && (!strings.Contains(err.Error(), "REDIS_URL") || !strings.Contains(err.Error(), "STORYBOT_EMBEDDED_STORE=allow")) {
				t.Errorf("CheckStore() = %q: want REDIS_URL and the opt-in named", err)
			}
		})
	}
}

func TestQuotas(t *testing.T) {
	c, err := FromEnv(envOf(map[string]string{"STORYBOT_MAX_FEEDS": "3", "STORYBOT_MAX_FOLLOWS": "0",
		"STORYBOT_MAX_STORIES": "7", "STORYBOT_MAX_STORY_ARTICLES": "9", "STORYBOT_MAX_COMMANDS_PER_MINUTE": "11"}))
	if err != nil {
		t.Fatal(err)
	}
	if want := (Quotas{Feeds: 3, Follows: 0, Stories: 7, StoryArticles: 9, CommandsPerMinute: 11}); c.Quotas != want {
		t.Errorf("Quotas = %+v, want %+v", c.Quotas, want)
	}
	c, err = Load(envOf(map[string]string{fileVar: "q.yaml"}), filesOf(map[string]string{"q.yaml": "quotas:\n  feeds: 5\n"}))
	if err != nil || c.Quotas.Feeds != 5 || c.Quotas.Follows != DefaultQuotas().Follows {
		t.Errorf("from a file: %+v, %v", c.Quotas, err)
	}
	for _, tt := range []struct{ env, value, want string }{
		{"STORYBOT_MAX_FEEDS", "-1", "STORYBOT_MAX_FEEDS: want 0 (no limit) or more"},
		{"STORYBOT_MAX_COMMANDS_PER_MINUTE", "lots", "STORYBOT_MAX_COMMANDS_PER_MINUTE: want a whole number"},
		{"STORYBOT_EMBEDDED_STORE", "yes", `STORYBOT_EMBEDDED_STORE: want "allow" or nothing`},
	} {
		if _, err := FromEnv(envOf(map[string]string{tt.env: tt.value})); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s=%s: %v, want %q", tt.env, tt.value, err, tt.want)
		}
	}
}
