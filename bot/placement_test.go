package bot_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// evalArticles reads every article of the eval set.
func evalArticles(t testing.TB) []summarize.Article {
	t.Helper()
	srcs, skips := input.Expand([]string{filepath.Join("..", "testdata", "eval")})
	arts, rskips := input.Reader{}.ReadAll(context.Background(), srcs)
	if len(skips)+len(rskips) > 0 || len(arts) == 0 {
		t.Fatalf("reading the eval set: %v %v", skips, rskips)
	}
	return arts
}

// partition is how stories hold articles: each story's article IDs,
// sorted, one line per story, the lines sorted.
func partition(groups [][]string) string {
	lines := make([]string, len(groups))
	for i, g := range groups {
		g = slices.Clone(g)
		slices.Sort(g)
		lines[i] = strings.Join(g, " ")
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func batchPartition(arts []summarize.Article) string {
	var groups [][]string
	for _, s := range summarize.Group(arts) {
		var ids []string
		for _, a := range s.Articles {
			ids = append(ids, a.ID)
		}
		groups = append(groups, ids)
	}
	return partition(groups)
}

// storedPartition reads how a workspace's stories hold its articles, and
// fails the test if an article is in two stories or none holds it.
func storedPartition(t *testing.T, st *redis.Store, ws string) (string, int) {
	t.Helper()
	ctx := context.Background()
	infos, total, err := st.Stories(ctx, ws, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	var groups [][]string
	held := map[string]string{}
	n := 0
	for _, info := range infos {
		s, err := st.Story(ctx, ws, info.ID)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range s.Articles {
			if other, ok := held[a.ID]; ok {
				t.Errorf("article %s is in stories %s and %s", a.ID, other, s.ID)
			}
			held[a.ID] = s.ID
			if id, err := st.ArticleStory(ctx, ws, a.ID); err != nil || id != s.ID {
				t.Errorf("article %s of story %s is indexed under %q (%v)", a.ID, s.ID, id, err)
			}
			ids = append(ids, a.ID)
		}
		n += len(ids)
		groups = append(groups, ids)
	}
	if total != len(infos) {
		t.Fatalf("%d stories listed of %d", len(infos), total)
	}
	return partition(groups), n
}

// orderFloors are the least pair precision and recall (against
// summarize's stories) an ingest in any order must reach: every article
// of a story stays with it (no split), and an article that summarize
// keeps apart may join a story only rarely (a distractor that shares a
// story's place, met while the workspace is young; grouping lowered its
// threshold to keep real reports of one event together, and in some
// orders the Carrow flood and the Port Ellery nurses join the Carrow
// nurses' story: 0.90 measured).
const (
	orderMinPrecision = 0.85
	orderMinRecall    = 1.0
)

// ingestOrders ingests arts in n orders into fresh workspaces of st and
// checks each against summarize's stories: every article stored once,
// the floors above. It returns how many orders gave summarize's stories
// exactly.
func ingestOrders(t *testing.T, st *redis.Store, arts []summarize.Article, n int, minPrecision, minRecall float64) int {
	t.Helper()
	want := batchPartition(arts)
	exact := 0
	for k := range n {
		perm := slices.Clone(arts)
		rand.New(rand.NewPCG(uint64(k), 19)).Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		fx := fixture{bot: bot.New(bot.Options{Store: st}), store: st, ws: redistest.Workspace(t, st)}
		ingestAll(t, fx, perm)
		got, stored := storedPartition(t, st, fx.ws)
		if stored != len(arts) {
			t.Errorf("order %d: %d articles stored, want %d", k, stored, len(arts))
		}
		if got == want {
			exact++
			continue
		}
		p, r := pairAgreement(got, want)
		t.Logf("order %d: pairs of articles in one story: precision %.3f, recall %.3f against summarize", k, p, r)
		if p < minPrecision || r < minRecall {
			t.Errorf("order %d: precision %.3f, recall %.3f; want at least %.2f and %.2f. Stories\n%s\nwhere summarize groups them\n%s",
				k, p, r, minPrecision, minRecall, got, want)
		}
	}
	return exact
}

// TestIngestOrderIndependent ingests the eval set in several orders:
// each gives the stories summarize gives on the same articles, or all
// but an article it keeps apart (orderFloors).
func TestIngestOrderIndependent(t *testing.T) {
	arts := evalArticles(t)
	orders := 3
	if testing.Short() {
		orders = 1
	}
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			exact := ingestOrders(t, tg.Store, arts, orders, orderMinPrecision, orderMinRecall)
			t.Logf("%d of %d orders gave summarize's stories exactly", exact, orders)
		})
	}
}

// sharedDev is the outside set of real news stories, when it sits beside
// the checkout.
const sharedDev = "../../shared/eval/dev"

// TestIngestOrderIndependentRealNews is TestIngestOrderIndependent on
// the real-news set beside the checkout (skipped when it is not there),
// on the embedded store.
func TestIngestOrderIndependentRealNews(t *testing.T) {
	if _, err := os.Stat(sharedDev); err != nil {
		t.Skip("no real-news set beside the checkout")
	}
	srcs, _ := input.Expand([]string{sharedDev})
	arts, _ := input.Reader{}.ReadAll(context.Background(), srcs)
	// Measured over twelve orders: seven exact; precision 0.93 at the
	// least (a distractor that shares a story's actors, met while the
	// workspace is young); recall 1.00 in nine, 0.95 in three, where a
	// short live post joins a story of one article first, and a later
	// report of the story, a hair nearer a second story, starts the split
	// that the bridging merge does not mend. (Before principals lowered
	// the likeness of two articles about two actors: six exact, recall
	// 1.00 in every one, precision 0.88 at the least.)
	exact := ingestOrders(t, redistest.Targets(t)[0].Store, arts, 4, 0.90, 1.0)
	t.Logf("%d of 4 orders gave summarize's stories exactly", exact)
}

// TestConcurrentIngestersOneWorkspace runs three ingesters, each its own
// core on its own connection (as three replicas), on one workspace: every
// article is stored exactly once, and no story summarize makes of the
// same articles is split.
func TestConcurrentIngestersOneWorkspace(t *testing.T) {
	arts := evalArticles(t)
	want := batchPartition(arts)
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			ws := redistest.Workspace(t, tg.Store)
			var wg sync.WaitGroup
			errs := make(chan error, len(arts))
			const workers = 3
			for w := range workers {
				core := bot.New(bot.Options{Store: tg.Open(t)})
				wg.Go(func() {
					for i := w; i < len(arts); i += workers {
						if _, err := core.Ingest(context.Background(), ws, arts[i], ""); err != nil {
							errs <- fmt.Errorf("ingest %s: %w", arts[i].Title, err)
						}
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			got, n := storedPartition(t, tg.Store, ws)
			if n != len(arts) {
				t.Errorf("%d articles stored, want %d", n, len(arts))
			}
			// No story split: the arrival order is the race's, so a
			// distractor may join as in TestIngestOrderIndependent.
			if p, r := pairAgreement(got, want); r < orderMinRecall || p < orderMinPrecision {
				t.Errorf("precision %.3f, recall %.3f; stories\n%s\nwant, as summarize groups them,\n%s", p, r, got, want)
			}
		})
	}
}

// TestBridgeMerges splits one story in two by hand (add ... to a new
// title, twice), follows both, then adds an article of the same event:
// it bridges them, and they merge into the older, follows and all.
func TestBridgeMerges(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		older, err := fx.bot.Ingest(ctx, fx.ws, arts[0], "Carrow nurses first part")
		if err != nil {
			t.Fatal(err)
		}
		fx.clock.add(time.Hour)
		newer, err := fx.bot.Ingest(ctx, fx.ws, arts[1], "Hospital walkout second part")
		if err != nil {
			t.Fatal(err)
		}
		if older.Story.ID == newer.Story.ID {
			t.Fatalf("the two parts are one story already: %+v", newer)
		}
		for _, f := range []bot.Follow{{Channel: "C1", StoryID: newer.Story.ID}, {Channel: "C2", StoryID: older.Story.ID}, {Channel: "C2", StoryID: newer.Story.ID}} {
			if err := fx.store.PutFollow(ctx, fx.ws, f); err != nil {
				t.Fatal(err)
			}
		}
		seen, err := fx.store.Seen(ctx, fx.ws, newer.Story.ID)
		if err != nil {
			t.Fatal(err)
		}
		fx.clock.add(time.Hour)
		res, err := fx.bot.Ingest(ctx, fx.ws, arts[2], "")
		if err != nil {
			t.Fatal(err)
		}
		if res.Story.ID != older.Story.ID || res.Story.Articles != 3 {
			t.Fatalf("bridging article went to %+v, want the older story %s with 3 articles", res.Story, older.Story.ID)
		}
		got, n := storedPartition(t, fx.store, fx.ws)
		if n != 3 || strings.Contains(got, "\n") {
			t.Errorf("stories after the bridge:\n%s", got)
		}
		if to, err := fx.store.Redirect(ctx, fx.ws, newer.Story.ID); err != nil || to != older.Story.ID {
			t.Errorf("redirect of the merged story = %q, %v; want %s", to, err, older.Story.ID)
		}
		d, err := fx.bot.Digest(ctx, fx.ws, newer.Story.ID, time.Time{})
		if err != nil || d.ID != older.Story.ID {
			t.Errorf("digest by the merged story's id: %s, %v", d.ID, err)
		}
		if d.Title != "Carrow nurses first part" {
			t.Errorf("title %q, want the older story's", d.Title)
		}
		follows, err := fx.store.Follows(ctx, fx.ws)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, f := range follows {
			lines = append(lines, f.Channel+" "+f.StoryID)
		}
		if want := []string{"C1 " + older.Story.ID, "C2 " + older.Story.ID}; !slices.Equal(lines, want) {
			t.Errorf("follows %q, want %q", lines, want)
		}
		merged, err := fx.store.Seen(ctx, fx.ws, older.Story.ID)
		if err != nil {
			t.Fatal(err)
		}
		key := "a:" + arts[1].ID
		if !merged[key].Equal(seen[key]) {
			t.Errorf("first seen of the moved article %v, want %v", merged[key], seen[key])
		}
	})
}

// pairAgreement compares two partitions (as partition writes them) by
// their pairs of articles in one story: the share of got's pairs that
// want has (precision) and of want's that got has (recall).
func pairAgreement(got, want string) (precision, recall float64) {
	pairs := func(p string) map[[2]string]bool {
		out := map[[2]string]bool{}
		for _, line := range strings.Split(p, "\n") {
			ids := strings.Fields(line)
			for i := range ids {
				for j := i + 1; j < len(ids); j++ {
					out[[2]string{ids[i], ids[j]}] = true
				}
			}
		}
		return out
	}
	g, w := pairs(got), pairs(want)
	both := 0
	for p := range g {
		if w[p] {
			both++
		}
	}
	return float64(both) / float64(max(len(g), 1)), float64(both) / float64(max(len(w), 1))
}
