package redis

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/bot"
)

// Store is a bot.Store on Redis.
type Store struct {
	rdb goredis.UniversalClient
	// dfBuckets is how many hashes the document frequencies of a
	// workspace are spread over (docfreq.go).
	dfBuckets uint32
}

var _ bot.Store = (*Store)(nil)

// New returns a Store on a connected client.
func New(rdb goredis.UniversalClient) *Store {
	s := &Store{rdb: rdb, dfBuckets: dfBuckets}
	if isEmbedded(rdb) {
		s.dfBuckets = 1
	}
	return s
}

// Client returns the Redis client the store uses.
func (s *Store) Client() goredis.UniversalClient { return s.rdb }

// Close closes the client.
func (s *Store) Close() error { return s.rdb.Close() }

// Dial makes a client for a REDIS_URL: redis:// or rediss:// for one
// server, redis+cluster://host:port,host:port,... for a Redis Cluster. It
// does not wait for the server: use Ping.
func Dial(rawURL string) (goredis.UniversalClient, error) {
	if rest, ok := strings.CutPrefix(rawURL, "redis+cluster://"); ok {
		u, err := url.Parse("redis://" + rest)
		if err != nil {
			return nil, fmt.Errorf("redis: bad cluster URL: %w", err)
		}
		opt := &goredis.ClusterOptions{Addrs: strings.Split(u.Host, ","),
			DialTimeout: dialTimeout, ReadTimeout: ioTimeout, WriteTimeout: ioTimeout, MaxRetries: 1}
		if u.User != nil {
			opt.Username = u.User.Username()
			opt.Password, _ = u.User.Password()
		}
		return goredis.NewClusterClient(opt), nil
	}
	opt, err := goredis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("redis: bad URL: %w", err)
	}
	fast(opt)
	return goredis.NewClient(opt), nil
}

// Timeouts: a chat answer is due within 3 s, so a Redis that does not
// answer must fail fast ("storage unavailable") rather than late.
const (
	dialTimeout = time.Second
	ioTimeout   = time.Second
)

// fast sets the timeouts and retries the URL left at their defaults.
func fast(opt *goredis.Options) {
	if opt.DialTimeout == 0 {
		opt.DialTimeout = dialTimeout
	}
	if opt.ReadTimeout == 0 {
		opt.ReadTimeout = ioTimeout
	}
	if opt.WriteTimeout == 0 {
		opt.WriteTimeout = ioTimeout
	}
	if opt.MaxRetries == 0 {
		opt.MaxRetries = 1
	}
	if opt.DialerRetries == 0 {
		opt.DialerRetries = 2
	}
}

// SetLogger sends go-redis's own log lines (connection pool trouble) to
// log at debug level: the store's callers report failures themselves.
func SetLogger(log *slog.Logger) { goredis.SetLogger(slogPrinter{log}) }

type slogPrinter struct{ log *slog.Logger }

func (p slogPrinter) Printf(ctx context.Context, format string, v ...any) {
	p.log.DebugContext(ctx, "redis: "+fmt.Sprintf(format, v...))
}

// Ping implements bot.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis: ping: %w", err)
	}
	return nil
}

// AddWorkspace implements bot.Store.
func (s *Store) AddWorkspace(ctx context.Context, ws string) error {
	if !validWorkspace(ws) {
		return fmt.Errorf("redis: invalid workspace %q", ws)
	}
	if err := s.rdb.SAdd(ctx, keyWorkspaces, ws).Err(); err != nil {
		return fmt.Errorf("redis: add workspace: %w", err)
	}
	return nil
}

// Workspace implements bot.Store.
func (s *Store) Workspace(ctx context.Context, ws string) (bool, error) {
	ok, err := s.rdb.SIsMember(ctx, keyWorkspaces, ws).Result()
	if err != nil {
		return false, fmt.Errorf("redis: workspace: %w", err)
	}
	return ok, nil
}

// DeleteWorkspace removes every key of a workspace.
func (s *Store) DeleteWorkspace(ctx context.Context, ws string) error {
	del := func(ctx context.Context, c *goredis.Client) error {
		iter := c.Scan(ctx, 0, wsPrefix(ws)+"*", 1000).Iterator()
		var keys []string
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
		}
		if err := iter.Err(); err != nil {
			return err
		}
		for len(keys) > 0 {
			n := min(len(keys), 500)
			if err := c.Del(ctx, keys[:n]...).Err(); err != nil {
				return err
			}
			keys = keys[n:]
		}
		return nil
	}
	var err error
	switch c := s.rdb.(type) {
	case *goredis.ClusterClient:
		err = c.ForEachMaster(ctx, del)
	case *goredis.Client:
		err = del(ctx, c)
	default:
		err = fmt.Errorf("unsupported client %T", s.rdb)
	}
	if err == nil {
		err = s.rdb.SRem(ctx, keyWorkspaces, ws).Err()
	}
	if err != nil {
		return fmt.Errorf("redis: delete workspace %s: %w", ws, err)
	}
	return nil
}
