package summarize

import (
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// A dispute between sources is settled when a later report corrects an
// earlier one: an outlet's own notice of correction, in the last article
// of the dispute, names the value that stands.

// corrections mark an article that sets a figure right.
var corrections = []string{"correction", "corrected", "corrects", "misstated", "incorrectly reported", "an earlier version"}

// reportWords name a report in a notice that corrects it: "an earlier
// version of this article misstated", "this story has been corrected".
// A correction with none of them is someone else's ("the army corrected
// its count"), which sets no outlet's figure right.
var reportWords = []string{"article", "story", "version", "report", "reported", "editor", "paragraph", "headline"}

// factStatus is resolved when the latest article of the dispute (the
// last published, else the last in the story) carries a notice that it
// corrects an earlier report (correctionNotice): its value stands.
func factStatus(arts []Article, sides []*factSide) string {
	pos := make(map[string]int, len(arts))
	for i, a := range arts {
		pos[a.ID] = i // the last article of an ID, as a scan would find
	}
	latest := -1
	for _, sd := range sides {
		for _, id := range sd.articles {
			if i, ok := pos[id]; ok && (latest < 0 || later(arts[i], i, arts[latest], latest)) {
				latest = i
			}
		}
	}
	if latest >= 0 && correctionNotice(arts[latest]) {
		return Resolved
	}
	return Open
}

// later reports whether article a (at i of the story) is later than b
// (at j): published after it when both times are known, else after it
// in the story.
func later(a Article, i int, b Article, j int) bool {
	if !a.Published.IsZero() && !b.Published.IsZero() && !a.Published.Equal(b.Published) {
		return a.Published.After(b.Published)
	}
	return i > j
}

// correctionNotice reports an article with a sentence that says it
// corrects a report: a word of correction and a word naming a report.
func correctionNotice(a Article) bool {
	for _, p := range a.Paragraphs() {
		for _, s := range lex.Sentences(p) {
			low := strings.ToLower(s)
			if containsAny(low, corrections) && containsAny(low, reportWords) {
				return true
			}
		}
	}
	return false
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
