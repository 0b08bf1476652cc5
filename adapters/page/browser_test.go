package page_test

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/storybot/storybot/adapters/redis/redistest"
)

// screenshot, when set, is where TestBrowser also writes the wide
// screenshot: go test ./adapters/page -run Browser -args -screenshot
// $PWD/docs/story-page.png
var screenshot = flag.String("screenshot", "", "also write the story page's screenshot to this PNG file")

// requireBrowser makes TestBrowser fail, not skip, without chromium
// (.ci/run sets it).
const requireBrowser = "STORYBOT_REQUIRE_BROWSER"

// chromium returns the path of the browser, or skips (fails when
// STORYBOT_REQUIRE_BROWSER=1) without one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "chromium is not installed (apt-get install -y chromium): the story page is not tested in a browser"
	if os.Getenv(requireBrowser) == "1" {
		t.Fatal(msg + ", and " + requireBrowser + "=1 requires it")
	}
	t.Skip(msg)
	return ""
}

// browser starts a headless chromium for t and returns a tab's context.
func browser(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	alloc, cancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium(t)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	t.Cleanup(cancel)
	tab, cancelTab := chromedp.NewContext(alloc)
	t.Cleanup(cancelTab)
	return tab
}

// console gathers a tab's console: calls of the console API, uncaught
// exceptions and browser log entries (CSP violations among them).
type console struct {
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
	seen chan string // the text of each message, as it comes
}

func watchConsole(ctx context.Context) *console {
	c := &console{seen: make(chan string, 1024)}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, m)
			c.mu.Unlock()
			select {
			case c.seen <- m.Text:
			default:
			}
		}
	}()
	return c
}

// errors returns the errors logged since the last call, once a marker
// logged now has come through (messages come in order).
func (c *console) errors(t *testing.T, ctx context.Context) []string {
	t.Helper()
	mark := fmt.Sprintf("storybot-test-mark-%d", time.Now().UnixNano())
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](`console.info("`+mark+`")`)); err != nil {
		t.Fatal(err)
	}
	for done := false; !done; {
		select {
		case s := <-c.seen:
			done = s == mark
		case <-ctx.Done():
			t.Fatalf("the console marker never came: %v", ctx.Err())
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		if (m.Type == chromedp.ConsoleError || m.IsException()) && m.Text != mark {
			out = append(out, m.String())
		}
	}
	c.msgs = nil
	return out
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestBrowser loads the page of the largest story of testdata/eval in a
// headless chromium: every party, claim and dispute of the stored digest
// is in the page's text, nothing is logged as an error (CSP violations
// included), the parties stand side by side on a wide screen and stacked
// at 390 px without horizontal scrolling, and a forged link gets 404.
func TestBrowser(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	tab := browser(t, ctx)
	fx := newFixture(t, redistest.Targets(t)[0].Store, "slack:TBROWSER")
	id := fx.ingest(t, readStory(t, largest), "")
	d, err := fx.bot.Digest(ctx, fx.ws, id, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	pageURL := fx.url(id, time.Hour)
	con := watchConsole(tab)

	// Wide.
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1200, 1300)); err != nil {
		t.Fatal(err)
	}
	resp, err := chromedp.Run(tab, chromedp.NavigateResponse(pageURL))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != http.StatusOK {
		t.Fatalf("the page answered %d", resp.Status)
	}
	text, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	text = squash(text)
	var missing []string
	check := func(what, s string) {
		if s != "" && !strings.Contains(text, squash(s)) {
			missing = append(missing, what+" "+s)
		}
	}
	check("title", d.Title)
	for _, p := range d.Parties {
		check("party", p.Name)
		for _, c := range p.Claims {
			check("claim", c.Text)
			check("speaker", c.Speaker)
		}
	}
	for _, x := range d.Disputes {
		check("dispute", x.Topic)
		check("summary", x.Summary)
		for _, s := range x.Sides {
			check("position", s.Position)
		}
	}
	if len(missing) > 0 {
		t.Errorf("the page's text lacks:\n%s", strings.Join(missing, "\n"))
	}
	lefts, err := chromedp.Run(tab, chromedp.Evaluate[[]float64](`[...document.querySelectorAll(".party")].map(e => e.getBoundingClientRect().left)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(lefts) != len(d.Parties) || len(distinct(lefts)) < 2 {
		t.Errorf("wide: parties at x %v, want %d of them side by side", lefts, len(d.Parties))
	}
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	writeShot(t, "story-page-wide.png", png)
	if *screenshot != "" { // the first screen, for the README
		first, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*screenshot, first, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if errs := con.errors(t, tab); len(errs) > 0 {
		t.Errorf("wide: console errors:\n%s", strings.Join(errs, "\n"))
	}

	// Narrow: a phone 390 px wide.
	if err := chromedp.Do(tab, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)), chromedp.Navigate(pageURL)); err != nil {
		t.Fatal(err)
	}
	type layout struct {
		ScrollWidth float64   `json:"scrollWidth"`
		FontSize    float64   `json:"fontSize"`
		Lefts       []float64 `json:"lefts"`
		SideLefts   []float64 `json:"sideLefts"`
	}
	l, err := chromedp.Run(tab, chromedp.Evaluate[layout](`({
		scrollWidth: document.documentElement.scrollWidth,
		fontSize: parseFloat(getComputedStyle(document.querySelector(".claim .text")).fontSize),
		lefts: [...document.querySelectorAll(".party")].map(e => e.getBoundingClientRect().left),
		sideLefts: [...document.querySelectorAll(".dispute:first-of-type .side")].map(e => e.getBoundingClientRect().left),
	})`))
	if err != nil {
		t.Fatal(err)
	}
	if l.ScrollWidth > 390 {
		t.Errorf("narrow: the page is %v px wide, more than the 390 px screen", l.ScrollWidth)
	}
	if l.FontSize < 14 {
		t.Errorf("narrow: claims in %v px type, want at least 14", l.FontSize)
	}
	if len(distinct(l.Lefts)) != 1 || len(distinct(l.SideLefts)) > 1 {
		t.Errorf("narrow: parties at x %v, dispute sides at x %v: want them stacked", l.Lefts, l.SideLefts)
	}
	png, err = chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	writeShot(t, "story-page-narrow.png", png)
	if errs := con.errors(t, tab); len(errs) > 0 {
		t.Errorf("narrow: console errors:\n%s", strings.Join(errs, "\n"))
	}

	// A forged link: 404, and the story's words nowhere.
	forged := fx.srv.URL + "/s/" + strings.Repeat("x", len(pageURL)-len(fx.srv.URL)-3)
	resp, err = chromedp.Run(tab, chromedp.NavigateResponse(forged))
	if err != nil {
		t.Fatal(err)
	}
	body, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != http.StatusNotFound || strings.Contains(body, d.Title) {
		t.Errorf("forged link: %d %q, want 404 and nothing of the story", resp.Status, body)
	}
}

// TestBrowserSeesCSPViolations checks the check: a page that breaks the
// story page's Content-Security-Policy logs an error the console watch
// catches.
func TestBrowserSeesCSPViolations(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	tab := browser(t, ctx)
	fx := newFixture(t, redistest.Targets(t)[0].Store, "slack:TBROWSERCSP")
	id := fx.ingest(t, readStory(t, "portstrike"), "")
	resp, _ := get(t, fx.url(id, time.Hour))
	csp := resp.Header.Get("Content-Security-Policy")
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><title>t</title><style>p{color:red}</style><p>styled</p>`)
	}))
	defer bad.Close()
	con := watchConsole(tab)
	if err := chromedp.Do(tab, chromedp.Navigate(bad.URL)); err != nil {
		t.Fatal(err)
	}
	errs := con.errors(t, tab)
	if len(errs) == 0 || !strings.Contains(strings.Join(errs, "\n"), "Content Security Policy") {
		t.Errorf("an inline style the policy forbids logged %q, want a CSP error", errs)
	}
}

func distinct(xs []float64) map[float64]bool {
	m := map[float64]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// writeShot writes a screenshot among the test's files and says where.
func writeShot(t *testing.T, name string, png []byte) {
	t.Helper()
	dir := t.ArtifactDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}
