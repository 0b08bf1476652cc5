package discord

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

var fullView = bot.View{Overview: true, Claims: true, Disputes: true, Sources: true}

// sampleDigest is an invented story.
func sampleDigest() summarize.Digest {
	return summarize.Digest{
		ID:    "s1a2b3",
		Title: "Harbour bridge closure in Velmora",
		Articles: []summarize.ArticleRef{
			{ID: "a1", URL: "https://herald.example/bridge", Outlet: "Velmora Herald", Title: "Bridge shut for repairs", Published: "2030-03-04T09:15:00+01:00"},
			{ID: "a2", URL: "https://post.example/ferries (update)", Outlet: "Coast Post", Title: "Ferries added", Published: "2030-03-05T18:30:00Z"},
			{ID: "a3", File: "/srv/notes/council-minutes.txt"},
			{ID: "a4", URL: "https://herald.example/bridge-2", Outlet: "Velmora Herald", Title: "Closure extended"},
		},
		Overview: "The council closed the harbour bridge for six weeks; ferries carry commuters meanwhile.",
		Parties: []summarize.Party{
			{Name: "City council", Claims: []summarize.Claim{
				{Speaker: "Mara Lind", Role: "mayor", Text: "The bridge is unsafe for heavy traffic.",
					Quote: "we cannot take the risk", Articles: []string{"a1", "a4"}},
				{Speaker: "Mara Lind", Role: "mayor", Text: "Repairs will take six weeks.",
					Quote: "Repairs will take six weeks", Articles: []string{"a3"}},
			}},
			{Name: "Ferry operators", Claims: []summarize.Claim{
				{Speaker: "Tom Brask", Text: "Two extra ferries run every hour.", Articles: []string{"a2"}},
			}},
			{Name: "Shop owners", Claims: []summarize.Claim{
				{Speaker: "Ilse Varn", Role: "chair of the traders' guild", Text: "Sales fell by a third.", Articles: []string{"a2", "a9"}},
			}},
		},
		Disputes: []summarize.Dispute{{
			Topic: "Length of the closure", Kind: summarize.BetweenSources, Status: summarize.Open,
			Summary: "The outlets report different durations.",
			Sides: []summarize.Side{
				{Party: "Velmora Herald", Position: "six weeks", Articles: []string{"a1"}},
				{Party: "Coast Post", Position: "two months", Articles: []string{"a2"}},
			},
		}},
	}
}

// checkEmbeds fails unless embeds keep every Discord limit, counting
// characters as Discord does, and marshal to JSON.
func checkEmbeds(t *testing.T, es []*discordgo.MessageEmbed) {
	t.Helper()
	if len(es) > maxEmbeds {
		t.Errorf("%d embeds, limit %d", len(es), maxEmbeds)
	}
	if _, err := json.Marshal(es); err != nil {
		t.Errorf("json.Marshal: %v", err)
	}
	total := 0
	text := func(what, s string, limit int, required bool) {
		t.Helper()
		n := utf8.RuneCountInString(s)
		total += n
		if n > limit {
			t.Errorf("%s of %d characters, limit %d", what, n, limit)
		}
		if required && strings.TrimSpace(s) == "" {
			t.Errorf("%s empty", what)
		}
		if !utf8.ValidString(s) {
			t.Errorf("%s not UTF-8", what)
		}
	}
	for i, e := range es {
		if e == nil {
			t.Fatalf("embed %d nil", i)
		}
		text(fmt.Sprintf("embed %d title", i), e.Title, maxTitle, false)
		text(fmt.Sprintf("embed %d description", i), e.Description, maxDescription, false)
		if len(e.Fields) > maxFields {
			t.Errorf("embed %d: %d fields", i, len(e.Fields))
		}
		for j, f := range e.Fields {
			text(fmt.Sprintf("embed %d field %d name", i, j), f.Name, maxFieldName, true)
			text(fmt.Sprintf("embed %d field %d value", i, j), f.Value, maxFieldValue, true)
		}
		if e.Footer != nil {
			text(fmt.Sprintf("embed %d footer", i), e.Footer.Text, maxFooter, false)
		}
		if e.Author != nil {
			text(fmt.Sprintf("embed %d author", i), e.Author.Name, maxAuthor, false)
		}
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 && e.Footer == nil {
			t.Errorf("embed %d empty", i)
		}
	}
	if total > MaxEmbedChars {
		t.Errorf("embeds of %d characters, limit %d", total, MaxEmbedChars)
	}
	if total != embedChars(es) {
		t.Errorf("embedChars = %d, counted %d", embedChars(es), total)
	}
}

// checkComponents fails unless components keep Discord's limits on rows
// and buttons and name known actions.
func checkComponents(t *testing.T, cs []discordgo.MessageComponent) []discordgo.Button {
	t.Helper()
	if len(cs) > maxRows {
		t.Errorf("%d rows, limit %d", len(cs), maxRows)
	}
	if _, err := json.Marshal(cs); err != nil {
		t.Errorf("json.Marshal: %v", err)
	}
	var all []discordgo.Button
	seen := map[string]bool{}
	for i, c := range cs {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			t.Fatalf("component %d is %T, want an actions row", i, c)
		}
		if n := len(row.Components); n == 0 || n > maxRowButtons {
			t.Errorf("row %d of %d buttons", i, n)
		}
		for _, c := range row.Components {
			b, ok := c.(discordgo.Button)
			if !ok {
				t.Fatalf("row %d holds %T", i, c)
			}
			if n := utf8.RuneCountInString(b.Label); n == 0 || n > maxLabel {
				t.Errorf("label %q of %d characters", b.Label, n)
			}
			if n := utf8.RuneCountInString(b.CustomID); n == 0 || n > maxCustomID {
				t.Errorf("custom ID %q of %d characters", b.CustomID, n)
			}
			known := false
			for _, p := range []string{CustomClaims, CustomSources, CustomFollow, CustomLatest} {
				known = known || strings.HasPrefix(b.CustomID, p)
			}
			if !known || seen[b.CustomID] {
				t.Errorf("custom ID %q unknown or repeated", b.CustomID)
			}
			seen[b.CustomID] = true
			all = append(all, b)
		}
	}
	return all
}

func labels(bs []discordgo.Button) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Label)
	}
	return out
}

func TestEmbedsDigest(t *testing.T) {
	d := sampleDigest()
	r := bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView}
	es := Embeds(r)
	checkEmbeds(t, es)
	if len(es) != 3 {
		t.Fatalf("%d embeds, want 3", len(es))
	}
	main := es[0]
	if main.Title != d.Title || main.URL != "" || main.Description != d.Overview {
		t.Errorf("main embed %q %q %q", main.Title, main.URL, main.Description)
	}
	for _, e := range es {
		if e.Color != EmbedColor {
			t.Errorf("embed %q color %x", e.Title, e.Color)
		}
	}
	var names []string
	for _, f := range main.Fields {
		names = append(names, f.Name)
	}
	if fmt.Sprint(names) != "[City council Ferry operators Shop owners]" {
		t.Fatalf("party fields %q", names)
	}
	council := main.Fields[0].Value
	for _, want := range []string{
		"• **Mara Lind** (mayor): The bridge is unsafe for heavy traffic.\n  _“we cannot take the risk”_\n  [Velmora Herald](https://herald.example/bridge)\n",
		"• **Mara Lind** (mayor): Repairs will take six weeks.\n  council-minutes.txt",
	} {
		if !strings.Contains(council, want) {
			t.Errorf("council field lacks %q:\n%s", want, council)
		}
	}
	if strings.Contains(council, "_“Repairs") || strings.Count(council, "Velmora Herald") != 1 {
		t.Errorf("council field repeats a quote or an outlet:\n%s", council)
	}
	if want := "• **Ilse Varn** (chair of the traders' guild): Sales fell by a third.\n  [Coast Post](https://post.example/ferries%20%28update%29), a9"; main.Fields[2].Value != want {
		t.Errorf("shop owners field %q, want %q", main.Fields[2].Value, want)
	}
	if want := "• **Tom Brask**: Two extra ferries"; !strings.HasPrefix(main.Fields[1].Value, want) {
		t.Errorf("ferry field %q", main.Fields[1].Value)
	}

	disp := es[1]
	if disp.Title != "Disputes" || len(disp.Fields) != 1 {
		t.Fatalf("disputes embed %+v", disp)
	}
	if f := disp.Fields[0]; f.Name != "Length of the closure · between sources · open" ||
		f.Value != "The outlets report different durations.\n• Velmora Herald: six weeks — [Velmora Herald](https://herald.example/bridge)\n"+
			"• Coast Post: two months — [Coast Post](https://post.example/ferries%20%28update%29)" {
		t.Errorf("dispute field %q\n%s", f.Name, f.Value)
	}

	src := es[2]
	// Discord shows a <t:…:f> timestamp in each reader's own time zone.
	want := "[Bridge shut for repairs](https://herald.example/bridge) — Velmora Herald, <t:1898842500:f>\n" +
		"[Ferries added](https://post.example/ferries%20%28update%29) — Coast Post, <t:1898965800:f>\n" +
		"council-minutes.txt\n" +
		"[Closure extended](https://herald.example/bridge-2) — Velmora Herald"
	if src.Title != "Sources" || src.Description != want {
		t.Errorf("sources embed %q\n%s\nwant\n%s", src.Title, src.Description, want)
	}
	for i, e := range es {
		if (e.Footer != nil) != (i == len(es)-1) {
			t.Errorf("embed %d footer %+v", i, e.Footer)
		}
	}
	if f := src.Footer.Text; f != "story s1a2b3 · 4 articles" {
		t.Errorf("footer %q", f)
	}
	if c := Content(r); c != "" {
		t.Errorf("content %q", c)
	}

	bs := checkComponents(t, Components(r))
	wantLabels := "[All claims by City council All claims by Ferry operators All claims by Shop owners Sources Follow]"
	if fmt.Sprint(labels(bs)) != wantLabels {
		t.Errorf("buttons %q, want %s", labels(bs), wantLabels)
	}
	for i, p := range d.Parties {
		if id := CustomClaims + "s1a2b3|" + p.Name; bs[i].CustomID != id {
			t.Errorf("button %d custom ID %q, want %q", i, bs[i].CustomID, id)
		}
	}
	if bs[3].CustomID != CustomSources+"s1a2b3" || bs[4].CustomID != CustomFollow+"s1a2b3" {
		t.Errorf("story buttons %q %q", bs[3].CustomID, bs[4].CustomID)
	}
}

func TestDigestViews(t *testing.T) {
	one := sampleDigest()
	one.Parties = one.Parties[:1]
	tests := []struct {
		name    string
		digest  summarize.Digest
		view    bot.View
		buttons string
		titles  string
	}{
		{"latest", sampleDigest(), fullView, "[Sources Follow]", "[Harbour bridge closure in Velmora Disputes Sources]"},
		{"claims", sampleDigest(), bot.View{Claims: true}, "[Sources Follow Latest]", "[Harbour bridge closure in Velmora]"},
		{"one party", one, bot.View{Claims: true}, "[Sources Follow Latest]", "[Harbour bridge closure in Velmora]"},
		{"disputes", sampleDigest(), bot.View{Disputes: true}, "[Sources Follow Latest]", "[Harbour bridge closure in Velmora Disputes]"},
		{"sources", sampleDigest(), bot.View{Sources: true}, "[Follow Latest]", "[Harbour bridge closure in Velmora Sources]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.digest
			if !tt.view.Claims {
				d.Parties = nil // as the bot cuts them
			}
			if !tt.view.Disputes {
				d.Disputes = nil
			}
			r := bot.Reply{Kind: bot.KindDigest, Digest: d, View: tt.view}
			es := Embeds(r)
			checkEmbeds(t, es)
			var titles []string
			for _, e := range es {
				titles = append(titles, e.Title)
			}
			if fmt.Sprint(titles) != tt.titles {
				t.Errorf("titles %q, want %s", titles, tt.titles)
			}
			if tt.view.Overview != (es[0].Description != "") {
				t.Errorf("overview %q in view %+v", es[0].Description, tt.view)
			}
			bs := checkComponents(t, Components(r))
			var story []discordgo.Button
			for _, b := range bs {
				if !strings.HasPrefix(b.CustomID, CustomClaims) {
					story = append(story, b)
				}
			}
			if got := fmt.Sprint(labels(story)); got != tt.buttons {
				t.Errorf("buttons %s, want %s", got, tt.buttons)
			}
			if want := len(d.Parties); want == 1 || !tt.view.Claims {
				want = 0
				if n := len(bs) - len(story); n != want {
					t.Errorf("%d party buttons, want %d", n, want)
				}
			}
		})
	}
}

func TestEmbedsEscaping(t *testing.T) {
	d := summarize.Digest{
		ID: "e5", Title: "**Big** _news_ ~now~ `x` ||spoiler|| > [a](https://evil.example) # h",
		Overview: "2*3*4 and snake_case_name <@123> @everyone",
		Articles: []summarize.ArticleRef{{ID: "x", URL: "https://news.example/a_b*c?q=(1)", Outlet: "[Smith] & *Sons*",
			Title: "Title [with] brackets"}, {ID: "y", URL: "javascript:alert(1)", Title: "Bad [link]"}},
		Parties: []summarize.Party{{Name: "R_D *team*", Claims: []summarize.Claim{
			{Speaker: "Ann*", Role: "`dev`", Text: "a | b > c", Quote: "~x~", Articles: []string{"x", "y"}},
		}}},
	}
	es := Embeds(bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView})
	checkEmbeds(t, es)
	wants := []struct{ got, want string }{
		{es[0].Title, `\*\*Big\*\* \_news\_ \~now\~ \` + "`x\\`" + ` \|\|spoiler\|\| \> \[a\](https://evil.example) \# h`},
		{es[0].Description, `2\*3\*4 and snake\_case\_name \<@123\> @everyone`},
		{es[0].Fields[0].Name, `R\_D \*team\*`},
		{es[0].Fields[0].Value, "• **Ann\\*** (\\`dev\\`): a \\| b \\> c\n  _“\\~x\\~”_\n  [\\[Smith\\] & \\*Sons\\*](https://news.example/a_b*c?q=%281%29), Bad \\[link\\]"},
		{es[1].Description, "[Title \\[with\\] brackets](https://news.example/a_b*c?q=%281%29) — \\[Smith\\] & \\*Sons\\*\nBad \\[link\\]"},
	}
	for i, w := range wants {
		if w.got != w.want {
			t.Errorf("%d: got\n%s\nwant\n%s", i, w.got, w.want)
		}
	}
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`back\slash`, `back\\slash`},
		{"a*b_c~d`e|f>g<h[i]j#k", "a\\*b\\_c\\~d\\`e\\|f\\>g\\<h\\[i\\]j\\#k"},
	}
	for _, tt := range tests {
		if got := escMD(tt.in); got != tt.want {
			t.Errorf("escMD(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Content(bot.Reply{Kind: bot.KindText, Text: "Ping @everyone and @here about *x*"}); got != "Ping @\u200beveryone and @\u200bhere about \\*x\\*" {
		t.Errorf("content %q", got)
	}
}

func TestEmbedsStories(t *testing.T) {
	upd := time.Date(2030, 3, 5, 19, 30, 0, 0, time.FixedZone("CET", 3600))
	r := bot.Reply{Kind: bot.KindStories, Text: "Which story do you mean?", Stories: []bot.StoryInfo{
		{ID: "s1a2b3", Title: "Harbour bridge closure", Articles: 4, Updated: upd},
		{ID: "k7", Title: "Library *reopening* & fees", Articles: 1},
		{ID: "k7", Title: "Library again", Articles: 2},
	}, Omitted: bot.Omitted{Stories: 3}}
	es := Embeds(r)
	checkEmbeds(t, es)
	if len(es) != 1 {
		t.Fatalf("%d embeds", len(es))
	}
	want := "**Harbour bridge closure** — 4 articles, updated 5 Mar 18:30 · `s1a2b3`\n" +
		"**Library \\*reopening\\* & fees** — 1 article · `k7`\n**Library again** — 2 articles · `k7`"
	if es[0].Description != want {
		t.Errorf("description\n%s\nwant\n%s", es[0].Description, want)
	}
	if es[0].Footer == nil || es[0].Footer.Text != "3 more stories not shown." {
		t.Errorf("footer %+v", es[0].Footer)
	}
	if c := Content(r); c != "Which story do you mean?" {
		t.Errorf("content %q", c)
	}
	bs := checkComponents(t, Components(r))
	if len(bs) != 2 || bs[0].CustomID != CustomLatest+"s1a2b3" || bs[0].Label != "Latest: Harbour bridge closure" || bs[1].CustomID != CustomLatest+"k7" {
		t.Errorf("buttons %+v", bs)
	}

	many := bot.Reply{Kind: bot.KindStories}
	for i := range 500 {
		many.Stories = append(many.Stories, bot.StoryInfo{ID: fmt.Sprintf("id%03d", i), Title: strings.Repeat("Long *title* ", 40), Articles: i})
	}
	checkEmbeds(t, Embeds(many))
	if bs := checkComponents(t, Components(many)); len(bs) != 25 {
		t.Errorf("%d story buttons, want 25", len(bs))
	}
	if es := Embeds(bot.Reply{Kind: bot.KindStories, Text: "No stories yet."}); es != nil {
		t.Errorf("embeds for no stories: %+v", es)
	}
}

func TestTextReplies(t *testing.T) {
	tests := []struct {
		name, content string
		r             bot.Reply
	}{
		{"error", ":warning: No story zz9 in this workspace.",
			bot.Reply{Kind: bot.KindError, Code: "not_found", Text: "No story zz9 in this workspace."}},
		{"text", "Following s1a2b3 here, daily 09:00 UTC.",
			bot.Reply{Kind: bot.KindText, Text: "Following s1a2b3 here, daily 09:00 UTC.\n"}},
		{"help", "```\nCommands:\n  latest STORY - the digest\n  list - the *stories*\n```",
			bot.Reply{Kind: bot.KindText, Text: "Commands:\n  latest STORY - the digest\n  list - the *stories*\n"}},
		{"indented error", ":warning: \n```\nUsage:\n  follow STORY\n```",
			bot.Reply{Kind: bot.KindError, Text: "Usage:\n  follow STORY"}},
		{"fence", "```\nx\n  `\u200b``y\n```", bot.Reply{Kind: bot.KindText, Text: "x\n  ```y"}},
		{"digest text", "No disputes in \"Harbour \\*bridge\\*\" so far.",
			bot.Reply{Kind: bot.KindDigest, Text: "No disputes in \"Harbour *bridge*\" so far.", View: bot.View{Disputes: true},
				Digest: summarize.Digest{ID: "s1", Title: "Harbour *bridge*"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Content(tt.r); got != tt.content {
				t.Errorf("Content = %q, want %q", got, tt.content)
			}
			if es := Embeds(tt.r); es != nil {
				t.Errorf("Embeds = %+v, want nil", es)
			}
		})
	}
	help := Content(bot.Reply{Kind: bot.KindText, Text: bot.Usage()})
	if !strings.HasPrefix(help, "```\n") || !strings.Contains(help, "\n  latest STORY - ") || !strings.HasSuffix(help, "\n```") {
		t.Errorf("help not shown as is:\n%s", help)
	}
	if bs := Components(bot.Reply{Kind: bot.KindError, Text: "x"}); bs != nil {
		t.Errorf("components of an error: %+v", bs)
	}

	long := strings.Repeat("A long *line* of text. ", 200)
	for _, r := range []bot.Reply{{Kind: bot.KindError, Text: long}, {Kind: bot.KindError, Text: "Usage:\n  " + long},
		{Kind: bot.KindDigest, Text: long}} {
		c := Content(r)
		if n := utf8.RuneCountInString(c); n > maxContent || !strings.Contains(c, "…") {
			t.Errorf("content of %d characters: %.80q", n, c)
		}
		if strings.Contains(r.Text, "Usage") && !strings.HasSuffix(c, "…\n```") {
			t.Errorf("code block not closed: %q", c[len(c)-20:])
		}
	}
	r := bot.Reply{Kind: bot.KindText, Text: long}
	if c := Content(r); c != "" {
		t.Errorf("long text in content too: %.80q", c)
	}
	es := Embeds(r)
	checkEmbeds(t, es)
	if len(es) != 1 || !strings.HasPrefix(es[0].Description, "A long \\*line\\* of text.") {
		t.Errorf("long text embeds %+v", es)
	}
}

func TestOmittedFooter(t *testing.T) {
	d := sampleDigest()
	tests := []struct {
		name string
		r    bot.Reply
		want string
	}{
		{"none", bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView}, "story s1a2b3 · 4 articles"},
		{"latest", bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView, Omitted: bot.Omitted{Parties: 1, Claims: 4, Disputes: 2}},
			"story s1a2b3 · 4 articles\n1 more party, 4 more claims, 2 more disputes not shown: /story claims story:s1a2b3"},
		{"claims", bot.Reply{Kind: bot.KindDigest, Digest: d, View: bot.View{Claims: true}, Omitted: bot.Omitted{Claims: 4}},
			"story s1a2b3 · 4 articles\n4 more claims not shown: /story claims story:s1a2b3 party:PARTY"},
		{"one party", bot.Reply{Kind: bot.KindDigest, Digest: summarize.Digest{ID: "s1a2b3", Parties: d.Parties[:1]}, View: bot.View{Claims: true}, Omitted: bot.Omitted{Claims: 4}},
			"story s1a2b3 · 0 articles\n4 more claims not shown."},
		{"articles", bot.Reply{Kind: bot.KindDigest, Digest: d, View: bot.View{Sources: true}, Omitted: bot.Omitted{Articles: 12}},
			"story s1a2b3 · 4 articles\n12 more articles not shown."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := Embeds(tt.r)
			checkEmbeds(t, es)
			if f := es[len(es)-1].Footer; f == nil || f.Text != tt.want {
				t.Errorf("footer %+v, want %q", f, tt.want)
			}
		})
	}
}

// hugeDigest is far beyond what the bot sends: every limit must still hold.
func hugeDigest(id string) summarize.Digest {
	long := func(n int, s string) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	d := summarize.Digest{ID: id, Title: long(400, "Endless *saga* & co "), Overview: long(7000, "word_ [x] ")}
	for i := range 300 {
		d.Articles = append(d.Articles, summarize.ArticleRef{
			ID: fmt.Sprintf("a%d", i), URL: fmt.Sprintf("https://outlet%d.example/%s", i%40, long(200, "p(a)th/")),
			Outlet: long(150, fmt.Sprintf("Outlet %d [*] ", i%40)), Title: long(400, "Headline *x* & "),
			Published: "2030-01-02T03:04:05Z",
		})
	}
	var all []string
	for _, a := range d.Articles {
		all = append(all, a.ID)
	}
	for p := range 30 {
		party := summarize.Party{Name: long(150, fmt.Sprintf("Party %d _friends_ ", p))}
		for c := range 40 {
			party.Claims = append(party.Claims, summarize.Claim{
				Speaker: long(300, "Speaker * "), Role: long(300, "role `r` "),
				Text: long(1000, fmt.Sprintf("claim %d ~more~ ", c)), Quote: long(600, "quote | ") + " … " + long(600, "[other] "),
				Articles: all,
			})
		}
		d.Parties = append(d.Parties, party)
	}
	for range 60 {
		x := summarize.Dispute{Topic: long(500, "topic > "), Kind: summarize.BetweenParties, Status: summarize.Resolved, Summary: long(3000, "summary \\ ")}
		for s := range 5 {
			x.Sides = append(x.Sides, summarize.Side{Party: fmt.Sprintf("Party %d", s), Position: long(2500, "position # "), Articles: all})
		}
		d.Disputes = append(d.Disputes, x)
	}
	return d
}

func TestEmbedsHuge(t *testing.T) {
	tests := []struct {
		name    string
		id      string
		view    bot.View
		parties int
	}{
		{"latest", "h1", fullView, 30},
		{"claims", "h1", bot.View{Claims: true}, 30},
		{"one party", "h1", bot.View{Claims: true}, 1},
		{"disputes", "h1", bot.View{Disputes: true}, 30},
		{"sources", "h1", bot.View{Sources: true}, 30},
		{"long ID", strings.Repeat("id", 60), fullView, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := hugeDigest(tt.id)
			d.Parties = d.Parties[:tt.parties]
			r := bot.Reply{Kind: bot.KindDigest, Digest: d, View: tt.view, Text: strings.Repeat("note ", 600),
				Omitted: bot.Omitted{Parties: 3, Claims: 400, Disputes: 7, Articles: 290}}
			es := Embeds(r)
			checkEmbeds(t, es)
			f := es[len(es)-1].Footer
			if f == nil || !strings.Contains(f.Text, "story "+tt.id[:min(len(tt.id), 60)]) || !strings.Contains(f.Text, "not shown") {
				t.Errorf("footer %+v", f)
			}
			if n := utf8.RuneCountInString(Content(r)); n > maxContent {
				t.Errorf("content of %d characters", n)
			}
			bs := checkComponents(t, Components(r))
			follow := CustomFollow + tt.id
			if len(follow) <= maxCustomID != strings.Contains(fmt.Sprint(labels(bs)), "Follow") {
				t.Errorf("buttons %q", labels(bs))
			}
			for _, b := range bs {
				if strings.HasPrefix(b.CustomID, CustomClaims) {
					t.Errorf("party button %q for a name too long for its custom ID", b.CustomID)
				}
			}
		})
	}
}

func TestEmbedsTitleOnly(t *testing.T) {
	for _, d := range []summarize.Digest{{Title: "Quiet story"}, {ID: "q1", Title: "Quiet story"}} {
		r := bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView}
		es := Embeds(r)
		checkEmbeds(t, es)
		if len(es) != 1 || es[0].Title != "Quiet story" || es[0].Description != "" || len(es[0].Fields) != 0 {
			t.Errorf("%+v: embeds %+v", d, es)
		}
		want := "0 articles"
		if d.ID != "" {
			want = "story q1 · 0 articles"
		}
		if es[0].Footer == nil || es[0].Footer.Text != want {
			t.Errorf("footer %+v, want %q", es[0].Footer, want)
		}
		bs := checkComponents(t, Components(r))
		if (len(bs) > 0) != (d.ID != "") {
			t.Errorf("%+v: buttons %q", d, labels(bs))
		}
	}
	es := Embeds(bot.Reply{Kind: bot.KindDigest})
	checkEmbeds(t, es)
	if len(es) != 1 || es[0].Title != "Story" {
		t.Errorf("empty digest: %+v", es)
	}
}

func TestLimit(t *testing.T) {
	var in []*discordgo.MessageEmbed
	for i := range 14 {
		e := &discordgo.MessageEmbed{Title: strings.Repeat("t", 300), Description: strings.Repeat("d", 5000),
			Author: &discordgo.MessageEmbedAuthor{Name: strings.Repeat("a", 300)}}
		for range 30 {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: strings.Repeat("n", 300), Value: strings.Repeat("v", 2000)})
		}
		if i == 3 {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{}, nil)
		}
		in = append(in, e, nil)
	}
	in[len(in)-2].Footer = &discordgo.MessageEmbedFooter{Text: "story x · 9 articles"}
	out := Limit(in)
	checkEmbeds(t, out)
	if len(out) != 1 {
		t.Errorf("%d embeds kept", len(out))
	}
	if f := out[len(out)-1].Footer; f == nil || !strings.HasPrefix(f.Text, "story x · 9 articles\n… ") {
		t.Errorf("footer %+v", f)
	}
	if utf8.RuneCountInString(in[0].Title) != 300 || len(in[0].Fields) != 30 {
		t.Error("Limit modified its input")
	}

	small := []*discordgo.MessageEmbed{{Title: "a", Fields: []*discordgo.MessageEmbedField{{Name: " ", Value: ""}}}}
	got := Limit(small)
	checkEmbeds(t, got)
	if got[0].Fields[0].Name != "\u200b" || got[0].Fields[0].Value != "\u200b" || got[0].Footer != nil {
		t.Errorf("small %+v", got[0])
	}

	var fields []*discordgo.MessageEmbed
	for i := range 4 {
		e := &discordgo.MessageEmbed{Title: fmt.Sprint(i)}
		for range 5 {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "n", Value: strings.Repeat("v", 499)})
		}
		fields = append(fields, e)
	}
	fields[3].Footer = &discordgo.MessageEmbedFooter{Text: "end"}
	got = Limit(fields)
	checkEmbeds(t, got)
	// 5,000 per embed: the second keeps 1 field with room for the note.
	if len(got) != 3 || len(got[2].Fields) != 1 || got[2].Footer.Text != "end\n… 9 more not shown" {
		t.Errorf("%d embeds, %d fields in the last, footer %+v", len(got), len(got[len(got)-1].Fields), got[len(got)-1].Footer)
	}
	if Limit(nil) != nil {
		t.Error("Limit(nil) not nil")
	}
}

func TestClipMD(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdef", 4, "abc…"},
		{`ab\*cd`, 4, "ab…"},
		{"see [label](https://x.example/a) now", 20, "see…"},
		{"see [label](https://x.example/a) now", 34, "see [label](https://x.example/a)…"},
		{"line one\nline two is long", 22, "line one\nline two is…"},
		{"line one is long\nab cdef", 20, "line one is long…"},
		{"äöü", 2, "ä…"},
		{"abc", 1, "…"},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		if got := clipMD(tt.in, tt.n); got != tt.want {
			t.Errorf("clipMD(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestComponentsLimits(t *testing.T) {
	d := summarize.Digest{ID: "c1"}
	for i := range 30 {
		d.Parties = append(d.Parties, summarize.Party{Name: fmt.Sprintf("Party %02d with a name of many words, more than eighty characters in all", i)})
	}
	d.Parties[1].Name = d.Parties[0].Name // the same custom ID twice
	d.Parties[2].Name = strings.Repeat("x", maxCustomID)
	d.Parties[3].Name = "  "
	bs := checkComponents(t, Components(bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView}))
	if len(bs) != 22 {
		t.Fatalf("%d buttons, want 20 parties and 2 for the story", len(bs))
	}
	if got := labels(bs[20:]); fmt.Sprint(got) != "[Sources Follow]" {
		t.Errorf("last row %q", got)
	}
	if b := bs[0]; b.CustomID != CustomClaims+"c1|"+d.Parties[0].Name || !strings.HasSuffix(b.Label, "…") {
		t.Errorf("first party button %q %q", b.Label, b.CustomID)
	}
	if want := CustomClaims + "c1|" + d.Parties[4].Name; bs[1].CustomID != want {
		t.Errorf("second party button %q, want %q", bs[1].CustomID, want)
	}
	long := bot.Reply{Kind: bot.KindDigest, Digest: summarize.Digest{ID: strings.Repeat("i", maxCustomID-len(CustomSources))}, View: fullView}
	if got := labels(checkComponents(t, Components(long))); fmt.Sprint(got) != "[Sources Follow]" {
		t.Errorf("buttons of an ID of %d characters: %q", len(long.Digest.ID), got)
	}
}

// busyDigest is as much as the bot sends for latest: 6 parties of 3
// claims, 5 disputes and the newest 10 of 14 articles.
func busyDigest() summarize.Digest {
	d := summarize.Digest{ID: "b1", Title: "An invented council vote on the harbour bridge and its closure",
		Overview: strings.Repeat("The council met and the vote was close. ", 12)}
	for i := range 14 {
		d.Articles = append(d.Articles, summarize.ArticleRef{ID: fmt.Sprint("a", i), Outlet: fmt.Sprint("Outlet ", i%4),
			URL:   fmt.Sprintf("https://www.outlet%d.example/news/2030/03/04/harbour-bridge-closure-extended-%d", i%4, i),
			Title: "Harbour bridge closure extended as repairs drag on", Published: "2030-03-04T09:15:00Z"})
	}
	for p := range 6 {
		party := summarize.Party{Name: fmt.Sprint("Party number ", p)}
		for c := range 3 {
			party.Claims = append(party.Claims, summarize.Claim{Speaker: "Rin Halvorsen", Role: "spokesperson",
				Text: strings.Repeat(fmt.Sprintf("Claim %d says a thing. ", c), 10), Quote: "a short quote", Articles: []string{"a11", "a12", "a13"}})
		}
		d.Parties = append(d.Parties, party)
	}
	for i := range 5 {
		d.Disputes = append(d.Disputes, summarize.Dispute{Topic: fmt.Sprint("Topic ", i), Kind: summarize.BetweenSources, Status: summarize.Open,
			Summary: strings.Repeat("The outlets differ. ", 12), Sides: []summarize.Side{
				{Party: "Outlet 1", Position: strings.Repeat("one view ", 20), Articles: []string{"a1"}},
				{Party: "Outlet 2", Position: strings.Repeat("another view ", 20), Articles: []string{"a2"}}}})
	}
	return d
}

func TestEmbedsBusyDigest(t *testing.T) {
	r := bot.Reply{Kind: bot.KindDigest, Digest: busyDigest(), View: fullView, Omitted: bot.Omitted{Claims: 5, Articles: 4}}
	es := Embeds(r)
	checkEmbeds(t, es)
	if len(es) != 3 || len(es[0].Fields) != 6 || len(es[1].Fields) != 5 || es[2].Title != "Sources" {
		t.Fatalf("%d embeds, want all parties, disputes and sources", len(es))
	}
	for _, f := range es[0].Fields {
		if strings.Count(f.Value, "• **Rin Halvorsen** (spokesperson): Claim ") != 3 || !strings.Contains(f.Value, "Outlet 1") {
			t.Errorf("party field %q:\n%s", f.Name, f.Value)
		}
	}
	for _, f := range es[1].Fields {
		if !strings.Contains(f.Value, "\n• Outlet 1: one view") || !strings.Contains(f.Value, "\n• Outlet 2: another view") {
			t.Errorf("dispute field %q lacks a side:\n%s", f.Name, f.Value)
		}
	}
	if !strings.HasPrefix(es[2].Description, "[Harbour bridge closure extended as repairs drag on](https://www.outlet0.example/news/2030/03/04/harbour-bridge-closure-extended-4) — Outlet 0, <t:1898846100:f>\n") {
		t.Errorf("sources %q", es[2].Description)
	}
	if f := es[2].Footer.Text; !strings.HasPrefix(f, "story b1 · 14 articles\n5 more claims, 4 more articles not shown: /story claims story:b1") {
		t.Errorf("footer %q", f)
	}
}

func TestLimitRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	text := func() string {
		if rng.IntN(5) == 0 {
			return ""
		}
		return strings.Repeat(string([]rune("aé*[\\\n𝄞")[rng.IntN(7)]), rng.IntN(3000))
	}
	for i := range 300 {
		var in []*discordgo.MessageEmbed
		for range rng.IntN(14) {
			e := &discordgo.MessageEmbed{Title: text(), Description: text() + text()}
			if rng.IntN(3) == 0 {
				e.Author = &discordgo.MessageEmbedAuthor{Name: text()}
			}
			for range rng.IntN(30) {
				e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: text(), Value: text()})
			}
			in = append(in, e)
		}
		if len(in) > 0 {
			in[len(in)-1].Footer = &discordgo.MessageEmbedFooter{Text: "end " + text()}
		}
		out := Limit(in)
		checkEmbeds(t, out)
		if len(in) > 0 && !strings.HasPrefix(out[len(out)-1].Footer.Text, "end") {
			t.Errorf("case %d: footer %.40q not kept", i, out[len(out)-1].Footer.Text)
		}
	}
}
