package summarize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storybot/storybot/internal/fuzzseed"
	"github.com/storybot/storybot/summarize/extract"
)

// articleBreak separates the articles of one fuzz input.
const articleBreak = "\n=====\n"

// FuzzDigest runs arbitrary articles through the whole engine (reading,
// grouping, the digest) and checks that it never panics and that every
// claim is grounded: its sentence and each part of its quotation stand
// verbatim in an article it cites, and each side of a dispute cites
// articles of its story that hold its position. An input holds up to four
// articles, separated by a line of "=====".
func FuzzDigest(f *testing.F) {
	for _, s := range []string{
		"",
		"Dockers strike at Port Halden\n\n\"We will not back down,\" said Ilse Brandt, chair of the Harbour Workers' Union.\n\nThe port company said its offer of 6% was fair and final." +
			articleBreak + "Port Halden strike goes on\n\nThe union wants 12 percent over two years, Brandt said.\n\nThe company said the union had rejected a 6 percent offer and called the strike unlawful.",
		"Shelling on the Tesna line\n\nVarenia said 40 shells hit Halvesk on Tuesday. Belgora denied firing first.\n\n\u201cThat is a lie,\u201d said General Arvid Kostel, a Belgoran spokesman." +
			articleBreak + "Halvesk shelled\n\nMore than 60 shells hit the village on Wednesday, the UN mission said.\n\nBelgora says Varenia fired first; Varenia rejects the charge.",
		"Short\n\nHe said." + articleBreak + articleBreak + "\u201c\u201d said ." + articleBreak + "Title only",
		"Recall\n\nThe company said 52,000 packs were affected, according to a statement, adding: \u201cWe stand behind the engineering.\u201d\n\nConsumer Shield accused the company of being slow, saying it \u201csat on this\u201d.",
		strings.Repeat("\u201cNo.\u201d \u201cYes,\u201d she said, \u201c4 or 5.\u201d ", 50),
	} {
		f.Add(s)
	}
	fuzzseed.Add(f, "FuzzDigest")
	f.Fuzz(func(t *testing.T, in string) {
		var arts []Article
		for i, text := range strings.SplitN(in, articleBreak, 4) {
			a, err := ParseArticle([]byte(text), extract.Text, fmt.Sprintf("a%d.txt", i), "")
			if err != nil {
				continue // an empty or unreadable article is reported by the caller, not analysed
			}
			arts = append(arts, a)
		}
		for _, s := range Group(arts) {
			checkGrounded(t, s, s.Digest())
		}
	})
}

// checkGrounded fails t when a claim or a dispute's position of d says
// words that no article it cites holds, or a side cites an article not in
// the story.
func checkGrounded(t *testing.T, s Story, d Digest) {
	t.Helper()
	texts := map[string]string{}
	for _, a := range s.Articles {
		texts[a.ID] = squash(a.Title + "\n" + a.Text())
	}
	for _, p := range d.Parties {
		for _, c := range p.Claims {
			if len(c.Articles) == 0 {
				t.Fatalf("%s claim %q cites no article", p.Name, c.Text)
			}
			for _, part := range append([]string{c.Text}, strings.Split(c.Quote, " … ")...) {
				if !inCited(part, c.Articles, texts) {
					t.Fatalf("%s claim %q: %q is in no cited article", p.Name, c.Text, part)
				}
			}
		}
	}
	for _, dp := range d.Disputes {
		if len(dp.Sides) < 2 {
			t.Fatalf("dispute %q has %d sides", dp.Topic, len(dp.Sides))
		}
		for _, sd := range dp.Sides {
			for _, id := range sd.Articles {
				if _, ok := texts[id]; !ok {
					t.Fatalf("dispute %q: side %q cites %q, not an article of the story", dp.Topic, sd.Party, id)
				}
			}
			for _, part := range strings.Split(sd.Position, " … ") {
				if !inCited(part, sd.Articles, texts) {
					t.Fatalf("dispute %q: position %q of %q is in no article it cites", dp.Topic, part, sd.Party)
				}
			}
		}
	}
}

// inCited reports whether part (words of a claim or a position) stands in
// one of the cited articles' texts; an empty part stands anywhere.
func inCited(part string, cited []string, texts map[string]string) bool {
	part = squash(part)
	if part == "" {
		return true
	}
	for _, id := range cited {
		if strings.Contains(texts[id], part) {
			return true
		}
	}
	return false
}
