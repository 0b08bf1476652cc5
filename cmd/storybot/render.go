package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/storybot/storybot/summarize"
)

// writeReport prints the digests for a reader: per story its overview,
// claims by party, open disputes and sources.
func writeReport(w io.Writer, r summarize.Report) {
	if len(r.Stories) == 0 {
		fmt.Fprintln(w, "No articles read.")
		return
	}
	for i, d := range r.Stories {
		if i > 0 {
			fmt.Fprintln(w)
		}
		writeDigest(w, d)
	}
}

func writeDigest(w io.Writer, d summarize.Digest) {
	fmt.Fprintf(w, "# %s\n", d.Title)
	fmt.Fprintf(w, "story %s · %d %s\n", d.ID, len(d.Articles), plural(len(d.Articles), "article", "articles"))
	if d.Overview != "" {
		fmt.Fprintf(w, "\n%s\n", wrap(d.Overview, 78, ""))
	}
	outlet := map[string]string{}
	for _, a := range d.Articles {
		outlet[a.ID] = firstOf(a.Outlet, filepath.Base(a.File), a.URL)
	}
	if len(d.Parties) > 0 {
		fmt.Fprintln(w, "\n## Claims by party")
		for _, p := range d.Parties {
			fmt.Fprintf(w, "\n%s\n", p.Name)
			for _, c := range p.Claims {
				who := c.Speaker
				if c.Role != "" {
					who += " (" + c.Role + ")"
				}
				fmt.Fprintf(w, "  - %s:\n    %s\n", who, wrap(c.Text, 74, "    "))
				for _, q := range strings.Split(c.Quote, " … ") {
					if q != "" && !strings.Contains(c.Text, q) {
						fmt.Fprintf(w, "    “%s”\n", wrap(q, 72, "     "))
					}
				}
				fmt.Fprintf(w, "    [%s]\n", sources(c.Articles, outlet))
			}
		}
	}
	if len(d.Disputes) > 0 {
		fmt.Fprintln(w, "\n## Disputes")
		for _, x := range d.Disputes {
			fmt.Fprintf(w, "\n%s (%s, %s)\n  %s\n", x.Topic, strings.ReplaceAll(x.Kind, "_", " "), x.Status, wrap(x.Summary, 76, "  "))
			for _, s := range x.Sides {
				fmt.Fprintf(w, "  - %s:\n    %s\n    [%s]\n", s.Party, wrap(s.Position, 74, "    "), sources(s.Articles, outlet))
			}
		}
	}
	fmt.Fprintln(w, "\n## Sources")
	for _, a := range d.Articles {
		when := ""
		if a.Published != "" {
			when = " · " + a.Published
		}
		fmt.Fprintf(w, "  - %s: %s%s\n", firstOf(a.Outlet, "unknown outlet"), a.Title, when)
		fmt.Fprintf(w, "    %s\n", firstOf(a.URL, a.File))
	}
}

func sources(ids []string, outlet map[string]string) string {
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
func wrap(text string, width int, indent string) string {
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
