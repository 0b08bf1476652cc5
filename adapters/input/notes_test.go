package input

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExpandSkipsFolderNotes checks that a README.md or SOURCES.md beside
// the articles of a folder is not read as an article, unless named itself.
func TestExpandSkipsFolderNotes(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "README.md", "SOURCES.md", "b.md", "sources.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Some text of an article."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, skips := Expand([]string{dir, filepath.Join(dir, "README.md")})
	var got []string
	for _, s := range srcs {
		got = append(got, filepath.Base(s.Path))
	}
	want := []string{"a.txt", "b.md", "README.md"}
	if len(skips) != 0 || len(got) != len(want) {
		t.Fatalf("sources = %v, skips = %v; want %v", got, skips, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sources = %v, want %v", got, want)
		}
	}
}
