package bot_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/storybot/storybot/adapters/redis"
	"github.com/storybot/storybot/bot"
)

// TestBusyQueue: when the queue refuses a link because the workspace has
// too many queued, `add` answers that storybot is busy, not that storage
// is down, and DropLink's error says ErrBusy.
func TestBusyQueue(t *testing.T) {
	emb, err := redis.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	st := redis.New(emb.Client())
	defer st.Close()
	q := redis.NewQueue(st.Client(), redis.QueueOptions{Prefix: fmt.Sprintf("sbbusy%08x", rand.Uint32()), MaxQueuedPerWorkspace: 1})
	b := bot.New(bot.Options{Store: st, Queue: q})
	ctx := context.Background()
	add := func(url string) bot.Reply {
		return b.Handle(ctx, bot.Request{Workspace: "local", Command: bot.CmdAdd, Target: url})
	}
	if r := add("https://news.example/a"); r.Kind == bot.KindError {
		t.Fatalf("first add: %+v", r)
	}
	r := add("https://news.example/b")
	if r.Code != bot.CodeUnavailable || r.Text != "storybot is busy with 1 link queued; try again in a few minutes." {
		t.Errorf("add with the queue full: %+v", r)
	}
	err = b.DropLink(ctx, bot.Job{Workspace: "local", URL: "https://news.example/c", Source: "link"})
	if !errors.Is(err, bot.ErrBusy) {
		t.Errorf("DropLink with the queue full: %v, want ErrBusy", err)
	}
	if n, err := q.Queued(ctx, "local"); err != nil || n != 1 {
		t.Errorf("Queued = %d, %v; want 1", n, err)
	}
}
