package bot_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// readStory reads the articles of one story of the eval set.
func readStory(t testing.TB, name string) []summarize.Article {
	t.Helper()
	srcs, skips := input.Expand([]string{filepath.Join("..", "testdata", "eval", name)})
	arts, rskips := input.Reader{}.ReadAll(context.Background(), srcs)
	if len(skips)+len(rskips) > 0 || len(arts) == 0 {
		t.Fatalf("reading %s: %v %v", name, skips, rskips)
	}
	return arts
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type fixture struct {
	bot   *bot.Bot
	store *redis.Store
	ws    string
	clock *clock
}

// each runs f against every store target, in a fresh workspace.
func each(t *testing.T, f func(t *testing.T, fx fixture)) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			c := &clock{t: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
			b := bot.New(bot.Options{Store: tg.Store, Now: c.now})
			f(t, fixture{bot: b, store: tg.Store, ws: redistest.Workspace(t, tg.Store), clock: c})
		})
	}
}

func ingestAll(t *testing.T, fx fixture, arts []summarize.Article) []bot.IngestResult {
	t.Helper()
	var out []bot.IngestResult
	for _, a := range arts {
		res, err := fx.bot.Ingest(context.Background(), fx.ws, a, "")
		if err != nil {
			t.Fatalf("ingest %s: %v", a.Title, err)
		}
		out = append(out, res)
	}
	return out
}

func TestIngestGroupsAsSummarize(t *testing.T) {
	var arts []summarize.Article
	for _, name := range []string{"labour", "aviation", "trade"} {
		arts = append(arts, readStory(t, name)...)
	}
	want := summarize.Group(arts)
	each(t, func(t *testing.T, fx fixture) {
		ingestAll(t, fx, arts)
		infos, total, err := fx.store.Stories(context.Background(), fx.ws, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		if total != len(want) || len(infos) != len(want) {
			t.Fatalf("got %d stories, want %d as summarize groups them", total, len(want))
		}
		for _, w := range want {
			id, err := fx.store.ArticleStory(context.Background(), fx.ws, w.Articles[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := fx.bot.Digest(context.Background(), fx.ws, id, time.Time{})
			if err != nil {
				t.Fatalf("story %s %q: %v", w.ID, w.Title, err)
			}
			wd := w.Digest()
			if len(got.Articles) != len(wd.Articles) || len(got.Parties) != len(wd.Parties) || len(got.Disputes) != len(wd.Disputes) || got.Overview != wd.Overview {
				t.Errorf("story %q: stored digest has %d articles, %d parties, %d disputes; summarize has %d, %d, %d",
					w.Title, len(got.Articles), len(got.Parties), len(got.Disputes), len(wd.Articles), len(wd.Parties), len(wd.Disputes))
			}
		}
	})
}

func TestIngestDuplicateAndRevision(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		first := ingestAll(t, fx, arts[:2])
		again := ingestAll(t, fx, arts[:1])
		if again[0].Outcome != bot.IngestDuplicate || again[0].Story.ID != first[0].Story.ID {
			t.Errorf("the same article again: %+v, want a duplicate in %s", again[0], first[0].Story.ID)
		}
		// The same URL with new text is a revision that replaces it, even
		// spelt another way; the digest shows the URL last read.
		a := arts[2]
		a.URL = "https://news.example/carrow/strike" // stored with no Key, as before keys were kept
		ingestAll(t, fx, []summarize.Article{a})
		readAs := "http://www.news.example/carrow/strike/?utm_source=feed"
		rev, err := summarize.ParseArticle([]byte(a.Title+"\n\n"+a.Text()+"\n\nThe hospital said talks would resume on Monday."), extract.Text, "", readAs)
		if err != nil {
			t.Fatal(err)
		}
		if rev.URL != readAs || rev.URLKey() != a.URL {
			t.Fatalf("read as URL %q, key %q", rev.URL, rev.URLKey())
		}
		res := ingestAll(t, fx, []summarize.Article{rev})
		if res[0].Outcome != bot.IngestRevised {
			t.Fatalf("revision outcome %q", res[0].Outcome)
		}
		d, err := fx.bot.Digest(context.Background(), fx.ws, res[0].Story.ID, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		revs := 0
		for _, r := range d.Articles {
			switch r.URL {
			case readAs:
				revs++
				if r.Revision != 2 {
					t.Errorf("revision = %d, want 2", r.Revision)
				}
			case a.URL:
				t.Errorf("the replaced version is still listed: %+v", r)
			}
		}
		if revs != 1 {
			t.Errorf("%d articles from %s, want 1", revs, readAs)
		}
	})
}

func TestConcurrentIngestLosesNothing(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		ingestAll(t, fx, arts[:1])
		var wg sync.WaitGroup
		errs := make(chan error, len(arts))
		for _, a := range arts[1:] {
			wg.Go(func() {
				_, err := fx.bot.Ingest(context.Background(), fx.ws, a, "")
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		infos, _, err := fx.store.Stories(context.Background(), fx.ws, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range infos {
			n += s.Articles
		}
		if n != len(arts) {
			t.Errorf("%d articles stored, want %d", n, len(arts))
		}
	})
}

func TestCommands(t *testing.T) {
	var arts []summarize.Article
	for _, name := range []string{"labour", "portstrike", "aviation"} {
		arts = append(arts, readStory(t, name)...)
	}
	each(t, func(t *testing.T, fx fixture) {
		ingestAll(t, fx, arts)
		ask := func(line string) bot.Reply {
			req, err := bot.ParseCommand(line)
			if err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			req.Workspace, req.Channel = fx.ws, "C1"
			return fx.bot.Handle(context.Background(), req)
		}
		tests := []struct {
			line     string
			kind     bot.ReplyKind
			code     bot.Code
			contains string
		}{
			{"latest carrow nurses", bot.KindDigest, "", "Carrow"},
			{"latest carrow nurses", bot.KindDigest, "", "more claims"},
			{"disputes carrow nurses", bot.KindDigest, "", ""},
			{"claims carrow nurses", bot.KindDigest, "", ""},
			{"sources carrow nurses", bot.KindDigest, "", ""},
			{"list", bot.KindStories, "", ""},
			{"latest zanzibar volcano", bot.KindError, bot.CodeNotFound, "list"},
			{"latest strike", bot.KindStories, bot.CodeAmbiguous, "Several stories"},
			{"claims carrow nurses by Atlantis", bot.KindError, bot.CodeNotFound, "parties"},
			{"follow carrow nurses daily 25:00", bot.KindError, bot.CodeInvalid, "25:00"},
			{"follow carrow nurses daily 09:00 Mars/Base", bot.KindError, bot.CodeInvalid, ""},
			{"unfollow carrow nurses", bot.KindError, bot.CodeNotFound, "does not follow"},
			{"follow carrow nurses every 6h Europe/London", bot.KindText, "", "every 6h"},
			{"unfollow carrow nurses", bot.KindText, "", "Stopped"},
			{"feed add ftp://x.example/feed", bot.KindError, bot.CodeInvalid, "feed URL"},
			{"feed add https://news.example/rss.xml", bot.KindText, "", "Subscribed"},
			{"feeds", bot.KindText, "", "news.example/rss.xml"},
			{"feed remove https://news.example/rss.xml", bot.KindText, "", "Unsubscribed"},
			{"feed remove https://news.example/rss.xml", bot.KindError, bot.CodeNotFound, ""},
			{"help", bot.KindText, "", "latest STORY"},
		}
		for _, tc := range tests {
			r := ask(tc.line)
			var b strings.Builder
			bot.WriteText(&b, r)
			if r.Kind != tc.kind || r.Code != tc.code || !strings.Contains(b.String(), tc.contains) {
				t.Errorf("%q: kind %d code %q, want %d %q containing %q; reply:\n%s", tc.line, r.Kind, r.Code, tc.kind, tc.code, tc.contains, b.String())
			}
		}
		follows, err := fx.store.Follows(context.Background(), fx.ws)
		if err != nil || len(follows) != 0 {
			t.Errorf("follows after bad schedules and unfollow: %v %v", follows, err)
		}
		r := ask("follow carrow nurses hourly")
		follows, _ = fx.store.Follows(context.Background(), fx.ws)
		if r.Kind != bot.KindText || len(follows) != 1 || follows[0].Schedule.Spec != "hourly" || follows[0].Channel != "C1" {
			t.Errorf("follow stored %+v (reply %q)", follows, r.Text)
		}
	})
}

func TestUnknownWorkspace(t *testing.T) {
	each(t, func(t *testing.T, fx fixture) {
		r := fx.bot.Handle(context.Background(), bot.Request{Workspace: "nope", Command: bot.CmdList})
		if r.Code != bot.CodeInvalid || !strings.Contains(r.Text, "workspace") {
			t.Errorf("bad workspace id: %+v", r)
		}
	})
}

func TestSinceShowsOnlyWhatChanged(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		res := ingestAll(t, fx, arts[:len(arts)-1])
		fx.clock.add(time.Hour)
		mark := fx.clock.now()
		fx.clock.add(time.Hour)
		ingestAll(t, fx, arts[len(arts)-1:])
		id := res[0].Story.ID
		all, err := fx.bot.Digest(context.Background(), fx.ws, id, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		since, err := fx.bot.Digest(context.Background(), fx.ws, id, mark)
		if err != nil {
			t.Fatal(err)
		}
		if len(since.Articles) != 1 || since.Articles[0].ID != arts[len(arts)-1].ID {
			t.Errorf("since: %d articles, want the last one only", len(since.Articles))
		}
		if claims(since) >= claims(all) {
			t.Errorf("since has %d claims of %d: not only the new ones", claims(since), claims(all))
		}
		later, _ := fx.bot.Digest(context.Background(), fx.ws, id, fx.clock.now())
		if !later.Empty() {
			t.Errorf("nothing changed since the last ingest, got %+v", later)
		}
	})
}

func claims(d summarize.Digest) int {
	n := 0
	for _, p := range d.Parties {
		n += len(p.Claims)
	}
	return n
}

func TestStorageDown(t *testing.T) {
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	st := redis.New(emb.Client())
	defer st.Close()
	b := bot.New(bot.Options{Store: st})
	arts := readStory(t, "labour")
	if _, err := b.Ingest(context.Background(), "local", arts[0], ""); err != nil {
		t.Fatal(err)
	}
	emb.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r := b.Handle(ctx, bot.Request{Workspace: "local", Command: bot.CmdLatest, Story: "carrow"})
	if r.Code != bot.CodeUnavailable || !strings.Contains(r.Text, "unavailable") {
		t.Errorf("latest with storage down: %+v", r)
	}
	_, err = b.Ingest(ctx, "local", arts[1], "")
	if bot.ErrorCode(err) != bot.CodeUnavailable {
		t.Errorf("ingest with storage down: %v", err)
	}
	var e *bot.Error
	if !errors.As(err, &e) || e.Err == nil {
		t.Errorf("the cause is kept for logs: %v", err)
	}
	_ = fmt.Sprint(e)
}

func TestStorageComesBack(t *testing.T) {
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	st := redis.New(emb.Client())
	defer st.Close()
	b := bot.New(bot.Options{Store: st})
	arts := readStory(t, "labour")
	if _, err := b.Ingest(context.Background(), "local", arts[0], ""); err != nil {
		t.Fatal(err)
	}
	emb.Close()
	if _, err := b.Ingest(context.Background(), "local", arts[1], ""); bot.ErrorCode(err) != bot.CodeUnavailable {
		t.Fatalf("ingest with Redis gone: %v", err)
	}
	if err := emb.Restart(); err != nil {
		t.Fatal(err)
	}
	r := b.Handle(context.Background(), bot.Request{Workspace: "local", Command: bot.CmdLatest, Story: "carrow nurses"})
	if r.Kind != bot.KindDigest || len(r.Digest.Articles) != 1 {
		t.Fatalf("after Redis came back: %+v", r)
	}
	if _, err := b.Ingest(context.Background(), "local", arts[1], ""); err != nil {
		t.Fatalf("ingest after Redis came back: %v", err)
	}
}

// failExec fails every MULTI/EXEC transaction before it reaches Redis,
// as a connection lost mid-ingest does.
type failExec struct{}

func (failExec) DialHook(next goredis.DialHook) goredis.DialHook          { return next }
func (failExec) ProcessHook(next goredis.ProcessHook) goredis.ProcessHook { return next }
func (failExec) ProcessPipelineHook(next goredis.ProcessPipelineHook) goredis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []goredis.Cmder) error {
		if slices.ContainsFunc(cmds, func(c goredis.Cmder) bool { return c.Name() == "multi" || c.Name() == "exec" }) {
			return errors.New("connection reset by peer")
		}
		return next(ctx, cmds)
	}
}

func TestFailedIngestWritesNothing(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		res := ingestAll(t, fx, arts[:1])
		before, err := fx.bot.Digest(context.Background(), fx.ws, res[0].Story.ID, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		var broken goredis.UniversalClient
		switch c := fx.store.Client().(type) {
		case *goredis.Client:
			broken = goredis.NewClient(c.Options())
			broken.AddHook(failExec{})
		case *goredis.ClusterClient:
			// Transactions run on the node clients.
			opt := *c.Options()
			opt.NewClient = func(o *goredis.Options) *goredis.Client {
				n := goredis.NewClient(o)
				n.AddHook(failExec{})
				return n
			}
			broken = goredis.NewClusterClient(&opt)
		default:
			t.Fatalf("client %T", c)
		}
		bb := bot.New(bot.Options{Store: redis.New(broken)})
		if _, err := bb.Ingest(context.Background(), fx.ws, arts[1], ""); bot.ErrorCode(err) != bot.CodeUnavailable {
			t.Fatalf("ingest with EXEC failing: %v", err)
		}
		broken.Close()
		after, err := fx.bot.Digest(context.Background(), fx.ws, res[0].Story.ID, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if len(after.Articles) != len(before.Articles) {
			t.Errorf("a failed ingest changed the story: %d articles, was %d", len(after.Articles), len(before.Articles))
		}
		if id, _ := fx.store.ArticleStory(context.Background(), fx.ws, arts[1].ID); id != "" {
			t.Errorf("a failed ingest left the article indexed in %s", id)
		}
		// The same ingest on a working connection goes through whole.
		ingestAll(t, fx, arts[1:2])
		after, _ = fx.bot.Digest(context.Background(), fx.ws, res[0].Story.ID, time.Time{})
		if len(after.Articles) != 2 {
			t.Errorf("retried ingest: %d articles, want 2", len(after.Articles))
		}
	})
}

func TestWorkspacesApart(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		other := redistest.Workspace(t, fx.store)
		ingestAll(t, fx, arts)
		if _, err := fx.bot.Ingest(context.Background(), other, arts[0], ""); err != nil {
			t.Fatal(err)
		}
		infos, total, err := fx.store.Stories(context.Background(), other, 0, 10)
		if err != nil || total != 1 || infos[0].Articles != 1 {
			t.Fatalf("other workspace: %d stories %+v, %v; want its one article only", total, infos, err)
		}
		r := fx.bot.Handle(context.Background(), bot.Request{Workspace: other, Command: bot.CmdSources, Story: "carrow"})
		if r.Kind != bot.KindDigest || len(r.Digest.Articles) != 1 {
			t.Errorf("sources in the other workspace: %+v", r)
		}
	})
}

func TestSameArticleAtOnceStoredOnce(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		var wg sync.WaitGroup
		outcomes := make(chan string, 6)
		for range 6 {
			wg.Go(func() {
				res, err := fx.bot.Ingest(context.Background(), fx.ws, arts[0], "")
				if err != nil {
					t.Error(err)
				}
				outcomes <- res.Outcome
			})
		}
		wg.Wait()
		close(outcomes)
		n := map[string]int{}
		for o := range outcomes {
			n[o]++
		}
		if n[bot.IngestNewStory] != 1 || n[bot.IngestDuplicate] != 5 {
			t.Errorf("one article ingested six times at once: %v, want one new story and five duplicates", n)
		}
		_, total, _ := fx.store.Stories(context.Background(), fx.ws, 0, 10)
		if total != 1 {
			t.Errorf("%d stories, want 1", total)
		}
	})
}
