package attrib

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
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
	} {
		f.Add(s)
	}
	seedCorpus(f, "FuzzExtract")
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

// seedCorpus adds to f the inputs stored in Go's fuzzing corpus format
// ("go test fuzz v1", then one string(...), []byte(...) or int64(...)
// line per argument) under the module's testdata/fuzz/<name> directory, so
// the seeds of every target live in one place.
func seedCorpus(f *testing.F, name string) {
	f.Helper()
	dir := filepath.Join("..", "..", "testdata", "fuzz", name)
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.Fatalf("seed corpus: %v", err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			f.Fatalf("seed corpus: %v", err)
		}
		args, err := parseCorpusEntry(string(raw))
		if err != nil {
			f.Fatalf("seed corpus %s: %v", e.Name(), err)
		}
		f.Add(args...)
	}
}

// parseCorpusEntry reads one file of Go's fuzzing corpus format.
func parseCorpusEntry(raw string) ([]any, error) {
	lines := strings.Split(strings.TrimSpace(raw), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "go test fuzz v1" {
		return nil, errors.New(`not a corpus entry: want "go test fuzz v1" first`)
	}
	var args []any
	for _, l := range lines[1:] {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		typ, val, ok := strings.Cut(l, "(")
		if !ok || !strings.HasSuffix(val, ")") {
			return nil, fmt.Errorf("malformed line %q", l)
		}
		val = strings.TrimSuffix(val, ")")
		switch typ {
		case "string", "[]byte":
			s, err := strconv.Unquote(val)
			if err != nil {
				return nil, fmt.Errorf("line %q: %w", l, err)
			}
			if typ == "string" {
				args = append(args, s)
			} else {
				args = append(args, []byte(s))
			}
		case "int64":
			n, err := strconv.ParseInt(val, 0, 64)
			if err != nil {
				return nil, fmt.Errorf("line %q: %w", l, err)
			}
			args = append(args, n)
		default:
			return nil, fmt.Errorf("line %q: type %s not supported", l, typ)
		}
	}
	return args, nil
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
