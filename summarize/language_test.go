package summarize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// An invented article in French, of the shape the English ones take: a
// headline, a lead and a quoted statement.
const frenchStrike = `Port Halden : les dockers prolongent leur grève

Les dockers du port de Port Halden ont voté vendredi la prolongation de leur grève pour une deuxième semaine, après l'échec des négociations sur la rémunération du travail de nuit.

« Nous ne sommes pas venus jusqu'ici pour nous contenter d'une promesse », a déclaré Ilse Brandt, présidente du syndicat.

L'autorité portuaire juge son offre d'une hausse de quatre pour cent juste et définitive.
`

// TestArticleNotAnalysed checks that an article in a language the engine
// does not analyse is read, listed and summarised, that no claims are read
// from it, and that the digest says so.
func TestArticleNotAnalysed(t *testing.T) {
	fr := article(t, "fr.txt", "", frenchStrike)
	en := article(t, "en.txt", "", strikeText)
	if fr.Language != "fr" || en.Language != "en" {
		t.Fatalf("languages %q, %q", fr.Language, en.Language)
	}
	if len(fr.Analysis.Statements) != 0 || len(fr.Figures) != 0 {
		t.Errorf("claims or figures read from a French article: %+v %+v", fr.Analysis.Statements, fr.Figures)
	}
	if len(en.Analysis.Statements) == 0 {
		t.Error("no claims read from the English article")
	}
	d := NewStory("Port Halden strike", []Article{en, fr}).Digest()
	listed := false
	for _, r := range d.Articles {
		listed = listed || r.ID == fr.ID && r.Language == "fr"
	}
	if len(d.Articles) != 2 || !listed {
		t.Fatalf("articles %+v", d.Articles)
	}
	if !strings.HasSuffix(d.Overview, "The claims of 1 article in French were not analysed: storybot reads claims in English only.") {
		t.Errorf("overview %q", d.Overview)
	}
	for _, p := range d.Parties {
		for _, c := range p.Claims {
			for _, id := range c.Articles {
				if id == fr.ID {
					t.Errorf("claim from the French article: %+v", c)
				}
			}
		}
	}
	if d := NewStory("", []Article{en}).Digest(); strings.Contains(d.Overview, "not analysed") {
		t.Errorf("note without cause: %q", d.Overview)
	}
}

func TestLanguageNote(t *testing.T) {
	for _, tt := range []struct {
		langs []string
		want  string
	}{
		{[]string{"en", ""}, ""},
		{[]string{"en", "de"}, "The claims of 1 article in German were not analysed"},
		{[]string{"fr", "en", "fr", "de"}, "The claims of 2 articles in French and 1 in German were not analysed"},
		{[]string{"es", "it", "pt"}, "The claims of 1 article in Spanish, 1 in Italian and 1 in Portuguese were not analysed"},
	} {
		arts := make([]Article, len(tt.langs))
		for i, l := range tt.langs {
			arts[i].Language = l
		}
		got := languageNote(arts)
		if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
			t.Errorf("languageNote(%v) = %q, want %q…", tt.langs, got, tt.want)
		}
	}
}

// TestLanguageNames checks the table of language names against
// golang.org/x/text/language/display, which it copies, for every
// two-letter code in either case: the names digests print do not change
// when the package is not linked into the binary.
func TestLanguageNames(t *testing.T) {
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			for _, code := range []string{string([]rune{a, b}), strings.ToUpper(string([]rune{a, b}))} {
				want := code
				if tag, err := language.Parse(code); err == nil {
					if name := display.English.Languages().Name(tag); name != "" {
						want = name
					}
				}
				if got := languageName(code); got != want {
					t.Errorf("languageName(%q) = %q, want %q", code, got, want)
				}
			}
		}
	}
	for _, code := range []string{"", "und", "xyz"} {
		if got := languageName(code); got != code {
			t.Errorf("languageName(%q) = %q, want the code", code, got)
		}
	}
}
