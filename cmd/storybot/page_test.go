package main

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

const pageSecret = "STORYBOT_PAGE_SECRET=e2e-page-secret-at-least-32-bytes-long"

// TestRunStoryPage: with STORYBOT_PUBLIC_URL and STORYBOT_PAGE_SECRET set,
// a digest in the terminal ends with its page's link, and storybot run's
// HTTP server serves that page (HTML and JSON) and refuses a forged link.
func TestRunStoryPage(t *testing.T) {
	r := startRun(t, "REDIS_URL=", "STORYBOT_PUBLIC_URL=https://storybot.test/news/", pageSecret)
	io.WriteString(r.stdin, "add "+filepath.Join(evalDir, "portstrike")+"\nlatest port strike\n")
	var link string
	for link == "" && r.stdout.Scan() {
		if u, ok := strings.CutPrefix(r.stdout.Text(), "Story page: "); ok {
			link = u
		}
	}
	path, ok := strings.CutPrefix(link, "https://storybot.test/news/s/")
	if !ok || len(path) < 60 {
		t.Fatalf("the digest links %q, want a page under the public URL", link)
	}
	code, body := r.get(t, "/s/"+path)
	if code != 200 || !strings.Contains(body, "<h1>Korvel") || !strings.Contains(body, "Claims by party") {
		t.Fatalf("GET the page: %d\n%s", code, body)
	}
	code, body = r.get(t, "/s/"+path+"?format=json")
	var d struct {
		ID      string `json:"id"`
		Parties []any  `json:"parties"`
	}
	if err := json.Unmarshal([]byte(body), &d); code != 200 || err != nil || d.ID == "" || len(d.Parties) == 0 {
		t.Errorf("GET the page as JSON: %d %v\n%s", code, err, body)
	}
	if code, _ := r.get(t, "/s/"+strings.Repeat("A", len(path))); code != 404 {
		t.Errorf("a forged link: %d, want 404", code)
	}
	r.stdin.Close()
}

func TestRunPageSettingsChecked(t *testing.T) {
	res := storybot(t, "", []string{"REDIS_URL=", "STORYBOT_HTTP_ADDR=127.0.0.1:0", "STORYBOT_PUBLIC_URL=https://storybot.test", "STORYBOT_PAGE_SECRET="}, "run")
	if res.code != 2 || !strings.Contains(res.stderr, "STORYBOT_PAGE_SECRET") {
		t.Errorf("a public URL without a secret: exit %d, stderr %q", res.code, res.stderr)
	}
	// Without a public URL no digest links a page.
	res = storybot(t, "add "+filepath.Join(evalDir, "portstrike")+"\nlatest port strike\n",
		[]string{"REDIS_URL=", "STORYBOT_HTTP_ADDR=127.0.0.1:0", "STORYBOT_PUBLIC_URL=", pageSecret}, "run")
	if res.code != 0 || !strings.Contains(res.stdout, "## Claims by party") || strings.Contains(res.stdout, "Story page:") {
		t.Errorf("no public URL: exit %d, stdout:\n%s", res.code, res.stdout)
	}
}
