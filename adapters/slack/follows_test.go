package slack

import (
	"strings"
	"testing"
	"time"

	"github.com/storybot/storybot/bot"
)

func TestBlocksFollowsAndPages(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	sched, _ := bot.ParseSchedule("hourly", "Europe/Paris")
	r := bot.Reply{Kind: bot.KindFollows, Text: "This channel follows 1 story; 1 other channel follows 1.", Follows: []bot.FollowLine{
		{Follow: bot.Follow{Channel: "C111", StoryID: "s0000000001", Title: "Harbour <strike>", Schedule: sched}, Here: true,
			Next: time.Date(2030, 3, 4, 10, 0, 0, 0, paris)},
		{Follow: bot.Follow{Channel: "C222", StoryID: "s0000000002", Title: "Bridge", Schedule: sched, Thread: "1.2"}},
	}}
	blocks := Blocks(r)
	checkLimits(t, blocks)
	text := strings.Join(texts(blocks), "\n")
	for _, want := range []string{"This channel follows 1 story", "*Here*",
		"Harbour &lt;strike&gt; (s0000000001): hourly (Europe/Paris), next Mon 4 Mar 10:00 CET", "*In <#C222>*", "in a thread, never runs again"} {
		if !strings.Contains(text, want) {
			t.Errorf("follows blocks lack %q:\n%s", want, text)
		}
	}
	list := bot.Reply{Kind: bot.KindStories, Stories: []bot.StoryInfo{{ID: "s0000000001", Title: "A"}}, Paging: bot.Paging{Page: 2, Pages: 3, Total: 21}}
	if text := strings.Join(texts(Blocks(list)), "\n"); !strings.Contains(text, "page 2 of 3 — `/story list 3` for more") {
		t.Errorf("list blocks lack the page note:\n%s", text)
	}
}

func TestBlocksWhatChanged(t *testing.T) {
	full := sampleDigest()
	changed := full
	changed.Articles = full.Articles[1:2] // a2 is new; the claims also cite a1, a3, a4
	paris, _ := time.LoadLocation("Europe/Paris")
	r := bot.ChangesReply(full, changed, time.Date(2030, 3, 4, 8, 0, 0, 0, time.UTC), paris)
	blocks := Blocks(r)
	checkLimits(t, blocks)
	text := strings.Join(texts(blocks), "\n")
	for _, want := range []string{"since Mon 4 Mar 09:00 CET", "1 new of 4 articles",
		"<https://herald.example/bridge|Velmora Herald>", "council-minutes.txt", "5 Mar 19:30 CET"} {
		if !strings.Contains(text, want) {
			t.Errorf("what changed lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "a1") || strings.Contains(text, "a3") {
		t.Errorf("an article is cited by its ID:\n%s", text)
	}
	if fb := Fallback(r); !strings.Contains(fb, "1 new of 4 articles") || strings.Contains(fb, "[a1") {
		t.Errorf("fallback text:\n%s", fb)
	}
}
