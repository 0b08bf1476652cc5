package discord

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// TestGatewayLinkStorageDown: a link posted while the queue's Redis is
// down gets no reaction (Discord does not deliver a message again) but a
// reply naming it and asking to post it again later; posted again with
// Redis back, it is queued and reacted to.
func TestGatewayLinkStorageDown(t *testing.T) {
	targets := redistest.Targets(t)
	st := targets[len(targets)-1].Store
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Close)
	rdb := emb.Client()
	t.Cleanup(func() { rdb.Close() })
	queue := redis.NewQueue(rdb, redis.QueueOptions{})
	core := bot.New(bot.Options{Store: st, Queue: queue})

	f := newGWDiscord(t)
	s, err := NewSession("tok", f.srv.URL+"/api", "")
	if err != nil {
		t.Fatal(err)
	}
	guild := strings.TrimPrefix(redistest.Workspace(t, st), "slack:")
	a := New(Options{Core: core, Session: s, AppID: "APP", Deduper: st,
		Logger: slog.New(slog.NewTextHandler(newGWLog(t), nil))})
	a.SetBotUser("BOT")
	ctx := context.Background()
	message := func(id string) string {
		return strings.Replace(gwMessage(id, "U1", false, "worth a read: https://news.example/carrow/ward-7"),
			`"guild_id":"G1"`, `"guild_id":"`+guild+`"`, 1)
	}
	post := func(id string) {
		m := decodeMessage(t, message(id))
		a.Message(ctx, m)
	}

	emb.Close()
	post("M1")
	reply := f.await("a reply about the link", func(c gwCall) bool {
		return c.Method == http.MethodPost && c.Path == f.prefix+"/channels/C1/messages"
	})
	if body := string(reply.Body); !strings.Contains(body, "https://news.example/carrow/ward-7") ||
		!strings.Contains(body, "again later") || !strings.Contains(body, `"message_id":"M1"`) {
		t.Errorf("reply %s: want the link, to post it again later, as a reply to M1", body)
	}
	if n := countCalls(f, http.MethodPut, "/reactions/"); n != 0 {
		t.Errorf("%d reactions for a link that was not taken", n)
	}

	if err := emb.Restart(); err != nil {
		t.Fatal(err)
	}
	post("M2")
	f.await("the reaction", func(c gwCall) bool {
		return c.Method == http.MethodPut && strings.Contains(c.Path, "/messages/M2/reactions/")
	})
	if n, err := queue.Pending(ctx); err != nil || n != 1 {
		t.Errorf("queued %d jobs (%v), want the link once", n, err)
	}
	if n := countCalls(f, http.MethodPost, "/messages"); n != 1 {
		t.Errorf("%d messages sent, want only the one about M1", n)
	}
}

// countCalls counts the REST calls of a method whose path holds part.
func countCalls(f *gwDiscord, method, part string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.calls {
		if c.Method == method && strings.Contains(c.Path, part) {
			n++
		}
	}
	return n
}

// decodeMessage reads a MESSAGE_CREATE payload.
func decodeMessage(t *testing.T, data string) *discordgo.Message {
	t.Helper()
	var m discordgo.Message
	if err := json.Unmarshal([]byte(data), &m); err != nil {
		t.Fatal(err)
	}
	return &m
}
