package discord_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/discord"
	"github.com/storybot/storybot/bot"
)

// fuzzCore answers every request with "ok", takes every link and
// suggests one story.
type fuzzCore struct{}

func (fuzzCore) Handle(context.Context, bot.Request) bot.Reply {
	return bot.Reply{Kind: bot.KindText, Text: "ok"}
}

func (fuzzCore) DropLink(context.Context, bot.Job) error { return nil }

func (fuzzCore) Suggest(context.Context, string, string, int) ([]bot.StoryInfo, error) {
	return []bot.StoryInfo{{ID: "s1", Title: "Harbour strike"}}, nil
}

// FuzzInteractions sends any body, correctly signed, to the interactions
// endpoint: the adapter must not panic and must answer 200 or 204, or
// refuse with 400 or 413. It never answers 401: the signature is right.
func FuzzInteractions(f *testing.F) {
	for _, s := range []string{
		"",
		`{"type":1}`,
		`{"type":2,"guild_id":"G1","channel_id":"C1","member":{"user":{"id":"U1"}},"data":{"name":"story","options":[{"type":1,"name":"latest","options":[{"type":3,"name":"story","value":"harbour strike"}]}]}}`,
		`{"type":2,"guild_id":"G1","data":{"options":[{"type":2,"name":"feed","options":[{"type":1,"name":"add","options":[{"name":"url","value":"https://feeds.example/rss"}]}]}]}}`,
		`{"type":2,"data":{"options":[{"type":1,"name":"help"}]}}`,
		`{"type":2,"guild_id":"G1","data":{"options":[{"type":1,"name":"follow","options":[{"name":"schedule","value":12},{"name":"timezone","value":null}]}]}}`,
		`{"type":4,"guild_id":"G1","data":{"options":[{"type":1,"name":"claims","options":[{"name":"story","value":"harb","focused":true}]}]}}`,
		`{"type":3,"guild_id":"G1","user":{"id":"U1"},"data":{"custom_id":"storybot:claims:s1|union","component_type":2}}`,
		`{"type":3,"data":{"custom_id":"other"}}`,
		`{"type":5,"data":{}}`,
		`{"type":2}`,
		`{"type":2,"data":null}`,
		`{"type":2,"data":{"options":[null]}}`,
		`[]`,
		"\x00\xff",
	} {
		f.Add([]byte(s))
	}
	seedCorpus(f, "FuzzInteractions")

	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		f.Fatal(err)
	}
	session, err := discord.NewSession("", "http://127.0.0.1:1/api", "")
	if err != nil {
		f.Fatal(err)
	}
	a := discord.New(discord.Options{Core: fuzzCore{}, Session: session, AppID: "APP"})
	h := a.Handler(pub)

	f.Fuzz(func(t *testing.T, body []byte) {
		defer a.Wait()
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req := httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Timestamp", stamp)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusNoContent, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("%q: status %d %q", body, rec.Code, rec.Body)
		}
	})
}

// seedCorpus adds to f the inputs stored in Go's fuzzing corpus format
// ("go test fuzz v1", then one string(...), []byte(...) or int64(...)
// line per argument) under the module's testdata/fuzz/<name> directory, so
// the seeds of every target live in one place.
func seedCorpus(f *testing.F, name string) {
	f.Helper()
	dir := filepath.Join("..", "..", "testdata", "fuzz", name)
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.Fatalf("seed corpus: %v", err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			f.Fatalf("seed corpus: %v", err)
		}
		args, err := parseCorpusEntry(string(raw))
		if err != nil {
			f.Fatalf("seed corpus %s: %v", e.Name(), err)
		}
		f.Add(args...)
	}
}

// parseCorpusEntry reads one file of Go's fuzzing corpus format.
func parseCorpusEntry(raw string) ([]any, error) {
	lines := strings.Split(strings.TrimSpace(raw), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "go test fuzz v1" {
		return nil, errors.New(`not a corpus entry: want "go test fuzz v1" first`)
	}
	var args []any
	for _, l := range lines[1:] {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		typ, val, ok := strings.Cut(l, "(")
		if !ok || !strings.HasSuffix(val, ")") {
			return nil, fmt.Errorf("malformed line %q", l)
		}
		val = strings.TrimSuffix(val, ")")
		switch typ {
		case "string", "[]byte":
			s, err := strconv.Unquote(val)
			if err != nil {
				return nil, fmt.Errorf("line %q: %w", l, err)
			}
			if typ == "string" {
				args = append(args, s)
			} else {
				args = append(args, []byte(s))
			}
		case "int64":
			n, err := strconv.ParseInt(val, 0, 64)
			if err != nil {
				return nil, fmt.Errorf("line %q: %w", l, err)
			}
			args = append(args, n)
		default:
			return nil, fmt.Errorf("line %q: type %s not supported", l, typ)
		}
	}
	return args, nil
}
