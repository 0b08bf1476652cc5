package input

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/bot"
)

const page = `<html><head><title>Port workers extend strike</title></head><body><article>
<h1>Port workers extend strike</h1>
<p>Dock workers at Port Halden voted on Friday to extend their strike into a second week, the union said.</p>
<p>"We are not going back for less than we were promised," said Ana Ruiz, the union's leader.</p>
<p>The port's owner said it had offered a 4% rise and called the strike unlawful.</p>
</article></body></html>`

func TestLoader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news/strike" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	fetcher, err := fetch.New(fetch.Options{Allow: []string{"127.0.0.1/32"}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "strike.txt")
	os.WriteFile(file, []byte("Port workers extend strike\n\nDock workers at Port Halden voted on Friday to extend their strike, the union said."), 0o644)

	terminal := Loader{Reader: Reader{Fetcher: fetcher}, Paths: true}
	chat := Loader{Reader: Reader{Fetcher: fetcher}}
	tests := []struct {
		name     string
		l        Loader
		target   string
		articles int
		err      error // nil, bot.ErrNotSource, or any other (errOther)
	}{
		{"url", chat, srv.URL + "/news/strike", 1, nil},
		{"missing page", chat, srv.URL + "/gone", 0, errOther},
		{"file in the terminal", terminal, file, 1, nil},
		{"directory in the terminal", terminal, dir, 1, nil},
		{"file in chat is text", chat, file, 0, bot.ErrNotSource},
		{"pasted text", terminal, "Dock workers voted on Friday to extend their strike.", 0, bot.ErrNotSource},
		{"empty", terminal, "  ", 0, bot.ErrNotSource},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, _, err := tc.l.Load(context.Background(), tc.target)
			switch {
			case tc.err == nil && err != nil, tc.err == bot.ErrNotSource && !errors.Is(err, bot.ErrNotSource),
				tc.err == errOther && (err == nil || errors.Is(err, bot.ErrNotSource)):
				t.Fatalf("Load(%q) error %v, want %v", tc.target, err, tc.err)
			}
			if len(arts) != tc.articles {
				t.Fatalf("Load(%q) = %d articles, want %d", tc.target, len(arts), tc.articles)
			}
			if len(arts) == 1 && !strings.Contains(arts[0].Title, "Port workers") {
				t.Errorf("title %q", arts[0].Title)
			}
		})
	}
}

var errOther = errors.New("any error but ErrNotSource")

func TestLoaderRefusesPrivateAddresses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(page)) }))
	defer srv.Close()
	fetcher, err := fetch.New(fetch.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Loader{Reader: Reader{Fetcher: fetcher}}.Load(context.Background(), srv.URL+"/news")
	if err == nil || errors.Is(err, bot.ErrNotSource) {
		t.Errorf("a loopback URL was read: %v", err)
	}
}
