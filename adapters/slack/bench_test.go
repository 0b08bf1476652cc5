package slack_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	sb "github.com/storybot/storybot/adapters/slack"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// BenchmarkSlashCommand measures a signed /story latest, from the HTTP
// request to the Block Kit JSON answer, on a workspace of the eval set's
// stories, each told three times over (REDIS_URL's Redis when set, else
// the embedded server).
//
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench SlashCommand -benchtime 2000x ./adapters/slack/
func BenchmarkSlashCommand(b *testing.B) {
	var st *redis.Store
	if u := os.Getenv("REDIS_URL"); u != "" {
		rdb, err := redis.Dial(u)
		if err != nil {
			b.Fatal(err)
		}
		st = redis.New(rdb)
	} else {
		emb, err := redis.StartEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		defer emb.Close()
		st = redis.New(emb.Client())
	}
	defer st.Close()
	ctx := context.Background()
	ws := "slack:TBENCHSLASH"
	st.DeleteWorkspace(ctx, ws)
	defer st.DeleteWorkspace(ctx, ws)
	core := bot.New(bot.Options{Store: st})
	srcs, _ := input.Expand([]string{filepath.Join("..", "..", "testdata", "eval")})
	arts, _ := input.Reader{}.ReadAll(ctx, srcs)
	for round := range 3 {
		for _, a := range arts {
			v, err := summarize.ParseArticle([]byte(a.Title+"\n\n"+a.Text()+fmt.Sprintf("\n\nOfficials spoke again in round %d.", round)), extract.Text, a.File, "")
			if err != nil {
				continue
			}
			v.Published = a.Published
			if _, err := core.Ingest(ctx, ws, v, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	api := slack.New("xoxb-bench", slack.OptionAPIURL("http://127.0.0.1:1/api/"))
	a := sb.New(sb.Options{Core: core, API: api, Deduper: st, SigningSecret: secret})
	mux := http.NewServeMux()
	for p, h := range a.Handlers() {
		mux.Handle(p, h)
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	queries := []string{"latest carrow nurses", "latest port strike", "latest steel", "claims carrow nurses by union", "disputes port strike"}
	var took []time.Duration
	i := 0
	for b.Loop() {
		body := url.Values{"command": {"/story"}, "text": {queries[i%len(queries)]}, "team_id": {"TBENCHSLASH"},
			"channel_id": {"C1"}, "user_id": {"U1"}}.Encode()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/slack/commands", strings.NewReader(body))
		req.Header = sign(body, time.Now(), secret)
		req.Header.Set("Content-Type", form)
		t0 := time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		took = append(took, time.Since(t0))
		if resp.StatusCode != 200 || !strings.Contains(string(out), `"blocks"`) {
			b.Fatalf("%q: %d %s", queries[i%len(queries)], resp.StatusCode, out)
		}
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}
