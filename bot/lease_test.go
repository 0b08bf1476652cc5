package bot_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// TestLeaseOfDeadHolderRunsOut: a holder that died (it took the lease
// and never gave it back) holds the workspace up only until its lease
// runs out; a waiter honours its context meanwhile.
func TestLeaseOfDeadHolderRunsOut(t *testing.T) {
	arts := readStory(t, "labour")
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			core := bot.New(bot.Options{Store: tg.Store, LeaseTTL: time.Second})
			if ok, err := tg.Store.TryLease(ctx, bot.LeaseKey{Workspace: ws}, "dead-replica", time.Hour); err != nil || !ok {
				t.Fatalf("take lease: %v %v", ok, err)
			}
			gone, cancel := context.WithCancel(ctx)
			cancel()
			if _, err := core.Ingest(gone, ws, arts[0], ""); !errors.Is(err, context.Canceled) {
				t.Errorf("ingest while the lease is held, context cancelled: %v, want context.Canceled", err)
			}
			// The holder's lease runs out (here at once).
			if ok, err := tg.Store.RenewLease(ctx, bot.LeaseKey{Workspace: ws}, "dead-replica", time.Millisecond); err != nil || !ok {
				t.Fatalf("shorten lease: %v %v", ok, err)
			}
			res, err := core.Ingest(ctx, ws, arts[0], "")
			if err != nil || res.Outcome != bot.IngestNewStory {
				t.Fatalf("ingest after the lease ran out: %+v, %v", res, err)
			}
			// Released: the lease is free again, and a stale holder cannot
			// free another's.
			if ok, err := tg.Store.TryLease(ctx, bot.LeaseKey{Workspace: ws}, "next", time.Minute); err != nil || !ok {
				t.Errorf("lease after the ingest: %v %v, want free", ok, err)
			}
			if err := tg.Store.ReleaseLease(ctx, bot.LeaseKey{Workspace: ws}, "dead-replica"); err != nil {
				t.Fatal(err)
			}
			if ok, _ := tg.Store.TryLease(ctx, bot.LeaseKey{Workspace: ws}, "third", time.Minute); ok {
				t.Error("a stale token released another holder's lease")
			}
			if ok, _ := tg.Store.RenewLease(ctx, bot.LeaseKey{Workspace: ws}, "dead-replica", time.Minute); ok {
				t.Error("a stale token renewed another holder's lease")
			}
		})
	}
}
