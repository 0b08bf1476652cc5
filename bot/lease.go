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

// Leases. Placement lease: the placements (and repairs) of one workspace
// take turns, so that every article is placed against the stories as
// they stand and none is lost to a race. Refresh lease: one refresher of
// a story at a time (refresh.go). A holder renews its lease while it
// works; one that dies frees it when the lease runs out.
const (
	// DefaultLeaseTTL is how long a lease lasts unless renewed.
	DefaultLeaseTTL = 10 * time.Second
	// leaseWaitMin and leaseWaitMax bound a waiter's back-off.
	leaseWaitMin = 2 * time.Millisecond
	leaseWaitMax = 250 * time.Millisecond
)

// errLeaseLost: the lease ran out before the work under it was done.
var errLeaseLost = errors.New("lease lost")

// withLease runs fn while holding the workspace's placement lease. It
// waits for the lease, backing off with jitter, until ctx ends. fn's
// context is cancelled if the lease is lost meanwhile (a stalled
// process); whatever fn wrote is still checked by the store's versions.
func (b *Bot) withLease(ctx context.Context, ws string, fn func(ctx context.Context) error) error {
	key := LeaseKey{Workspace: ws}
	token, err := newToken()
	if err != nil {
		return err
	}
	wait := leaseWaitMin
	for {
		ok, err := b.store.TryLease(ctx, key, token, b.leaseTTL)
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
			return fmt.Errorf("waiting for the %s: %w", key, context.Cause(ctx))
		case <-time.After(d):
		}
		wait = min(2*wait, leaseWaitMax)
	}
	return b.hold(ctx, key, token, fn)
}

// tryLease runs fn while holding the lease key if no one holds it, and
// reports whether it did; it does not wait. fn's context is cancelled
// if the lease is lost meanwhile, as withLease's.
func (b *Bot) tryLease(ctx context.Context, key LeaseKey, fn func(ctx context.Context) error) (bool, error) {
	token, err := newToken()
	if err != nil {
		return false, err
	}
	ok, err := b.store.TryLease(ctx, key, token, b.leaseTTL)
	if err != nil {
		return false, b.storeErr("lease", err)
	}
	if !ok {
		return false, nil
	}
	return true, b.hold(ctx, key, token, fn)
}

// hold runs fn under the lease key that token has just taken: it renews
// the lease every third of its TTL while fn works, cancels fn's context
// if the lease is lost, and releases the lease when fn returns. A lost
// lease turns fn's error into ErrConflict.
func (b *Bot) hold(ctx context.Context, key LeaseKey, token string, fn func(ctx context.Context) error) error {
	ttl := b.leaseTTL
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
				ok, err := b.store.RenewLease(work, key, token, ttl)
				if err != nil && work.Err() == nil {
					b.log.Warn("lease not renewed", "lease", key.String(), "err", err)
				}
				if err == nil && !ok {
					cancel(errLeaseLost)
					return
				}
			}
		}
	}()
	err := fn(work)
	cancel(nil)
	<-renewed
	// Released on a context of its own: a cancelled ingest still frees
	// the lease at once rather than when it runs out.
	rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer rcancel()
	if rerr := b.store.ReleaseLease(rctx, key, token); rerr != nil {
		b.log.Warn("lease not released", "lease", key.String(), "err", rerr)
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
