package bot

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Placement lease: the ingests (and repairs) of one workspace take turns,
// so that every article is placed against the stories as they stand and
// none is lost to a race. A holder renews its lease while it works; one
// that dies frees it when the lease runs out.
const (
	// DefaultLeaseTTL is how long a lease lasts unless renewed.
	DefaultLeaseTTL = 10 * time.Second
	// leaseWaitMin and leaseWaitMax bound a waiter's back-off.
	leaseWaitMin = 2 * time.Millisecond
	leaseWaitMax = 250 * time.Millisecond
)

// errLeaseLost: the lease ran out before the work under it was done.
var errLeaseLost = errors.New("placement lease lost")

// withLease runs fn while holding the workspace's placement lease. It
// waits for the lease, backing off with jitter, until ctx ends. fn's
// context is cancelled if the lease is lost meanwhile (a stalled
// process); whatever fn wrote is still checked by the store's versions.
func (b *Bot) withLease(ctx context.Context, ws string, fn func(ctx context.Context) error) error {
	token, err := newToken()
	if err != nil {
		return err
	}
	ttl := b.leaseTTL
	wait := leaseWaitMin
	for {
		ok, err := b.store.TryLease(ctx, ws, token, ttl)
		if err != nil {
			return b.storeErr("lease", err)
		}
		if ok {
			break
		}
		// Full jitter: waiters do not wake in step.
		d := wait/2 + rand.N(wait/2+1)
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the placement lease of %s: %w", ws, context.Cause(ctx))
		case <-time.After(d):
		}
		wait = min(2*wait, leaseWaitMax)
	}
	work, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	renewed := make(chan struct{})
	go func() {
		defer close(renewed)
		t := time.NewTicker(ttl / 3)
		defer t.Stop()
		for {
			select {
			case <-work.Done():
				return
			case <-t.C:
				ok, err := b.store.RenewLease(work, ws, token, ttl)
				if err != nil && work.Err() == nil {
					b.log.Warn("placement lease not renewed", "workspace", ws, "err", err)
				}
				if err == nil && !ok {
					cancel(errLeaseLost)
					return
				}
			}
		}
	}()
	err = fn(work)
	cancel(nil)
	<-renewed
	// Released on a context of its own: a cancelled ingest still frees
	// the lease at once rather than when it runs out.
	rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer rcancel()
	if rerr := b.store.ReleaseLease(rctx, ws, token); rerr != nil {
		b.log.Warn("placement lease not released", "workspace", ws, "err", rerr)
	}
	if err != nil && errors.Is(context.Cause(work), errLeaseLost) && ctx.Err() == nil {
		return fmt.Errorf("%w: %w", ErrConflict, errLeaseLost)
	}
	return err
}

func newToken() (string, error) {
	var b [12]byte
	if _, err := crand.Read(b[:]); err != nil {
		return "", fmt.Errorf("lease token: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}
