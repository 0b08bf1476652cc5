package feed_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/feed"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// changeBody makes the feed's body differ from the last poll's (as a
// feed's build date does), so that no poll is answered 304 and each
// parses the whole feed again.
func changeBody(s *feedServer, poll int) {
	s.set(func(s *feedServer) {
		s.body = s.format.render(s.items) + fmt.Sprintf("<!-- poll %d -->\n", poll)
	})
}

// TestPollHugeFeed: a feed listing 10,001 entries, polled four times,
// queues nothing after its first poll; a new entry on top is queued
// alone. (Parsing 2.5 MB of RSS five times takes seconds: it runs on one
// store, the last target; the seen set is tested on all in
// adapters/redis.)
func TestPollHugeFeed(t *testing.T) {
	targets := redistest.Targets(t)
	for _, tg := range targets[len(targets)-1:] {
		t.Run(tg.Name, func(t *testing.T) {
			e := newEnv(t, tg.Store, nil)
			items := entries("huge", 10001, func(i int) time.Duration { return time.Duration(i+1) * time.Minute })
			s := newFeedServer(t, formats[0], items...)
			e.subscribe(bot.Feed{URL: s.URL})
			for poll := 1; poll <= 4; poll++ {
				changeBody(s, poll)
				e.mustPoll(s.URL)
				got := e.queue.take()
				if poll == 1 {
					if len(got) != feed.DefaultNewFeedMax {
						t.Errorf("first poll queued %d entries, want the %d newest", len(got), feed.DefaultNewFeedMax)
					}
				} else if len(got) != 0 {
					t.Errorf("poll %d queued %d old entries again: %v...", poll, len(got), got[:min(3, len(got))])
				}
				e.clock.Add(interval)
			}
			fresh := entries("fresh", 1, func(int) time.Duration { return 0 })
			s.set(func(s *feedServer) { s.items = slices.Concat(fresh, s.items) })
			changeBody(s, 5)
			e.mustPoll(s.URL)
			if got := e.queue.take(); !slices.Equal(got, links(fresh)) {
				t.Errorf("a new entry on top: queued %v, want %v", got, links(fresh))
			}
			if log := e.log.String(); !strings.Contains(log, "only the 100 newest entries of a feed are considered") {
				t.Error("the log does not say that the older entries were not considered")
			}
		})
	}
}

// TestPollRotatingGUIDs: a feed whose GUIDs change on every fetch while
// its links stay queues its entries once; so does one whose links gain
// tracking parameters.
func TestPollRotatingGUIDs(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			e := newEnv(t, tg.Store, nil)
			s := newFeedServer(t, formats[1])
			e.subscribe(bot.Feed{URL: s.URL})
			e.mustPoll(s.URL) // empty: nothing is back catalogue

			base := entries("rot", 10, func(i int) time.Duration { return time.Duration(i+1) * time.Minute })
			for poll := 2; poll <= 5; poll++ {
				items := slices.Clone(base)
				for i := range items {
					items[i].guid = fmt.Sprintf("urn:wire:fetch-%d:%d", poll, i)
					if poll == 5 {
						items[i].link += "?utm_source=rss"
					}
				}
				s.set(func(s *feedServer) { s.items = items })
				e.clock.Add(interval)
				e.mustPoll(s.URL)
				got := e.queue.take()
				if poll == 2 && len(got) != len(base) {
					t.Errorf("poll %d queued %d entries, want the %d new ones", poll, len(got), len(base))
				}
				if poll > 2 && len(got) != 0 {
					t.Errorf("poll %d queued %d entries again under new GUIDs: %v", poll, len(got), got)
				}
			}
		})
	}
}

// TestPollCaps: a poll queues at most MaxPerPoll entries and a
// workspace at most MaxPerHour an hour, across feeds and replicas; what
// the caps hold back is logged and queued by later polls, none twice.
func TestPollCaps(t *testing.T) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			e := newEnv(t, tg.Store, func(o *feed.Options) { o.MaxPerHour = 30 })
			other := feed.NewPoller(e.opts) // a second replica
			a, b := newFeedServer(t, formats[0]), newFeedServer(t, formats[1])
			e.subscribe(bot.Feed{URL: a.URL})
			e.subscribe(bot.Feed{URL: b.URL})
			e.mustPoll(a.URL) // empty: nothing is back catalogue
			e.mustPoll(b.URL)

			burstA := entries("a", 50, func(i int) time.Duration { return time.Duration(i-60) * time.Minute })
			burstB := entries("b", 25, func(i int) time.Duration { return time.Duration(i-60) * time.Minute })
			a.set(func(s *feedServer) { s.items = burstA })
			b.set(func(s *feedServer) { s.items = burstB })
			e.clock.Add(interval)

			var all []string
			pollBoth := func() (int, int) {
				t.Helper()
				e.mustPoll(a.URL)
				nA := len(e.queue.take())
				if err := other.Poll(t.Context(), e.ws, e.feed(b.URL)); err != nil {
					t.Fatal(err)
				}
				e.queue.mu.Lock()
				nB := len(e.queue.jobs)
				for _, j := range e.queue.jobs {
					all = append(all, j.URL)
				}
				e.queue.mu.Unlock()
				e.queue.take()
				return nA, nB
			}
			// Hour 1: a queues 20 (the poll cap), b the 10 left of the
			// hour's 30.
			if nA, nB := pollBoth(); nA != 20 || nB != 10 {
				t.Errorf("first polls queued %d and %d, want 20 (per poll) and 10 (per hour)", nA, nB)
			}
			e.clock.Add(interval)
			if nA, nB := pollBoth(); nA != 0 || nB != 0 {
				t.Errorf("same hour: queued %d and %d, want nothing over the hour's cap", nA, nB)
			}
			log := e.log.String()
			for _, want := range []string{"capped: a poll queues at most 20 entries", "capped: a workspace queues at most 30 feed entries an hour"} {
				if !strings.Contains(log, want) {
					t.Errorf("the log does not say %q", want)
				}
			}
			// Later hours take the rest: 30 of a and 15 of b.
			queued := 0
			for range 4 {
				e.clock.Add(time.Hour)
				nA, nB := pollBoth()
				queued += nA + nB
				if nA > 20 || nA+nB > 30 {
					t.Errorf("queued %d and %d in an hour, over a cap", nA, nB)
				}
			}
			if queued != 45 {
				t.Errorf("later hours queued %d entries, want the 45 held back", queued)
			}
			slices.Sort(all)
			if n := len(slices.Compact(slices.Clone(all))); n != len(all) {
				t.Errorf("b's %d entries queued with duplicates (%d distinct)", len(all), n)
			}
		})
	}
}
