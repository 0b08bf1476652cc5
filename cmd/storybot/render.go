package main

import (
	"fmt"
	"io"

	"github.com/storybot/storybot/bot"
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
		bot.WriteDigest(w, d)
	}
}
