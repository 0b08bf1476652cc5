package summarize

import (
	"fmt"
	"strings"
)

// The engine's cues, lexicons and grammar are English: an article in
// another language is grouped, its lead can be quoted in the overview and
// it is listed among the sources, but no claims or figures are read from
// it, and the digest says so rather than showing nothing for it.

// Analysed reports whether the engine reads claims in the language with
// ISO 639-1 code lang; an article whose language could not be told ("")
// is read.
func Analysed(lang string) bool { return lang == "" || lang == "en" }

// languageNote is the sentence a digest adds when some of its articles are
// in a language the engine does not analyse ("The claims of 2 articles in
// French and 1 in German were not analysed: ..."), or "" when there are
// none.
func languageNote(arts []Article) string {
	count := map[string]int{}
	var order []string
	total := 0
	for _, a := range arts {
		if Analysed(a.Language) {
			continue
		}
		if count[a.Language] == 0 {
			order = append(order, a.Language)
		}
		count[a.Language]++
		total++
	}
	if total == 0 {
		return ""
	}
	parts := make([]string, len(order))
	for i, code := range order {
		n := count[code]
		switch {
		case i == 0 && n == 1:
			parts[i] = "1 article in " + languageName(code)
		case i == 0:
			parts[i] = fmt.Sprintf("%d articles in %s", n, languageName(code))
		default:
			parts[i] = fmt.Sprintf("%d in %s", n, languageName(code))
		}
	}
	list := parts[0]
	if len(parts) > 1 {
		list = strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	return fmt.Sprintf("The claims of %s were not analysed: storybot reads claims in English only.", list)
}

// languageName is the English name of an ISO 639-1 language code ("fr":
// French, in either case), or the code itself when it is not one.
func languageName(code string) string {
	if name, ok := languageNames[strings.ToLower(code)]; ok {
		return name
	}
	return code
}

// withNote appends a note to an overview.
func withNote(overview, note string) string {
	switch {
	case note == "":
		return overview
	case overview == "":
		return note
	}
	return overview + " " + note
}
