package discord

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
)

func TestCommandDefinitionFollowsAndPages(t *testing.T) {
	subs := map[string]*discordgo.ApplicationCommandOption{}
	for _, o := range CommandDefinition().Options {
		subs[o.Name] = o
	}
	if subs["follows"] == nil || commandWords["follows"] != bot.CmdFollows {
		t.Errorf("/story has no follows subcommand")
	}
	list := subs["list"]
	if list == nil || len(list.Options) != 1 || list.Options[0].Name != optPage || list.Options[0].Type != discordgo.ApplicationCommandOptionInteger {
		t.Fatalf("/story list has no integer page option: %+v", list)
	}
	data := func(sub string, opts ...*discordgo.ApplicationCommandInteractionDataOption) discordgo.ApplicationCommandInteractionData {
		return discordgo.ApplicationCommandInteractionData{Name: "story", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: sub, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}}}
	}
	page := func(v any) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: optPage, Type: discordgo.ApplicationCommandOptionInteger, Value: v}
	}
	str := func(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}
	for _, w := range []string{"merge", "move", "forget"} {
		if subs[w] == nil {
			t.Errorf("/story has no %s subcommand", w)
		}
	}
	for _, tc := range []struct {
		data discordgo.ApplicationCommandInteractionData
		want bot.Request
	}{
		{data("follows"), bot.Request{Command: bot.CmdFollows}},
		{data("list"), bot.Request{Command: bot.CmdList}},
		{data("list", page(float64(3))), bot.Request{Command: bot.CmdList, Page: 3}},
		{data("merge", str(optStory, "port strike"), str(optInto, "s0123456789")), bot.Request{Command: bot.CmdMerge, Story: "port strike", Into: "s0123456789"}},
		{data("move", str(optArticle, "0123456789abcdef"), str(optStory, "new")), bot.Request{Command: bot.CmdMove, Target: "0123456789abcdef", Into: "new"}},
		{data("forget", str(optStory, "port strike")), bot.Request{Command: bot.CmdForget, Story: "port strike"}},
	} {
		if got, err := commandRequest(tc.data); err != nil || got != tc.want {
			t.Errorf("%+v: %+v, %v; want %+v", tc.data.Options[0], got, err, tc.want)
		}
	}
	for _, v := range []any{float64(0), float64(2.5), "x"} {
		if _, err := commandRequest(data("list", page(v))); bot.ErrorCode(err) != bot.CodeInvalid {
			t.Errorf("page %v: %v, want an invalid-input error", v, err)
		}
	}
}

func TestEmbedsFollowsAndPages(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	sched, _ := bot.ParseSchedule("hourly", "Europe/Paris")
	r := bot.Reply{Kind: bot.KindFollows, Text: "This channel follows 1 story; 1 other channel follows 1.", Follows: []bot.FollowLine{
		{Follow: bot.Follow{Channel: "111", StoryID: "s0000000001", Title: "Harbour *strike*", Schedule: sched}, Here: true,
			Next: time.Date(2030, 3, 4, 10, 0, 0, 0, paris)},
		{Follow: bot.Follow{Channel: "222", StoryID: "s0000000002", Title: "Bridge", Schedule: sched}},
	}}
	es := Embeds(r)
	checkEmbeds(t, es)
	if len(es) != 1 {
		t.Fatalf("%d embeds, want 1", len(es))
	}
	for _, want := range []string{"**Here**", `Harbour \*strike\* (s0000000001): hourly (Europe/Paris), next Mon 4 Mar 10:00 CET`, "**In <#222>**", "never runs again"} {
		if !strings.Contains(es[0].Description, want) {
			t.Errorf("follows embed lacks %q:\n%s", want, es[0].Description)
		}
	}
	if c := Content(r); !strings.Contains(c, "This channel follows 1 story") {
		t.Errorf("content: %q", c)
	}
	list := bot.Reply{Kind: bot.KindStories, Stories: []bot.StoryInfo{{ID: "s0000000001", Title: "A"}}, Paging: bot.Paging{Page: 1, Pages: 3, Total: 21}}
	es = Embeds(list)
	if len(es) != 1 || es[0].Footer == nil || es[0].Footer.Text != "page 1 of 3 — /story list page:2 for more" {
		t.Errorf("list footer: %+v", es[0].Footer)
	}
}

func TestEmbedsWhatChanged(t *testing.T) {
	full := sampleDigest()
	changed := full
	changed.Articles = full.Articles[1:2] // a2 is new; the claims also cite a1, a3, a4
	paris, _ := time.LoadLocation("Europe/Paris")
	r := bot.ChangesReply(full, changed, time.Date(2030, 3, 4, 8, 0, 0, 0, time.UTC), paris)
	es := Embeds(r)
	checkEmbeds(t, es)
	var all strings.Builder
	for _, e := range es {
		all.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			all.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Footer != nil {
			all.WriteString(e.Footer.Text + "\n")
		}
	}
	text := all.String()
	for _, want := range []string{"1 new of 4 articles", "[Velmora Herald](https://herald.example/bridge)", "5 Mar 19:30 CET"} {
		if !strings.Contains(text, want) {
			t.Errorf("what changed lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "a1,") || strings.Contains(text, " a1\n") || strings.Contains(text, "a3") {
		t.Errorf("an article is cited by its ID:\n%s", text)
	}
	if c := Content(r); !strings.Contains(c, "since Mon 4 Mar 09:00 CET") {
		t.Errorf("content %q: want the time in the follow's zone", c)
	}
}
