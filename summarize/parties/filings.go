package parties

// A court filing speaks for whoever filed it: "The lawsuit said", "the
// complaint alleges", the article naming no body before it, is the words
// of the one party the story says sued or filed ("Brenlo has sued Oskar
// Varga", "a complaint filed by the Tarn Dockers' Union").

import (
	"regexp"
	"strings"

	"github.com/storybot/storybot/summarize/attrib"
	"github.com/storybot/storybot/summarize/lex"
)

// filerRes find who filed a suit: "Brenlo has sued", "Brenlo filed a
// lawsuit", "a lawsuit filed by Brenlo". The name is a run of capitalised
// words.
var filerRes = []func() *regexp.Regexp{
	lazyRegexp(`((?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s+(?:(?:has|have|had|also)\s+){0,2}(?:sued|filed\s+(?:a|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}(?:lawsuit|suit|complaint|petition|motion))\b`),
	lazyRegexp(`\b(?:lawsuit|suit|complaint|petition|motion)\s+(?:was\s+)?(?:filed|brought)\s+by\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)`),
}

// filing is one place a text says someone sued or filed: the words that
// say so, and the capitalised run that did.
type filing struct{ words, run string }

// filingMemo keeps each text's filings: a story's texts are read again
// at every digest, and the patterns are the costliest part of it.
var filingMemo = lex.NewStoryMemo[[]filing](4<<20, 4<<10)

// filings returns the filings a text states, in the order of filerRes.
func filings(t string) []filing {
	return filingMemo.Get(t, func(t string) []filing {
		if !strings.Contains(t, "sued") && !strings.Contains(t, "filed") {
			return nil // every pattern needs one of them
		}
		var out []filing
		for _, re := range filerRes {
			for _, m := range re().FindAllStringSubmatch(t, -1) {
				out = append(out, filing{words: m[0], run: m[1]})
			}
		}
		return out
	}, func(fs []filing) int {
		n := 0
		for _, f := range fs {
			n += len(f.words) + len(f.run) + 32
		}
		return n
	})
}

// filer returns the side of the one party the story says sued or filed a
// suit, with the evidence, or "" and why when it names none or several.
func (s *Story) filer() (string, string) {
	found := map[string]string{} // side -> the words that say so
	for _, t := range s.texts {
		for _, f := range filings(t) {
			if side := s.filerSide(f.run); s.valid(side) {
				if _, ok := found[side]; !ok {
					found[side] = strings.TrimSpace(f.words)
				}
			}
		}
	}
	if len(found) == 0 {
		return "", "the story says no one sued or filed it"
	}
	if len(found) > 1 {
		return "", "more than one party of the story sued or filed"
	}
	for side, words := range found {
		return side, "a court filing speaks for whoever filed it: " + strconvQuote(words)
	}
	return "", ""
}

// filerSide returns the side of a capitalised run that sued: a person of
// the story (their side, else themselves) or an organisation of it, or "".
func (s *Story) filerSide(run string) string {
	words := strings.Fields(run)
	// "On Tuesday Brenlo sued": the name is the run's end that the story
	// knows.
	for i := range words {
		name := strings.Join(words[i:], " ")
		if lexStop(words[i]) {
			continue
		}
		if p, ok := s.Person(name); ok && attrib.Fold(p.Name) != "" && s.isPersonName(p.Name) {
			if side, _ := s.affiliation(p); side != "" {
				return trimThe(side)
			}
			return p.Name
		}
		if o := s.namedOrg(name); o != "" {
			return s.fullName(trimThe(o))
		}
	}
	// A body the story names only as the one that sued.
	for i := range words {
		name := strings.Join(words[i:], " ")
		if _, place := Lookup(name); !lexStop(words[i]) && !place && isName(name) && isProperName(name) && !s.commonNoun(name) {
			return s.fullName(name)
		}
	}
	return ""
}

// lexStop reports a capitalised function word that opens a sentence ("The",
// "On"), which begins no name.
func lexStop(w string) bool {
	_, place := Lookup(w)
	return !place && stopOpeners[strings.ToLower(w)]
}

// stopOpeners are words that open a sentence before a name.
var stopOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("the a an on in at last yesterday today this that and but so then when after before") {
		m[w] = true
	}
	return m
}()
