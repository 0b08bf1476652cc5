package attrib

// Runs: the statements one speaker makes in a row within a paragraph are
// one point, as a reader would tell it.

import "strings"

// MaxRunSentences is the most statements one speaker makes in a row in a
// paragraph that are merged into one: a longer run is no single point,
// and cutting a statement into its points costs the square of its length.
const MaxRunSentences = 8

// MaxRunGap is the most sentences that are no statement of the speaker's
// a run may take in between two that are: a sentence that names the
// speaker ("Trump told reporters.") continues the run, more do not.
const MaxRunGap = 1

// mergeRuns joins the statements one speaker makes in a row within a
// paragraph, up to MaxRunSentences: they make one point, as a reader would
// tell it.
func mergeRuns(sts []Statement, sentences []string) []Statement {
	var out []Statement
	var texts, quotes []string // of the run being built
	last := -1                 // the last sentence of the run
	end := func() {
		if n := len(out); n > 0 {
			out[n-1].Text = strings.Join(texts, " ")
			out[n-1].Quote = strings.Join(quotes, " … ")
		}
	}
	for _, st := range sts {
		if n := len(out); n > 0 && len(texts) < MaxRunSentences {
			// The sentences between two of the speaker's (a "she said"
			// that named the speaker) join the run too: the joined text
			// must stand in the article as written.
			if prev := out[n-1]; prev.Paragraph == st.Paragraph && prev.Speaker.Name == st.Speaker.Name && st.Sentence-last <= MaxRunGap+1 && bridges(sentences[last+1:st.Sentence]) {
				for k := last + 1; k < st.Sentence; k++ {
					texts = append(texts, strings.TrimSpace(sentences[k]))
				}
				texts = append(texts, st.Text)
				last = st.Sentence
				if st.Quote != "" {
					quotes = append(quotes, st.Quote)
				}
				continue
			}
		}
		end()
		out = append(out, st)
		texts, quotes, last = []string{st.Text}, nil, st.Sentence
		if st.Quote != "" {
			quotes = append(quotes, st.Quote)
		}
	}
	end()
	return out
}

// bridges reports sentences that may stand inside a speaker's run: ones
// with a cue or a quotation, which name or quote the speaker ("Trump told
// reporters.", "According to the agency's notice, ..."). A sentence of
// narrative with neither between two statements ("Fain pushed for a new
// offer at the meeting.") is the writer's, and ends the run.
func bridges(between []string) bool {
	for _, s := range between {
		qs := quotes(s)
		if len(qs) > 0 {
			continue
		}
		if !hasCue(tokenize(s, qs)) {
			return false
		}
	}
	return true
}

// hasCue reports a cue verb used as one, "made the remarks" or
// "according to" in a sentence.
func hasCue(toks []tok) bool {
	for v := range toks {
		if _, ok := cueAt(toks, v); ok || madeRemarks(toks, v) {
			return true
		}
		if v+1 < len(toks) && toks[v].lower == "according" && toks[v+1].lower == "to" {
			return true
		}
	}
	return false
}
