package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// Match thresholds: a story matches when it carries at least half of the
// query's words; the runners-up within closeMatch of the best make the
// match ambiguous.
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
	if query == "" {
		return "", Errorf(CodeInvalid, "Which story? Give its id or some words of it; list shows the stories.")
	}
	if looksLikeID(query) {
		infos, err := b.store.StoryInfos(ctx, ws, []string{query})
		if err != nil {
			return "", b.storeErr("story_infos", err)
		}
		if len(infos) == 1 {
			return infos[0].ID, nil
		}
	}
	terms := uniq(lex.Terms(query))
	if len(terms) == 0 {
		return "", Errorf(CodeNotFound, "No story matches %q. Type list to see the stories.", query)
	}
	matches, err := b.store.Search(ctx, ws, terms, 20)
	if err != nil {
		return "", b.storeErr("search", err)
	}
	need := (len(terms) + 1) / 2
	var good []Match
	for _, m := range matches {
		if m.Terms >= need {
			good = append(good, m)
		}
	}
	if len(good) == 0 {
		return "", Errorf(CodeNotFound, "No story matches %q. Type list to see the stories.", query)
	}
	n := 1
	for n < len(good) && n < maxCandidates && good[n].Score >= closeMatch*good[0].Score {
		n++
	}
	if n == 1 {
		return good[0].ID, nil
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = good[i].ID
	}
	infos, err := b.store.StoryInfos(ctx, ws, ids)
	if err != nil {
		return "", b.storeErr("story_infos", err)
	}
	if len(infos) == 0 {
		return "", Errorf(CodeNotFound, "No story matches %q. Type list to see the stories.", query)
	}
	if len(infos) == 1 {
		return infos[0].ID, nil
	}
	msg := fmt.Sprintf("Several stories match %q; say which by its id:", query)
	return "", &Error{Code: CodeAmbiguous, Message: msg, Stories: infos}
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
