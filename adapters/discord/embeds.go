package discord

import (
	"cmp"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// MaxEmbedChars is Discord's cap on the texts of all the embeds of one
// message: titles, descriptions, field names and values, footers and
// author names, in characters.
const MaxEmbedChars = 6000

// EmbedColor is the accent color of storybot's embeds.
const EmbedColor = 0x3B82F6

// Discord's limits (discord.com/developers/docs/resources/message), in
// characters.
const (
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthor      = 256
	maxContent     = 2000
	maxRows        = 5
	maxRowButtons  = 5
	maxLabel       = 80
	maxCustomID    = 100
	// maxButtonURL bounds a link button's URL.
	maxButtonURL = 512
	// maxURL bounds a linked address; longer ones are named, not linked.
	maxURL = 300
	// noteRoom is kept free for the note of what Limit cut.
	noteRoom = 40
)

var (
	mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`,
		">", `\>`, "<", `\<`, "[", `\[`, "]", `\]`, "#", `\#`)
	urlEscaper  = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")
	pingDefuser = strings.NewReplacer("@everyone", "@\u200beveryone", "@here", "@\u200bhere")
	latestView  = bot.View{Overview: true, Claims: true, Disputes: true, Sources: true}
	claimsView  = bot.View{Claims: true}
	sourcesView = bot.View{Sources: true}
)

// Embeds renders a reply as embeds within Discord's limits (see Limit).
// A digest shows its title and overview, a field per party (claims with
// their sources as links), its disputes and its newest bot.MaxArticles
// sources, with a footer naming the story and what the reply left out; a
// list of stories is one embed. Text and error replies, and a digest whose
// Reply.Text says it all, have no embeds: Content carries them (a text too
// long for the content goes into embeds instead). User-provided text is
// escaped for Discord's markdown.
func Embeds(r bot.Reply) []*discordgo.MessageEmbed {
	var es []*discordgo.MessageEmbed
	switch r.Kind {
	case bot.KindDigest:
		es = digestEmbeds(r)
	case bot.KindStories:
		es = storiesEmbeds(r)
	case bot.KindFollows:
		es = followsEmbeds(r)
	case bot.KindText:
		if s := formatText(r.Text, "", -1); runeLen(s) > maxContent {
			es = []*discordgo.MessageEmbed{{Description: formatText(r.Text, "", maxDescription)}}
		}
	}
	if len(es) == 0 {
		return nil
	}
	for _, e := range es {
		e.Color = EmbedColor
	}
	return Limit(es)
}

// Content returns the content of a reply's message, at most 2,000
// characters: a text reply's text (help, with indented lines, in a code
// block; none if too long, as Embeds shows it), an error's text after
// ":warning: ", and otherwise Reply.Text. Mentions of everyone and here
// are defused; the caller should still restrict allowed mentions.
func Content(r bot.Reply) string {
	switch r.Kind {
	case bot.KindText:
		if s := formatText(r.Text, "", -1); runeLen(s) <= maxContent {
			return s
		}
		return ""
	case bot.KindError:
		return formatText(r.Text, ":warning: ", maxContent)
	}
	return clipMD(escContent(strings.TrimSpace(r.Text)), maxContent)
}

// Components returns the buttons of a reply: for a digest with an ID, "All
// claims by PARTY" per party, then Sources, Follow, a link button "Open
// story page" (with Reply.PageURL) and Latest (leaving out what the view
// already shows); for a list of stories, Latest for each of
// the first 25. It keeps Discord's limits: at most 5 rows of 5 buttons,
// labels of 80 characters, unique custom IDs of at most 100 (a party whose
// ID would be longer gets no button).
func Components(r bot.Reply) []discordgo.MessageComponent {
	var first, last []discordgo.Button
	seen := map[string]bool{}
	add := func(list *[]discordgo.Button, style discordgo.ButtonStyle, label, id string) {
		if runeLen(id) > maxCustomID || seen[id] {
			return
		}
		seen[id] = true
		*list = append(*list, discordgo.Button{Label: clipMD(label, maxLabel), Style: style, CustomID: id})
	}
	switch d, v := r.Digest, r.View; {
	case r.Kind == bot.KindDigest && d.ID != "":
		if !(v == claimsView && len(d.Parties) == 1) {
			for _, p := range d.Parties {
				if strings.TrimSpace(p.Name) != "" {
					add(&first, discordgo.SecondaryButton, "All claims by "+p.Name, CustomClaims+d.ID+"|"+p.Name)
				}
			}
		}
		if v != sourcesView {
			add(&last, discordgo.SecondaryButton, "Sources", CustomSources+d.ID)
		}
		add(&last, discordgo.PrimaryButton, "Follow", CustomFollow+d.ID)
		if u := r.PageURL; u != "" && len(u) <= maxButtonURL {
			last = append(last, discordgo.Button{Label: "Open story page", Style: discordgo.LinkButton, URL: u})
		}
		if v != latestView {
			add(&last, discordgo.SecondaryButton, "Latest", CustomLatest+d.ID)
		}
	case r.Kind == bot.KindStories:
		for _, s := range r.Stories[:min(len(r.Stories), maxRows*maxRowButtons)] {
			if s.ID != "" {
				add(&first, discordgo.SecondaryButton, "Latest: "+cmp.Or(s.Title, s.ID), CustomLatest+s.ID)
			}
		}
	}
	lastRows := (len(last) + maxRowButtons - 1) / maxRowButtons
	first = first[:min(len(first), (maxRows-lastRows)*maxRowButtons)]
	var rows []discordgo.MessageComponent
	for _, bs := range [][]discordgo.Button{first, last} {
		for len(bs) > 0 {
			k := min(len(bs), maxRowButtons)
			row := discordgo.ActionsRow{}
			for _, b := range bs[:k] {
				row.Components = append(row.Components, b)
			}
			rows, bs = append(rows, row), bs[k:]
		}
	}
	return rows
}

// digestEmbeds renders the parts of a digest the view shows.
func digestEmbeds(r bot.Reply) []*discordgo.MessageEmbed {
	d, v := r.Digest, r.View
	if r.Text != "" && len(d.Parties) == 0 && len(d.Disputes) == 0 && !v.Sources {
		return nil // the content says it all, as in bot.WriteText
	}
	claimsBudget, disputesBudget := 2400, 1000 // of the 6,000 of a message
	if v != latestView {
		claimsBudget, disputesBudget = 5000, 5000
	}
	m := &embedMsg{src: make(map[string]source, len(d.Articles))}
	for _, a := range bot.Sources(r) {
		m.src[a.ID] = source{cmp.Or(a.Outlet, articleName(a)), a.URL}
	}
	if r.Changes != nil {
		m.zone = bot.Zone(r)
	}
	main := &discordgo.MessageEmbed{Title: md(cmp.Or(strings.TrimSpace(d.Title), d.ID, "Story"), maxTitle)}
	if v.Overview {
		main.Description = md(d.Overview, 1000)
	}
	m.embeds = []*discordgo.MessageEmbed{main}
	if v.Claims && len(d.Parties) > 0 {
		m.addFields("", m.parties(d.Parties, claimsBudget))
	}
	if v.Disputes && len(d.Disputes) > 0 {
		m.addFields("Disputes", m.disputes(d.Disputes, disputesBudget))
	}
	if v.Sources && len(d.Articles) > 0 {
		m.sources(d.Articles)
	}
	foot := joinSet(" · ", enclose("story ", d.ID, ""), bot.ArticleCount(r))
	m.embeds[len(m.embeds)-1].Footer = &discordgo.MessageEmbedFooter{Text: joinSet("\n", foot, omittedNote(r))}
	return m.embeds
}

// embedMsg collects the embeds of a digest.
type embedMsg struct {
	embeds []*discordgo.MessageEmbed
	src    map[string]source // the digest's articles, by ID
	zone   *time.Location    // of a digest of changes, else nil
}

// source is how a claim names an article.
type source struct{ name, url string }

// addFields adds fields to the last embed, or to a new one titled title,
// 25 to an embed.
func (m *embedMsg) addFields(title string, fs []*discordgo.MessageEmbedField) {
	e := m.embeds[len(m.embeds)-1]
	if title != "" {
		e = &discordgo.MessageEmbed{Title: title}
		m.embeds = append(m.embeds, e)
	}
	for _, f := range fs {
		if len(e.Fields) == maxFields {
			e = &discordgo.MessageEmbed{}
			m.embeds = append(m.embeds, e)
		}
		e.Fields = append(e.Fields, f)
	}
}

// parties returns a field per party (more for a long one), its claims
// sharing about budget characters.
func (m *embedMsg) parties(ps []summarize.Party, budget int) []*discordgo.MessageEmbedField {
	n := 0
	for _, p := range ps {
		n += len(p.Claims)
	}
	per := min(max(budget/max(n, 1), 150), maxFieldValue)
	var fs []*discordgo.MessageEmbedField
	for _, p := range ps {
		name := clipMD(escMD(cmp.Or(strings.TrimSpace(p.Name), "Unnamed party")), maxFieldName-len(" (cont.)"))
		lines := []string{}
		for _, c := range p.Claims {
			lines = append(lines, m.claim(c, per))
		}
		if len(lines) == 0 {
			lines = append(lines, "_No claims shown._")
		}
		for i, v := range packLines(lines, maxFieldValue) {
			if i == 1 {
				name += " (cont.)"
			}
			fs = append(fs, &discordgo.MessageEmbedField{Name: name, Value: v})
		}
	}
	return fs
}

// claim renders one claim in about n characters: who, what, the quote
// when the text does not carry it, and the sources.
func (m *embedMsg) claim(c summarize.Claim, n int) string {
	who := joinSet(" ", enclose("**", md(c.Speaker, n/6), "**"), enclose("(", md(c.Role, n/6), ")"))
	var quotes string
	for _, q := range strings.Split(c.Quote, " … ") {
		if q = strings.TrimSpace(q); q != "" && !strings.Contains(c.Text, q) && runeLen(quotes) < n/4 {
			quotes += "\n  _“" + md(q, n/4) + "”_"
		}
	}
	return entry("• "+enclose("", who, ": "), c.Text, quotes+enclose("\n  ", m.links(c.Articles, n/3), ""), n)
}

// disputes returns a field per dispute, sharing about budget characters.
func (m *embedMsg) disputes(ds []summarize.Dispute, budget int) []*discordgo.MessageEmbedField {
	per := min(max(budget/len(ds), 150), maxFieldValue)
	fs := make([]*discordgo.MessageEmbedField, 0, len(ds))
	for _, x := range ds {
		about := md(joinSet(" · ", strings.ReplaceAll(x.Kind, "_", " "), x.Status), 60)
		name := md(cmp.Or(x.Topic, "Dispute"), maxFieldName-runeLen(about)-3)
		lines := []string{md(x.Summary, per/3)}
		for _, s := range x.Sides {
			lines = append(lines, entry("• "+md(cmp.Or(s.Party, "Unnamed"), 60)+": ", s.Position,
				enclose(" — ", m.links(s.Articles, per/6), ""), (per-per/3)/len(x.Sides)))
		}
		fs = append(fs, &discordgo.MessageEmbedField{Name: joinSet(" · ", name, about),
			Value: clipMD(strings.TrimSpace(strings.Join(lines, "\n")), maxFieldValue)})
	}
	return fs
}

// entry is head, text and tail in about n characters: the text is cut to
// what head and tail leave, but to no less than 60 characters.
func entry(head, text, tail string, n int) string {
	return head + md(text, max(60, n-runeLen(head)-runeLen(tail))) + tail
}

// sources lists the newest bot.MaxArticles articles (they come oldest
// first).
func (m *embedMsg) sources(arts []summarize.ArticleRef) {
	arts = arts[max(0, len(arts)-bot.MaxArticles):]
	lines := make([]string, len(arts))
	for i, a := range arts {
		about := joinSet(", ", md(a.Outlet, 80), when(a.Published, m.zone))
		lines[i] = link(a.URL, articleName(a), 150) + enclose(" — ", about, "")
	}
	m.embeds = append(m.embeds, &discordgo.MessageEmbed{Title: "Sources", Description: strings.Join(lines, "\n")})
}

// links names the articles in about n characters, each outlet once, as
// links while they fit.
func (m *embedMsg) links(ids []string, n int) string {
	var out []string
	seen := map[string]bool{}
	size, more := 0, 0
	for _, id := range ids {
		s, ok := m.src[id]
		if !ok {
			s = source{name: id}
		}
		if seen[s.name] {
			continue
		}
		seen[s.name] = true
		if size >= n {
			more++
			continue
		}
		l := link(s.url, s.name, 80)
		if size+runeLen(l) > n {
			l = md(s.name, 80)
		}
		if size > 0 && size+runeLen(l) > n {
			more++
			continue
		}
		out, size = append(out, l), size+runeLen(l)+2
	}
	if more > 0 {
		out = append(out, fmt.Sprintf("+%d more", more))
	}
	return strings.Join(out, ", ")
}

// storiesEmbeds lists stories in one embed.
func storiesEmbeds(r bot.Reply) []*discordgo.MessageEmbed {
	if len(r.Stories) == 0 {
		return nil
	}
	e := &discordgo.MessageEmbed{Title: "Stories"}
	lines := make([]string, len(r.Stories))
	for i, s := range r.Stories {
		l := "**" + md(cmp.Or(s.Title, s.ID), 200) + "** — " + articles(s.Articles)
		if !s.Updated.IsZero() {
			l += ", updated " + s.Updated.UTC().Format("2 Jan 15:04")
		}
		lines[i] = l + enclose(" · `", strings.ReplaceAll(clipMD(s.ID, 100), "`", ""), "`")
	}
	e.Description = strings.Join(lines, "\n")
	if note := joinSet("\n", omittedNote(r), bot.PageNote(r.Paging, "/story list page:%d")); note != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: note}
	}
	return []*discordgo.MessageEmbed{e}
}

// followsEmbeds lists follows in one embed: this channel's, then the
// others' under their channel.
func followsEmbeds(r bot.Reply) []*discordgo.MessageEmbed {
	if len(r.Follows) == 0 {
		return nil
	}
	var lines []string
	for i, l := range r.Follows {
		switch {
		case l.Here && i == 0:
			lines = append(lines, "**Here**")
		case !l.Here && (i == 0 || r.Follows[i-1].Here || r.Follows[i-1].Channel != l.Channel):
			lines = append(lines, "**In "+channelRef(l.Channel)+"**")
		}
		lines = append(lines, "• "+md(bot.FollowText(l), 300))
	}
	e := &discordgo.MessageEmbed{Title: "Follows", Description: clipMD(strings.Join(lines, "\n"), maxDescription)}
	if note := omittedNote(r); note != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: note}
	}
	return []*discordgo.MessageEmbed{e}
}

// channelRef is a mention of a Discord channel ID (a snowflake), else
// the name escaped.
func channelRef(id string) string {
	if id != "" && strings.Trim(id, "0123456789") == "" {
		return "<#" + id + ">"
	}
	return md(id, 80)
}

// omittedNote says what the reply left out and, when a command shows more,
// which.
func omittedNote(r bot.Reply) string {
	t := bot.OmittedText(r.Omitted)
	if t == "" {
		return ""
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "("), ".)")
	o, id := r.Omitted, r.Digest.ID
	switch {
	case r.Kind != bot.KindDigest || id == "" || o.Parties+o.Claims == 0:
	case r.View != claimsView:
		return t + ": /story claims story:" + id
	case len(r.Digest.Parties) > 1:
		return t + ": /story claims story:" + id + " party:PARTY"
	}
	return t + "."
}

// formatText is prefix and a message, in a code block if it has indented
// lines (help), else escaped; cut to n characters unless n < 0.
func formatText(s, prefix string, n int) string {
	if s = strings.TrimRight(s, "\n "); !isIndented(s) {
		s = prefix + escContent(s)
		if n >= 0 {
			s = clipMD(s, n)
		}
		return s
	}
	if prefix != "" {
		prefix += "\n"
	}
	s = strings.ReplaceAll(s, "```", "`\u200b``")
	if n >= 0 {
		s = clipMD(s, n-runeLen(prefix)-8)
	}
	return prefix + "```\n" + s + "\n```"
}

func isIndented(s string) bool { return strings.HasPrefix(s, "  ") || strings.Contains(s, "\n  ") }

// link is [label](url) for a web address, else the label, escaped and
// cut to n characters.
func link(url, label string, n int) string {
	label = md(label, n)
	if (!strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://")) ||
		runeLen(url) > maxURL || strings.ContainsFunc(url, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return label
	}
	return "[" + label + "](" + urlEscaper.Replace(url) + ")"
}

// when formats an RFC 3339 time: with a zone (a digest of changes) as
// "2 Jan 15:04 MST" in that zone; else as Discord's timestamp markup,
// which each reader's client shows in the reader's own time zone.
func when(s string, zone *time.Location) string {
	t, err := time.Parse(time.RFC3339, s)
	switch {
	case err != nil:
		return escMD(clipMD(s, 40))
	case zone != nil:
		return escMD(t.In(zone).Format("2 Jan 15:04 MST"))
	}
	return fmt.Sprintf("<t:%d:f>", t.Unix())
}

func escMD(s string) string      { return mdEscaper.Replace(s) }
func md(s string, n int) string  { return clipMD(escMD(strings.TrimSpace(s)), n) }
func escContent(s string) string { return pingDefuser.Replace(escMD(s)) }

// packLines joins lines into as few texts of at most n characters as it
// can, cutting longer lines.
func packLines(lines []string, n int) []string {
	var out []string
	cur := ""
	for _, l := range lines {
		l = clipMD(l, n)
		switch {
		case cur == "":
			cur = l
		case runeLen(cur)+1+runeLen(l) > n:
			out, cur = append(out, cur), l
		default:
			cur += "\n" + l
		}
	}
	if strings.TrimSpace(cur) != "" {
		out = append(out, cur)
	}
	return out
}

// clipMD cuts markdown (or plain text) to n characters, ending with "…"
// if cut: not within an escape or a link, and at a line's end when one is
// near.
func clipMD(s string, n int) string {
	if runeLen(s) <= n {
		return s
	}
	if n < 2 {
		return strings.Repeat("…", max(n, 0))
	}
	end := len(string([]rune(s)[:n-1]))
	cut, open, state := end, -1, 0 // state: 0 text, 1 link label, 2 link address
	for i := 0; i < end; i++ {
		switch c := s[i]; {
		case c == '\\' && state < 2:
			if i+1 >= end {
				cut = i
			}
			i++
		case c == '[' && state == 0:
			open, state = i, 1
		case c == ']' && state == 1 && i+1 < len(s) && s[i+1] == '(':
			state, i = 2, i+1
		case c == ']' && state == 1:
			state = 0
		case c == ')' && state == 2:
			state = 0
		}
	}
	if state != 0 && open > 0 {
		cut = open
	}
	if nl := strings.LastIndexByte(s[:cut], '\n'); nl > 0 && runeLen(s[nl:cut]) < n/4 {
		cut = nl
	}
	return strings.TrimRight(s[:cut], " \n") + "…"
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// embedChars counts the characters of embeds as Discord does.
func embedChars(es []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range es {
		n += fixedChars(e) + runeLen(e.Description)
		for _, f := range e.Fields {
			n += runeLen(f.Name) + runeLen(f.Value)
		}
	}
	return n
}

// fixedChars counts an embed's texts other than description and fields.
func fixedChars(e *discordgo.MessageEmbed) int {
	n := runeLen(e.Title)
	if e.Author != nil {
		n += runeLen(e.Author.Name)
	}
	if e.Footer != nil {
		n += runeLen(e.Footer.Text)
	}
	return n
}

// weight is what dropping an embed leaves out: its fields, or itself.
func weight(e *discordgo.MessageEmbed) int { return max(1, len(e.Fields)) }

func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u200b"
	}
	return s
}

// articleName is an article's title, or else its file's or its address.
func articleName(a summarize.ArticleRef) string {
	if a.Title == "" && a.File != "" {
		return filepath.Base(a.File)
	}
	return cmp.Or(a.Title, a.URL, a.ID)
}

// joinSet joins the non-empty strings with sep.
func joinSet(sep string, s ...string) string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return strings.Join(out, sep)
}

// enclose is open+s+close, or "" for an empty s.
func enclose(open, s, close string) string {
	if s == "" {
		return ""
	}
	return open + s + close
}

func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}
