package feed

// What a poll does with a feed's entries: pick the newest, know each by
// its GUID and link, and queue the new ones within the caps.

import (
	"context"
	"fmt"
	"html"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"

	"github.com/storybot/storybot/bot"
	"github.com/storybot/storybot/summarize/extract"
)

// entry is an item of a feed on its way to the queue.
type entry struct {
	// keys are what the store knows the entry by: its GUID (else its
	// link, else "title:" and its title), and "link:" and its canonical
	// link. It is seen when any of them was.
	keys  []string
	link  string // the absolute http(s) URL to ingest
	title string
	date  time.Time // published, else updated; zero when the feed has none
	// skip, when set, says why the entry is not queued if new.
	skip string
}

// queueNew queues the new entries among the MaxConsidered newest of a
// feed, the oldest (the last listed) first, within MaxPerPoll and the
// workspace's MaxPerHour; it marks the entries it queues, and the new
// ones it skips for good (back catalogue, keywords), seen. It returns how
// many it queued and how many the caps held back; it stops at the first
// failure, leaving the entries after it unseen for the next poll.
func (p *Poller) queueNew(ctx context.Context, ws string, f bot.Feed, base string, items []*gofeed.Item, now time.Time) (queued, heldBack int, err error) {
	entries := make([]entry, 0, len(items))
	for _, it := range items {
		entries = append(entries, p.entry(f, base, it))
	}
	if len(entries) > p.o.MaxConsidered {
		p.log.InfoContext(ctx, "feed entries skipped", "ws", ws, "feed", f.URL, "count", len(entries)-p.o.MaxConsidered,
			"reason", fmt.Sprintf("only the %d newest entries of a feed are considered", p.o.MaxConsidered))
		entries = newest(entries, p.o.MaxConsidered)
	}
	if f.State.LastFetch.IsZero() {
		p.skipBackCatalogue(entries, now)
	}
	var keys [][]string
	for _, e := range entries {
		if len(e.keys) > 0 {
			keys = append(keys, e.keys)
		}
	}
	seenList, err := p.o.Store.SeenEntries(ctx, ws, f.URL, keys, now)
	if err != nil {
		return 0, 0, fmt.Errorf("reading the entries seen: %w", err)
	}
	seen := make([]bool, len(entries))
	for i, k := 0, 0; i < len(entries); i++ {
		if len(entries[i].keys) > 0 {
			seen[i] = seenList[k]
			k++
		}
	}

	capped := ""
	for i, e := range slices.Backward(entries) {
		lg := p.log.With("ws", ws, "feed", f.URL, "entry", e.keys, "title", e.title)
		switch {
		case len(e.keys) == 0:
			lg.InfoContext(ctx, "feed entry skipped", "reason", e.skip)
			continue
		case seen[i]:
			lg.DebugContext(ctx, "feed entry skipped", "reason", "already seen")
			continue
		case e.skip != "":
			// Marked seen, so that it is logged once; never queued.
			if _, _, err := p.o.Store.MarkEntry(ctx, ws, f.URL, e.keys, now, 0); err != nil {
				return queued, heldBack, fmt.Errorf("recording the entries seen: %w", err)
			}
			lg.InfoContext(ctx, "feed entry skipped", "reason", e.skip)
			continue
		case capped != "":
			heldBack++
			lg.InfoContext(ctx, "feed entry held back", "reason", capped)
			continue
		case queued >= p.o.MaxPerPoll:
			capped = fmt.Sprintf("capped: a poll queues at most %d entries; a later poll takes it", p.o.MaxPerPoll)
			heldBack++
			lg.InfoContext(ctx, "feed entry held back", "reason", capped)
			continue
		}
		marked, overQuota, err := p.o.Store.MarkEntry(ctx, ws, f.URL, e.keys, now, p.o.MaxPerHour)
		if err != nil {
			return queued, heldBack, fmt.Errorf("recording the entries seen: %w", err)
		}
		if overQuota {
			capped = fmt.Sprintf("capped: a workspace queues at most %d feed entries an hour; a later poll takes it", p.o.MaxPerHour)
			heldBack++
			lg.InfoContext(ctx, "feed entry held back", "reason", capped)
			continue
		}
		if !marked {
			lg.DebugContext(ctx, "feed entry skipped", "reason", "already seen")
			continue
		}
		j := bot.Job{Workspace: ws, URL: e.link, Story: f.Story, Channel: f.Channel, Source: "feed"}
		if err := p.o.Queue.Enqueue(ctx, j); err != nil {
			// Unseen again, so that the next poll queues it.
			lg.WarnContext(ctx, "feed entry not queued; the next poll tries again", "url", e.link, "err", err)
			uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			if uerr := p.o.Store.UnmarkEntry(uctx, ws, f.URL, e.keys, now, true); uerr != nil {
				lg.ErrorContext(ctx, "feed entry lost: neither queued nor left unseen", "url", e.link, "err", uerr)
			}
			cancel()
			return queued, heldBack, fmt.Errorf("queueing %s: %w", e.link, err)
		}
		queued++
		lg.InfoContext(ctx, "feed entry queued", "url", e.link)
	}
	return queued, heldBack, nil
}

// newest returns the n newest of entries in their feed order: by date
// when the feed dates its entries (undated ones count as oldest), else
// the first n listed.
func newest(entries []entry, n int) []entry {
	if !slices.ContainsFunc(entries, func(e entry) bool { return !e.date.IsZero() }) {
		return entries[:n]
	}
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return entries[b].date.Compare(entries[a].date) })
	idx = idx[:n]
	slices.Sort(idx)
	out := make([]entry, 0, n)
	for _, i := range idx {
		out = append(out, entries[i])
	}
	return out
}

// entry reads an item: its keys, link, date and whether f's keywords keep
// it.
func (p *Poller) entry(f bot.Feed, base string, it *gofeed.Item) entry {
	e := entry{title: strings.TrimSpace(it.Title)}
	if d := it.PublishedParsed; d != nil {
		e.date = *d
	} else if d := it.UpdatedParsed; d != nil {
		e.date = *d
	}
	e.link, e.skip = itemLink(base, it)
	switch {
	case strings.TrimSpace(it.GUID) != "":
		e.keys = append(e.keys, strings.TrimSpace(it.GUID))
	case e.link != "":
		e.keys = append(e.keys, e.link)
	case e.title != "":
		e.keys = append(e.keys, "title:"+e.title)
	default:
		e.skip = "no GUID, link or title to know the entry by"
	}
	if c := extract.CanonicalURL(e.link); c != "" {
		e.keys = append(e.keys, "link:"+c)
	}
	if e.skip == "" {
		e.skip = keywordsSkip(f, it)
	}
	return e
}

// skipBackCatalogue marks the entries a feed's first poll does not queue:
// all but those published within NewFeedWindow, at most NewFeedMax; when
// no entry is dated, all but the first NewFeedMax.
func (p *Poller) skipBackCatalogue(entries []entry, now time.Time) {
	dated := slices.ContainsFunc(entries, func(e entry) bool { return !e.date.IsZero() })
	// Indexes of the entries queueable, newest first.
	var keep []int
	for i, e := range entries {
		if e.skip != "" {
			continue
		}
		if dated && (e.date.IsZero() || e.date.Before(now.Add(-p.o.NewFeedWindow))) {
			entries[i].skip = fmt.Sprintf("back catalogue: first poll of the feed, entry not published within %s", p.o.NewFeedWindow)
			continue
		}
		keep = append(keep, i)
	}
	if dated {
		slices.SortStableFunc(keep, func(a, b int) int { return entries[b].date.Compare(entries[a].date) })
	}
	if len(keep) > p.o.NewFeedMax {
		for _, i := range keep[p.o.NewFeedMax:] {
			entries[i].skip = fmt.Sprintf("back catalogue: first poll of the feed, entry not among the %d newest", p.o.NewFeedMax)
		}
	}
}

// itemLink returns the absolute http(s) URL of an item, relative links
// resolved against the feed's URL, or why there is none. A GUID that is
// an absolute http(s) URL serves when no link does.
func itemLink(base string, it *gofeed.Item) (link, whyNot string) {
	b, _ := url.Parse(base)
	var bad string
	for _, raw := range append([]string{it.Link}, it.Links...) {
		raw = strings.TrimSpace(raw)
		if raw == "" {
			continue
		}
		u, err := url.Parse(raw)
		if err == nil && b != nil {
			u = b.ResolveReference(u)
		}
		if err == nil && isWeb(u) {
			return u.String(), ""
		}
		if bad == "" {
			bad = raw
		}
	}
	if u, err := url.Parse(strings.TrimSpace(it.GUID)); err == nil && isWeb(u) {
		return u.String(), ""
	}
	if bad != "" {
		return "", fmt.Sprintf("no usable link: %q is not an http(s) URL", bad)
	}
	return "", "no link"
}

// isWeb reports an absolute http(s) URL.
func isWeb(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// keywordsSkip says why f's Include and Exclude keywords leave the item
// out, or "" when they keep it. A keyword matches whole words, in any
// case, of the title and the description (the content when there is no
// description); a keyword of several words matches them in a row.
func keywordsSkip(f bot.Feed, it *gofeed.Item) string {
	if len(f.Include) == 0 && len(f.Exclude) == 0 {
		return ""
	}
	body := it.Description
	if strings.TrimSpace(body) == "" {
		body = it.Content
	}
	text := words(it.Title + " \n " + stripTags(body))
	for _, kw := range f.Exclude {
		if hasPhrase(text, words(kw)) {
			return fmt.Sprintf("holds the exclude keyword %q", kw)
		}
	}
	if len(f.Include) == 0 {
		return ""
	}
	for _, kw := range f.Include {
		if hasPhrase(text, words(kw)) {
			return ""
		}
	}
	return fmt.Sprintf("holds none of the include keywords %q", f.Include)
}

// words splits s into lower-case words: runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// hasPhrase reports whether the words of phrase occur in text in a row.
// An empty phrase matches nothing.
func hasPhrase(text, phrase []string) bool {
	if len(phrase) == 0 {
		return false
	}
	for i := 0; i+len(phrase) <= len(text); i++ {
		if slices.Equal(text[i:i+len(phrase)], phrase) {
			return true
		}
	}
	return false
}

// stripTags turns the HTML of a description into its text, roughly:
// tags become spaces and entities are decoded.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}
