package discord_test

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/discord"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// BenchmarkInteraction measures a signed /story interaction, from the
// HTTP request to the response JSON, on a workspace of the eval set's
// stories, each told three times over (REDIS_URL's Redis when set, else
// the embedded server).
//
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench Interaction -benchtime 2000x ./adapters/discord/
func BenchmarkInteraction(b *testing.B) {
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
	ws := discord.Workspace("GBENCH")
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
	session, err := discord.NewSession("", "http://127.0.0.1:1/api", "")
	if err != nil {
		b.Fatal(err)
	}
	pub, priv, _ := ed25519.GenerateKey(nil)
	a := discord.New(discord.Options{Core: core, Session: session, AppID: "APP", Deduper: st})
	srv := httptest.NewServer(a.Handler(pub))
	defer srv.Close()
	stories := []string{"carrow nurses", "port strike", "steel", "trade", "schools"}
	var took []time.Duration
	i := 0
	for b.Loop() {
		body := command("GBENCH", "latest", map[string]string{"story": stories[i%len(stories)]})
		req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(body))
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", stamp)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(stamp+body))))
		t0 := time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		took = append(took, time.Since(t0))
		if resp.StatusCode != 200 || !strings.Contains(string(out), `"type":4`) {
			b.Fatalf("%q: %d %s", stories[i%len(stories)], resp.StatusCode, out)
		}
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}
