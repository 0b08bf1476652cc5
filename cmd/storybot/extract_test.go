package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractOut is the contract's JSON shape of `storybot extract --json`.
type extractOut struct {
	Articles []struct {
		File, URL, Title, Outlet, Published, Language, Text string
	} `json:"articles"`
}

func decodeExtract(t *testing.T, s string) extractOut {
	t.Helper()
	var raw map[string][]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		t.Fatalf("output is not the extract JSON: %v\n%s", err, s)
	}
	for _, a := range raw["articles"] {
		for _, k := range []string{"file", "url", "title", "outlet", "published", "language", "text"} {
			if _, ok := a[k]; !ok {
				t.Fatalf("article lacks %q: %s", k, s)
			}
		}
	}
	var out extractOut
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

const savedPage = `<!doctype html><html><head><title>Harbour crane collapses at night shift</title>
<meta property="article:published_time" content="2025-03-04T21:10:00Z"></head><body>
<article><h1>Harbour crane collapses at night shift</h1>
<p>A container crane at the eastern harbour folded onto the quay late on Tuesday, the port authority said, and no worker was hurt.</p>
<p>Engineers will inspect the other eleven cranes before the morning shift starts, according to a statement from the operator.</p>
<p>The harbour master said traffic would resume on Thursday once the wreck has been cut apart and lifted away from the berth.</p>
</article></body></html>`

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "crane.html")
	if err := os.WriteFile(page, []byte(savedPage), 0o644); err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "vote.txt")
	body := "Council delays the vote on the tram line\n\nThe city council postponed its vote on the new tram line until April, its chair said on Monday.\n\nOpponents had asked for a fresh study of the costs, which the chair granted.\n"
	if err := os.WriteFile(txt, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}

	r := storybot(t, "", nil, "extract", "--json", "--url", "http://www.example-news.com/a/crane?utm_source=x", page)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	out := decodeExtract(t, r.stdout)
	if len(out.Articles) != 1 {
		t.Fatalf("articles = %d", len(out.Articles))
	}
	a := out.Articles[0]
	if a.File != page || a.URL != "https://example-news.com/a/crane" || a.Outlet == "" ||
		a.Title != "Harbour crane collapses at night shift" || a.Published != "2025-03-04T21:10:00Z" || a.Language != "en" {
		t.Errorf("article = %+v", a)
	}
	if paras := strings.Split(a.Text, "\n\n"); len(paras) != 3 || !strings.HasPrefix(paras[2], "The harbour master said") {
		t.Errorf("text paragraphs = %q", paras)
	}

	r = storybot(t, "", nil, "extract", txt, page)
	if r.code != 0 || !strings.Contains(r.stdout, "Title:") || !strings.Contains(r.stdout, "postponed its vote") {
		t.Errorf("readable output: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	r = storybot(t, "", nil, "extract", "--json", txt, filepath.Join(dir, "missing.txt"))
	if r.code != 1 || !strings.Contains(r.stderr, "missing.txt") || len(decodeExtract(t, r.stdout).Articles) != 1 {
		t.Errorf("missing PATH: exit %d, stderr %q", r.code, r.stderr)
	}

	for _, args := range [][]string{
		{"extract"},
		{"extract", "--url", "https://example.com/a", txt, page},
		{"extract", "--url", "ftp://example.com/a", txt},
		{"extract", "--url"},
		{"extract", "--bogus", txt},
	} {
		if r := storybot(t, "", nil, args...); r.code != 2 || !strings.Contains(r.stderr, "usage: storybot extract") {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	if r := storybot(t, "", nil, "extract", "--help"); r.code != 0 || !strings.Contains(r.stdout, "--url URL") {
		t.Errorf("--help: exit %d\n%s", r.code, r.stdout)
	}
}
