package summarize

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/summarize/extract"
)

func article(t *testing.T, file, url, text string) Article {
	t.Helper()
	a, err := ParseArticle([]byte(text), extract.Text, file, url)
	if err != nil {
		t.Fatalf("ParseArticle(%s): %v", file, err)
	}
	return a
}

const strikeText = `Dockers extend Port Halden strike
Dock workers at Port Halden voted on Friday to extend their strike into a second week.
"We did not come this far to settle for a promise," said union chair Ilse Brandt.
`

func TestContentIDStable(t *testing.T) {
	a := article(t, "a.txt", "", strikeText)
	b := article(t, "b.txt", "", "Home\nWORLD\n"+strings.ReplaceAll(strikeText, "\n", "\n\n")+"\nAdvertisement\n")
	if a.ID != b.ID {
		t.Errorf("same article text, different ids: %s %s", a.ID, b.ID)
	}
	c := article(t, "c.txt", "", strings.Replace(strikeText, "second", "third", 1))
	if a.ID == c.ID {
		t.Error("different texts share an id")
	}
}

func TestDedupe(t *testing.T) {
	orig := article(t, "", "https://www.ledger.example/strike/?utm_source=x", strikeText)
	orig.Published = time.Date(2026, 3, 14, 8, 0, 0, 0, time.UTC)
	revised := article(t, "", "https://ledger.example/amp/strike", strings.Replace(strikeText, "a second week", "a second week, union leaders said", 1))
	revised.Published = orig.Published.Add(2 * time.Hour)
	sameAgain := orig
	copyA := article(t, "wire/a.txt", "", strikeText)
	copyB := article(t, "wire/b.txt", "", strikeText)

	got := Dedupe([]Article{orig, revised, sameAgain, copyA, copyB})
	if len(got) != 3 {
		t.Fatalf("Dedupe kept %d articles, want 3 (one revised URL, two syndicated copies)", len(got))
	}
	if got[0].ID != revised.ID || got[0].Revision != 2 {
		t.Errorf("URL revision: got id %s rev %d, want id %s rev 2", got[0].ID, got[0].Revision, revised.ID)
	}
	// The two spellings are one article by their key; the URL kept is the
	// one the kept text was read from.
	if got[0].URL != "https://ledger.example/amp/strike" || got[0].URLKey() != "https://ledger.example/strike" {
		t.Errorf("URL %q, key %q", got[0].URL, got[0].URLKey())
	}
	if got[1].ID == got[2].ID {
		t.Error("syndicated copies share one id")
	}
	if got[1].File != "wire/a.txt" || got[2].File != "wire/b.txt" {
		t.Errorf("copies out of order: %s %s", got[1].File, got[2].File)
	}
	// An older text read after a newer one does not replace it.
	got = Dedupe([]Article{revised, orig})
	if len(got) != 1 || got[0].ID != revised.ID || got[0].Revision != 2 {
		t.Errorf("older revision replaced newer: %+v", got)
	}
}

func TestNewStory(t *testing.T) {
	a := article(t, "a.txt", "", strikeText)
	a.Published = time.Date(2026, 3, 14, 8, 0, 0, 0, time.UTC)
	b := article(t, "b.txt", "", "Harbour authority calls strike offer fair and final\nThe Port Halden Authority said on Saturday its 4.5 percent offer to striking dock workers was fair and final.\n")
	b.Published = a.Published.Add(24 * time.Hour)

	s1 := NewStory("", []Article{a, b})
	s2 := NewStory("", []Article{b, a})
	if s1.ID != s2.ID || s1.Title != s2.Title {
		t.Errorf("story depends on order: %s %q vs %s %q", s1.ID, s1.Title, s2.ID, s2.Title)
	}
	if s1.Articles[0].File != "a.txt" {
		t.Errorf("articles not in time order: %s first", s1.Articles[0].File)
	}
	if s := NewStory("Port strike", []Article{a}); s.Title != "Port strike" {
		t.Errorf("given title not kept: %q", s.Title)
	}
	d := s1.Digest()
	if d.Parties == nil || d.Disputes == nil {
		t.Error("digest lists must be empty, not null")
	}
	if d.Articles[0].Published != "2026-03-14T08:00:00Z" {
		t.Errorf("published = %q", d.Articles[0].Published)
	}
}

func TestOverview(t *testing.T) {
	a := article(t, "a.txt", "", strikeText)
	b := article(t, "b.txt", "", "Harbour authority calls strike offer fair and final\nThe Port Halden Authority said on Saturday its 4.5 percent offer to striking dock workers was fair and final.\nHe said more.\n")
	got := Overview([]Article{a, b})
	for _, want := range []string{"Dock workers at Port Halden voted", "The Port Halden Authority said"} {
		if !strings.Contains(got, want) {
			t.Errorf("overview misses %q: %q", want, got)
		}
	}
	if strings.Contains(got, "He said more") {
		t.Errorf("overview took a sentence that leans on a pronoun: %q", got)
	}
}

// TestArticleURLAsRead checks that an article keeps the URL it was read
// from, as written, and identifies itself by the canonical form only.
func TestArticleURLAsRead(t *testing.T) {
	for _, tt := range []struct{ read, key string }{
		{"http://www.ledger.example/strike/?utm_source=x&id=7", "https://ledger.example/strike?id=7"},
		{"http://[2001:db8::1]:8080/news/strike?ref=home", "https://[2001:db8::1]:8080/news/strike"},
		{"http://127.0.0.1:8080/news/strike", "https://127.0.0.1:8080/news/strike"},
	} {
		a := article(t, "", tt.read, strikeText)
		if a.URL != tt.read || a.Key != tt.key || a.URLKey() != tt.key {
			t.Errorf("read %q: URL %q, key %q, want key %q", tt.read, a.URL, a.Key, tt.key)
		}
		if _, err := url.Parse(a.URL); err != nil {
			t.Errorf("URL %q: %v", a.URL, err)
		}
		if got := NewStory("", []Article{a}).Digest().Articles[0].URL; got != tt.read {
			t.Errorf("digest shows %q, want %q", got, tt.read)
		}
	}
	// An article stored before keys were kept has a canonical URL and no
	// key: its key is its URL.
	old := Article{URL: "https://ledger.example/strike"}
	if old.URLKey() != old.URL {
		t.Errorf("key of a stored article = %q", old.URLKey())
	}
}
