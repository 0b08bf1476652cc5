package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/group"
	"github.com/storybot/storybot/summarize/lex"
)

// outlets are the invented outlets the synthetic articles come from.
var outlets = []string{"Veldhaven Courier", "Northern Ledger", "Harbour Post", "Coastline Daily",
	"The Meridian", "Estuary Times", "Capital Wire", "Brannock Evening News"}

// article writes the i-th synthetic article of one invented story (a
// strike at the port of Veldhaven): a headline and 6 to 8 paragraphs
// quoting the union, the port authority and the transport ministry, with
// figures and dates that vary from article to article.
func article(i int) string {
	r := rand.New(rand.NewPCG(uint64(i)+1, 7))
	day := 3 + i%20
	ships := 30 + r.IntN(40)
	workers := 2000 + 100*r.IntN(12)
	loss := 4 + r.IntN(9)
	pay := 6 + r.IntN(5)
	offer := 2 + r.IntN(3)
	heads := []string{
		"Veldhaven dockers extend strike as %d ships wait offshore",
		"Port of Veldhaven strike enters day %d with no talks scheduled",
		"Harbour Workers Union rejects Veldhaven port pay offer",
		"Ministry urges return to talks as Veldhaven strike costs mount",
		"Veldhaven port authority says strike costs %d million a day",
	}
	h := heads[i%len(heads)]
	switch strings.Count(h, "%d") {
	case 1:
		switch i % len(heads) {
		case 0:
			h = fmt.Sprintf(h, ships)
		case 1:
			h = fmt.Sprintf(h, day)
		default:
			h = fmt.Sprintf(h, loss)
		}
	}
	paras := []string{
		fmt.Sprintf("About %d dock workers at the Port of Veldhaven stayed off work on March %d, extending a strike that has left %d container ships waiting offshore, the Harbour Workers Union said.", workers, day, ships),
		fmt.Sprintf("\"We will not go back for a %d percent offer when prices rose by %d percent,\" said Marta Okonjo, general secretary of the Harbour Workers Union. \"Our members have been patient for three years.\"", offer, pay),
		fmt.Sprintf("The Veldhaven Port Authority said the stoppage was costing the region %d million euros a day. \"The union's demand of %d percent would put the port's future at risk,\" said Anton Drubeck, the authority's chief executive.", loss, pay),
		fmt.Sprintf("Transport Minister Elena Sarkis told reporters on March %d that the government would not intervene in the dispute but urged both sides to return to mediation. \"Every day of this strike hurts exporters,\" she said.", day),
		fmt.Sprintf("Okonjo said the union had offered to suspend the action for %d days if the authority reopened talks, but insisted the pay claim was not negotiable.", 3+r.IntN(5)),
		fmt.Sprintf("Drubeck denied that the authority had refused to negotiate. \"Our door has been open since February %d,\" he said, adding that the offer of %d percent was \"final and fair\".", 10+r.IntN(15), offer),
		fmt.Sprintf("According to the Ministry of Transport, %d lorries were turned away from the port gates on Tuesday and %d tonnes of perishable goods were diverted to Brannock.", 300+10*r.IntN(40), 1000+100*r.IntN(30)),
		fmt.Sprintf("The strike is the longest at Veldhaven since %d, when dock workers walked out for %d days over shift patterns.", 1990+r.IntN(20), 8+r.IntN(10)),
		fmt.Sprintf("Sarkis said the ministry would publish its own estimate of the losses by March %d and warned that the port's licence review was due this year.", day+7),
		fmt.Sprintf("Shipping analyst Pieter Malm of Northbay Research said the backlog could take %d weeks to clear once work resumed.", 2+r.IntN(4)),
	}
	n := 6 + i%3
	perm := r.Perm(len(paras) - 1)
	out := []string{h, paras[0]}
	for _, p := range perm[:n-1] {
		out = append(out, paras[p+1])
	}
	out = append(out, fmt.Sprintf("This report, number %d of the %s's coverage, was updated on March %d at %02d:%02d.",
		i, outlets[i%len(outlets)], day, 6+i%14, (i*7)%60))
	return strings.Join(out, "\n\n") + "\n"
}

// articles parses n synthetic articles as storybot reads a text file.
func articles(n int) ([]summarize.Article, int, error) {
	base := time.Date(2026, 3, 3, 6, 0, 0, 0, time.UTC)
	out := make([]summarize.Article, n)
	text := 0
	for i := range out {
		a, err := summarize.ParseArticle([]byte(article(i)), extract.Text, fmt.Sprintf("veldhaven-%02d.txt", i), "")
		if err != nil {
			return nil, 0, fmt.Errorf("synthetic article %d: %w", i, err)
		}
		a.Outlet = outlets[i%len(outlets)]
		a.Published = base.Add(time.Duration(i) * 47 * time.Minute)
		out[i] = a
		text += len(a.Title) + len(a.Text())
	}
	return out, text / n, nil
}

// prototype ingests the articles into ws through the core: the first
// starts a story, the others are added to it by its ID (so they land in
// one story whatever the grouping says). It returns the stored story.
func prototype(ctx context.Context, st *redis.Store, ws string, arts []summarize.Article) (*bot.StoredStory, error) {
	core := bot.New(bot.Options{Store: st})
	sid := ""
	for _, a := range arts {
		res, err := core.Ingest(ctx, ws, a, sid)
		if err != nil {
			return nil, fmt.Errorf("ingest %s into %s: %w", a.ID, ws, err)
		}
		sid = res.Story.ID
	}
	proto, err := st.Story(ctx, ws, sid)
	if err != nil {
		return nil, err
	}
	if len(proto.Articles) != len(arts) {
		return nil, fmt.Errorf("prototype story %s holds %d articles, want %d", sid, len(proto.Articles), len(arts))
	}
	return proto, nil
}

// codeword is a made-up word of its own for story i (i < 160,000), so a
// query can name exactly one story.
func codeword(i int) string {
	syl := []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze", "bo", "da", "fi", "gu", "he", "jo", "ke", "li", "mo", "ny"}
	return syl[i%20] + syl[(i/20)%20] + syl[(i/400)%20] + "x" + syl[(i/8000)%20]
}

// storyID is the ID of copy i (the prototype keeps its own).
func storyID(i int) string { return fmt.Sprintf("s%010x", i) }

// clone returns copy i of the prototype: a new ID, the title with
// codeword(i) appended, article IDs of its own and the codeword among its
// search terms, everything else shared.
func clone(proto *bot.StoredStory, i int) (*bot.StoredStory, []summarize.Article) {
	st := *proto
	word := codeword(i)
	st.ID = storyID(i)
	st.Title = proto.Title + " " + word
	st.Version = 1
	st.Updated = proto.Updated.Add(time.Duration(i) * time.Millisecond)
	st.Digest.ID, st.Digest.Title = st.ID, st.Title
	st.Brief.ID, st.Brief.Title = st.ID, st.Title
	st.Terms = make(map[string]float64, len(proto.Terms)+1)
	for t, w := range proto.Terms {
		st.Terms[t] = w
	}
	for _, t := range lex.Terms(word) {
		st.Terms[t] = 3
	}
	st.Articles = make([]summarize.Article, len(proto.Articles))
	st.Features = make(map[string]group.Features, len(proto.Articles))
	for j, a := range proto.Articles {
		f := proto.Features[a.ID]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		st.Articles[j] = a
		st.Features[a.ID] = f
	}
	return &st, st.Articles
}

// copies writes copies 1..n-1 of the prototype into ws with SaveStory,
// from workers goroutines.
func copies(ctx context.Context, st *redis.Store, ws string, proto *bot.StoredStory, n, workers int) error {
	var (
		next  atomic.Int64
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	next.Store(1)
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				s, arts := clone(proto, i)
				if err := st.SaveStory(ctx, ws, 0, bot.StoryWrite{Story: s, Put: arts}); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}

// usedMemory is Redis's used_memory.
func usedMemory(ctx context.Context, st *redis.Store) (int64, error) {
	info, err := st.Client().Info(ctx, "memory").Result()
	if err != nil {
		return 0, err
	}
	for line := range strings.SplitSeq(info, "\n") {
		if v, ok := strings.CutPrefix(line, "used_memory:"); ok {
			var n int64
			_, err := fmt.Sscan(strings.TrimSpace(v), &n)
			return n, err
		}
	}
	return 0, fmt.Errorf("INFO memory has no used_memory")
}

// fillResult is what the fill reports.
type fillResult struct {
	took          time.Duration
	before, after int64
	articles      int
	textPerArt    int
	title         string
	// words are the prototype title's words a query may add to a codeword.
	words []string
}

// fill empties the workspaces and fills each with stories stories of
// perStory articles, the copies written by SaveStory (mode "store") or
// as raw keys (mode "raw").
func fill(ctx context.Context, st *redis.Store, wss []string, stories, perStory, workers int, mode string) (fillResult, error) {
	var res fillResult
	for _, ws := range wss {
		if err := st.DeleteWorkspace(ctx, ws); err != nil {
			return res, fmt.Errorf("delete %s: %w", ws, err)
		}
	}
	arts, textPer, err := articles(perStory)
	if err != nil {
		return res, err
	}
	res.textPerArt = textPer
	if res.before, err = usedMemory(ctx, st); err != nil {
		return res, err
	}
	start := time.Now()
	for _, ws := range wss {
		proto, err := prototype(ctx, st, ws, arts)
		if err != nil {
			return res, err
		}
		res.title = proto.Title
		write := copies
		if mode == "raw" {
			write = copiesRaw
		}
		if err := write(ctx, st, ws, proto, stories, workers); err != nil {
			return res, fmt.Errorf("copy into %s: %w", ws, err)
		}
	}
	res.took = time.Since(start)
	if res.after, err = usedMemory(ctx, st); err != nil {
		return res, err
	}
	res.articles = len(wss) * stories * perStory
	for _, w := range strings.Fields(res.title) {
		if len(lex.Terms(w)) == 1 {
			res.words = append(res.words, w)
		}
	}
	if len(res.words) == 0 {
		return res, fmt.Errorf("story title %q has no searchable word", res.title)
	}
	return res, nil
}

// rawKey is a key of workspace ws as adapters/redis's doc.go lays them out:
// sb:{W}:NAME.
func rawKey(ws, name string) string { return "sb:{" + ws + "}:" + name }

// copiesRaw writes the same copies as copies, but as the hashes, strings
// and sorted sets the store's documented key layout holds, pipelined:
// the prototype's stored articles and features are reused as they are,
// and each copy's story hash is encoded as the store encodes it
// (redis.StoryFields).
func copiesRaw(ctx context.Context, st *redis.Store, ws string, proto *bot.StoredStory, n, workers int) error {
	rdb := st.Client()
	key := rawKey(ws, "story:"+proto.ID)
	arts, err := rdb.HGetAll(ctx, key+":articles").Result()
	if err != nil {
		return err
	}
	feats, err := rdb.HGetAll(ctx, key+":features").Result()
	if err != nil {
		return err
	}
	var (
		next  atomic.Int64
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	next.Store(1)
	const batch = 10 // stories a pipeline: about 1.5 MB
	for range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(batch) - batch)
				if lo >= n || ctx.Err() != nil {
					return
				}
				pipe := rdb.Pipeline()
				for i := lo; i < min(lo+batch, n); i++ {
					s, _ := clone(proto, i)
					fields, err := redis.StoryFields(s)
					if err != nil {
						mu.Lock()
						if first == nil {
							first = err
						}
						mu.Unlock()
						return
					}
					k := rawKey(ws, "story:"+s.ID)
					pipe.HSet(ctx, k, fields)
					a := make(map[string]any, len(arts))
					f := make(map[string]any, len(arts))
					for aid, v := range arts {
						id := fmt.Sprintf("%s-%d", aid, i)
						a[id], f[id] = v, feats[aid]
						pipe.Set(ctx, rawKey(ws, "article:"+id), s.ID, 0)
					}
					pipe.HSet(ctx, k+":articles", a)
					pipe.HSet(ctx, k+":features", f)
					pipe.ZAdd(ctx, rawKey(ws, "stories"), goredis.Z{Score: float64(s.Updated.UnixMilli()), Member: s.ID})
					for term, w := range s.Terms {
						pipe.ZAdd(ctx, rawKey(ws, "term:"+term), goredis.Z{Score: w, Member: s.ID})
					}
				}
				if _, err := pipe.Exec(ctx); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}
