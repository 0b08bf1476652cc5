package slack

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

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
			{ID: "a2", URL: "https://post.example/ferries", Outlet: "Coast Post", Title: "Ferries added", Published: "2030-03-05T18:30:00Z"},
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

// texts returns the text of every section, header and context block.
func texts(blocks []slack.Block) []string {
	var out []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			out = append(out, b.Text.Text)
		case *slack.HeaderBlock:
			out = append(out, b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				out = append(out, e.(*slack.TextBlockObject).Text)
			}
		}
	}
	return out
}

// buttons returns the buttons of an actions block.
func buttons(t *testing.T, b slack.Block) []*slack.ButtonBlockElement {
	t.Helper()
	a, ok := b.(*slack.ActionBlock)
	if !ok {
		t.Fatalf("block %T, want actions", b)
	}
	var out []*slack.ButtonBlockElement
	for _, e := range a.Elements.ElementSet {
		out = append(out, e.(*slack.ButtonBlockElement))
	}
	return out
}

var (
	ourLink  = regexp.MustCompile(`<https?://[^\s<>|]+\|[^<>]*>|<#[A-Z0-9]+>|<!date\^\d+\^[^<>|]+\|[^<>]*>`) // links, channel mentions and dates
	entity   = regexp.MustCompile(`&(amp|lt|gt);`)
	actionOK = map[string]bool{ActionClaims: true, ActionSources: true, ActionFollow: true, ActionLatest: true}
)

// checkLimits fails unless blocks keep every Block Kit limit, escape
// mrkdwn and marshal to JSON.
func checkLimits(t *testing.T, blocks []slack.Block) {
	t.Helper()
	if len(blocks) == 0 || len(blocks) > maxBlocks {
		t.Errorf("%d blocks, want 1 to %d", len(blocks), maxBlocks)
	}
	if _, err := json.Marshal(blocks); err != nil {
		t.Errorf("json.Marshal: %v", err)
	}
	text := func(i int, tx *slack.TextBlockObject, limit int) {
		t.Helper()
		if tx == nil || strings.TrimSpace(tx.Text) == "" {
			t.Errorf("block %d: empty text", i)
			return
		}
		if n := utf8.RuneCountInString(tx.Text); n > limit {
			t.Errorf("block %d: text of %d characters, limit %d", i, n, limit)
		}
		if tx.Type == slack.MarkdownType {
			rest := entity.ReplaceAllString(ourLink.ReplaceAllString(tx.Text, ""), "")
			if strings.ContainsAny(rest, "<>&") {
				t.Errorf("block %d: unescaped or cut mrkdwn in %.200q", i, tx.Text)
			}
		}
	}
	inMessage, blockIDs := map[string]bool{}, map[string]bool{}
	button := func(i int, e slack.BlockElement, inBlock map[string]bool) {
		t.Helper()
		b, ok := e.(*slack.ButtonBlockElement)
		if !ok {
			t.Errorf("block %d: element %T, want a button", i, e)
			return
		}
		text(i, b.Text, maxButtonText)
		if n := utf8.RuneCountInString(b.Value); n > maxButtonValue || n == 0 {
			t.Errorf("block %d: button value of %d characters", i, n)
		}
		if !actionOK[ActionName(b.ActionID)] {
			t.Errorf("block %d: unknown action %q", i, b.ActionID)
		}
		if inBlock[b.ActionID] || inMessage[b.ActionID] {
			t.Errorf("block %d: action_id %q repeated", i, b.ActionID)
		}
		inBlock[b.ActionID], inMessage[b.ActionID] = true, true
	}
	for i, b := range blocks {
		if id := b.ID(); id != "" {
			if blockIDs[id] {
				t.Errorf("block %d: block_id %q repeated", i, id)
			}
			blockIDs[id] = true
		}
		switch b := b.(type) {
		case *slack.SectionBlock:
			text(i, b.Text, maxText)
			if b.Accessory != nil {
				button(i, b.Accessory.ButtonElement, map[string]bool{})
			}
		case *slack.HeaderBlock:
			text(i, b.Text, maxHeader)
			if b.Text.Type != slack.PlainTextType {
				t.Errorf("block %d: header of type %s", i, b.Text.Type)
			}
		case *slack.ContextBlock:
			if n := len(b.ContextElements.Elements); n == 0 || n > 10 {
				t.Errorf("block %d: context of %d elements", i, n)
			}
			for _, e := range b.ContextElements.Elements {
				text(i, e.(*slack.TextBlockObject), maxText)
			}
		case *slack.ActionBlock:
			if n := len(b.Elements.ElementSet); n == 0 || n > maxActionElems {
				t.Errorf("block %d: actions of %d elements", i, n)
			}
			inBlock := map[string]bool{}
			for _, e := range b.Elements.ElementSet {
				button(i, e, inBlock)
			}
		default:
			t.Errorf("block %d: unexpected %T", i, b)
		}
	}
}

func TestBlocksDigest(t *testing.T) {
	d := sampleDigest()
	blocks := Blocks(bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView})
	checkLimits(t, blocks)

	h, ok := blocks[0].(*slack.HeaderBlock)
	if !ok || h.Text.Text != d.Title {
		t.Fatalf("first block %#v, want a header with the title", blocks[0])
	}
	all := texts(blocks)
	if all[1] != "story `s1a2b3` · 4 articles" {
		t.Errorf("context %q", all[1])
	}
	party := map[string]string{}
	for _, s := range all {
		if name, _, ok := strings.Cut(s, "\n"); ok && strings.HasPrefix(name, "*") {
			party[strings.Trim(name, "*")] = s
		}
	}
	council := party["City council"]
	for _, want := range []string{
		"• *Mara Lind* (mayor): The bridge is unsafe for heavy traffic.\n      _“we cannot take the risk”_\n      <https://herald.example/bridge|Velmora Herald>\n",
		"• *Mara Lind* (mayor): Repairs will take six weeks.\n      council-minutes.txt",
	} {
		if !strings.Contains(council, want) {
			t.Errorf("council section lacks %q:\n%s", want, council)
		}
	}
	if strings.Contains(council, "_“Repairs") || strings.Count(council, "Velmora Herald") != 1 {
		t.Errorf("council section repeats a quote or an outlet:\n%s", council)
	}
	if want := "• *Ilse Varn* (chair of the traders' guild): Sales fell by a third.\n      <https://post.example/ferries|Coast Post>, a9"; !strings.Contains(party["Shop owners"], want) {
		t.Errorf("shop owners section lacks %q:\n%s", want, party["Shop owners"])
	}
	if want := "• *Tom Brask*: Two extra ferries"; !strings.Contains(party["Ferry operators"], want) {
		t.Errorf("ferry section lacks %q", want)
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{
		d.Overview,
		"*Disputes*\n*Length of the closure* (between sources, open)\nThe outlets report different durations.\n• Velmora Herald: six weeks\n      <https://herald.example/bridge|Velmora Herald>",
		"*Sources*\n• <https://herald.example/bridge|Bridge shut for repairs> — Velmora Herald, <!date^1898842500^{date_short_pretty} {time}|4 Mar 2030 08:15 UTC>\n" +
			"• <https://post.example/ferries|Ferries added> — Coast Post, <!date^1898965800^{date_short_pretty} {time}|5 Mar 2030 18:30 UTC>\n• council-minutes.txt\n" +
			"• <https://herald.example/bridge-2|Closure extended> — Velmora Herald",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("blocks lack %q:\n%s", want, joined)
		}
	}

	var claims []*slack.ButtonBlockElement
	for _, b := range blocks[:len(blocks)-1] {
		if _, ok := b.(*slack.ActionBlock); ok {
			claims = append(claims, buttons(t, b)...)
		}
	}
	if len(claims) != 3 {
		t.Fatalf("%d party buttons, want 3", len(claims))
	}
	for i, p := range d.Parties {
		b := claims[i]
		if b.Text.Text != "All claims by "+p.Name || b.Value != d.ID+"|"+p.Name || ActionName(b.ActionID) != ActionClaims {
			t.Errorf("party button %d: %q %q %q", i, b.Text.Text, b.ActionID, b.Value)
		}
	}
	if claims[0].ActionID != ActionClaims || claims[2].ActionID != ActionClaims+"#3" {
		t.Errorf("party button action IDs %q, %q", claims[0].ActionID, claims[2].ActionID)
	}
}

func TestDigestButtons(t *testing.T) {
	tests := []struct {
		name string
		view bot.View
		want []string
	}{
		{"latest", fullView, []string{"Sources", "Follow"}},
		{"sources", bot.View{Sources: true}, []string{"Follow", "Latest"}},
		{"claims", bot.View{Claims: true}, []string{"Sources", "Follow", "Latest"}},
		{"disputes", bot.View{Disputes: true}, []string{"Sources", "Follow", "Latest"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := Blocks(bot.Reply{Kind: bot.KindDigest, Digest: sampleDigest(), View: tt.view})
			checkLimits(t, blocks)
			var got []string
			for _, b := range buttons(t, blocks[len(blocks)-1]) {
				got = append(got, b.Text.Text)
				if b.Value != "s1a2b3" {
					t.Errorf("button %s: value %q", b.Text.Text, b.Value)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("buttons %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBlocksEscaping(t *testing.T) {
	d := summarize.Digest{
		ID: "e5", Title: "Tom & Jerry <live>", Overview: "Fares < costs & wages > prices <!channel>",
		Articles: []summarize.ArticleRef{{ID: "x", URL: "https://news.example/a?b=1&c=2|3", Outlet: "Smith & Sons <Daily>"}},
		Parties: []summarize.Party{{Name: "R&D <team>", Claims: []summarize.Claim{
			{Speaker: "<@U123>", Text: "a < b && c > d", Quote: "x<y", Articles: []string{"x"}},
		}}},
	}
	blocks := Blocks(bot.Reply{Kind: bot.KindDigest, Digest: d, View: bot.View{Overview: true, Claims: true}})
	checkLimits(t, blocks)
	joined := strings.Join(texts(blocks), "\n")
	for _, want := range []string{
		"Tom & Jerry <live>", // the header is plain text
		"Fares &lt; costs &amp; wages &gt; prices &lt;!channel&gt;",
		"*R&amp;D &lt;team&gt;*",
		"• *&lt;@U123&gt;*: a &lt; b &amp;&amp; c &gt; d\n      _“x&lt;y”_\n      <https://news.example/a?b=1&c=2%7C3|Smith &amp; Sons &lt;Daily&gt;>",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("blocks lack %q:\n%s", want, joined)
		}
	}
}

func TestBlocksStories(t *testing.T) {
	upd := time.Date(2030, 3, 5, 19, 30, 0, 0, time.FixedZone("CET", 3600))
	r := bot.Reply{Kind: bot.KindStories, Text: "Which story do you mean?", Stories: []bot.StoryInfo{
		{ID: "s1a2b3", Title: "Harbour bridge closure", Articles: 4, Updated: upd},
		{ID: "k7", Title: "Library <reopening> & fees", Articles: 1},
	}, Omitted: bot.Omitted{Stories: 3}}
	blocks := Blocks(r)
	checkLimits(t, blocks)
	want := []string{
		"Which story do you mean?",
		"*Harbour bridge closure* — 4 articles, updated 5 Mar 18:30 · `s1a2b3`",
		"*Library &lt;reopening&gt; &amp; fees* — 1 article · `k7`",
		"3 more stories not shown.",
	}
	if got := texts(blocks); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("texts\n%q\nwant\n%q", got, want)
	}
	for i, id := range []string{ActionLatest, ActionLatest + "#2"} {
		b := blocks[i+1].(*slack.SectionBlock).Accessory.ButtonElement
		if b.ActionID != id || b.Value != r.Stories[i].ID || b.Text.Text != "Latest" {
			t.Errorf("story %d button %q %q %q", i, b.ActionID, b.Value, b.Text.Text)
		}
	}

	many := bot.Reply{Kind: bot.KindStories}
	for i := range 500 {
		many.Stories = append(many.Stories, bot.StoryInfo{ID: fmt.Sprintf("id%03d", i), Title: strings.Repeat("Long & title ", 40), Articles: i})
	}
	checkLimits(t, Blocks(many))
}

func TestBlocksText(t *testing.T) {
	tests := []struct {
		name string
		r    bot.Reply
		want []string
	}{
		{"error", bot.Reply{Kind: bot.KindError, Code: "not_found", Text: "No story zz9 in this workspace."},
			[]string{":warning: No story zz9 in this workspace."}},
		{"text", bot.Reply{Kind: bot.KindText, Text: "Following s1a2b3 here, daily 09:00 UTC.\n"},
			[]string{"Following s1a2b3 here, daily 09:00 UTC."}},
		{"help", bot.Reply{Kind: bot.KindText, Text: "Commands:\n  latest STORY - the digest\n  list - the stories <newest first>\n"},
			[]string{"```\nCommands:\n  latest STORY - the digest\n  list - the stories &lt;newest first&gt;\n```"}},
		{"indented error", bot.Reply{Kind: bot.KindError, Text: "Usage:\n  follow STORY"},
			[]string{":warning: \n```\nUsage:\n  follow STORY\n```"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := Blocks(tt.r)
			checkLimits(t, blocks)
			if got := texts(blocks); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("texts %q, want %q", got, tt.want)
			}
		})
	}
	help := Blocks(bot.Reply{Kind: bot.KindText, Text: bot.Usage()})
	checkLimits(t, help)
	if s := texts(help)[0]; !strings.HasPrefix(s, "```\n") || !strings.Contains(s, "\n  latest STORY - ") {
		t.Errorf("help not shown as is:\n%s", s)
	}
}

func TestBlocksReplyText(t *testing.T) {
	d := sampleDigest()
	d.Disputes, d.Parties = nil, nil // as the bot cuts a disputes view
	r := bot.Reply{Kind: bot.KindDigest, Text: "No disputes in \"Harbour bridge closure\" so far.", Digest: d, View: bot.View{Disputes: true}}
	blocks := Blocks(r)
	checkLimits(t, blocks)
	if len(blocks) != 2 || texts(blocks)[0] != "No disputes in \"Harbour bridge closure\" so far." {
		t.Errorf("texts %q", texts(blocks))
	}

	r = bot.Reply{Kind: bot.KindDigest, Text: "Note & more.", Digest: sampleDigest(), View: fullView, Omitted: bot.Omitted{Claims: 11}}
	blocks = Blocks(r)
	checkLimits(t, blocks)
	all := texts(blocks)
	if all[0] != "Note &amp; more." {
		t.Errorf("first text %q", all[0])
	}
	if got, want := all[len(all)-1], "11 more claims not shown: /story claims s1a2b3"; got != want {
		t.Errorf("omitted note %q, want %q", got, want)
	}
	if _, ok := blocks[len(blocks)-1].(*slack.ActionBlock); !ok {
		t.Errorf("digest ends with %T", blocks[len(blocks)-1])
	}
}

func TestOmittedNote(t *testing.T) {
	d := sampleDigest()
	tests := []struct {
		name string
		r    bot.Reply
		want string
	}{
		{"none", bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView}, ""},
		{"latest", bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView, Omitted: bot.Omitted{Parties: 1, Claims: 4, Disputes: 2}},
			"1 more party, 4 more claims, 2 more disputes not shown: /story claims s1a2b3"},
		{"claims", bot.Reply{Kind: bot.KindDigest, Digest: d, View: bot.View{Claims: true}, Omitted: bot.Omitted{Claims: 4}},
			"4 more claims not shown: /story claims s1a2b3 by PARTY"},
		{"one party", bot.Reply{Kind: bot.KindDigest, Digest: summarize.Digest{ID: "s1a2b3", Parties: d.Parties[:1]}, View: bot.View{Claims: true}, Omitted: bot.Omitted{Claims: 4}},
			"4 more claims not shown."},
		{"articles", bot.Reply{Kind: bot.KindDigest, Digest: d, View: bot.View{Sources: true}, Omitted: bot.Omitted{Articles: 12}},
			"12 more articles not shown."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := omittedNote(tt.r); got != tt.want {
				t.Errorf("omittedNote = %q, want %q", got, tt.want)
			}
		})
	}
}

// hugeDigest is far beyond what the bot sends: every limit must still hold.
func hugeDigest(id string) summarize.Digest {
	long := func(n int, s string) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	d := summarize.Digest{ID: id, Title: long(400, "Endless <saga> & co "), Overview: long(7000, "word & <b> ")}
	for i := range 300 {
		d.Articles = append(d.Articles, summarize.ArticleRef{
			ID: fmt.Sprintf("a%d", i), URL: fmt.Sprintf("https://outlet%d.example/%s", i%40, long(300, "path/")),
			Outlet: long(150, fmt.Sprintf("Outlet %d & ", i%40)), Title: long(400, "Headline <x> & "),
			Published: "2030-01-02T03:04:05Z",
		})
	}
	var all []string
	for _, a := range d.Articles {
		all = append(all, a.ID)
	}
	for p := range 30 {
		party := summarize.Party{Name: long(400, fmt.Sprintf("Party %d & <friends> ", p))}
		for c := range 40 {
			party.Claims = append(party.Claims, summarize.Claim{
				Speaker: long(300, "Speaker & "), Role: long(300, "role <r> "),
				Text: long(1000, fmt.Sprintf("claim %d & <more> ", c)), Quote: long(600, "quote & ") + " … " + long(600, "<other> "),
				Articles: all,
			})
		}
		d.Parties = append(d.Parties, party)
	}
	for range 60 {
		x := summarize.Dispute{Topic: long(500, "topic & "), Kind: summarize.BetweenParties, Status: summarize.Resolved, Summary: long(3000, "summary <s> ")}
		for s := range 5 {
			x.Sides = append(x.Sides, summarize.Side{Party: fmt.Sprintf("Party %d", s), Position: long(2500, "position & "), Articles: all})
		}
		d.Disputes = append(d.Disputes, x)
	}
	return d
}

func TestBlocksHuge(t *testing.T) {
	tests := []struct {
		name string
		id   string
		view bot.View
	}{
		{"latest", "h1", fullView},
		{"claims", "h1", bot.View{Claims: true}},
		{"disputes", "h1", bot.View{Disputes: true}},
		{"sources", "h1", bot.View{Sources: true}},
		{"long ID", strings.Repeat("id&", 1500), fullView},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bot.Reply{Kind: bot.KindDigest, Digest: hugeDigest(tt.id), View: tt.view,
				Omitted: bot.Omitted{Parties: 3, Claims: 400, Disputes: 7, Articles: 290}}
			blocks := Blocks(r)
			checkLimits(t, blocks)
			if _, ok := blocks[len(blocks)-1].(*slack.ActionBlock); !ok {
				t.Errorf("digest ends with %T, want its buttons", blocks[len(blocks)-1])
			}
			if tt.view.Claims && !strings.HasPrefix(texts(blocks)[len(texts(blocks))-2], "… ") {
				t.Errorf("no note of the blocks left out: %q", texts(blocks)[len(texts(blocks))-2])
			}
			if n := utf8.RuneCountInString(Fallback(r)); n > maxText {
				t.Errorf("fallback of %d characters", n)
			}
		})
	}
}

func TestBlocksTitleOnly(t *testing.T) {
	for _, d := range []summarize.Digest{{Title: "Quiet story"}, {ID: "q1", Title: "Quiet story"}} {
		blocks := Blocks(bot.Reply{Kind: bot.KindDigest, Digest: d, View: fullView})
		checkLimits(t, blocks)
		if h, ok := blocks[0].(*slack.HeaderBlock); !ok || h.Text.Text != "Quiet story" {
			t.Errorf("%+v: first block %#v", d, blocks[0])
		}
		_, buttons := blocks[len(blocks)-1].(*slack.ActionBlock)
		if buttons != (d.ID != "") {
			t.Errorf("%+v: last block %T", d, blocks[len(blocks)-1])
		}
	}
	checkLimits(t, Blocks(bot.Reply{Kind: bot.KindDigest}))
}

func TestFit(t *testing.T) {
	var body []slack.Block
	body = append(body, slack.NewHeaderBlock(plain(strings.Repeat("h", 400))))
	for i := range 70 {
		body = append(body, section(strings.Repeat("x", i)+strings.Repeat("a &amp; b ", 600)))
	}
	var btns []slack.BlockElement
	for range 30 {
		btns = append(btns, slack.NewButtonBlockElement(ActionFollow, strings.Repeat("v", 3000), plain(strings.Repeat("t", 100))))
	}
	body = append(body, slack.NewActionBlock("", btns...))
	tail := []slack.Block{slack.NewActionBlock("", slack.NewButtonBlockElement(ActionFollow, "s1", plain("Follow")))}

	blocks := fit(body, tail)
	checkLimits(t, blocks)
	if len(blocks) != maxBlocks {
		t.Errorf("%d blocks, want %d", len(blocks), maxBlocks)
	}
	// 1 header, 70 sections and 2 actions blocks: the first 48 kept.
	if got := texts(blocks[48:49]); len(got) != 1 || got[0] != "… 25 more items not shown" {
		t.Errorf("note %q", got)
	}
	if b := buttons(t, blocks[49]); len(b) != 1 || b[0].ActionID != ActionFollow || b[0].Value != "s1" {
		t.Errorf("tail not kept: %#v", blocks[49])
	}

	few := fit(body[len(body)-1:], nil)
	checkLimits(t, few)
	if len(few) != 2 || len(buttons(t, few[1])) != 5 || buttons(t, few[1])[4].ActionID != ActionFollow+"#30" {
		t.Errorf("30 buttons not split 25+5 with unique IDs")
	}
}

func TestActionName(t *testing.T) {
	tests := map[string]string{
		"storybot_claims":     "storybot_claims",
		"storybot_claims#2":   "storybot_claims",
		"storybot_latest#117": "storybot_latest",
		"storybot_claims#":    "storybot_claims#",
		"storybot#x":          "storybot#x",
		"":                    "",
	}
	for in, want := range tests {
		if got := ActionName(in); got != want {
			t.Errorf("ActionName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClipAndPack(t *testing.T) {
	tests := []struct{ in, want string }{
		{"short", "short"},
		{"abcd&amp;efgh", "abcd&amp;…"},
		{"abcdef&amp;gh", "abcdef…"},
		{"ab <https://x.example|label> cd", "ab …"},
		{"ab &lt;cdefghijk", "ab &lt;cd…"},
		{"éééééééééééé", "ééééééééé…"},
	}
	for _, tt := range tests {
		if got := clipM(tt.in, 10); got != tt.want {
			t.Errorf("clipM(%q, 10) = %q, want %q", tt.in, got, tt.want)
		}
	}
	got := pack([]string{"one", "two", strings.TrimSpace(strings.Repeat("word ", 10)), "", "end"}, 20)
	want := []string{"one\ntwo", "word word word word", "word word word word", "word word\n\nend"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pack = %q, want %q", got, want)
	}
}

func TestFallback(t *testing.T) {
	r := bot.Reply{Kind: bot.KindDigest, Digest: sampleDigest(), View: fullView}
	got := Fallback(r)
	if !strings.HasPrefix(got, "# Harbour bridge closure in Velmora\n") || strings.HasSuffix(got, "\n") {
		t.Errorf("fallback:\n%s", got)
	}
}

// TestBlocksTimes checks how article times are shown: as Slack's date
// token, which each reader's client shows in the reader's own time zone,
// with how long ago as the text of clients that cannot; in a digest of
// changes, in the follow's zone.
func TestBlocksTimes(t *testing.T) {
	now := time.Date(2030, 3, 5, 21, 40, 0, 0, time.UTC)
	all := strings.Join(texts(Blocks(bot.Reply{Kind: bot.KindDigest, Digest: sampleDigest(), View: bot.View{Sources: true}, Now: now})), "\n")
	if !strings.Contains(all, "Coast Post, <!date^1898965800^{date_short_pretty} {time}|3 h ago>") {
		t.Errorf("sources:\n%s", all)
	}
	zone := time.FixedZone("CET", 3600)
	all = strings.Join(texts(Blocks(bot.Reply{Kind: bot.KindDigest, Digest: sampleDigest(), View: bot.View{Sources: true}, Now: now,
		Changes: &bot.Changes{Since: now.Add(-48 * time.Hour), Zone: zone, Articles: 4}})), "\n")
	if !strings.Contains(all, "Coast Post, 5 Mar 19:30 CET") {
		t.Errorf("sources of a digest of changes:\n%s", all)
	}
}
