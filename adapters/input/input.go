// Package input reads articles from what people name: files, directories
// (recursively, in name order), standard input and http(s) URLs (through
// the SSRF-safe fetcher), and cleans each into a summarize.Article.
package input

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

// MaxArticleBytes bounds one article read from a file or standard input,
// as the fetcher bounds a page.
const MaxArticleBytes = 5 << 20

// articleExts are the file kinds read from directories.
var articleExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true,
	".xhtml": true, ".md": true, ".markdown": true}

// Source is one article to read: a file, a URL or standard input.
type Source struct {
	Path string // as named: the file path, the URL, or "-"
	URL  bool
}

// Skip is a PATH that could not be read, with the reason.
type Skip struct {
	Path   string
	Reason error
}

// String says what was skipped and why.
func (s Skip) String() string { return fmt.Sprintf("skipped %s: %v", s.Path, s.Reason) }

// Expand turns PATH arguments into sources: directories are walked
// recursively in name order, keeping the article file kinds.
func Expand(paths []string) ([]Source, []Skip) {
	var out []Source
	var skips []Skip
	stdin := false
	for _, p := range paths {
		switch {
		case p == "-":
			if stdin {
				skips = append(skips, Skip{p, errors.New("standard input is read once")})
				continue
			}
			stdin = true
			out = append(out, Source{Path: p})
		case strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://"):
			out = append(out, Source{Path: p, URL: true})
		case strings.Contains(p, "://"):
			skips = append(skips, Skip{p, errors.New("only http:// and https:// URLs are read")})
		default:
			info, err := os.Stat(p)
			if err != nil {
				skips = append(skips, Skip{p, pathError(err)})
				continue
			}
			if !info.IsDir() {
				ext := strings.ToLower(filepath.Ext(p))
				if ext != "" && !articleExts[ext] {
					skips = append(skips, Skip{p, fmt.Errorf("unsupported file type %s (want .txt, .html, .htm or .md)", ext)})
					continue
				}
				out = append(out, Source{Path: p})
				continue
			}
			n := len(out)
			err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					skips = append(skips, Skip{path, pathError(err)})
					return nil
				}
				name := d.Name()
				if path != p && strings.HasPrefix(name, ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if !d.IsDir() && articleExts[strings.ToLower(filepath.Ext(name))] && !isFolderNote(name) {
					out = append(out, Source{Path: path})
				}
				return nil
			})
			if err == nil && len(out) == n {
				skips = append(skips, Skip{p, errors.New("directory holds no .txt, .html, .htm or .md file")})
			}
		}
	}
	return out, skips
}

// folderNotes are the names (in lower case, without extension) of files
// that describe a folder of articles rather than being one: a README.md or
// SOURCES.md beside the articles says where they came from. A directory's
// walk skips them; named as a PATH of their own they are read.
var folderNotes = map[string]bool{"readme": true, "sources": true, "license": true, "changelog": true,
	"contributing": true, "notes": true}

func isFolderNote(name string) bool {
	return folderNotes[strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))]
}

func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Reader reads and cleans sources.
type Reader struct {
	Stdin   io.Reader
	Fetcher *fetch.Client
}

// ReadAll reads every source, a few at a time, and returns the articles in
// source order with the sources that failed.
func (r Reader) ReadAll(ctx context.Context, srcs []Source) ([]summarize.Article, []Skip) {
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
			a, err := r.Read(ctx, s)
			results[i] = result{a, err}
		}()
	}
	wg.Wait()
	var arts []summarize.Article
	var skips []Skip
	for i, res := range results {
		if res.err != nil {
			skips = append(skips, Skip{srcs[i].Path, res.err})
			continue
		}
		arts = append(arts, res.art)
	}
	return arts, skips
}

// Read reads and cleans one source.
func (r Reader) Read(ctx context.Context, s Source) (summarize.Article, error) {
	if s.URL {
		if r.Fetcher == nil {
			return summarize.Article{}, errors.New("URL fetching is not configured")
		}
		page, err := r.Fetcher.Get(ctx, s.Path)
		if err != nil {
			return summarize.Article{}, err
		}
		f := extract.FormatOf(page.URL, page.ContentType, page.Body)
		if ct := strings.ToLower(page.ContentType); strings.Contains(ct, "html") {
			f = extract.HTML
		}
		a, err := Parse(page.Body, f, "", page.URL)
		if err != nil {
			// A page read whole with no article in it: as final as a
			// PDF is, and said the same way.
			return a, &fetch.Error{Kind: fetch.KindNotArticle, Detail: err.Error(), What: "the page holds no article text", Err: err}
		}
		return a, nil
	}
	var data []byte
	var err error
	if s.Path == "-" {
		data, err = io.ReadAll(io.LimitReader(r.Stdin, MaxArticleBytes+1))
	} else {
		data, err = readFile(s.Path)
	}
	if err != nil {
		return summarize.Article{}, err
	}
	if len(data) > MaxArticleBytes {
		return summarize.Article{}, fmt.Errorf("article exceeds the %d MB limit", MaxArticleBytes>>20)
	}
	if !utf8.Valid(data) && strings.ContainsRune(string(data[:min(len(data), 4096)]), 0) {
		return summarize.Article{}, errors.New("not a text, HTML or Markdown file")
	}
	return Parse(data, extract.FormatOf(s.Path, "", data), s.Path, "")
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return nil, pathError(err)
	}
	return data, nil
}

// Parse cleans data as an article, with a plain error for a page that
// holds no article text.
func Parse(data []byte, f extract.Format, file, pageURL string) (summarize.Article, error) {
	a, err := summarize.ParseArticle(data, f, file, pageURL)
	if errors.Is(err, extract.ErrNoText) {
		return a, errors.New("holds no article text")
	}
	return a, err
}
