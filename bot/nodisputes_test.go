package bot

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/summarize"
)

func TestNoDisputesNeverClaimsAgreement(t *testing.T) {
	for _, tc := range []struct {
		arts int
		want string
	}{
		{0, `No disputes found in 0 articles of "Harbour fares".`},
		{1, `No disputes found in 1 article of "Harbour fares".`},
		{4, `No disputes found in 4 articles of "Harbour fares".`},
	} {
		d := summarize.Digest{Title: "Harbour fares", Articles: make([]summarize.ArticleRef, tc.arts)}
		got := noDisputes(d)
		if got != tc.want {
			t.Errorf("%d articles: got %q, want %q", tc.arts, got, tc.want)
		}
		if strings.Contains(strings.ToLower(got), "agree") {
			t.Errorf("%q reassures that the sides agree", got)
		}
	}
}

// A whole digest with no dispute says so, and never that anyone agrees.
func TestWriteDigestNoDisputes(t *testing.T) {
	var b strings.Builder
	WriteDigest(&b, summarize.Digest{Title: "Harbour fares", Articles: make([]summarize.ArticleRef, 3)})
	out := b.String()
	if !strings.Contains(out, "No disputes found in 3 articles.") {
		t.Errorf("digest:\n%s\nwant it to say no disputes were found in 3 articles", out)
	}
	if strings.Contains(strings.ToLower(out), "agree") {
		t.Errorf("digest reassures that the sides agree:\n%s", out)
	}
}
