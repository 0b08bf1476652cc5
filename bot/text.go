package bot

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/storybot/storybot/summarize"
)

// WriteDigest prints a digest for a reader of plain text: its overview,
// claims by party, disputes and sources.
func WriteDigest(w io.Writer, d summarize.Digest) {
	writeDigestParts(w, Reply{Digest: d}, allParts)
}

// parts says which sections of a digest to print.
type parts struct {
	overview, claims, disputes, sources bool
	maxSources                          int // the newest to list; 0: all
	// noneFound says so when a whole digest has no dispute, rather than
	// leaving the section out (which a reader may take for agreement).
	noneFound bool
}

var allParts = parts{overview: true, claims: true, disputes: true, sources: true, noneFound: true}

// writeDigestParts prints the digest of a reply: for a digest of
// changes, with the count of new articles, the older articles its
// claims cite named by outlet, and times in its zone.
func writeDigestParts(w io.Writer, r Reply, show parts) {
	d := r.Digest
	fmt.Fprintf(w, "# %s\n", d.Title)
	fmt.Fprintf(w, "story %s · %s\n", d.ID, ArticleCount(r))
	if show.overview && d.Overview != "" {
		fmt.Fprintf(w, "\n%s\n", wrapText(d.Overview, 78, ""))
	}
	outlet := map[string]string{}
	for _, a := range Sources(r) {
		outlet[a.ID] = firstOf(a.Outlet, base(a.File), a.URL, a.Title)
	}
	if show.claims && len(d.Parties) > 0 {
		fmt.Fprintln(w, "\n## Claims by party")
		for _, p := range d.Parties {
			fmt.Fprintf(w, "\n%s\n", p.Name)
			for _, c := range p.Claims {
				who := c.Speaker
				if c.Role != "" {
					who += " (" + c.Role + ")"
				}
				fmt.Fprintf(w, "  - %s:\n    %s\n", who, wrapText(c.Text, 74, "    "))
				for _, q := range strings.Split(c.Quote, " … ") {
					if q != "" && !strings.Contains(c.Text, q) {
						fmt.Fprintf(w, "    “%s”\n", wrapText(q, 72, "     "))
					}
				}
				fmt.Fprintf(w, "    [%s]\n", outletNames(c.Articles, outlet))
			}
		}
	}
	if show.disputes && len(d.Disputes) == 0 && show.noneFound {
		fmt.Fprintf(w, "\n## Disputes\n\n%s\n", noDisputesIn(len(d.Articles)))
	}
	if show.disputes && len(d.Disputes) > 0 {
		fmt.Fprintln(w, "\n## Disputes")
		for _, x := range d.Disputes {
			fmt.Fprintf(w, "\n%s (%s, %s)\n  %s\n", x.Topic, strings.ReplaceAll(x.Kind, "_", " "), x.Status, wrapText(x.Summary, 76, "  "))
			for _, s := range x.Sides {
				fmt.Fprintf(w, "  - %s:\n    %s\n    [%s]\n", s.Party, wrapText(s.Position, 74, "    "), outletNames(s.Articles, outlet))
			}
		}
	}
	if !show.sources {
		return
	}
	fmt.Fprintln(w, "\n## Sources")
	arts := d.Articles
	if show.maxSources > 0 && len(arts) > show.maxSources {
		arts = arts[len(arts)-show.maxSources:]
	}
	for _, a := range arts {
		when := ""
		if a.Published != "" {
			when = " · " + PublishedText(a.Published, r)
		}
		fmt.Fprintf(w, "  - %s: %s%s\n", firstOf(a.Outlet, "unknown outlet"), a.Title, when)
		fmt.Fprintf(w, "    %s\n", firstOf(a.URL, a.File))
	}
}

func outletNames(ids []string, outlet map[string]string) string {
	names := make([]string, 0, len(ids))
	seen := map[string]bool{}
	for _, id := range ids {
		n := firstOf(outlet[id], id)
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// wrap breaks text into lines of at most width runes; lines after the first
// start with indent.
func wrapText(text string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(text) {
		l := len([]rune(word))
		if i > 0 && n+1+l > width {
			b.WriteString("\n" + indent)
			n = len(indent)
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}

// base is a file's name, "" for none.
func base(file string) string {
	if file == "" {
		return ""
	}
	return filepath.Base(file)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// WriteText prints a reply as plain text: the terminal's rendering, and
// the fallback text of chat messages.
func WriteText(w io.Writer, r Reply) {
	if r.Text != "" {
		fmt.Fprintln(w, r.Text)
	}
	switch r.Kind {
	case KindDigest:
		if r.Text != "" && len(r.Digest.Parties) == 0 && len(r.Digest.Disputes) == 0 && !r.View.Sources {
			return
		}
		writeDigestParts(w, r, parts{overview: r.View.Overview, claims: r.View.Claims,
			disputes: r.View.Disputes, sources: r.View.Sources, maxSources: maxArticles})
	case KindFollows:
		writeFollows(w, r.Follows)
	case KindStories:
		for _, s := range r.Stories {
			fmt.Fprintf(w, "%s  %s (%d %s", s.ID, s.Title, s.Articles, plural(s.Articles, "article", "articles"))
			if !s.Updated.IsZero() {
				fmt.Fprintf(w, ", updated %s", s.Updated.Format("2 Jan 15:04 MST"))
			}
			fmt.Fprintln(w, ")")
		}
		if note := PageNote(r.Paging, "list %d"); note != "" {
			fmt.Fprintf(w, "\n%s\n", note)
		}
	}
	if more := OmittedText(r.Omitted); more != "" {
		fmt.Fprintf(w, "\n%s\n", more)
	}
}

// OmittedText says what a reply left out, or "".
func OmittedText(o Omitted) string {
	var parts []string
	add := func(n int, one, many string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d more %s", n, plural(n, one, many)))
		}
	}
	add(o.Stories, "story", "stories")
	add(o.Follows, "follow", "follows")
	add(o.Parties, "party", "parties")
	add(o.Claims, "claim", "claims")
	add(o.Disputes, "dispute", "disputes")
	add(o.Articles, "article", "articles")
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, ", ") + " not shown.)"
}

// echoMax is how many characters of a user's words a message quotes back.
const echoMax = 80

// clip returns s, or when it has more than n characters (runes) its first
// n-1 and an ellipsis: how messages quote a user's words back, so that a
// long input does not make a long answer.
func clip(s string, n int) string {
	if n <= 0 {
		return ""
	}
	count := 0
	for i := range s {
		if count == n-1 {
			if utf8.RuneCountInString(s[i:]) > 1 {
				return s[:i] + "…"
			}
			return s
		}
		count++
	}
	return s
}
