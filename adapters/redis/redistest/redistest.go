// Package redistest gives tests the stores to run against: the embedded
// server always, the real Redis at REDIS_URL and the Redis Cluster at
// REDIS_CLUSTER_URL when they are set, so one test table covers them all.
package redistest

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/storybot/storybot/adapters/redis"
)

// Target is one store under test.
type Target struct {
	Name  string
	Store *redis.Store
	// Open returns another store on the same server with a client of its
	// own, as another replica has; it is closed when t ends.
	Open func(t testing.TB) *redis.Store
}

// opener returns a Target.Open for clients made by dial.
func opener(dial func() (*redis.Store, error)) func(t testing.TB) *redis.Store {
	return func(t testing.TB) *redis.Store {
		t.Helper()
		st, err := dial()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
}

func dialer(u string) func() (*redis.Store, error) {
	return func() (*redis.Store, error) {
		rdb, err := redis.Dial(u)
		if err != nil {
			return nil, err
		}
		return redis.New(rdb), nil
	}
}

// Targets returns the stores to test against: the embedded server, the
// Redis at REDIS_URL and the Redis Cluster at REDIS_CLUSTER_URL
// (redis+cluster://host:port,...) when they are set. Each is closed, and
// the keys of the workspaces returned by Workspace removed, when t ends.
func Targets(t testing.TB) []Target {
	t.Helper()
	// Tests that stop a server on purpose would fill the log otherwise.
	redis.SetLogger(slog.New(slog.DiscardHandler))
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Close)
	emStore := redis.New(emb.Client())
	t.Cleanup(func() { emStore.Close() })
	out := []Target{{"embedded", emStore, opener(func() (*redis.Store, error) { return redis.New(emb.Client()), nil })}}
	if u := os.Getenv("REDIS_URL"); u != "" {
		rdb, err := redis.Dial(u)
		if err != nil {
			t.Fatalf("REDIS_URL: %v", err)
		}
		st := redis.New(rdb)
		if err := st.Ping(context.Background()); err != nil {
			t.Fatalf("REDIS_URL %s: %v", u, err)
		}
		t.Cleanup(func() { st.Close() })
		out = append(out, Target{"redis", st, opener(dialer(u))})
	} else {
		t.Log("REDIS_URL unset: testing the embedded store only")
	}
	if u := os.Getenv("REDIS_CLUSTER_URL"); u != "" {
		rdb, err := redis.Dial(u)
		if err != nil {
			t.Fatalf("REDIS_CLUSTER_URL: %v", err)
		}
		st := redis.New(rdb)
		if err := st.Ping(context.Background()); err != nil {
			t.Fatalf("REDIS_CLUSTER_URL %s: %v", u, err)
		}
		t.Cleanup(func() { st.Close() })
		out = append(out, Target{"cluster", st, opener(dialer(u))})
	}
	return out
}

// Workspace returns a fresh workspace ID whose keys are deleted from s
// when t ends.
func Workspace(t testing.TB, s *redis.Store) string {
	t.Helper()
	ws := fmt.Sprintf("slack:TTEST%08X", rand.Uint32())
	t.Cleanup(func() {
		if err := s.DeleteWorkspace(context.Background(), ws); err != nil {
			t.Errorf("cleanup %s: %v", ws, err)
		}
	})
	return ws
}
