package page_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/page"
	"github.com/storybot/storybot/adapters/redis/redistest"
)

// BenchmarkPage serves the page of the largest story of testdata/eval
// from the digest stored at ingest (the Redis of REDIS_URL when set, else
// the embedded store): token check, one read of the stored digest, and
// the rendering (html-cold: at every request; the others keep the page
// rendered while the stored digest is unchanged). It reports p50 and p99
// besides the mean.
//
//	REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench Page ./adapters/page/
func BenchmarkPage(b *testing.B) {
	targets := redistest.Targets(b)
	tg := targets[min(1, len(targets)-1)] // the real Redis when there is one
	fx := newFixture(b, tg.Store, redistest.Workspace(b, tg.Store))
	id := fx.ingest(b, readStory(b, largest), "")
	h := page.New(page.Options{Store: tg.Store, Tokens: fx.tokens, Now: fx.clock.now})
	token := fx.tokens.Sign(page.Link{Workspace: fx.ws, Story: id, Expires: start.Add(time.Hour)})
	for _, bc := range []struct {
		name, query string
		cold        bool // rendered at every request: no page kept
	}{{"html", "", false}, {"html-cold", "", true}, {"json", "?format=json", false}, {"since", "?since=2026-01-01T00:00:00Z", false}} {
		b.Run(tg.Name+"/"+bc.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, "/s/"+token+bc.query, nil)
			req.SetPathValue("link", token)
			var took []time.Duration
			bytes := 0
			for b.Loop() {
				w := httptest.NewRecorder()
				if bc.cold {
					h = page.New(page.Options{Store: tg.Store, Tokens: fx.tokens, Now: fx.clock.now})
				}
				t0 := time.Now()
				h.ServeHTTP(w, req)
				took = append(took, time.Since(t0))
				if w.Code != http.StatusOK {
					b.Fatalf("status %d", w.Code)
				}
				bytes = w.Body.Len()
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
			b.ReportMetric(float64(bytes), "B/page")
		})
	}
}
