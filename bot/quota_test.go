package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/adapters/redis/redistest"
	"github.com/storybot/storybot/bot"
)

// eachQuota runs f against every store target with a bot bound by q, in
// a fresh workspace.
func eachQuota(t *testing.T, q bot.Quotas, f func(t *testing.T, fx fixture)) {
	for _, tg := range redistest.Targets(t) {
		t.Run(tg.Name, func(t *testing.T) {
			c := &clock{t: time.Date(2026, 11, 30, 9, 0, 30, 0, time.UTC)}
			b := bot.New(bot.Options{Store: tg.Store, Now: c.now, Quotas: q})
			f(t, fixture{bot: b, store: tg.Store, ws: redistest.Workspace(t, tg.Store), clock: c})
		})
	}
}

// expect checks that a reply is an answer (want "") or a refusal whose
// text holds want.
func expect(t *testing.T, what string, r bot.Reply, want string) {
	t.Helper()
	switch {
	case want == "" && r.Kind == bot.KindError:
		t.Errorf("%s: refused: %s", what, r.Text)
	case want != "" && (r.Code != bot.CodeLimit || !strings.Contains(r.Text, want)):
		t.Errorf("%s: %s %q, want a refusal saying %q", what, r.Code, r.Text, want)
	}
}

func TestQuotaFeeds(t *testing.T) {
	eachQuota(t, bot.Quotas{Feeds: 2}, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		add := func(u string) bot.Reply {
			return fx.bot.Handle(ctx, bot.Request{Workspace: fx.ws, Channel: "C1", User: "U1", Command: bot.CmdFeedAdd, Target: u})
		}
		expect(t, "first feed", add("https://news.example/a.rss"), "")
		expect(t, "second feed", add("https://news.example/b.rss"), "")
		expect(t, "third feed", add("https://news.example/c.rss"), "This workspace subscribes 2 feeds, the most it may; remove one first")
		expect(t, "a feed it has, again", add("https://news.example/a.rss"), "")
		if feeds, err := fx.store.Feeds(ctx, fx.ws); err != nil || len(feeds) != 2 {
			t.Errorf("%d feeds (%v), want 2", len(feeds), err)
		}
		fx.bot.Handle(ctx, bot.Request{Workspace: fx.ws, User: "U1", Command: bot.CmdFeedRemove, Target: "https://news.example/b.rss"})
		expect(t, "a feed after one was removed", add("https://news.example/c.rss"), "")
	})
}

func TestQuotaFollows(t *testing.T) {
	eachQuota(t, bot.Quotas{Follows: 2}, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		res := ingestAll(t, fx, readStory(t, "labour")[:1])
		follow := func(channel, schedule string) bot.Reply {
			return fx.bot.Handle(ctx, bot.Request{Workspace: fx.ws, Channel: channel, User: "U1", Command: bot.CmdFollow,
				Story: res[0].Story.ID, Schedule: schedule})
		}
		expect(t, "first follow", follow("C1", ""), "")
		expect(t, "second follow", follow("C2", ""), "")
		expect(t, "third follow", follow("C3", ""), "This workspace follows 2 stories, the most it may; unfollow one first.")
		expect(t, "a follow it has, another schedule", follow("C1", "hourly"), "")
		if fs, err := fx.store.Follows(ctx, fx.ws); err != nil || len(fs) != 2 {
			t.Errorf("%d follows (%v), want 2", len(fs), err)
		}
	})
}

func TestQuotaStories(t *testing.T) {
	eachQuota(t, bot.Quotas{Stories: 2}, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		labour := readStory(t, "labour")
		ingestAll(t, fx, append(labour[:1:1], readStory(t, "aviation")[0]))
		_, err := fx.bot.Ingest(ctx, fx.ws, readStory(t, "trade")[0], "")
		if bot.ErrorCode(err) != bot.CodeLimit || !strings.Contains(bot.ErrorMessage(err), "This workspace holds 2 stories, the most it may") {
			t.Errorf("a third story: %v, want the quota", err)
		}
		// Pasted text that would start a story is refused the same way.
		r := fx.bot.Handle(ctx, bot.Request{Workspace: fx.ws, User: "U1", Command: bot.CmdAdd,
			Target: "Harbour pilots in Venmark began a work-to-rule on Monday over new shift patterns, their association said."})
		expect(t, "pasted text for a third story", r, "the most it may")
		if _, n, err := fx.store.Stories(ctx, fx.ws, 0, 10); err != nil || n != 2 {
			t.Errorf("%d stories (%v), want 2", n, err)
		}
		// Articles still join the stories there are.
		res, err := fx.bot.Ingest(ctx, fx.ws, labour[1], "")
		if err != nil || res.Outcome != bot.IngestJoined {
			t.Errorf("an article of a story there is: %+v, %v", res, err)
		}
	})
}

func TestQuotaStoryArticles(t *testing.T) {
	eachQuota(t, bot.Quotas{StoryArticles: 2}, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		labour := readStory(t, "labour")
		res := ingestAll(t, fx, labour[:2])
		if res[1].Outcome != bot.IngestJoined || res[1].Story.Articles != 2 {
			t.Fatalf("second article: %+v", res[1])
		}
		_, err := fx.bot.Ingest(ctx, fx.ws, labour[2], "")
		want := fmt.Sprintf("The story %q holds 2 articles, the most a story may", res[1].Story.Title)
		if bot.ErrorCode(err) != bot.CodeLimit || !strings.Contains(bot.ErrorMessage(err), want) {
			t.Errorf("a third article: %v, want %q", err, want)
		}
		// An article read again is no new article.
		if again, err := fx.bot.Ingest(ctx, fx.ws, labour[0], ""); err != nil || again.Outcome != bot.IngestDuplicate {
			t.Errorf("an article read again: %+v, %v", again, err)
		}
	})
}

// TestQuotaCommandRate: a user's commands are counted per minute in the
// store, by every replica alike; the next minute starts afresh. The
// clock is the bots' (injected): nothing sleeps.
func TestQuotaCommandRate(t *testing.T) {
	eachQuota(t, bot.Quotas{CommandsPerMinute: 3}, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		replica := bot.New(bot.Options{Store: fx.store, Now: fx.clock.now, Quotas: bot.Quotas{CommandsPerMinute: 3}})
		list := func(b *bot.Bot, user string) bot.Reply {
			return b.Handle(ctx, bot.Request{Workspace: fx.ws, Channel: "C1", User: user, Command: bot.CmdList})
		}
		expect(t, "command 1", list(fx.bot, "U1"), "")
		expect(t, "command 2, another replica", list(replica, "U1"), "")
		expect(t, "command 3", list(fx.bot, "U1"), "")
		expect(t, "command 4", list(replica, "U1"), "You are sending commands too fast; try again in a minute.")
		expect(t, "another user", list(fx.bot, "U2"), "")
		fx.clock.add(time.Minute)
		expect(t, "the next minute", list(fx.bot, "U1"), "")
	})
}
