package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// hookStore is a store whose refresh writes and lease releases run a
// hook first, and which counts the refresh writes.
type hookStore struct {
	bot.Store
	// saves counts the refresh writes tried, written those that landed.
	saves, written atomic.Int64
	// beforeSave runs before each SaveDigest (n counts them from 1); an
	// error it returns is SaveDigest's.
	beforeSave func(n int64, w bot.DigestWrite) error
	// beforeRelease runs before each release of a refresh lease.
	beforeRelease func(key bot.LeaseKey)
	// noRefresh: refresh leases are never taken (see TryLease).
	noRefresh bool
}

func (s *hookStore) SaveDigest(ctx context.Context, ws string, w bot.DigestWrite) error {
	n := s.saves.Add(1)
	if s.beforeSave != nil {
		if err := s.beforeSave(n, w); err != nil {
			return err
		}
	}
	err := s.Store.SaveDigest(ctx, ws, w)
	if err == nil {
		s.written.Add(1)
	}
	return err
}

// TryLease implements bot.Store: with noRefresh set, a story's refresh
// lease is always held by someone else, so ingests only place.
func (s *hookStore) TryLease(ctx context.Context, key bot.LeaseKey, token string, ttl time.Duration) (bool, error) {
	if key.Story != "" && s.noRefresh {
		return false, nil
	}
	return s.Store.TryLease(ctx, key, token, ttl)
}

func (s *hookStore) ReleaseLease(ctx context.Context, key bot.LeaseKey, token string) error {
	if key.Story != "" && s.beforeRelease != nil {
		s.beforeRelease(key)
	}
	return s.Store.ReleaseLease(ctx, key, token)
}

// checkFresh fails the test unless the story's stored digest, title and
// version are those summarize gives its stored articles, and it is off
// the stale list.
func checkFresh(t *testing.T, st *redis.Store, ws, id string) *bot.StoredStory {
	t.Helper()
	ctx := context.Background()
	s, err := st.Story(ctx, ws, id)
	if err != nil {
		t.Fatalf("story %s: %v", id, err)
	}
	if stale, err := st.IsStale(ctx, ws, id); err != nil || stale {
		t.Errorf("story %s stale: %v %v", id, stale, err)
	}
	if s.DigestVersion != s.Version {
		t.Errorf("story %s: digest of version %d, story at %d", id, s.DigestVersion, s.Version)
	}
	title := ""
	if s.FixedTitle {
		title = s.Title
	}
	want := summarize.NewStory(title, s.Articles)
	d := want.Digest()
	d.ID, d.Title = id, want.Title
	if s.Title != want.Title {
		t.Errorf("story %s titled %q, want %q", id, s.Title, want.Title)
	}
	got, _, err := st.Digest(ctx, ws, id, bot.FullDigest)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := mustJSON(t, got), mustJSON(t, d); g != w {
		t.Errorf("story %s: stored digest differs from summarize's over its %d articles:\n%.600s\nwant\n%.600s", id, len(s.Articles), g, w)
	}
	return s
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestIngestRefreshesAsBefore: after each ingest of a sequence, the
// story the article went to holds the digest summarize gives its
// articles, for its current version, as when the digest was computed
// under the placement lease.
func TestIngestRefreshesAsBefore(t *testing.T) {
	var arts []summarize.Article
	for _, name := range []string{"labour", "aviation"} {
		arts = append(arts, readStory(t, name)...)
	}
	each(t, func(t *testing.T, fx fixture) {
		for _, a := range arts {
			res, err := fx.bot.Ingest(context.Background(), fx.ws, a, "")
			if err != nil || res.Refresh != nil {
				t.Fatalf("ingest %s: %v %v", a.Title, err, res.Refresh)
			}
			s := checkFresh(t, fx.store, fx.ws, res.Story.ID)
			if res.Story.Title != s.Title {
				t.Errorf("ingest answered title %q, stored %q", res.Story.Title, s.Title)
			}
		}
		if ids, err := fx.store.StaleStories(context.Background(), fx.ws); err != nil || len(ids) > 0 {
			t.Errorf("stale stories left: %v %v", ids, err)
		}
	})
}

// TestRefreshCoalesces: a placement while another refresher of the
// story computes does not compute a digest itself; the refresher's
// write fails on the moved version and it loops, so the digest ends up
// that of both articles, computed by one refresher.
func TestRefreshCoalesces(t *testing.T) {
	arts := readStory(t, "labour")
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			entered, release := make(chan struct{}), make(chan struct{})
			a := &hookStore{Store: tg.Store}
			a.beforeSave = func(n int64, _ bot.DigestWrite) error {
				if n == 2 { // the refresh of the second article's placement
					close(entered)
					<-release
				}
				return nil
			}
			b := &hookStore{Store: tg.Open(t)}
			coreA, coreB := bot.New(bot.Options{Store: a}), bot.New(bot.Options{Store: b})
			first, err := coreA.Ingest(ctx, ws, arts[0], "")
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() {
				_, err := coreA.Ingest(ctx, ws, arts[1], first.Story.ID)
				done <- err
			}()
			<-entered
			res, err := coreB.Ingest(ctx, ws, arts[2], first.Story.ID)
			if err != nil || res.Refresh != nil {
				t.Fatalf("ingest while another refreshes: %v %v", err, res.Refresh)
			}
			if n := b.saves.Load(); n != 0 {
				t.Errorf("the second refresher wrote %d digests, want none: the first catches up", n)
			}
			close(release)
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			// Write 2 failed on the moved version; write 3 covers both.
			if n := a.saves.Load(); n != 3 {
				t.Errorf("first refresher: %d digest writes, want 3 (one, then one lost to the move, then one)", n)
			}
			s := checkFresh(t, tg.Store, ws, first.Story.ID)
			if len(s.Articles) != 3 || s.Version != 3 {
				t.Errorf("story holds %d articles at version %d, want 3 at 3", len(s.Articles), s.Version)
			}
		})
	}
}

// TestRefreshChecksAfterRelease: a placement whose refresh finds the
// lease held just as its holder is done (the holder's last write is
// in, its release not yet) is refreshed all the same: the holder looks
// at the stale list after it releases the lease.
func TestRefreshChecksAfterRelease(t *testing.T) {
	arts := readStory(t, "labour")
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			coreB := bot.New(bot.Options{Store: tg.Open(t)})
			a := &hookStore{Store: tg.Store}
			coreA := bot.New(bot.Options{Store: a})
			var once sync.Once
			var placed bot.IngestResult
			var placeErr error
			a.beforeRelease = func(key bot.LeaseKey) {
				once.Do(func() { placed, placeErr = coreB.Ingest(ctx, ws, arts[1], key.Story) })
			}
			first, err := coreA.Ingest(ctx, ws, arts[0], "")
			if err != nil || placeErr != nil {
				t.Fatal(err, placeErr)
			}
			if placed.Story.ID != first.Story.ID || placed.Outcome != bot.IngestJoined {
				t.Fatalf("second article %s to %s, want joined to %s", placed.Outcome, placed.Story.ID, first.Story.ID)
			}
			if n := a.saves.Load(); n != 2 {
				t.Errorf("%d digest writes by the holder, want 2", n)
			}
			s := checkFresh(t, tg.Store, ws, first.Story.ID)
			if len(s.Articles) != 2 {
				t.Errorf("story holds %d articles, want 2", len(s.Articles))
			}
		})
	}
}

// TestStaleStoryRefreshedByScheduler: an ingest whose refresh fails
// leaves its article stored and its story stale, the digest before it
// served meanwhile; the scheduler's pass refreshes it.
func TestStaleStoryRefreshedByScheduler(t *testing.T) {
	arts := readStory(t, "labour")
	errDown := errors.New("storage went away")
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			broken := &hookStore{Store: tg.Store, beforeSave: func(int64, bot.DigestWrite) error { return errDown }}
			healthy := bot.New(bot.Options{Store: tg.Store})
			first, err := healthy.Ingest(ctx, ws, arts[0], "")
			if err != nil {
				t.Fatal(err)
			}
			checkFresh(t, tg.Store, ws, first.Story.ID)
			before, _, err := tg.Store.Digest(ctx, ws, first.Story.ID, bot.FullDigest)
			if err != nil {
				t.Fatal(err)
			}
			res, err := bot.New(bot.Options{Store: broken}).Ingest(ctx, ws, arts[1], first.Story.ID)
			if err != nil || !errors.Is(res.Refresh, errDown) || res.Outcome != bot.IngestJoined {
				t.Fatalf("ingest with a failing refresh: %v, %s, refresh %v; want joined, refresh failed", err, res.Outcome, res.Refresh)
			}
			if ids, err := tg.Store.StaleStories(ctx, ws); err != nil || !slices.Equal(ids, []string{first.Story.ID}) {
				t.Fatalf("stale stories %v (%v), want %s", ids, err, first.Story.ID)
			}
			got, _, err := tg.Store.Digest(ctx, ws, first.Story.ID, bot.FullDigest)
			if err != nil || mustJSON(t, got) != mustJSON(t, before) {
				t.Errorf("a stale story serves its last digest: %v", err)
			}

			clk := newFakeClock(time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC))
			s := bot.NewScheduler(bot.SchedulerOptions{Bot: healthy, Store: oneWorkspace{TickStore: tg.Store, ws: ws},
				Posters: func(string) bot.Poster { return &recordPoster{} }, Clock: clk, Sync: time.Minute})
			runCtx, stop := context.WithCancel(ctx)
			ran := make(chan error, 1)
			go func() { ran <- s.Run(runCtx) }()
			clk.BlockUntil(t, 1) // the first pass is done
			after := checkFresh(t, tg.Store, ws, first.Story.ID)
			if len(after.Articles) != 2 {
				t.Errorf("refreshed story holds %d articles, want 2", len(after.Articles))
			}

			// A story left stale later is refreshed at the next pass.
			if res, err := bot.New(bot.Options{Store: broken}).Ingest(ctx, ws, arts[2], first.Story.ID); err != nil || res.Refresh == nil {
				t.Fatalf("ingest with a failing refresh: %v %v", err, res.Refresh)
			}
			clk.Advance(time.Minute)
			clk.BlockUntil(t, 1)
			if s := checkFresh(t, tg.Store, ws, first.Story.ID); len(s.Articles) != 3 {
				t.Errorf("refreshed story holds %d articles, want 3", len(s.Articles))
			}
			stop()
			if err := <-ran; err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestDuplicateRefreshesStale: an article ingested again whose first
// ingest stopped before its refresh brings its story up to date, and
// says so (IngestResult.Finished) so that a queued job's retry tells
// where the article went.
func TestDuplicateRefreshesStale(t *testing.T) {
	arts := readStory(t, "labour")
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ctx := context.Background()
			ws := redistest.Workspace(t, tg.Store)
			broken := &hookStore{Store: tg.Store, beforeSave: func(int64, bot.DigestWrite) error { return errors.New("down") }}
			res, err := bot.New(bot.Options{Store: broken}).Ingest(ctx, ws, arts[0], "")
			if err != nil || res.Refresh == nil || res.Outcome != bot.IngestNewStory {
				t.Fatalf("ingest with a failing refresh: %v %s %v", err, res.Outcome, res.Refresh)
			}
			// The new story reads, empty, before its refresh.
			if d, _, err := tg.Store.Digest(ctx, ws, res.Story.ID, bot.BriefDigest); err != nil || d.ID != res.Story.ID || d.Title == "" {
				t.Errorf("digest of a story not refreshed yet: %+v %v", d, err)
			}
			again, err := bot.New(bot.Options{Store: tg.Store}).Ingest(ctx, ws, arts[0], "")
			if err != nil || again.Outcome != bot.IngestDuplicate || again.Refresh != nil || !again.Finished {
				t.Fatalf("ingest again: %v %s %v finished %v; want a duplicate that finished the story", err, again.Outcome, again.Refresh, again.Finished)
			}
			checkFresh(t, tg.Store, ws, res.Story.ID)
			// Once the story is up to date, a duplicate is only that.
			third, err := bot.New(bot.Options{Store: tg.Store}).Ingest(ctx, ws, arts[0], "")
			if err != nil || third.Outcome != bot.IngestDuplicate || third.Finished {
				t.Fatalf("ingest a third time: %v %s finished %v", err, third.Outcome, third.Finished)
			}
		})
	}
}

// TestWorkTellsAfterUnfinishedIngest: a queued link whose first worker
// placed the article and stopped before refreshing and telling is told
// where it went when the job is tried again; a link read again later is
// not.
func TestWorkTellsAfterUnfinishedIngest(t *testing.T) {
	site := linkSite(t)
	fetcher, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1"}, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	loader := input.Loader{Reader: input.Reader{Fetcher: fetcher}}
	tg := redistest.Targets(t)[0]
	ws := redistest.Workspace(t, tg.Store)
	poster := &chatPoster{}
	// The first worker's refresh fails, and it says nothing (no poster):
	// as a replica killed after the placement.
	stopped := bot.New(bot.Options{Loader: loader,
		Store: &hookStore{Store: tg.Store, beforeSave: func(int64, bot.DigestWrite) error { return errors.New("killed") }}})
	worker := bot.New(bot.Options{Store: tg.Store, Loader: loader, Posters: func(string) bot.Poster { return poster }})
	job := bot.Job{Workspace: ws, URL: site.URL + "/news/1", Channel: "C1", Thread: "T1", Source: "link"}
	ctx := context.Background()
	if err := stopped.Work(ctx, job); err != nil {
		t.Fatal(err)
	}
	if err := worker.Work(ctx, job); err != nil {
		t.Fatal(err)
	}
	if posts := poster.take(); len(posts) != 1 || posts[0].thread != "T1" || !strings.HasPrefix(posts[0].text, "Added to") {
		t.Errorf("posted %+v, want where the article went, in T1", posts)
	}
	job.Thread = "T2"
	if err := worker.Work(ctx, job); err != nil {
		t.Fatal(err)
	}
	if posts := poster.take(); len(posts) != 0 {
		t.Errorf("a link read before posted %+v, want nothing", posts)
	}
	// A worker killed after the placement whose story someone else
	// refreshed before the job came back (another article's ingest, the
	// scheduler): the queue's count of deaths says the link may not have
	// been told.
	job2 := bot.Job{Workspace: ws, URL: site.URL + "/news/2", Channel: "C1", Thread: "T3", Source: "link"}
	if err := stopped.Work(ctx, job2); err != nil {
		t.Fatal(err)
	}
	if err := worker.RefreshStale(ctx, ws); err != nil {
		t.Fatal(err)
	}
	job2.Deaths = 1
	if err := worker.Work(ctx, job2); err != nil {
		t.Fatal(err)
	}
	if posts := poster.take(); len(posts) != 1 || posts[0].thread != "T3" || !strings.HasPrefix(posts[0].text, "Added to") {
		t.Errorf("posted %+v, want where the article went, in T3", posts)
	}
}
