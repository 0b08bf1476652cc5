package attrib

import (
	"strings"
	"testing"

	"github.com/storybot/storybot/internal/fuzzseed"
)

// FuzzExtract checks that Extract never panics and that every statement is
// made of the article's own words. The input's lines are its paragraphs.
//
// Extract promises less than "each Text is in the article": it merges the
// statements one speaker makes in a row within a paragraph, joining their
// sentences with a space and their quotations with " … ". So a Text is
// one or more sentences of its paragraph joined by " ", and a non-empty
// Quote is one or more quotations of its Text joined by " … " (a quotation
// may itself hold " … ", so the parts are not simply the split on it).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"\"We will not back down,\" said Ilse Brandt, chair of the Harbour Workers' Union.",
		"Union president Marisol Ibarra led the march on Monday.\n\u201cWe did not want this strike,\u201d she said, \u201cbut management left us no choice.\u201d",
		"Senior aide Yuri Volkan said on Wednesday that no compromise had been reached.",
		"\u201cThat is not what the evidence shows.\u201d Desmond Achterley, a lawyer for the group, said the ruling was wrong.",
		"\u201cFirst point.\u201d \u201cSecond point.\u201d\nTrump told reporters.",
		"According to the Observer Mission in the Tesna Valley, the shelling stopped.",
		"The union said \u201ca \u2026\u201d then \u201c\u2026 b.\u201d  The union added \u201cc.\u201d",
		"\u2018Single\u2019 quotes, said Ann Lee.\n\"unclosed quote said Bo Chen.",
		"Strand made the remarks in a letter to shareholders on Thursday.",
		"caf\xe9 \u201cq\xff\u201d said Ana.",
		strings.Repeat("\"We will not give an inch,\" said Mayor Tobin Harle. ", 3*MaxRunSentences),
	} {
		f.Add(s)
	}
	fuzzseed.Add(f, "FuzzExtract")
	f.Fuzz(func(t *testing.T, in string) {
		paras := strings.Split(in, "\n")
		res := Extract(paras)
		for _, st := range res.Statements {
			if st.Paragraph < 0 || st.Paragraph >= len(paras) || st.Sentence < 0 {
				t.Fatalf("statement %+v: paragraph or sentence out of range", st)
			}
			para := paras[st.Paragraph]
			if st.Text == "" || !joinedFrom(st.Text, " ", para) {
				t.Fatalf("text %q is not sentences of paragraph %q", st.Text, para)
			}
			if st.Quote != "" && !joinedFrom(st.Quote, " … ", st.Text) {
				t.Fatalf("quote %q is not quotations of text %q", st.Quote, st.Text)
			}
		}
	})
}

// joinedFrom reports whether s is one or more non-empty pieces of src,
// verbatim, joined by sep.
func joinedFrom(s, sep, src string) bool {
	if s != "" && strings.Contains(src, s) {
		return true
	}
	// ok[i]: s[i:] is such a join; a piece that is not in src cannot be
	// extended into one that is, so each start stops at its first miss.
	ok := make([]bool, len(s)+1)
	for i := len(s) - 1; i >= 0; i-- {
		if i > 0 && !strings.HasSuffix(s[:i], sep) {
			continue
		}
		for j := i + 1; j <= len(s); j++ {
			if j < len(s) && !strings.HasPrefix(s[j:], sep) {
				continue
			}
			if !strings.Contains(src, s[i:j]) {
				break
			}
			if j == len(s) || ok[j+len(sep)] {
				ok[i] = true
				break
			}
		}
	}
	return ok[0]
}

func TestJoinedFrom(t *testing.T) {
	tests := []struct {
		s, sep, src string
		want        bool
	}{
		{"one two", " ", "one two", true},
		{"A said x. B said y.", " ", "A said x.  Then. B said y.", true},
		{"a … … … b", " … ", "“a …” and “… b”", true},
		{"a … c", " … ", "a b", false},
		{"a … ", " … ", "a", false},
		{"", " ", "a", false},
	}
	for _, tc := range tests {
		if got := joinedFrom(tc.s, tc.sep, tc.src); got != tc.want {
			t.Errorf("joinedFrom(%q, %q, %q) = %v, want %v", tc.s, tc.sep, tc.src, got, tc.want)
		}
	}
}
