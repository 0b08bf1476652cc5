package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/config"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

const extractUsage = "usage: storybot extract [--json] [--url URL] PATH..."

const extractHelp = extractUsage + `

Print what storybot reads from each page before any analysis: its title,
outlet, publication time, canonical URL, language and body text, paragraph
by paragraph. Needs no Redis and no network (unless a PATH is a URL).

PATH is a file (.txt plain text, .html or .htm, .md), a directory (every
such file in it, recursively, in name order), an http(s):// URL, or - for
one article on standard input. In a directory, README, SOURCES, LICENSE,
CHANGELOG, CONTRIBUTING and NOTES files describe the folder and are not
read as articles (named as a PATH, they are). Flags may come anywhere; --
ends them.

  --json      print one JSON object: {"articles": [...]}
  --url URL   the address a saved page came from (exactly one PATH): its
              outlet and canonical URL are read as if it had been fetched

A PATH that cannot be read is named on standard error and the rest are
read. Exit status: 0, 1 if a PATH was skipped, 2 on bad usage.
`

// extractArgs are the parsed arguments of `storybot extract`.
type extractArgs struct {
	json  bool
	url   string
	paths []string
}

// parseExtractArgs reads flags anywhere among the PATHs; "--" ends flags.
func parseExtractArgs(args []string) (extractArgs, error) {
	var a extractArgs
	paths, set, err := pathArgs(args, map[string]*bool{"json": &a.json}, map[string]valueFlag{"url": {&a.url, "URL"}})
	if err != nil {
		return a, err
	}
	a.paths = paths
	urlSet := set["url"]
	if len(a.paths) == 0 {
		return a, errors.New("no PATH given")
	}
	if urlSet {
		if extract.CanonicalURL(a.url) == "" {
			return a, fmt.Errorf("--url %q is not an http(s) URL", a.url)
		}
		if len(a.paths) != 1 {
			return a, errors.New("--url takes exactly one PATH")
		}
	}
	return a, nil
}

// extracted is one article as `storybot extract --json` prints it.
type extracted struct {
	File      string `json:"file"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Text      string `json:"text"`
}

func newExtracted(a summarize.Article) extracted {
	paras := make([]string, len(a.Body))
	for i, b := range a.Body {
		paras[i] = b.Printed()
	}
	text := strings.Join(paras, "\n\n")
	x := extracted{File: a.File, URL: a.URLKey(), Title: a.Title, Outlet: a.Outlet,
		Language: a.Language, Text: text}
	if !a.Published.IsZero() {
		x.Published = a.Published.Format(time.RFC3339)
	}
	return x
}

func cmdExtract(ctx context.Context, args []string, e env) int {
	a, err := parseExtractArgs(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot extract: %v\n%s\n", err, extractUsage)
		return exitUsage
	}
	cfg, err := config.FromEnv(e.getenv)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot extract: %v\n", err)
		return exitUsage
	}
	fetcher, err := fetch.New(fetch.Options{Allow: cfg.FetchAllow})
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot extract: STORYBOT_FETCH_ALLOW: %v\n", err)
		return exitUsage
	}

	srcs, skips := input.Expand(a.paths)
	var arts []summarize.Article
	if a.url != "" && len(srcs) > 0 {
		if len(srcs) != 1 || srcs[0].URL {
			fmt.Fprintf(e.stderr, "storybot extract: --url takes one file or -, not %s\n%s\n", a.paths[0], extractUsage)
			return exitUsage
		}
		art, err := readSaved(srcs[0].Path, a.url, e.stdin)
		if err != nil {
			skips = append(skips, input.Skip{Path: srcs[0].Path, Reason: err})
		} else {
			arts = append(arts, art)
		}
	} else {
		var readSkips []input.Skip
		arts, readSkips = input.Reader{Stdin: e.stdin, Fetcher: fetcher}.ReadAll(ctx, srcs)
		skips = append(skips, readSkips...)
	}
	for _, s := range skips {
		fmt.Fprintf(e.stderr, "storybot: %s\n", s)
	}

	out := struct {
		Articles []extracted `json:"articles"`
	}{Articles: make([]extracted, len(arts))}
	for i, art := range arts {
		out.Articles[i] = newExtracted(art)
	}
	if a.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(e.stderr, "storybot extract: %v\n", err)
			return exitSkipped
		}
	} else {
		writeExtracted(e.stdout, out.Articles)
	}
	if len(skips) > 0 {
		return exitSkipped
	}
	return exitOK
}

// readSaved reads a saved page (a file, or - for standard input) as if it
// had been fetched from pageURL.
func readSaved(path, pageURL string, stdin io.Reader) (summarize.Article, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return summarize.Article{}, pe.Err
			}
			return summarize.Article{}, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, input.MaxArticleBytes+1))
	if err != nil {
		return summarize.Article{}, err
	}
	if len(data) > input.MaxArticleBytes {
		return summarize.Article{}, fmt.Errorf("article exceeds the %d MB limit", input.MaxArticleBytes>>20)
	}
	file := path
	return input.Parse(data, extract.FormatOf(path, "", data), file, pageURL)
}

// writeExtracted prints one readable block per article.
func writeExtracted(w io.Writer, arts []extracted) {
	if len(arts) == 0 {
		fmt.Fprintln(w, "No articles read.")
		return
	}
	for i, x := range arts {
		if i > 0 {
			fmt.Fprintln(w)
		}
		name := x.File
		if name == "" {
			name = x.URL
		}
		fmt.Fprintf(w, "== %s\n", name)
		for _, f := range [][2]string{{"Title", x.Title}, {"Outlet", x.Outlet}, {"URL", x.URL},
			{"Published", x.Published}, {"Language", x.Language}} {
			if f[1] != "" {
				fmt.Fprintf(w, "%-10s %s\n", f[0]+":", f[1])
			}
		}
		fmt.Fprintf(w, "\n%s\n", x.Text)
	}
}
