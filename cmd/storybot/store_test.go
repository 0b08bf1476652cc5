package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
)

// redisFor returns the REDIS_URL of a store for the binary, and a fresh
// workspace in it: the Redis of REDIS_URL when set, else an embedded
// server in this process.
func redisFor(t *testing.T) (string, string) {
	t.Helper()
	if u := os.Getenv("REDIS_URL"); u != "" {
		rdb, err := redis.Dial(u)
		if err != nil {
			t.Fatal(err)
		}
		st := redis.New(rdb)
		t.Cleanup(func() { st.Close() })
		return u, redistest.Workspace(t, st)
	}
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Close)
	return emb.URL(), "local"
}

func TestIngestAndDigest(t *testing.T) {
	url, ws := redisFor(t)
	env := []string{"REDIS_URL=" + url}
	res := storybot(t, "", env, "ingest", "--workspace", ws, filepath.Join(evalDir, "labour"), filepath.Join(evalDir, "aviation"))
	if res.code != 0 {
		t.Fatalf("ingest: exit %d\n%s", res.code, res.stderr)
	}
	if n := strings.Count(res.stdout, "new_story"); n != 2 {
		t.Errorf("ingest made %d stories of two, stdout:\n%s", n, res.stdout)
	}
	res = storybot(t, "", env, "ingest", "--workspace", ws, filepath.Join(evalDir, "labour", "labour_1_carrowherald.txt"))
	if res.code != 0 || !strings.HasPrefix(res.stdout, "duplicate") {
		t.Errorf("the same article again: exit %d, %q", res.code, res.stdout)
	}

	res = storybot(t, "", env, "digest", "--workspace", ws, "--json", "carrow", "nurses")
	if res.code != 0 {
		t.Fatalf("digest: exit %d\n%s", res.code, res.stderr)
	}
	var story map[string]json.RawMessage
	if err := json.Unmarshal([]byte(res.stdout), &story); err != nil {
		t.Fatalf("digest --json is no JSON object: %v\n%s", err, res.stdout)
	}
	for _, k := range []string{"id", "title", "articles", "overview", "parties", "disputes"} {
		if _, ok := story[k]; !ok {
			t.Errorf("digest --json lacks %q", k)
		}
	}
	var arts []map[string]string
	json.Unmarshal(story["articles"], &arts)
	if len(arts) != 4 {
		t.Errorf("story has %d articles, want 4", len(arts))
	}
	var id string
	json.Unmarshal(story["id"], &id)
	res = storybot(t, "", env, "digest", "--workspace", ws, id)
	if res.code != 0 || !strings.Contains(res.stdout, "## Claims by party") {
		t.Errorf("digest by id: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	res = storybot(t, "", env, "digest", "--workspace", ws, "--json", "--since", "2999-01-01T00:00:00Z", id)
	if res.code != 0 || !strings.Contains(res.stdout, `"articles": []`) || !strings.Contains(res.stdout, `"parties": []`) {
		t.Errorf("digest --since after the last ingest should be empty: exit %d\n%s", res.code, res.stdout)
	}
	// As text: what changed, counted against the story, in the zone of --since.
	res = storybot(t, "", env, "digest", "--workspace", ws, "--since", "2000-01-01T00:00:00+01:00", id)
	if res.code != 0 || !strings.Contains(res.stdout, "since Sat 1 Jan 00:00 +0100") || !strings.Contains(res.stdout, "· 4 new of 4 articles") {
		t.Errorf("digest --since as text: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	res = storybot(t, "", env, "digest", "--workspace", ws, "--since", "2999-01-01T00:00:00Z", id)
	if res.code != 0 || !strings.HasPrefix(res.stdout, "Nothing new in ") {
		t.Errorf("digest --since after the last ingest as text: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}

	tests := []struct {
		name   string
		env    []string
		args   []string
		code   int
		stderr string
	}{
		{"unknown story", env, []string{"digest", "--workspace", ws, "zebra", "crossing"}, 1, "No story matches"},
		{"unknown workspace", env, []string{"digest", "--workspace", "discord:G404", "carrow"}, 1, "unknown workspace"},
		{"bad workspace", env, []string{"digest", "--workspace", "nowhere", "carrow"}, 2, "not a workspace"},
		{"bad since", env, []string{"digest", "--workspace", ws, "--since", "yesterday", "carrow"}, 2, "RFC 3339"},
		{"no story", env, []string{"digest", "--workspace", ws}, 2, "no STORY"},
		{"no paths", env, []string{"ingest", "--workspace", ws}, 2, "no PATH"},
		{"no redis url", []string{"REDIS_URL="}, []string{"ingest", "--workspace", "local", evalDir}, 1, "REDIS_URL is not set"},
		{"redis down", []string{"REDIS_URL=redis://127.0.0.1:1/0"}, []string{"ingest", "--workspace", "local", evalDir}, 1, "storage unavailable"},
		{"redis down digest", []string{"REDIS_URL=redis://127.0.0.1:1/0"}, []string{"digest", "--workspace", "local", "x"}, 1, "storage unavailable"},
		{"bad feed url", env, []string{"feed", "add", "--workspace", ws, "file:///etc/passwd"}, 2, "not a feed URL"},
		{"unknown feed", env, []string{"feed", "remove", "--workspace", ws, "https://nowhere.example/rss"}, 1, "no feed"},
	}
	for _, tc := range tests {
		res := storybot(t, "", tc.env, tc.args...)
		if res.code != tc.code || !strings.Contains(res.stderr, tc.stderr) {
			t.Errorf("%s: exit %d, want %d with %q; stderr:\n%s", tc.name, res.code, tc.code, tc.stderr, res.stderr)
		}
	}
}

func TestIngestOversized(t *testing.T) {
	url, ws := redisFor(t)
	big := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("The council said the budget would grow. ", 200_000)), 0o644); err != nil {
		t.Fatal(err)
	}
	res := storybot(t, "", []string{"REDIS_URL=" + url}, "ingest", "--workspace", ws, big, filepath.Join(evalDir, "labour", "labour_1_carrowherald.txt"))
	if res.code != 1 || !strings.Contains(res.stderr, "limit") || !strings.Contains(res.stdout, "new_story") {
		t.Errorf("oversized article: exit %d, want 1 naming the limit while the other is stored\nstdout %s\nstderr %s", res.code, res.stdout, res.stderr)
	}
}

func TestFeedCommands(t *testing.T) {
	url, ws := redisFor(t)
	env := []string{"REDIS_URL=" + url}
	for _, args := range [][]string{
		{"feed", "add", "--workspace", ws, "https://news.example/world.rss", "--story", "Port strike"},
		{"feed", "add", "--workspace", ws, "https://news.example/local.atom", "--include", "council, budget"},
		{"feed", "remove", "--workspace", ws, "https://news.example/local.atom"},
	} {
		if res := storybot(t, "", env, args...); res.code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, res.code, res.stderr)
		}
	}
	res := storybot(t, "", env, "feed", "list", "--workspace", ws)
	if res.code != 0 || !strings.Contains(res.stdout, "https://news.example/world.rss\tPort strike") || strings.Contains(res.stdout, "local.atom") {
		t.Errorf("feed list: exit %d\n%s", res.code, res.stdout)
	}
}
