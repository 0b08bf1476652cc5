package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
)

// maxArticleBytes bounds one article read from a file or standard input,
// as the fetcher bounds a page.
const maxArticleBytes = 5 << 20

// articleExts are the file kinds read from directories.
var articleExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true,
	".xhtml": true, ".md": true, ".markdown": true}

// source is one article to read: a file, a URL or standard input.
type source struct {
	path string // as named: the file path, the URL, or "-"
	url  bool
}

// skip is a PATH that could not be read, with the reason.
type skip struct {
	path   string
	reason error
}

func (s skip) String() string { return fmt.Sprintf("skipped %s: %v", s.path, s.reason) }

// expand turns PATH arguments into sources: directories are walked
// recursively in name order, keeping the article file kinds.
func expand(paths []string) ([]source, []skip) {
	var out []source
	var skips []skip
	stdin := false
	for _, p := range paths {
		switch {
		case p == "-":
			if stdin {
				skips = append(skips, skip{p, errors.New("standard input is read once")})
				continue
			}
			stdin = true
			out = append(out, source{path: p})
		case strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://"):
			out = append(out, source{path: p, url: true})
		case strings.Contains(p, "://"):
			skips = append(skips, skip{p, errors.New("only http:// and https:// URLs are read")})
		default:
			info, err := os.Stat(p)
			if err != nil {
				skips = append(skips, skip{p, pathError(err)})
				continue
			}
			if !info.IsDir() {
				ext := strings.ToLower(filepath.Ext(p))
				if ext != "" && !articleExts[ext] {
					skips = append(skips, skip{p, fmt.Errorf("unsupported file type %s (want .txt, .html, .htm or .md)", ext)})
					continue
				}
				out = append(out, source{path: p})
				continue
			}
			n := len(out)
			err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					skips = append(skips, skip{path, pathError(err)})
					return nil
				}
				name := d.Name()
				if path != p && strings.HasPrefix(name, ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if !d.IsDir() && articleExts[strings.ToLower(filepath.Ext(name))] {
					out = append(out, source{path: path})
				}
				return nil
			})
			if err == nil && len(out) == n {
				skips = append(skips, skip{p, errors.New("directory holds no .txt, .html, .htm or .md file")})
			}
		}
	}
	return out, skips
}

func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// reader reads and cleans sources.
type reader struct {
	stdin   io.Reader
	fetcher *fetch.Client
}

// readAll reads every source, a few at a time, and returns the articles in
// source order with the sources that failed.
func (r reader) readAll(ctx context.Context, srcs []source) ([]summarize.Article, []skip) {
	type result struct {
		art summarize.Article
		err error
	}
	results := make([]result, len(srcs))
	sem := make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for i, s := range srcs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			a, err := r.read(ctx, s)
			results[i] = result{a, err}
		}()
	}
	wg.Wait()
	var arts []summarize.Article
	var skips []skip
	for i, res := range results {
		if res.err != nil {
			skips = append(skips, skip{srcs[i].path, res.err})
			continue
		}
		arts = append(arts, res.art)
	}
	return arts, skips
}

// read reads and cleans one source.
func (r reader) read(ctx context.Context, s source) (summarize.Article, error) {
	if s.url {
		if r.fetcher == nil {
			return summarize.Article{}, errors.New("URL fetching is not configured")
		}
		page, err := r.fetcher.Get(ctx, s.path)
		if err != nil {
			return summarize.Article{}, err
		}
		f := extract.FormatOf(page.URL, page.ContentType, page.Body)
		if ct := strings.ToLower(page.ContentType); strings.Contains(ct, "html") {
			f = extract.HTML
		}
		return parse(page.Body, f, "", page.URL)
	}
	var data []byte
	var err error
	if s.path == "-" {
		data, err = io.ReadAll(io.LimitReader(r.stdin, maxArticleBytes+1))
	} else {
		data, err = readFile(s.path)
	}
	if err != nil {
		return summarize.Article{}, err
	}
	if len(data) > maxArticleBytes {
		return summarize.Article{}, fmt.Errorf("article exceeds the %d MB limit", maxArticleBytes>>20)
	}
	if !utf8.Valid(data) && strings.ContainsRune(string(data[:min(len(data), 4096)]), 0) {
		return summarize.Article{}, errors.New("not a text, HTML or Markdown file")
	}
	return parse(data, extract.FormatOf(s.path, "", data), s.path, "")
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxArticleBytes+1))
	if err != nil {
		return nil, pathError(err)
	}
	return data, nil
}

func parse(data []byte, f extract.Format, file, pageURL string) (summarize.Article, error) {
	a, err := summarize.ParseArticle(data, f, file, pageURL)
	if errors.Is(err, extract.ErrNoText) {
		return a, errors.New("holds no article text")
	}
	return a, err
}
