package slack

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize"
)

// Block Kit limits (docs.slack.dev/reference/block-kit), in characters.
const (
	maxBlocks      = 50
	maxText        = 3000 // a section's or context element's text
	maxHeader      = 150
	maxButtonText  = 75
	maxButtonValue = 2000
	maxActionElems = 25
	// maxStoryButtons is how many stories a list shows one per section,
	// each with its button; longer lists share sections.
	maxStoryButtons = 40
	// maxLinksLen bounds the source links of one claim or side.
	maxLinksLen = 400
	// maxButtonURL bounds a link button's URL.
	maxButtonURL = 3000
)

var (
	escaper    = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	urlEscaper = strings.NewReplacer("<", "%3C", ">", "%3E", "|", "%7C")
	latestView = bot.View{Overview: true, Claims: true, Disputes: true, Sources: true}
)

// ActionName returns the action a button's action ID names. Slack wants
// action IDs unique within a message, so Blocks gives the second and later
// buttons of one action the IDs "storybot_claims#2", "storybot_claims#3",
// ...; interactivity handlers compare ActionName(id) with the Action
// constants.
func ActionName(actionID string) string {
	i := strings.LastIndexByte(actionID, '#')
	if i >= 0 && i < len(actionID)-1 && strings.Trim(actionID[i+1:], "0123456789") == "" {
		return actionID[:i]
	}
	return actionID
}

// Fallback returns a reply as plain text, for notifications and the
// "text" field of a message: bot.WriteText, cut to 3,000 characters.
func Fallback(r bot.Reply) string {
	var b strings.Builder
	bot.WriteText(&b, r)
	return clip(strings.TrimRight(b.String(), "\n"), maxText)
}

// Blocks renders a reply as Block Kit, within Slack's limits whatever the
// reply: at most 50 blocks, section and context texts of at most 3,000
// characters, headers of 150, button texts of 75 and values of 2,000, and
// action IDs unique within the message (see ActionName). User-provided
// text is escaped for mrkdwn. A digest ends with buttons for its story
// (none when it has no ID); what the reply left out is noted above them.
func Blocks(r bot.Reply) []slack.Block {
	var m msg
	switch r.Kind {
	case bot.KindDigest:
		m.digest(r)
	case bot.KindStories:
		m.text(r.Text, "")
		m.stories(r.Stories)
		if note := bot.PageNote(r.Paging, "`/story list %d`"); note != "" {
			m.tail = append(m.tail, contextBlock(note))
		}
	case bot.KindFollows:
		m.text(r.Text, "")
		m.follows(r.Follows)
	case bot.KindError:
		m.text(r.Text, ":warning: ")
	default:
		m.text(r.Text, "")
	}
	if note := omittedNote(r); note != "" {
		m.tail = append([]slack.Block{contextBlock(note)}, m.tail...)
	}
	return fit(m.body, m.tail)
}

// msg collects a message's blocks: body may be cut to fit, tail is kept.
type msg struct {
	body, tail []slack.Block
	src        map[string]source // a digest's articles, by ID
	zone       *time.Location    // of a digest of changes, else nil
	now        time.Time         // when the reply was made
}

// source is how a claim names an article.
type source struct{ name, url string }

func (m *msg) add(b ...slack.Block) { m.body = append(m.body, b...) }

// sections adds lines of mrkdwn in as few sections as they fit.
func (m *msg) sections(lines ...string) {
	for _, s := range pack(lines, maxText) {
		m.add(section(s))
	}
}

// text adds a message; one with indented lines (help) is shown as is, in
// code blocks.
func (m *msg) text(s, prefix string) {
	if s = strings.TrimRight(s, "\n "); s == "" {
		return
	}
	if !strings.HasPrefix(s, "  ") && !strings.Contains(s, "\n  ") {
		m.sections(strings.Split(prefix+esc(s), "\n")...)
		return
	}
	for i, p := range pack(strings.Split(esc(s), "\n"), maxText-len(prefix)-9) {
		if i == 0 && prefix != "" {
			p = prefix + "\n```\n" + p
		} else {
			p = "```\n" + p
		}
		m.add(section(p + "\n```"))
	}
}

// digest adds the parts of a digest the view shows, and its buttons.
func (m *msg) digest(r bot.Reply) {
	d, v := r.Digest, r.View
	m.text(r.Text, "")
	if id := d.ID; id != "" {
		var btns []slack.BlockElement
		if u := r.PageURL; u != "" && utf8.RuneCountInString(u) <= maxButtonURL {
			page := slack.NewButtonBlockElement(ActionPage, "", plain("Open story page"))
			page.URL = u
			btns = append(btns, page)
		}
		if v != (bot.View{Sources: true}) {
			btns = append(btns, button(ActionSources, "Sources", id))
		}
		btns = append(btns, button(ActionFollow, "Follow", id))
		if v != latestView {
			btns = append(btns, button(ActionLatest, "Latest", id))
		}
		m.tail = append(m.tail, slack.NewActionBlock("", btns...))
	}
	if r.Text != "" && len(d.Parties) == 0 && len(d.Disputes) == 0 && !v.Sources {
		return // the text says it all, as in bot.WriteText
	}
	m.add(slack.NewHeaderBlock(plain(clip(firstOf(d.Title, d.ID, "Story"), maxHeader))))
	n := len(d.Articles)
	m.add(contextBlock(join(" · ", wrap("story `", esc(d.ID), "`"), bot.ArticleCount(r))))
	if v.Overview && d.Overview != "" {
		m.sections(strings.Split(esc(d.Overview), "\n")...)
	}
	if r.Changes != nil {
		m.zone = bot.Zone(r)
	}
	m.now = r.Now
	m.src = make(map[string]source, n)
	for _, a := range bot.Sources(r) {
		m.src[a.ID] = source{firstOf(a.Outlet, a.Title, base(a.File), a.ID), a.URL}
	}
	if v.Claims && len(d.Parties) > 0 {
		m.parties(d.ID, d.Parties, v == bot.View{Claims: true} && len(d.Parties) == 1)
	}
	if v.Disputes && len(d.Disputes) > 0 {
		m.disputes(d.Disputes)
	}
	if v.Sources && n > 0 {
		m.sources(d.Articles)
	}
}

// parties adds sections per party and a button per party for all its
// claims (none when the reply shows one party's claims only).
func (m *msg) parties(storyID string, parties []summarize.Party, onlyOne bool) {
	var btns []slack.BlockElement
	for _, p := range parties {
		name := firstOf(p.Name, "Unnamed party")
		lines := []string{"*" + esc(clip(name, 200)) + "*"}
		for _, c := range p.Claims {
			lines = append(lines, m.claim(c))
		}
		m.sections(lines...)
		if storyID != "" && !onlyOne {
			btns = append(btns, button(ActionClaims, "All claims by "+name, storyID+"|"+p.Name))
		}
	}
	if len(btns) > 0 {
		m.add(slack.NewActionBlock("", btns...)) // fit splits it by 25
	}
}

// claim renders one claim: who, what, the quote when the text does not
// carry it, and the sources.
func (m *msg) claim(c summarize.Claim) string {
	s := "• " + wrap("", join(" ", wrap("*", esc(clip(c.Speaker, 100)), "*"), wrap("(", esc(clip(c.Role, 100)), ")")), ": ") +
		clipM(esc(c.Text), 1800)
	for _, q := range strings.Split(c.Quote, " … ") {
		if q != "" && !strings.Contains(c.Text, q) {
			s += "\n      _“" + clipM(esc(q), 400) + "”_"
		}
	}
	return clipM(s+wrap("\n      ", m.links(c.Articles), ""), maxText)
}

func (m *msg) disputes(disputes []summarize.Dispute) {
	lines := []string{"*Disputes*"}
	for _, x := range disputes {
		about := join(", ", strings.ReplaceAll(x.Kind, "_", " "), x.Status)
		lines = append(lines, "*"+esc(clip(firstOf(x.Topic, "Dispute"), 300))+"*"+
			wrap(" (", esc(clip(about, 100)), ")")+wrap("\n", clipM(esc(x.Summary), 2000), ""))
		for _, s := range x.Sides {
			lines = append(lines, "• "+esc(clip(firstOf(s.Party, "Unnamed"), 200))+": "+
				clipM(esc(s.Position), 1800)+wrap("\n      ", m.links(s.Articles), ""))
		}
	}
	m.sections(lines...)
}

// sources lists the newest bot.MaxArticles articles (they come oldest
// first).
func (m *msg) sources(arts []summarize.ArticleRef) {
	arts = arts[max(0, len(arts)-bot.MaxArticles):]
	lines := []string{"*Sources*"}
	for _, a := range arts {
		title := link(a.URL, clip(firstOf(a.Title, base(a.File), a.URL, a.ID), 300))
		about := join(", ", esc(clip(a.Outlet, 100)), when(a.Published, m.zone, m.now))
		lines = append(lines, "• "+title+wrap(" — ", about, ""))
	}
	m.sections(lines...)
}

// stories adds a section per story with a button, or for a long list
// several stories per section.
func (m *msg) stories(infos []bot.StoryInfo) {
	lines := make([]string, len(infos))
	for i, s := range infos {
		lines[i] = fmt.Sprintf("*%s* — %d %s", esc(clip(firstOf(s.Title, s.ID), 300)), s.Articles,
			plural(s.Articles, "article", "articles"))
		if !s.Updated.IsZero() {
			lines[i] += ", updated " + s.Updated.UTC().Format("2 Jan 15:04")
		}
		lines[i] += wrap(" · `", esc(clip(s.ID, 200)), "`")
	}
	if len(infos) > maxStoryButtons {
		m.sections(lines...)
		return
	}
	for i, s := range infos {
		b := section(lines[i])
		if s.ID != "" {
			b.Accessory = slack.NewAccessory(button(ActionLatest, "Latest", s.ID))
		}
		m.add(b)
	}
}

// follows adds the follows, this channel's first, then the others' under
// their channel.
func (m *msg) follows(ls []bot.FollowLine) {
	var lines []string
	for i, l := range ls {
		switch {
		case l.Here && i == 0:
			lines = append(lines, "*Here*")
		case !l.Here && (i == 0 || ls[i-1].Here || ls[i-1].Channel != l.Channel):
			lines = append(lines, "*In "+channelRef(l.Channel)+"*")
		}
		lines = append(lines, "• "+esc(clip(bot.FollowText(l), 500)))
	}
	m.sections(lines...)
}

// channelRef is a mention of a Slack channel ID, else the name escaped.
func channelRef(id string) string {
	if id != "" && strings.Trim(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == "" {
		return "<#" + id + ">"
	}
	return esc(clip(id, 80))
}

// links names the articles as links, each outlet once.
func (m *msg) links(ids []string) string {
	var out []string
	seen := map[string]bool{}
	size, more := 0, 0
	for _, id := range ids {
		s, ok := m.src[id]
		if !ok {
			s = source{name: id}
		}
		switch {
		case seen[s.name]:
		case size > maxLinksLen:
			more++
		default:
			l := link(s.url, clip(s.name, 100))
			out = append(out, l)
			size += utf8.RuneCountInString(l)
		}
		seen[s.name] = true
	}
	if more > 0 {
		out = append(out, fmt.Sprintf("+%d more", more))
	}
	return strings.Join(out, ", ")
}

// link is <url|label> for a web address, else the label.
func link(url, label string) string {
	if (!strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://")) ||
		len(url) > 1000 || strings.ContainsAny(url, " \t\n") {
		return esc(label)
	}
	return "<" + urlEscaper.Replace(url) + "|" + esc(label) + ">"
}

// omittedNote says what the reply left out and, when a command shows
// more, which.
func omittedNote(r bot.Reply) string {
	t := bot.OmittedText(r.Omitted)
	if t == "" {
		return ""
	}
	t = esc(strings.TrimSuffix(strings.TrimPrefix(t, "("), ".)"))
	o, id := r.Omitted, esc(r.Digest.ID)
	switch {
	case r.Kind != bot.KindDigest || id == "" || o.Parties+o.Claims == 0:
	case r.View != (bot.View{Claims: true}):
		return t + ": /story claims " + id
	case len(r.Digest.Parties) > 1:
		return t + ": /story claims " + id + " by PARTY"
	}
	return t + "."
}

// fit enforces Block Kit's limits on body followed by tail: it splits
// actions blocks of more than 25 elements; keeps at most 50 blocks, cutting
// the body, noting how many blocks it dropped and keeping the tail; cuts
// texts, button texts and values to their limits; and makes action IDs
// unique with "#N" suffixes (see ActionName). It may modify the blocks.
func fit(body, tail []slack.Block) []slack.Block {
	body, tail = splitActions(body), splitActions(tail)
	tail = tail[max(0, len(tail)-maxBlocks/2):]
	if len(body)+len(tail) > maxBlocks {
		keep := maxBlocks - 1 - len(tail)
		note := fmt.Sprintf("… %d more items not shown", len(body)-keep)
		body = append(body[:keep:keep], contextBlock(note))
	}
	blocks := append(body, tail...)
	seen := map[string]int{}
	fitButton := func(e slack.BlockElement) {
		b, ok := e.(*slack.ButtonBlockElement)
		if !ok {
			return
		}
		fitText(b.Text, maxButtonText)
		if utf8.RuneCountInString(b.Value) > maxButtonValue {
			b.Value = string([]rune(b.Value)[:maxButtonValue])
		}
		if id := b.ActionID; seen[id] > 0 && id != "" {
			n := seen[id] + 1
			for seen[id+"#"+strconv.Itoa(n)] > 0 {
				n++
			}
			seen[id], b.ActionID = n, id+"#"+strconv.Itoa(n)
		}
		seen[b.ActionID]++
	}
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			fitText(b.Text, maxText)
			if b.Accessory != nil && b.Accessory.ButtonElement != nil {
				fitButton(b.Accessory.ButtonElement)
			}
		case *slack.HeaderBlock:
			fitText(b.Text, maxHeader)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					fitText(t, maxText)
				}
			}
		case *slack.ActionBlock:
			if b.Elements != nil {
				for _, e := range b.Elements.ElementSet {
					fitButton(e)
				}
			}
		}
	}
	return blocks
}

// splitActions splits actions blocks of more than 25 elements.
func splitActions(blocks []slack.Block) []slack.Block {
	out := make([]slack.Block, 0, len(blocks))
	for _, b := range blocks {
		a, ok := b.(*slack.ActionBlock)
		if !ok || a.Elements == nil || len(a.Elements.ElementSet) <= maxActionElems {
			out = append(out, b)
			continue
		}
		for els := a.Elements.ElementSet; len(els) > 0; {
			k := min(len(els), maxActionElems)
			out = append(out, slack.NewActionBlock("", els[:k]...))
			els = els[k:]
		}
	}
	return out
}

// fitText cuts a text object to n characters.
func fitText(t *slack.TextBlockObject, n int) {
	switch {
	case t == nil:
	case t.Type == slack.MarkdownType:
		t.Text = clipM(t.Text, n)
	default:
		t.Text = clip(t.Text, n)
	}
}

func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, false)
}

func plain(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, true, false)
}

func section(s string) *slack.SectionBlock { return slack.NewSectionBlock(mrkdwn(s), nil, nil) }

func contextBlock(s string) *slack.ContextBlock { return slack.NewContextBlock("", mrkdwn(s)) }

func button(action, text, value string) *slack.ButtonBlockElement {
	return slack.NewButtonBlockElement(action, value, plain(clip(text, maxButtonText)))
}

// pack joins lines of mrkdwn into as few non-blank texts of at most n
// characters as it can, splitting longer lines.
func pack(lines []string, n int) []string {
	var out []string
	cur, size := []string(nil), 0
	flush := func() {
		if s := strings.Join(cur, "\n"); strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
		cur, size = nil, 0
	}
	for _, l := range lines {
		for _, p := range split(l, n) {
			k := utf8.RuneCountInString(p)
			if len(cur) > 0 && size+1+k > n {
				flush()
			}
			size += k + min(len(cur), 1)
			cur = append(cur, p)
		}
	}
	flush()
	return out
}

// split cuts mrkdwn into pieces of at most n characters, at a space when
// it can and never within an entity or a link.
func split(s string, n int) []string {
	var out []string
	for utf8.RuneCountInString(s) > n {
		i := safeCut(s, n)
		if j := strings.LastIndexAny(s[:i], " \n"); j > 0 && utf8.RuneCountInString(s[:j]) > n/2 && !inLink(s[:j]) {
			i = j
		}
		out = append(out, s[:i])
		s = strings.TrimLeft(s[i:], " ")
	}
	return append(out, s)
}

// safeCut returns the byte length of at most n characters of s, not ending
// within an entity (&amp;) or a link (<url|label>) unless s starts so.
func safeCut(s string, n int) int {
	i := len(s)
	if n < utf8.RuneCountInString(s) {
		i = len(string([]rune(s)[:n]))
	}
	j := i // an entity cut short is at most "&amp" long
	if a := strings.LastIndexByte(s[:j], '&'); a >= 0 && a >= j-4 && !strings.Contains(s[a:j], ";") {
		j = a
	}
	if inLink(s[:j]) {
		j = strings.LastIndexByte(s[:j], '<')
	}
	if j == 0 {
		return i
	}
	return j
}

// inLink reports whether s ends within a link.
func inLink(s string) bool { return strings.LastIndexByte(s, '<') > strings.LastIndexByte(s, '>') }

// clip cuts plain text to n characters, ending with "…" if cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// clipM cuts mrkdwn to n characters, ending with "…" if cut.
func clipM(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return s[:safeCut(s, n-1)] + "…"
}

func esc(s string) string { return escaper.Replace(s) }

// when formats an RFC 3339 time: with a zone (a digest of changes) as
// "2 Jan 15:04 MST" in that zone; else as Slack's date token, which each
// reader's client shows in the reader's own time zone, with how long ago
// (counted from now) as the text of clients that cannot.
func when(s string, zone *time.Location, now time.Time) string {
	t, err := time.Parse(time.RFC3339, s)
	switch {
	case err != nil:
		return esc(clip(s, 40))
	case zone != nil:
		return esc(t.In(zone).Format("2 Jan 15:04 MST"))
	}
	return fmt.Sprintf("<!date^%d^{date_short_pretty} {time}|%s>", t.Unix(), esc(bot.PublishedText(s, bot.Reply{Now: now})))
}

func base(file string) string {
	if file == "" {
		return ""
	}
	return filepath.Base(file)
}

// join joins the non-empty strings with sep.
func join(sep string, s ...string) string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return strings.Join(out, sep)
}

// wrap is open+s+close, or "" for an empty s.
func wrap(open, s, close string) string {
	if s == "" {
		return ""
	}
	return open + s + close
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
