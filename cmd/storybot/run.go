package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/storybot/storybot/adapters/fetch"
	"github.com/storybot/storybot/adapters/input"
	"github.com/storybot/storybot/config"
	"github.com/storybot/storybot/summarize"
	"github.com/storybot/storybot/summarize/extract"
	"github.com/storybot/storybot/summarize/lex"
)

const runHelp = `Commands (one a line; a leading /story or @storybot is optional):
  add PATH_OR_URL...       read articles (files, directories, http(s) URLs)
  add TEXT                 read an article pasted as text
  list                     the stories, most recently updated first
  latest STORY             the digest of a story (its id or words of its title)
  sources STORY            a story's articles, by outlet and time
  help                     this help
`

// cmdRun runs the bot. With no Slack or Discord configured it is a chat on
// the terminal: one command a line from standard input, answers on standard
// output, exit 0 at end of input. This version keeps the stories of the
// session in memory.
func cmdRun(ctx context.Context, args []string, e env) int {
	if len(args) > 0 {
		fmt.Fprintf(e.stderr, "storybot run: takes no arguments (got %q); configure it with environment variables\n", args)
		return exitUsage
	}
	cfg, err := config.FromEnv(e.getenv)
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot run: %v\n", err)
		return exitUsage
	}
	if cfg.Slack.BotToken != "" || cfg.Discord.BotToken != "" || cfg.Discord.PublicKey != "" {
		fmt.Fprintln(e.stderr, "storybot run: the Slack and Discord adapters are not part of this build yet; unset their tokens to chat on the terminal")
		return exitSkipped
	}
	fetcher, err := fetch.New(fetch.Options{Allow: cfg.FetchAllow})
	if err != nil {
		fmt.Fprintf(e.stderr, "storybot run: STORYBOT_FETCH_ALLOW: %v\n", err)
		return exitUsage
	}
	fmt.Fprintln(e.stderr, "storybot: terminal chat; stories are kept in memory for this session only. Type help.")
	t := &terminal{r: input.Reader{Stdin: strings.NewReader(""), Fetcher: fetcher}, out: e.stdout}
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if ctx.Err() != nil {
			break
		}
		t.handle(ctx, sc.Text())
	}
	return exitOK
}

// terminal is one terminal chat session.
type terminal struct {
	r        input.Reader
	out      io.Writer
	articles []summarize.Article
	stories  []summarize.Story
	index    []storyTerms // index[i] describes stories[i], built when articles are added
}

// storyTerms are the words a story can be asked for by.
type storyTerms struct {
	title map[string]bool
	in    map[string]int // term -> number of the story's articles that carry it
}

func indexStory(s summarize.Story) storyTerms {
	st := storyTerms{title: map[string]bool{}, in: map[string]int{}}
	for _, w := range lex.Terms(s.Title) {
		st.title[w] = true
	}
	for _, a := range s.Articles {
		seen := map[string]bool{}
		for _, w := range lex.Terms(a.Title + " " + a.Text()) {
			if !seen[w] {
				seen[w] = true
				st.in[w]++
			}
		}
	}
	return st
}

// handle answers one line.
func (t *terminal) handle(ctx context.Context, line string) {
	fields := strings.Fields(line)
	if len(fields) > 0 && (fields[0] == "/story" || strings.EqualFold(fields[0], "@storybot")) {
		fields = fields[1:]
	}
	if len(fields) == 0 {
		return
	}
	cmd, rest := strings.ToLower(fields[0]), fields[1:]
	switch cmd {
	case "help":
		fmt.Fprint(t.out, runHelp)
	case "add":
		t.add(ctx, rest)
	case "list":
		t.list()
	case "latest", "sources":
		s, ok := t.find(strings.Join(rest, " "))
		if !ok {
			return
		}
		d := s.Digest()
		if cmd == "sources" {
			d.Overview, d.Parties, d.Disputes = "", nil, nil
		}
		writeDigest(t.out, d)
	case "claims", "disputes", "follow", "unfollow", "feeds", "feed":
		fmt.Fprintf(t.out, "%q is not available in this version yet. Type help for what is.\n", cmd)
	default:
		fmt.Fprintf(t.out, "I did not understand %q. Type help for the commands.\n", line)
	}
}

func (t *terminal) add(ctx context.Context, paths []string) {
	if len(paths) == 0 {
		fmt.Fprintln(t.out, "add needs a file, directory or URL.")
		return
	}
	var arts []summarize.Article
	var skips []input.Skip
	if _, err := os.Stat(paths[0]); err != nil && !strings.Contains(paths[0], "://") {
		// Not a file or URL: the words are the article.
		a, err := input.Parse([]byte(strings.Join(paths, " ")), extract.Text, "chat", "")
		if err != nil {
			fmt.Fprintf(t.out, "Could not read that as an article: %v.\n", err)
			return
		}
		arts = append(arts, a)
	} else {
		var srcs []input.Source
		srcs, skips = input.Expand(paths)
		var readSkips []input.Skip
		arts, readSkips = t.r.ReadAll(ctx, srcs)
		skips = append(skips, readSkips...)
	}
	for _, s := range skips {
		fmt.Fprintf(t.out, "%s\n", s)
	}
	before := len(t.articles)
	t.articles = summarize.Dedupe(append(t.articles, arts...))
	t.stories = summarize.Group(t.articles)
	t.index = make([]storyTerms, len(t.stories))
	for i, s := range t.stories {
		t.index[i] = indexStory(s)
	}
	fmt.Fprintf(t.out, "Added %d %s; %d %s in all.\n", len(t.articles)-before,
		plural(len(t.articles)-before, "article", "articles"), len(t.stories), plural(len(t.stories), "story", "stories"))
}

func (t *terminal) list() {
	if len(t.stories) == 0 {
		fmt.Fprintln(t.out, "No stories yet: add an article first.")
		return
	}
	stories := slices.Clone(t.stories)
	sort.SliceStable(stories, func(i, j int) bool { return stories[i].Updated().After(stories[j].Updated()) })
	for _, s := range stories {
		fmt.Fprintf(t.out, "%s  %s (%d %s)\n", s.ID, s.Title, len(s.Articles), plural(len(s.Articles), "article", "articles"))
	}
}

// find matches a story by id or by the words of its title and articles;
// it answers itself when no story or several match.
func (t *terminal) find(query string) (summarize.Story, bool) {
	query = strings.TrimSpace(query)
	if query == "" {
		fmt.Fprintln(t.out, "Which story? Give its id or some words of it; list shows them.")
		return summarize.Story{}, false
	}
	for _, s := range t.stories {
		if s.ID == query {
			return s, true
		}
	}
	want := lex.Terms(query)
	type match struct {
		i     int
		score float64
	}
	var matches []match
	for i, s := range t.stories {
		var score float64
		found := 0
		for _, w := range want {
			if t.index[i].title[w] {
				score += 2
			}
			if n := t.index[i].in[w]; n > 0 {
				found++
				score += float64(n) / float64(len(s.Articles))
			}
		}
		if found*2 >= len(want) && score > 0 {
			matches = append(matches, match{i, score})
		}
	}
	if len(matches) == 0 {
		fmt.Fprintf(t.out, "No story matches %q. Type list to see the stories.\n", query)
		return summarize.Story{}, false
	}
	sort.SliceStable(matches, func(a, b int) bool { return matches[a].score > matches[b].score })
	close := 1
	for close < len(matches) && matches[close].score >= 0.9*matches[0].score {
		close++
	}
	if close > 1 {
		fmt.Fprintf(t.out, "Several stories match %q; say which by id:\n", query)
		for _, m := range matches[:close] {
			s := t.stories[m.i]
			fmt.Fprintf(t.out, "%s  %s\n", s.ID, s.Title)
		}
		return summarize.Story{}, false
	}
	return t.stories[matches[0].i], true
}
