package discord_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/storybot/storybot/internal/fuzzseed"

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
	fuzzseed.Add(f, "FuzzInteractions")

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
