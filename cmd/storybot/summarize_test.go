package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// binary is the storybot binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "storybot-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "storybot")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

// storybot runs the built binary with args, stdin and extra environment.
func storybot(t *testing.T, stdin string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

// report is the contract's JSON shape, decoded strictly enough to notice a
// missing field.
type report struct {
	Stories []struct {
		ID       string `json:"id"`
		Title    string `json:"title"`
		Overview string `json:"overview"`
		Articles []struct {
			ID, File, URL, Outlet, Title, Published string
		} `json:"articles"`
		Parties  []json.RawMessage `json:"parties"`
		Disputes []json.RawMessage `json:"disputes"`
	} `json:"stories"`
}

func decode(t *testing.T, s string) report {
	t.Helper()
	var raw map[string][]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		t.Fatalf("output is not the JSON digest: %v\n%s", err, s)
	}
	for _, st := range raw["stories"] {
		for _, k := range []string{"id", "title", "articles", "overview", "parties", "disputes"} {
			if v, ok := st[k]; !ok || string(v) == "null" {
				t.Errorf("story lacks %q (or it is null)", k)
			}
		}
	}
	var r report
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

const evalDir = "../../testdata/eval"

func TestSummarizeEvalSetJSON(t *testing.T) {
	res := storybot(t, "", nil, "summarize", "--json", evalDir)
	if res.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", res.code, res.stderr)
	}
	r := decode(t, res.stdout)
	files := 0
	for _, s := range r.Stories {
		if s.ID == "" || s.Title == "" {
			t.Errorf("story without id or title: %+v", s)
		}
		for _, a := range s.Articles {
			files++
			if a.ID == "" || a.File == "" || a.Title == "" {
				t.Errorf("article without id, file or title: %+v", a)
			}
		}
	}
	if want := evalArticles(t); files != want {
		t.Errorf("read %d articles, want the %d of the eval set", files, want)
	}
	// Same input in another order: same stories, same ids.
	stories, _ := filepath.Glob(filepath.Join(evalDir, "*", "gold.json"))
	for i, g := range stories {
		stories[i] = filepath.Dir(g)
	}
	slices.Reverse(stories)
	res2 := storybot(t, "", nil, append([]string{"summarize", "--json"}, stories...)...)
	r2 := decode(t, res2.stdout)
	if ids(r) != ids(r2) {
		t.Errorf("story ids depend on the order of PATHs:\n%s\n%s", ids(r), ids(r2))
	}
}

// evalArticles counts the articles the eval set's gold files list.
func evalArticles(t *testing.T) int {
	golds, _ := filepath.Glob(filepath.Join(evalDir, "*", "gold.json"))
	n := 0
	for _, g := range golds {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var gd struct{ Articles, Distractors []string }
		if err := json.Unmarshal(data, &gd); err != nil {
			t.Fatal(err)
		}
		n += len(gd.Articles) + len(gd.Distractors)
	}
	return n
}

func ids(r report) string {
	var out []string
	for _, s := range r.Stories {
		out = append(out, s.ID+" "+s.Title)
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

func TestSummarizeReadable(t *testing.T) {
	res := storybot(t, "", nil, "summarize", filepath.Join(evalDir, "labour"))
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	for _, want := range []string{"# ", "## Sources", "Carrow"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("readable digest lacks %q:\n%s", want, res.stdout)
		}
	}
}

func TestSummarizeStoryFlagAndStdin(t *testing.T) {
	article := "Dockers extend Port Halden strike\n\nDock workers at Port Halden voted on Friday to extend their strike into a second week, the union said.\n"
	res := storybot(t, article, nil, "summarize", "--json", "--story", "Port strike", "-", filepath.Join(evalDir, "trade"))
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	r := decode(t, res.stdout)
	if len(r.Stories) != 1 || r.Stories[0].Title != "Port strike" || len(r.Stories[0].Articles) != 5 {
		t.Fatalf("--story did not make one story of all 5 articles: %+v", r.Stories)
	}
	var stdinSeen bool
	for _, a := range r.Stories[0].Articles {
		if a.File == "-" && a.Title == "Dockers extend Port Halden strike" {
			stdinSeen = true
		}
	}
	if !stdinSeen {
		t.Error("the article from standard input is missing")
	}
}

func TestSummarizeSkipsBadPaths(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("Home\nLatest News\nAdvertisement\n"), 0o644)
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("All work and no play. "), 300_000), 0o644)
	json := filepath.Join(dir, "notes.json")
	os.WriteFile(json, []byte("{}"), 0o644)

	res := storybot(t, "", nil, "summarize", "--json", filepath.Join(evalDir, "labour"),
		filepath.Join(dir, "missing.txt"), empty, big, json, "ftp://example.com/a")
	if res.code != 1 {
		t.Errorf("exit %d, want 1", res.code)
	}
	for _, want := range []string{
		"missing.txt: no such file or directory",
		"empty.txt: holds no article text",
		"big.txt: article exceeds the 5 MB limit",
		"notes.json: unsupported file type .json",
		"ftp://example.com/a: only http:// and https:// URLs are read",
	} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, res.stderr)
		}
	}
	if r := decode(t, res.stdout); len(r.Stories) != 1 || len(r.Stories[0].Articles) != 4 {
		t.Errorf("the readable PATHs were not all summarised: %+v", r.Stories)
	}
}

func TestSummarizeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"summarize"},
		{"summarize", "--bogus", "a.txt"},
		{"summarize", "--story"},
		{"summarize", "--story", " ", "a.txt"},
		{"frobnicate"},
		{},
	} {
		if res := storybot(t, "", nil, args...); res.code != 2 {
			t.Errorf("storybot %v: exit %d, want 2 (stderr %q)", args, res.code, res.stderr)
		}
	}
}

func TestSummarizeURL(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(evalDir, "corporate", "corp_2_finchronicle.html"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news/bid", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>padding</p>"), 500_000))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	allow := []string{"STORYBOT_FETCH_ALLOW=127.0.0.1/32"}
	res := storybot(t, "", allow, "summarize", "--json", srv.URL+"/news/bid?utm_source=x")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	r := decode(t, res.stdout)
	if len(r.Stories) != 1 || !strings.Contains(r.Stories[0].Articles[0].Title, "Tessaro") {
		t.Fatalf("fetched article not summarised: %+v", r.Stories)
	}
	// The URL shown is the one read: its canonical form (https, no
	// parameters) would point at a page that does not exist.
	if got, want := r.Stories[0].Articles[0].URL, srv.URL+"/news/bid?utm_source=x"; got != want {
		t.Errorf("article url = %q, want the URL read, %q", got, want)
	}

	res = storybot(t, "", allow, "summarize", "--json", srv.URL+"/huge")
	if res.code != 1 || !strings.Contains(res.stderr, "5 MB limit") {
		t.Errorf("oversized page: exit %d, stderr %q", res.code, res.stderr)
	}
	res = storybot(t, "", []string{"STORYBOT_FETCH_ALLOW="}, "summarize", "--json", srv.URL+"/news/bid")
	if res.code != 1 || !strings.Contains(res.stderr, "refusing to connect to 127.0.0.1") {
		t.Errorf("loopback URL without allowlist: exit %d, stderr %q", res.code, res.stderr)
	}
	res = storybot(t, "", []string{"STORYBOT_FETCH_ALLOW=10.0.0.0/33"}, "summarize", srv.URL+"/news/bid")
	if res.code != 2 || !strings.Contains(res.stderr, "STORYBOT_FETCH_ALLOW") {
		t.Errorf("bad allowlist: exit %d, stderr %q", res.code, res.stderr)
	}
}
