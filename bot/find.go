package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// Match thresholds: a story matches when it carries at least half of the
// query's words; runners-up scoring within closeMatch of the best make
// the match ambiguous.
const closeMatch = 0.8

// story resolves a story query to what list shows of it.
func (b *Bot) story(ctx context.Context, ws, query string) (StoryInfo, error) {
	id, err := b.findStory(ctx, ws, query)
	if err != nil {
		return StoryInfo{}, err
	}
	infos, err := b.store.StoryInfos(ctx, ws, []string{id})
	if err != nil {
		return StoryInfo{}, b.storeErr("story_infos", err)
	}
	if len(infos) == 0 {
		return StoryInfo{}, Errorf(CodeNotFound, "No story %s in this workspace. Type list to see the stories.", id)
	}
	return infos[0], nil
}

// findStory resolves a story query to a story ID: the ID itself, or
// words matched against the stories' titles, parties, speakers and
// places, ranked. An ambiguous query is an error listing the candidates.
func (b *Bot) findStory(ctx context.Context, ws, query string) (string, error) {
	query = strings.TrimSpace(query)
	if looksLikeID(query) {
		infos, err := b.store.StoryInfos(ctx, ws, []string{query})
		if err != nil {
			return "", b.storeErr("story_infos", err)
		}
		if len(infos) == 1 {
			return infos[0].ID, nil
		}
		to, err := b.store.Redirect(ctx, ws, query)
		if err != nil {
			return "", b.storeErr("redirect", err)
		}
		if to != "" {
			return b.findStory(ctx, ws, to)
		}
	}
	f, err := b.find(ctx, ws, query, NoDigest)
	return f.ID, err
}

// find matches a query's words to a story and reads its digest of the
// kind asked in the same round trip.
func (b *Bot) find(ctx context.Context, ws, query string, kind DigestKind) (Found, error) {
	query = strings.TrimSpace(query)
	if query == "" {
		return Found{}, Errorf(CodeInvalid, "Which story? Give its id or some words of it; list shows the stories.")
	}
	terms := uniq(lex.Terms(query))
	if len(terms) == 0 {
		return Found{}, b.notFound(ctx, ws, query)
	}
	f, err := b.store.Find(ctx, ws, Query{Terms: terms, Need: (len(terms) + 1) / 2, Close: closeMatch, Max: maxCandidates, Read: kind})
	if err != nil {
		return Found{}, b.storeErr("find", err)
	}
	if f.ID != "" {
		return f, nil
	}
	if len(f.Candidates) == 0 {
		return Found{}, b.notFound(ctx, ws, query)
	}
	infos, err := b.store.StoryInfos(ctx, ws, f.Candidates)
	if err != nil {
		return Found{}, b.storeErr("story_infos", err)
	}
	msg := fmt.Sprintf("Several stories match %q; say which by its id:", clip(query, echoMax))
	return Found{}, &Error{Code: CodeAmbiguous, Message: msg, Stories: infos}
}

// notFound is the error for a query no story matches, offering the
// stories whose titles are a typo away from it.
func (b *Bot) notFound(ctx context.Context, ws, query string) error {
	near, err := b.nearest(ctx, ws, query)
	if err != nil {
		return err
	}
	if len(near) == 0 {
		return Errorf(CodeNotFound, "No story matches %q. Type list to see the stories.", clip(query, echoMax))
	}
	return Errorf(CodeNotFound, "No story matches %q.%s", clip(query, echoMax), didYouMean(near))
}

// looksLikeID reports a query that may be a story ID: "s" and hex digits.
func looksLikeID(q string) bool {
	if len(q) != 11 || q[0] != 's' {
		return false
	}
	for _, r := range q[1:] {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return false
		}
	}
	return true
}

// suggestScan is how many recent stories a partly typed word is looked
// for in.
const suggestScan = 200

// Suggest returns stories for a story box being typed (autocomplete): the
// most recently updated ones for no words, else those the words match
// best, at most n.
func (b *Bot) Suggest(ctx context.Context, ws, words string, n int) ([]StoryInfo, error) {
	if err := CheckWorkspace(ws); err != nil {
		return nil, err
	}
	terms := uniq(lex.Terms(words))
	if len(terms) == 0 {
		infos, _, err := b.store.Stories(ctx, ws, 0, n)
		if err != nil {
			return nil, b.storeErr("stories", err)
		}
		return infos, nil
	}
	matches, err := b.store.Search(ctx, ws, terms, n)
	if err != nil {
		return nil, b.storeErr("search", err)
	}
	if len(matches) == 0 {
		// A word still being typed ("carr"): the recent stories whose
		// titles hold it.
		recent, _, err := b.store.Stories(ctx, ws, 0, suggestScan)
		if err != nil {
			return nil, b.storeErr("stories", err)
		}
		var out []StoryInfo
		want := strings.ToLower(strings.TrimSpace(words))
		for _, s := range recent {
			if strings.Contains(strings.ToLower(s.Title), want) && len(out) < n {
				out = append(out, s)
			}
		}
		return out, nil
	}
	ids := make([]string, len(matches))
	for i, m := range matches {
		ids[i] = m.ID
	}
	infos, err := b.store.StoryInfos(ctx, ws, ids)
	if err != nil {
		return nil, b.storeErr("story_infos", err)
	}
	return infos, nil
}
