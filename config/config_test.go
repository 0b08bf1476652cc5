package config

import (
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// filesOf reads files from m; a name not in m does not exist.
func filesOf(m map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		data, ok := m[name]
		if !ok {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
		return []byte(data), nil
	}
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
	ports := "10.0.0.0/8:8080, [fd00::/8]:443, intranet.example:8080"
	if c, err := Load(envOf(map[string]string{"STORYBOT_FETCH_ALLOW": ports}), nil); err != nil || len(c.FetchAllow) != 3 {
		t.Errorf("allow entries with ports: %q, %v", c.FetchAllow, err)
	}
	if d, err := FromEnv(envOf(nil)); err != nil || !reflect.DeepEqual(d, Default()) {
		t.Errorf("defaults = %+v, %v; want %+v", d, err, Default())
	}
}

func TestDefault(t *testing.T) {
	d := Default()
	if d.HTTPAddr != ":8080" || d.LogLevel != "info" || d.LogFormat != "text" || d.ShutdownTimeout != 10*time.Second || d.MaxArticleBytes != 5<<20 || d.QueueClaimAfter != 15*time.Second {
		t.Errorf("Default() = %+v", d)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("Default().Validate() = %v", err)
	}
}

func TestFromEnvReadsNoFile(t *testing.T) {
	c, err := FromEnv(envOf(map[string]string{fileVar: "/does/not/exist.yaml"}))
	if err != nil || !reflect.DeepEqual(c, Default()) {
		t.Errorf("FromEnv with %s set = %+v, %v; want the defaults", fileVar, c, err)
	}
}

const fullFile = `
redis_url: redis://file:6379/1
http_addr: 127.0.0.1:7000
log_level: debug
log_format: json
shutdown_timeout: 30s
max_article_bytes: 1048576
queue_claim_after: 1m
fetch_allow:
  - 10.0.0.0/8
  - intranet.example
slack:
  bot_token: xoxb-file
  signing_secret: file-secret
  api_url: http://slack.test/api/
discord:
  bot_token: discord-file
  app_id: "123"
  public_key: abababababababababababababababababababababababababababababababab
  api_url: http://discord.test/api
  gateway_url: ws://discord.test/gateway
`

func TestLoadPrecedence(t *testing.T) {
	files := filesOf(map[string]string{"storybot.yaml": fullFile, "empty.yaml": "", "partial.yaml": "log_level: warn\n"})
	fromFile := Config{
		RedisURL:        "redis://file:6379/1",
		HTTPAddr:        "127.0.0.1:7000",
		LogLevel:        "debug",
		LogFormat:       "json",
		ShutdownTimeout: 30 * time.Second,
		MaxArticleBytes: 1 << 20,
		QueueClaimAfter: time.Minute,
		PageTTL:         DefaultPageTTL,
		FetchAllow:      []string{"10.0.0.0/8", "intranet.example"},
		Slack:           Slack{BotToken: "xoxb-file", SigningSecret: "file-secret", APIURL: "http://slack.test/api/"},
		Discord: Discord{BotToken: "discord-file", AppID: "123", PublicKey: "abababababababababababababababababababababababababababababababab",
			APIURL: "http://discord.test/api", GatewayURL: "ws://discord.test/gateway"},
		Quotas: DefaultQuotas(),
	}
	tests := []struct {
		name string
		env  map[string]string
		want func() Config
	}{
		{"no file: defaults", nil, Default},
		{"file only", map[string]string{fileVar: "storybot.yaml"}, func() Config { return fromFile }},
		{"empty file: defaults", map[string]string{fileVar: "empty.yaml"}, Default},
		{"partial file keeps the other defaults", map[string]string{fileVar: "partial.yaml"}, func() Config {
			c := Default()
			c.LogLevel = "warn"
			return c
		}},
		{"env over file", map[string]string{
			fileVar:                      "storybot.yaml",
			"REDIS_URL":                  "rediss://env:6380",
			"STORYBOT_HTTP_ADDR":         ":9090",
			"STORYBOT_LOG_LEVEL":         "error",
			"STORYBOT_LOG_FORMAT":        "text",
			"STORYBOT_SHUTDOWN_TIMEOUT":  "1m30s",
			"STORYBOT_MAX_ARTICLE_BYTES": "2048",
			"STORYBOT_QUEUE_CLAIM_AFTER": "2s",
			"STORYBOT_FETCH_ALLOW":       "192.168.0.0/16",
			"SLACK_SIGNING_SECRET":       "env-secret",
			"DISCORD_APP_ID":             "456",
		}, func() Config {
			c := fromFile
			c.RedisURL = "rediss://env:6380"
			c.HTTPAddr = ":9090"
			c.LogLevel = "error"
			c.LogFormat = "text"
			c.ShutdownTimeout = 90 * time.Second
			c.MaxArticleBytes = 2048
			c.QueueClaimAfter = 2 * time.Second
			c.FetchAllow = []string{"192.168.0.0/16"}
			c.Slack.SigningSecret = "env-secret"
			c.Discord.AppID = "456"
			return c
		}},
		{"blank env leaves the file's value", map[string]string{
			fileVar: "storybot.yaml", "REDIS_URL": "  ", "STORYBOT_FETCH_ALLOW": " , ",
		}, func() Config { return fromFile }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load(envOf(tt.env), files)
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.want(); !reflect.DeepEqual(got, want) {
				t.Errorf("Load() =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestLoadRealFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "storybot.yaml")
	if err := os.WriteFile(path, []byte("http_addr: 127.0.0.1:7001\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(envOf(map[string]string{fileVar: path}), nil)
	if err != nil || c.HTTPAddr != "127.0.0.1:7001" {
		t.Errorf("Load(os.ReadFile) = %+v, %v", c, err)
	}
}

func TestLoadFileErrors(t *testing.T) {
	files := filesOf(map[string]string{
		"unknown.yaml":        "http_addr: :1\ncolour: red\n",
		"unknown-nested.yaml": "slack:\n  bot_token: x\n  signing_secret: y\n  colour: red\n",
		"bad-duration.yaml":   "shutdown_timeout: ten seconds\n",
		"int-duration.yaml":   "shutdown_timeout: 10\n",
		"bad-int.yaml":        "max_article_bytes: lots\n",
		"bad-list.yaml":       "fetch_allow: {a: b}\n",
		"syntax.yaml":         "http_addr: [unclosed\n",
		"not-a-map.yaml":      "- a\n- b\n",
	})
	tests := []struct {
		file string
		want []string // every one must be in the error
	}{
		{"missing.yaml", []string{fileVar, "missing.yaml"}},
		{"unknown.yaml", []string{fileVar, "unknown.yaml", "line 2", `unknown key "colour"`}},
		{"unknown-nested.yaml", []string{"unknown-nested.yaml", "line 4", `unknown key "slack.colour"`}},
		{"bad-duration.yaml", []string{"bad-duration.yaml", "shutdown_timeout", "duration"}},
		{"int-duration.yaml", []string{"int-duration.yaml", "shutdown_timeout", "10s"}},
		{"bad-int.yaml", []string{"bad-int.yaml", "max_article_bytes", "lots"}},
		{"bad-list.yaml", []string{"bad-list.yaml", "fetch_allow"}},
		{"syntax.yaml", []string{fileVar, "syntax.yaml"}},
		{"not-a-map.yaml", []string{fileVar, "not-a-map.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Load(envOf(map[string]string{fileVar: tt.file}), files)
			if err == nil {
				t.Fatal("Load() = nil error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Load() error = %q, want one containing %q", err, w)
				}
			}
			if !strings.HasPrefix(err.Error(), "config: ") {
				t.Errorf("Load() error = %q, want the package prefix", err)
			}
		})
	}
}

func TestLoadWrapsReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := Load(envOf(map[string]string{fileVar: "x.yaml"}), func(string) ([]byte, error) { return nil, boom })
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "x.yaml") || !strings.Contains(err.Error(), fileVar) {
		t.Errorf("Load() error = %v, want it to wrap boom and name %s and the file", err, fileVar)
	}
	_, err = Load(envOf(map[string]string{fileVar: "missing.yaml"}), filesOf(nil))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load() error = %v, want fs.ErrNotExist in its chain", err)
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
		{map[string]string{"DISCORD_BOT_TOKEN": "tok"}, "DISCORD_APP_ID"},
		{map[string]string{"DISCORD_PUBLIC_KEY": "abc"}, "DISCORD_PUBLIC_KEY"},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"},
		{map[string]string{"DISCORD_API_URL": "discord.test"}, "DISCORD_API_URL"},
		{map[string]string{"DISCORD_GATEWAY_URL": "/gateway"}, "DISCORD_GATEWAY_URL"},
		{map[string]string{"STORYBOT_FETCH_ALLOW": "10.0.0.0/33"}, "STORYBOT_FETCH_ALLOW"},
		{map[string]string{"STORYBOT_LOG_LEVEL": "loud"}, "STORYBOT_LOG_LEVEL"},
		{map[string]string{"STORYBOT_LOG_FORMAT": "xml"}, "STORYBOT_LOG_FORMAT"},
		{map[string]string{"STORYBOT_LOG_FORMAT": "logfmt"}, "STORYBOT_LOG_FORMAT"},
		{map[string]string{"STORYBOT_SHUTDOWN_TIMEOUT": "ten"}, "STORYBOT_SHUTDOWN_TIMEOUT"},
		{map[string]string{"STORYBOT_SHUTDOWN_TIMEOUT": "10"}, "STORYBOT_SHUTDOWN_TIMEOUT"},
		{map[string]string{"STORYBOT_SHUTDOWN_TIMEOUT": "0s"}, "STORYBOT_SHUTDOWN_TIMEOUT"},
		{map[string]string{"STORYBOT_SHUTDOWN_TIMEOUT": "-5s"}, "STORYBOT_SHUTDOWN_TIMEOUT"},
		{map[string]string{"STORYBOT_MAX_ARTICLE_BYTES": "5MiB"}, "STORYBOT_MAX_ARTICLE_BYTES"},
		{map[string]string{"STORYBOT_MAX_ARTICLE_BYTES": "0"}, "STORYBOT_MAX_ARTICLE_BYTES"},
		{map[string]string{"STORYBOT_MAX_ARTICLE_BYTES": "-1"}, "STORYBOT_MAX_ARTICLE_BYTES"},
		{map[string]string{"STORYBOT_MAX_ARTICLE_BYTES": "52428801"}, "STORYBOT_MAX_ARTICLE_BYTES"},
		{map[string]string{"STORYBOT_QUEUE_CLAIM_AFTER": "15"}, "STORYBOT_QUEUE_CLAIM_AFTER"},
		{map[string]string{"STORYBOT_QUEUE_CLAIM_AFTER": "soon"}, "STORYBOT_QUEUE_CLAIM_AFTER"},
		{map[string]string{"STORYBOT_QUEUE_CLAIM_AFTER": "0s"}, "STORYBOT_QUEUE_CLAIM_AFTER"},
		{map[string]string{"STORYBOT_QUEUE_CLAIM_AFTER": "99ms"}, "STORYBOT_QUEUE_CLAIM_AFTER"},
	}
	for _, tt := range tests {
		for _, load := range []struct {
			name string
			f    func(map[string]string) error
		}{
			{"FromEnv", func(env map[string]string) error { _, err := FromEnv(envOf(env)); return err }},
			{"Load", func(env map[string]string) error { _, err := Load(envOf(env), filesOf(nil)); return err }},
		} {
			err := load.f(tt.env)
			if err == nil || !strings.Contains(err.Error(), tt.want+": ") {
				t.Errorf("%s(%v) error = %v, want one naming %s", load.name, tt.env, err, tt.want)
			}
		}
	}
}

func TestValidateAcceptsLimits(t *testing.T) {
	for _, env := range []map[string]string{
		{"STORYBOT_MAX_ARTICLE_BYTES": "1"},
		{"STORYBOT_MAX_ARTICLE_BYTES": "52428800"},
		{"STORYBOT_SHUTDOWN_TIMEOUT": "1ns"},
		{"STORYBOT_QUEUE_CLAIM_AFTER": "100ms"},
		{"STORYBOT_LOG_LEVEL": "WARN"},
		{"STORYBOT_LOG_FORMAT": "json"},
		{"STORYBOT_LOG_FORMAT": "JSON"},
		{"STORYBOT_LOG_FORMAT": "text"},
		{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"},
	} {
		if _, err := FromEnv(envOf(env)); err != nil {
			t.Errorf("FromEnv(%v) = %v", env, err)
		}
	}
}

func TestLoadNamesTheKeyOfFileValues(t *testing.T) {
	files := filesOf(map[string]string{"c.yaml": "log_level: loud\nmax_article_bytes: 0\n"})
	_, err := Load(envOf(map[string]string{fileVar: "c.yaml"}), files)
	for _, want := range []string{
		"STORYBOT_LOG_LEVEL (log_level in c.yaml): ",
		"STORYBOT_MAX_ARTICLE_BYTES (max_article_bytes in c.yaml): ",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Load() error = %v, want one containing %q", err, want)
		}
	}
	// The environment overrides the file, so the error is the variable's.
	_, err = Load(envOf(map[string]string{fileVar: "c.yaml", "STORYBOT_LOG_LEVEL": "shout", "STORYBOT_MAX_ARTICLE_BYTES": "1"}), files)
	if err == nil || !strings.Contains(err.Error(), "STORYBOT_LOG_LEVEL: ") || strings.Contains(err.Error(), "log_level in") {
		t.Errorf("Load() error = %v, want it to name STORYBOT_LOG_LEVEL alone", err)
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	c := Default()
	c.HTTPAddr = "nope"
	c.LogLevel = "loud"
	c.ShutdownTimeout = 0
	err := c.Validate()
	for _, want := range []string{"STORYBOT_HTTP_ADDR", "STORYBOT_LOG_LEVEL", "STORYBOT_SHUTDOWN_TIMEOUT"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want it to name %s", err, want)
		}
	}
}

func TestSlogLevel(t *testing.T) {
	for in, want := range map[string]slog.Level{
		"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn,
		"error": slog.LevelError, "Debug": slog.LevelDebug, "": slog.LevelInfo,
	} {
		if got := (Config{LogLevel: in}).SlogLevel(); got != want {
			t.Errorf("SlogLevel(%q) = %v, want %v", in, got, want)
		}
	}
}
