// Package config holds storybot's configuration: defaults, an optional YAML
// file, values from the environment, and their validation. There are no
// globals: callers load a Config and pass it on.
//
// Precedence, lowest first: Default, the YAML file named by the environment
// variable STORYBOT_CONFIG, the environment variables. Every error names the
// environment variable of the value it is about (and, for a value from the
// file, its YAML key).
package config

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Defaults and limits of the values that have them.
const (
	// DefaultHTTPAddr is the listen address used when none is set.
	DefaultHTTPAddr = ":8080"
	// DefaultLogLevel is the log level used when none is set.
	DefaultLogLevel = "info"
	// DefaultLogFormat is the log format used when none is set.
	DefaultLogFormat = "text"
	// DefaultShutdownTimeout bounds a graceful shutdown when nothing else does.
	DefaultShutdownTimeout = 10 * time.Second
	// DefaultMaxArticleBytes is the largest article read when nothing else
	// is set: 5 MiB.
	DefaultMaxArticleBytes int64 = 5 << 20
	// MaxArticleBytesLimit is the highest MaxArticleBytes allowed: 50 MiB.
	MaxArticleBytesLimit int64 = 50 << 20
	// DefaultQueueClaimAfter is how long a queued job may go without a
	// sign of life from its worker before another takes it over.
	DefaultQueueClaimAfter = 15 * time.Second
	// MinQueueClaimAfter is the shortest QueueClaimAfter allowed: workers
	// show they are alive every third of it.
	MinQueueClaimAfter = 100 * time.Millisecond
	// DefaultPageTTL is how long a story page link opens its page.
	DefaultPageTTL = 30 * 24 * time.Hour
	// MinPageSecret is the shortest STORYBOT_PAGE_SECRET, in bytes.
	MinPageSecret = 32
)

// Config is the whole configuration of storybot. The YAML tags name its keys
// in the file given by STORYBOT_CONFIG; each field's comment names the
// environment variable that overrides it.
type Config struct {
	// RedisURL is redis://, rediss:// or redis+cluster://; empty means the
	// embedded in-process store. Env REDIS_URL.
	RedisURL string `yaml:"redis_url"`
	// HTTPAddr is the listen address of the HTTP server. Env
	// STORYBOT_HTTP_ADDR.
	HTTPAddr string `yaml:"http_addr"`
	// Slack configures the Slack adapter.
	Slack Slack `yaml:"slack"`
	// Discord configures the Discord adapter.
	Discord Discord `yaml:"discord"`
	// FetchAllow lists CIDRs and host names that URL fetching may reach
	// although they are private. Env STORYBOT_FETCH_ALLOW, comma-separated.
	FetchAllow []string `yaml:"fetch_allow"`
	// LogLevel is debug, info, warn or error. Env STORYBOT_LOG_LEVEL.
	LogLevel string `yaml:"log_level"`
	// LogFormat is text (logfmt-like key=value lines) or json (one JSON
	// object a line, for log collectors). Env STORYBOT_LOG_FORMAT.
	LogFormat string `yaml:"log_format"`
	// ShutdownTimeout bounds a graceful shutdown; in YAML and the
	// environment a Go duration such as "10s". Env STORYBOT_SHUTDOWN_TIMEOUT.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// MaxArticleBytes is the largest article read, from a file or a URL, in
	// bytes: more than 0 and at most MaxArticleBytesLimit. Env
	// STORYBOT_MAX_ARTICLE_BYTES.
	MaxArticleBytes int64 `yaml:"max_article_bytes"`
	// EmbeddedStore, set to EmbeddedAllow, lets Slack and Discord run on
	// the embedded in-process store when RedisURL is empty; unset, they
	// refuse to (see CheckStore). Env STORYBOT_EMBEDDED_STORE.
	EmbeddedStore string `yaml:"embedded_store"`
	// Quotas bound what one workspace (and one user) may do.
	Quotas Quotas `yaml:"quotas"`
	// QueueClaimAfter is how long a job of the work queue may go without
	// a sign of life from the worker handling it (one every third of it)
	// before another replica takes it over; in YAML and the environment a
	// Go duration, at least MinQueueClaimAfter. Env
	// STORYBOT_QUEUE_CLAIM_AFTER.
	QueueClaimAfter time.Duration `yaml:"queue_claim_after"`
	// PublicURL is the address people reach storybot's HTTP server at,
	// the base of the story page links digests carry; empty: no links.
	// Env STORYBOT_PUBLIC_URL.
	PublicURL string `yaml:"public_url"`
	// PageSecret signs story page links (at least MinPageSecret bytes,
	// the same on every replica); needed with PublicURL. Env
	// STORYBOT_PAGE_SECRET.
	PageSecret string `yaml:"page_secret"`
	// PageTTL is how long a story page link works. Env STORYBOT_PAGE_TTL.
	PageTTL time.Duration `yaml:"page_ttl"`
}

// EmbeddedAllow is the value of STORYBOT_EMBEDDED_STORE that lets chat
// platforms run on the embedded store.
const EmbeddedAllow = "allow"

// Slack configures the Slack adapter.
type Slack struct {
	// BotToken is the xoxb- token. Env SLACK_BOT_TOKEN.
	BotToken string `yaml:"bot_token"`
	// SigningSecret verifies requests over HTTP. Env SLACK_SIGNING_SECRET.
	SigningSecret string `yaml:"signing_secret"`
	// AppToken is the xapp- token; with BotToken it selects Socket Mode.
	// Env SLACK_APP_TOKEN.
	AppToken string `yaml:"app_token"`
	// APIURL is the Web API base URL; empty means Slack's own. Env
	// SLACK_API_URL.
	APIURL string `yaml:"api_url"`
}

// Discord configures the Discord adapter.
type Discord struct {
	// BotToken authenticates the bot. Env DISCORD_BOT_TOKEN.
	BotToken string `yaml:"bot_token"`
	// AppID is the application id. Env DISCORD_APP_ID.
	AppID string `yaml:"app_id"`
	// PublicKey is the hex Ed25519 key that verifies interactions over
	// HTTP. Env DISCORD_PUBLIC_KEY.
	PublicKey string `yaml:"public_key"`
	// APIURL is the REST base URL; empty means Discord's own. Env
	// DISCORD_API_URL.
	APIURL string `yaml:"api_url"`
	// GatewayURL is the gateway URL; empty means the one the REST API
	// names. Env DISCORD_GATEWAY_URL.
	GatewayURL string `yaml:"gateway_url"`
}

// fileVar is the environment variable that names the YAML file.
const fileVar = "STORYBOT_CONFIG"

// setting ties one environment variable to its YAML key and to the field it
// sets.
type setting struct {
	env, key string
	// set parses the (trimmed, non-empty) environment value into c.
	set func(c *Config, v string) error
}

func str(field func(*Config) *string) func(*Config, string) error {
	return func(c *Config, v string) error {
		*field(c) = v
		return nil
	}
}

func duration(field func(*Config) *time.Duration) func(*Config, string) error {
	return func(c *Config, v string) error {
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("want a duration such as 10s: %w", err)
		}
		*field(c) = d
		return nil
	}
}

// settings lists every variable, in the order errors are reported.
var settings = []setting{
	{"REDIS_URL", "redis_url", str(func(c *Config) *string { return &c.RedisURL })},
	{"STORYBOT_HTTP_ADDR", "http_addr", str(func(c *Config) *string { return &c.HTTPAddr })},
	{"SLACK_BOT_TOKEN", "slack.bot_token", str(func(c *Config) *string { return &c.Slack.BotToken })},
	{"SLACK_SIGNING_SECRET", "slack.signing_secret", str(func(c *Config) *string { return &c.Slack.SigningSecret })},
	{"SLACK_APP_TOKEN", "slack.app_token", str(func(c *Config) *string { return &c.Slack.AppToken })},
	{"SLACK_API_URL", "slack.api_url", str(func(c *Config) *string { return &c.Slack.APIURL })},
	{"DISCORD_BOT_TOKEN", "discord.bot_token", str(func(c *Config) *string { return &c.Discord.BotToken })},
	{"DISCORD_APP_ID", "discord.app_id", str(func(c *Config) *string { return &c.Discord.AppID })},
	{"DISCORD_PUBLIC_KEY", "discord.public_key", str(func(c *Config) *string { return &c.Discord.PublicKey })},
	{"DISCORD_API_URL", "discord.api_url", str(func(c *Config) *string { return &c.Discord.APIURL })},
	{"DISCORD_GATEWAY_URL", "discord.gateway_url", str(func(c *Config) *string { return &c.Discord.GatewayURL })},
	{"STORYBOT_FETCH_ALLOW", "fetch_allow", func(c *Config, v string) error {
		var allow []string
		for _, part := range strings.Split(v, ",") {
			if p := strings.TrimSpace(part); p != "" {
				allow = append(allow, p)
			}
		}
		if allow != nil {
			c.FetchAllow = allow
		}
		return nil
	}},
	{"STORYBOT_LOG_LEVEL", "log_level", str(func(c *Config) *string { return &c.LogLevel })},
	{"STORYBOT_LOG_FORMAT", "log_format", str(func(c *Config) *string { return &c.LogFormat })},
	{"STORYBOT_SHUTDOWN_TIMEOUT", "shutdown_timeout", duration(func(c *Config) *time.Duration { return &c.ShutdownTimeout })},
	{"STORYBOT_MAX_ARTICLE_BYTES", "max_article_bytes", func(c *Config, v string) error {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return fmt.Errorf("want a number of bytes: %w", err)
		}
		c.MaxArticleBytes = n
		return nil
	}},
	{"STORYBOT_EMBEDDED_STORE", "embedded_store", str(func(c *Config) *string { return &c.EmbeddedStore })},
	{"STORYBOT_MAX_FEEDS", "quotas.feeds", count(func(c *Config) *int { return &c.Quotas.Feeds })},
	{"STORYBOT_MAX_FOLLOWS", "quotas.follows", count(func(c *Config) *int { return &c.Quotas.Follows })},
	{"STORYBOT_MAX_STORIES", "quotas.stories", count(func(c *Config) *int { return &c.Quotas.Stories })},
	{"STORYBOT_MAX_STORY_ARTICLES", "quotas.story_articles", count(func(c *Config) *int { return &c.Quotas.StoryArticles })},
	{"STORYBOT_MAX_COMMANDS_PER_MINUTE", "quotas.commands_per_minute", count(func(c *Config) *int { return &c.Quotas.CommandsPerMinute })},
	{"STORYBOT_QUEUE_CLAIM_AFTER", "queue_claim_after", duration(func(c *Config) *time.Duration { return &c.QueueClaimAfter })},
	{"STORYBOT_PUBLIC_URL", "public_url", str(func(c *Config) *string { return &c.PublicURL })},
	{"STORYBOT_PAGE_SECRET", "page_secret", str(func(c *Config) *string { return &c.PageSecret })},
	{"STORYBOT_PAGE_TTL", "page_ttl", duration(func(c *Config) *time.Duration { return &c.PageTTL })},
}

// count parses a whole number into the field; 0 turns the quota off.
func count(field func(*Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("want a whole number (0: no limit): %w", err)
		}
		*field(c) = n
		return nil
	}
}

// Default returns the configuration used when nothing is set.
func Default() Config {
	return Config{
		HTTPAddr:        DefaultHTTPAddr,
		LogLevel:        DefaultLogLevel,
		LogFormat:       DefaultLogFormat,
		ShutdownTimeout: DefaultShutdownTimeout,
		MaxArticleBytes: DefaultMaxArticleBytes,
		Quotas:          DefaultQuotas(),
		QueueClaimAfter: DefaultQueueClaimAfter,
		PageTTL:         DefaultPageTTL,
	}
}

// FromEnv reads the configuration from environment variables through
// getenv (os.Getenv in production), over the defaults, and validates it. It
// reads no file, whatever STORYBOT_CONFIG says; Load does.
func FromEnv(getenv func(string) string) (Config, error) {
	return load(getenv, nil)
}

// Load reads the configuration: the defaults, then the YAML file named by
// the environment variable STORYBOT_CONFIG (if set) read through readFile
// (nil means os.ReadFile), then the environment variables through getenv,
// each overriding what came before; then it validates the result.
//
// A key the file does not know is an error, as is a file that cannot be
// read. On a validation error Load returns the configuration it read along
// with the error.
func Load(getenv func(string) string, readFile func(string) ([]byte, error)) (Config, error) {
	if readFile == nil {
		readFile = os.ReadFile
	}
	return load(getenv, readFile)
}

// load is Load, reading no file if readFile is nil.
func load(getenv func(string) string, readFile func(string) ([]byte, error)) (Config, error) {
	c := Default()
	var file string
	var inFile map[string]bool
	if readFile != nil {
		if file = strings.TrimSpace(getenv(fileVar)); file != "" {
			data, err := readFile(file)
			if err != nil {
				if _, ok := errors.AsType[*fs.PathError](err); ok {
					return Config{}, fmt.Errorf("config: %s: %w", fileVar, err)
				}
				return Config{}, fmt.Errorf("config: %s: read %s: %w", fileVar, file, err)
			}
			if inFile, err = decodeFile(&c, data); err != nil {
				return Config{}, fmt.Errorf("config: %s file %s: %w", fileVar, file, err)
			}
		}
	}

	var errs []error
	fromEnv := map[string]bool{}
	for _, s := range settings {
		v := strings.TrimSpace(getenv(s.env))
		if v == "" {
			continue
		}
		fromEnv[s.env] = true
		if err := s.set(&c, v); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.env, err))
		}
	}
	for _, p := range c.problems() {
		name := p.env
		if key := keyOf(p.env); inFile[key] && !fromEnv[p.env] {
			name = fmt.Sprintf("%s (%s in %s)", p.env, key, file)
		}
		errs = append(errs, fmt.Errorf("%s: %s", name, p.msg))
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("config: %w", errors.Join(errs...))
	}
	return c, nil
}

// keyOf returns the YAML key of the environment variable env.
func keyOf(env string) string {
	for _, s := range settings {
		if s.env == env {
			return s.key
		}
	}
	return ""
}

// decodeFile decodes the YAML document data over c and returns the keys it
// holds, dotted ("slack.bot_token").
func decodeFile(c *Config, data []byte) (map[string]bool, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	keys := map[string]bool{}
	lines := map[int]string{}
	index(&root, "", keys, lines)

	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(c)
	if err == nil || errors.Is(err, io.EOF) { // io.EOF: an empty file
		return keys, nil
	}
	te, ok := errors.AsType[*yaml.TypeError](err)
	if !ok {
		return nil, err
	}
	errs := make([]error, len(te.Errors))
	for i, msg := range te.Errors {
		errs[i] = errors.New(explain(msg, lines))
	}
	return nil, errors.Join(errs...)
}

// index records in keys every dotted key path under n, and in lines the key
// path that each line of the file belongs to (the first one on the line).
func index(n *yaml.Node, path string, keys map[string]bool, lines map[int]string) {
	mark := func(line int, p string) {
		if _, ok := lines[line]; !ok && p != "" {
			lines[line] = p
		}
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			index(c, path, keys, lines)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			keys[p] = true
			mark(k.Line, p)
			index(v, p, keys, lines)
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			mark(c.Line, path)
			index(c, path, keys, lines)
		}
	default:
		mark(n.Line, path)
	}
}

// explain rewrites one of yaml.v3's "line N: ..." type errors to name the
// key on that line.
func explain(msg string, lines map[int]string) string {
	var line int
	if _, err := fmt.Sscanf(msg, "line %d:", &line); err != nil {
		return msg
	}
	key, ok := lines[line]
	if !ok {
		return msg
	}
	_, rest, _ := strings.Cut(msg, ": ")
	if strings.HasPrefix(rest, "field ") && strings.Contains(rest, " not found in type ") {
		return fmt.Sprintf("line %d: unknown key %q", line, key)
	}
	if strings.HasSuffix(rest, "into time.Duration") {
		rest += ` (want a duration such as "10s")`
	}
	return fmt.Sprintf("line %d: %s: %s", line, key, rest)
}

// SlogLevel returns LogLevel as a slog.Level: slog.LevelInfo unless it is
// debug, warn or error.
func (c Config) SlogLevel() slog.Level {
	switch strings.ToLower(c.LogLevel) {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	default:
		return slog.LevelInfo
	}
}

// Validate checks every value and names the variable of each bad one.
func (c Config) Validate() error {
	var errs []error
	for _, p := range c.problems() {
		errs = append(errs, fmt.Errorf("%s: %s", p.env, p.msg))
	}
	return errors.Join(errs...)
}

// problem is one bad value: the environment variable it is about and what
// is wrong with it.
type problem struct{ env, msg string }

// problems lists what Validate reports, in the order of settings.
func (c Config) problems() []problem {
	var ps []problem
	add := func(env, format string, args ...any) {
		ps = append(ps, problem{env, fmt.Sprintf(format, args...)})
	}
	if c.RedisURL != "" {
		u, err := url.Parse(c.RedisURL)
		if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss" && u.Scheme != "redis+cluster") || u.Host == "" {
			// The URL may hold a password: show it redacted, or not at
			// all when it does not parse.
			got := "a URL that does not parse"
			if err == nil {
				got = strconv.Quote(u.Redacted())
			}
			add("REDIS_URL", "want redis://, rediss:// or redis+cluster://host:port, got %s", got)
		}
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		add("STORYBOT_HTTP_ADDR", "%q is no host:port address", c.HTTPAddr)
	}
	if c.Slack.BotToken != "" && c.Slack.AppToken == "" && c.Slack.SigningSecret == "" {
		add("SLACK_SIGNING_SECRET", "Slack over HTTP needs the signing secret (or set SLACK_APP_TOKEN for Socket Mode)")
	}
	if c.Slack.AppToken != "" && c.Slack.BotToken == "" {
		add("SLACK_APP_TOKEN", "Socket Mode also needs SLACK_BOT_TOKEN")
	}
	if c.Discord.BotToken != "" && c.Discord.AppID == "" {
		add("DISCORD_APP_ID", "the Discord gateway needs the application ID to register /story")
	}
	if k := c.Discord.PublicKey; k != "" {
		if b, err := hex.DecodeString(k); err != nil || len(b) != 32 {
			add("DISCORD_PUBLIC_KEY", "want the application's Ed25519 public key, 64 hex digits")
		}
	}
	for _, u := range []struct{ env, v string }{
		{"SLACK_API_URL", c.Slack.APIURL}, {"DISCORD_API_URL", c.Discord.APIURL},
		{"DISCORD_GATEWAY_URL", c.Discord.GatewayURL},
	} {
		if u.v == "" {
			continue
		}
		if p, err := url.Parse(u.v); err != nil || p.Scheme == "" || p.Host == "" {
			add(u.env, "%q is no absolute URL", u.v)
		}
	}
	for _, a := range c.FetchAllow {
		if strings.ContainsAny(a, " /") {
			// A CIDR may name a port: "10.0.0.0/8:8080", "[fd00::/8]:443".
			cidr := a
			if i := strings.LastIndexByte(cidr, ':'); i > strings.LastIndexByte(cidr, '/') {
				cidr = cidr[:i]
			}
			if _, _, err := net.ParseCIDR(strings.Trim(cidr, "[]")); err != nil {
				add("STORYBOT_FETCH_ALLOW", "%q is neither a CIDR nor a host name", a)
			}
		}
	}
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "error":
	default:
		add("STORYBOT_LOG_LEVEL", "want debug, info, warn or error, got %q", c.LogLevel)
	}
	switch strings.ToLower(c.LogFormat) {
	case "text", "json":
	default:
		add("STORYBOT_LOG_FORMAT", "want text or json, got %q", c.LogFormat)
	}
	if c.ShutdownTimeout <= 0 {
		add("STORYBOT_SHUTDOWN_TIMEOUT", "want a duration above zero, got %s", c.ShutdownTimeout)
	}
	if c.MaxArticleBytes <= 0 || c.MaxArticleBytes > MaxArticleBytesLimit {
		add("STORYBOT_MAX_ARTICLE_BYTES", "want a number of bytes above 0 and at most %d (50 MiB), got %d", MaxArticleBytesLimit, c.MaxArticleBytes)
	}
	if c.EmbeddedStore != "" && c.EmbeddedStore != EmbeddedAllow {
		add("STORYBOT_EMBEDDED_STORE", "want %q or nothing, got %q", EmbeddedAllow, c.EmbeddedStore)
	}
	for _, q := range []struct {
		env string
		n   int
	}{
		{"STORYBOT_MAX_FEEDS", c.Quotas.Feeds}, {"STORYBOT_MAX_FOLLOWS", c.Quotas.Follows},
		{"STORYBOT_MAX_STORIES", c.Quotas.Stories}, {"STORYBOT_MAX_STORY_ARTICLES", c.Quotas.StoryArticles},
		{"STORYBOT_MAX_COMMANDS_PER_MINUTE", c.Quotas.CommandsPerMinute},
	} {
		if q.n < 0 {
			add(q.env, "want 0 (no limit) or more, got %d", q.n)
		}
	}
	if c.QueueClaimAfter < MinQueueClaimAfter {
		add("STORYBOT_QUEUE_CLAIM_AFTER", "want a duration of at least %s, got %s", MinQueueClaimAfter, c.QueueClaimAfter)
	}
	return append(ps, c.pageProblems()...)
}

// Chat reports whether a chat platform is configured: Slack or Discord.
// Without one, run chats on the terminal.
func (c Config) Chat() bool {
	return c.Slack.BotToken != "" || c.Discord.BotToken != "" || c.Discord.PublicKey != ""
}

// CheckStore returns an error, naming REDIS_URL and the opt-in, when a
// chat platform would run on the embedded store: everything its users
// add would be gone at the next restart. The terminal chat may.
func (c Config) CheckStore() error {
	if c.RedisURL != "" || !c.Chat() || c.EmbeddedStore == EmbeddedAllow {
		return nil
	}
	return errors.New("REDIS_URL is not set: Slack and Discord keep their stories, follows and feeds in Redis " +
		"(set REDIS_URL=redis://host:6379/0); to run them on the embedded in-process store anyway, " +
		"where nothing persists a restart, set STORYBOT_EMBEDDED_STORE=" + EmbeddedAllow)
}
