package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storybot/storybot/internal/fuzzseed"
)

// FuzzParseText checks that any plain-text or Markdown page is cleaned
// without a panic, and that a page Parse accepts has valid UTF-8 text and
// no empty paragraph. Refusing a page (ErrNoText) is fine.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		"",
		scrapedPage,
		"Title here\n\nOne sentence. \"A quote,\" he said.\n",
		"Home\nWORLD\n3 min read\nHarbour strike ends after pay deal\nBy Tamsin Quill\n\nNORTHPORT (Reuters) - Dock workers in Northport ended a nine-day strike on Tuesday.\n\nRelated stories\nCouncil backs new ferry route\nRain delays cup final\nBakery wins award\n",
		"A long line of text that stops in the middle of a sentence and\ncontinues here on the next line.",
		"- first item of a list that ends.\n- second item.\n",
		"GENEVA, March 4 (AFP) - The talks resumed.",
		"Updated : Dec 04, 2025, 07:06 AM IST\nThe committee met again.",
		"---\ntitle: \"Quarry plan paused\"\ndate: 2026-02-30\n---\n# Quarry plan paused\n\nThe [council](http://x.example) said **no**.",
		"\ufeff\u00a0\u200b\r\n\u2028\t.",
		"caf\xe9 owners said the rent rose.",
		"\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	fuzzseed.Add(f, "FuzzParseText")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{Text, Markdown} {
			p, err := Parse(data, format, "")
			checkPage(t, format, p, err)
		}
	})
}

// FuzzParseHTML checks that any HTML page, from any URL, is extracted
// without a panic, and that a page Parse accepts has valid UTF-8 text and
// no empty paragraph.
func FuzzParseHTML(f *testing.F) {
	for _, s := range [][2]string{
		{"", ""},
		{"<html><head><title>Ferry fares frozen | Bay Gazette</title></head><body><article><h1>Ferry fares frozen</h1><p>The operator froze fares for a year, its chair said on Monday.</p><p>\u201cWe listened,\u201d she said.</p></article></body></html>", "https://www.baygazette.example/news/ferry"},
		{"<p>Short.</p><p><br></p><ul><li>one point made.</li><li></li></ul>", "http://m.x.example/a?utm_source=y"},
		{`<meta property="article:published_time" content="2026-03-01T10:00:00+01:00"><script type="application/ld+json">{"datePublished":"2026-03-01"}</script><div><p>The mill reopened after repairs.</p></div>`, ""},
		{"<script>var x = '<p>not text</p>';</script><p>caf\xe9 text.</p>", "::bad url"},
		{"<table><tr><td>a</td><td>b</td></tr></table><pre>\t\t</pre>", "%"},
	} {
		f.Add([]byte(s[0]), s[1])
	}
	fuzzseed.Add(f, "FuzzParseHTML")
	f.Fuzz(func(t *testing.T, data []byte, pageURL string) {
		p, err := Parse(data, HTML, pageURL)
		checkPage(t, HTML, p, err)
	})
}

// checkPage checks what Parse promises of a page it accepts.
func checkPage(t *testing.T, format Format, p Page, err error) {
	t.Helper()
	if err != nil {
		return
	}
	if text := p.Text(); !utf8.ValidString(text) {
		t.Fatalf("%s: text is not valid UTF-8: %q", format, text)
	}
	paras := p.Paragraphs()
	if len(paras) == 0 {
		t.Fatalf("%s: no paragraphs and no error", format)
	}
	for i, para := range paras {
		if strings.TrimSpace(para) == "" {
			t.Fatalf("%s: paragraph %d is empty: %q", format, i, paras)
		}
	}
}
