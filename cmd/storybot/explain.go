package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/attrib"
)

// writeExplain prints, for every sentence of every article of each story,
// what the engine decided and why: the cue and its position, the speaker
// mention and how it was resolved, the side of the claim that carries the
// statement, or why the sentence gave nothing.
func writeExplain(w io.Writer, stories []summarize.Story, digests []summarize.Digest) {
	for i, s := range stories {
		fmt.Fprintf(w, "\n=== Explain: %s\n", s.Title)
		sides := summarize.Sides(s.Articles)
		for _, a := range s.Articles {
			name := a.File
			if name == "" {
				name = a.URL
			}
			fmt.Fprintf(w, "\n--- %s (%s)\n", name, a.Title)
			last, lastSpeaker := "", ""
			for _, d := range a.Analysis.Decisions {
				side := sideOf(digests[i], sides, a.ID, d)
				if side == "" && d.Stated && (strings.HasPrefix(d.Reason, "quotation going on") || d.Speaker == lastSpeaker) {
					// A quotation going on, or a statement joined to the
					// speaker's one before it: the side of that statement.
					side = last
				}
				if d.Stated {
					last, lastSpeaker = side, d.Speaker
				}
				fmt.Fprintln(w, explainLine(d, side))
			}
		}
	}
}

// explainLine is one sentence's decision as readable text.
func explainLine(d attrib.Decision, side string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[p%d s%d] %s\n    ", d.Paragraph+1, d.Sentence+1, d.Text)
	if d.Cue != "" {
		fmt.Fprintf(&b, "cue %q (word %d); ", d.Cue, d.CueAt+1)
	}
	if d.Mention != "" {
		fmt.Fprintf(&b, "mention %q; ", d.Mention)
	}
	if d.Resolution != "" {
		fmt.Fprintf(&b, "resolved: %s; ", d.Resolution)
	}
	if d.Stated {
		fmt.Fprintf(&b, "STATEMENT by %s", d.Speaker)
		if side != "" {
			fmt.Fprintf(&b, ", side %s", side)
		}
		if d.Reason != "" && d.Reason != "statement" {
			fmt.Fprintf(&b, " (%s)", d.Reason)
		}
	} else {
		fmt.Fprintf(&b, "abstained: %s", d.Reason)
	}
	return b.String()
}

// sideOf returns the side of the sentence's statement in the article with
// the evidence for it ("Wagner Group: role \"Wagner chief\" names ...
// (article 2)"), else the party of the digest claim that carries the
// sentence, else "".
func sideOf(d summarize.Digest, sides []summarize.StatementSide, articleID string, dec attrib.Decision) string {
	if !dec.Stated {
		return ""
	}
	for _, s := range sides {
		if s.Article == articleID && s.Sentence == dec.Sentence {
			if s.Party == "" {
				return "none: " + s.Evidence // the statement shows under no side, and why
			}
			return s.Party + ": " + s.Evidence
		}
	}
	for _, p := range d.Parties {
		for _, c := range p.Claims {
			if slices.Contains(c.Articles, articleID) && strings.Contains(c.Text, dec.Text) {
				return p.Name
			}
		}
	}
	return ""
}
