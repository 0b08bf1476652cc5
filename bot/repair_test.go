package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// TestRepairCommands runs merge, move and forget, and their mistakes, on
// three stories, one command after another, on every store.
func TestRepairCommands(t *testing.T) {
	var arts []summarize.Article
	for _, name := range []string{"labour", "portstrike", "aviation"} {
		arts = append(arts, readStory(t, name)...)
	}
	byFile := map[string]summarize.Article{}
	for _, a := range arts {
		byFile[a.File[strings.LastIndex(a.File, "/")+1:]] = a
	}
	nurses, pilots := byFile["labour_1_carrowherald.txt"], byFile["aviation_1_brenhavenpost.txt"]
	port, ledger := byFile["port_1_korvelherald.txt"], byFile["port_3_maritimeledger.html"]
	each(t, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		ingestAll(t, fx, arts)
		storyOf := func(a summarize.Article) string {
			t.Helper()
			id, err := fx.store.ArticleStory(ctx, fx.ws, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		carrow, tarsair, korvel := storyOf(nurses), storyOf(pilots), storyOf(port)
		for _, f := range []bot.Follow{{Channel: "C1", StoryID: carrow}, {Channel: "C2", StoryID: tarsair}, {Channel: "C3", StoryID: korvel}} {
			if err := fx.store.PutFollow(ctx, fx.ws, f); err != nil {
				t.Fatal(err)
			}
		}
		count := func() (stories, articles int) {
			infos, n, err := fx.store.Stories(ctx, fx.ws, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range infos {
				articles += s.Articles
			}
			return n, articles
		}
		followsOf := func(story string) (channels []string) {
			fs, err := fx.store.Follows(ctx, fx.ws)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				if f.StoryID == story {
					channels = append(channels, f.Channel)
				}
			}
			return channels
		}
		var moved string // the story "move ... to new" made
		tests := []struct {
			line     string
			code     bot.Code
			contains string
			check    func() string // what is wrong after it, or ""
		}{
			{"merge zanzibar volcano into carrow nurses", bot.CodeNotFound, "No story matches", nil},
			{"merge strike into carrow nurses", bot.CodeAmbiguous, "Several stories", nil},
			{"merge carrow nurses into " + carrow, bot.CodeInvalid, "one story already", nil},
			{"merge tarsair pilots into carrow nurses", "", "Merged", func() string {
				if s, a := count(); s != 2 || a != len(arts) {
					return "want 2 stories holding every article"
				}
				if storyOf(pilots) != carrow {
					return "the pilots' article is not in the nurses' story"
				}
				if got := followsOf(carrow); strings.Join(got, ",") != "C1,C2" {
					return "follows of the merged story: " + strings.Join(got, ",")
				}
				return ""
			}},
			{"latest " + tarsair, "", "", nil}, // the merged story's id names the one it went into
			{"move 0123456789abcdef to carrow nurses", bot.CodeNotFound, "No article", nil},
			{"move carrow to korvel", bot.CodeInvalid, "is not an article", nil},
			{"move " + pilots.ID + " to carrow nurses", bot.CodeInvalid, "already", nil},
			{"move " + pilots.ID + " to new", "", "Moved", func() string {
				moved = storyOf(pilots)
				if moved == carrow || moved == "" {
					return "the article did not leave"
				}
				if s, a := count(); s != 3 || a != len(arts) {
					return "want 3 stories holding every article"
				}
				return ""
			}},
			{"move " + ledger.URL + " to carrow nurses", "", "Moved", func() string {
				if storyOf(ledger) != carrow {
					return "the article moved by URL is not in the nurses' story"
				}
				return ""
			}},
			{"move " + pilots.ID + " to korvel", "", "which is gone", func() string {
				if s, a := count(); s != 2 || a != len(arts) {
					return "want the emptied story gone, every article kept"
				}
				return ""
			}},
			{"forget korvel", "", "Forgot", func() string {
				if s, a := count(); s != 1 || a != len(arts)-4 {
					return "want one story left, without the port strike's articles"
				}
				if storyOf(port) != "" || storyOf(pilots) != "" {
					return "the forgotten story's articles are still indexed"
				}
				if len(followsOf(storyOf(nurses))) != 2 || len(followsOf(moved)) != 0 {
					return "follows wrong after forget"
				}
				if sid, _, err := fx.store.URLArticle(ctx, fx.ws, ledger.URLKey()); err != nil || sid != carrow {
					return "the URL of an article moved out was forgotten too"
				}
				if df, err := fx.store.DocFreq(ctx, fx.ws, nil); err != nil || df.N != len(arts)-4 {
					return fmt.Sprintf("document frequencies count %d articles (%v), want %d", df.N, err, len(arts)-4)
				}
				return ""
			}},
			{"forget " + korvel, bot.CodeNotFound, "No story matches", nil},
		}
		for _, tc := range tests {
			req, err := bot.ParseCommand(tc.line)
			if err != nil {
				t.Fatalf("%q: %v", tc.line, err)
			}
			req.Workspace, req.Channel = fx.ws, "C9"
			r := fx.bot.Handle(ctx, req)
			var b strings.Builder
			bot.WriteText(&b, r)
			if r.Code != tc.code || !strings.Contains(b.String(), tc.contains) {
				t.Fatalf("%q: code %q, want %q containing %q; reply:\n%s", tc.line, r.Code, tc.code, tc.contains, b.String())
			}
			if tc.check != nil {
				if msg := tc.check(); msg != "" {
					t.Fatalf("after %q: %s", tc.line, msg)
				}
			}
			// A repair refreshes the stories it changed before it answers.
			infos, _, err := fx.store.Stories(ctx, fx.ws, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range infos {
				checkFresh(t, fx.store, fx.ws, s.ID)
			}
		}
	})
}

// TestStoryIDTakenByMovedArticle: an article that started a story and
// was moved out, forgotten and added again starts a story of a new name,
// not the one its first story still bears.
func TestStoryIDTakenByMovedArticle(t *testing.T) {
	arts := readStory(t, "labour")
	each(t, func(t *testing.T, fx fixture) {
		ctx := context.Background()
		first := ingestAll(t, fx, arts[:3])[0].Story.ID
		for _, line := range []func() string{
			func() string { return "move " + arts[0].ID + " to new" },
			func() string { return "forget " + mustStoryOf(t, fx, arts[0].ID) },
		} {
			line := line()
			req, err := bot.ParseCommand(line)
			if err != nil {
				t.Fatal(err)
			}
			req.Workspace = fx.ws
			if r := fx.bot.Handle(ctx, req); r.Code != "" {
				t.Fatalf("%q: %s", line, r.Text)
			}
		}
		res, err := fx.bot.Ingest(ctx, fx.ws, arts[0], "Zanzibar volcano")
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != bot.IngestNewStory || res.Story.ID == first {
			t.Errorf("article added again: %+v; want a new story not named %s", res, first)
		}
	})
}

func mustStoryOf(t *testing.T, fx fixture, articleID string) string {
	t.Helper()
	id, err := fx.store.ArticleStory(context.Background(), fx.ws, articleID)
	if err != nil || id == "" {
		t.Fatalf("story of %s: %q, %v", articleID, id, err)
	}
	return id
}
