package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRepairCLI merges, moves and forgets through the binary, and checks
// its answers to mistakes.
func TestRepairCLI(t *testing.T) {
	url, ws := redisFor(t)
	env := []string{"REDIS_URL=" + url}
	res := storybot(t, "", env, "ingest", "--workspace", ws, filepath.Join(evalDir, "labour"), filepath.Join(evalDir, "aviation"), filepath.Join(evalDir, "portstrike"))
	if res.code != 0 {
		t.Fatalf("ingest: exit %d\n%s", res.code, res.stderr)
	}
	tests := []struct {
		args     []string
		code     int
		contains string
	}{
		{[]string{"merge", "--workspace", ws, "tarsair"}, exitUsage, "Usage: merge STORY into STORY"},
		{[]string{"merge", "tarsair", "into", "carrow"}, exitUsage, "workspace"},
		{[]string{"merge", "--workspace", ws, "zanzibar", "into", "carrow"}, exitSkipped, "No story matches"},
		{[]string{"merge", "--workspace", ws, "strike", "into", "carrow"}, exitSkipped, "Several stories"},
		{[]string{"merge", "--workspace", ws, "tarsair", "pilots", "into", "carrow", "nurses"}, exitOK, "Merged"},
		{[]string{"move", "--workspace", ws, "nothing", "to", "carrow"}, exitSkipped, "is not an article"},
		{[]string{"move", "--workspace", ws, "https://maritimeledger.example/ports/korvel-strike-37-ships-marisca-venmark", "to", "new"}, exitOK, "Moved"},
		{[]string{"forget", "--workspace", ws, "carrow", "nurses"}, exitOK, "8 articles"},
		{[]string{"forget", "--workspace", ws, "carrow", "nurses"}, exitSkipped, "No story matches"},
	}
	for _, tc := range tests {
		res := storybot(t, "", env, tc.args...)
		if res.code != tc.code || !strings.Contains(res.stdout+res.stderr, tc.contains) {
			t.Errorf("storybot %s: exit %d, want %d with %q\nstdout: %s\nstderr: %s", strings.Join(tc.args, " "), res.code, tc.code, tc.contains, res.stdout, res.stderr)
		}
	}
	res = storybot(t, "", env, "digest", "--workspace", ws, "robot", "cranes")
	if res.code != 0 || !strings.Contains(res.stdout, "3 articles") {
		t.Errorf("the port strike after its article moved out: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
}
