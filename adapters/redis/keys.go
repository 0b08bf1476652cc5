package redis

import (
	"strings"

	"github.com/storybot/storybot/bot"
)

// prefix starts every key; the layout is in the package doc.
const prefix = "sb:"

func wsPrefix(ws string) string { return prefix + "{" + ws + "}:" }

func keyStory(ws, id string) string         { return wsPrefix(ws) + "story:" + id }
func keyStoryArticles(ws, id string) string { return keyStory(ws, id) + ":articles" }
func keyStoryFeatures(ws, id string) string { return keyStory(ws, id) + ":features" }
func keyStories(ws string) string           { return wsPrefix(ws) + "stories" }
func keyArticle(ws, id string) string       { return wsPrefix(ws) + "article:" + id }
func keyURLs(ws string) string              { return wsPrefix(ws) + "urls" }
func keyTerm(ws, term string) string        { return wsPrefix(ws) + "term:" + term }
func keyDF(ws string) string                { return wsPrefix(ws) + "df" }
func keyDFDocs(ws string) string            { return wsPrefix(ws) + "dfn" }
func keyMoved(ws string) string             { return wsPrefix(ws) + "moved" }
func keyFollows(ws string) string           { return wsPrefix(ws) + "follows" }
func keyFeeds(ws string) string             { return wsPrefix(ws) + "feeds" }
func keyStale(ws string) string             { return wsPrefix(ws) + "stale" }

// keyLease names a workspace's placement lease, or a story's refresh
// lease.
func keyLease(k bot.LeaseKey) string {
	if k.Story == "" {
		return wsPrefix(k.Workspace) + "lease"
	}
	return wsPrefix(k.Workspace) + "refresh:" + k.Story
}

// keyRate counts a user's commands in the window starting at window
// (unix seconds).
func keyRate(ws, user, window string) string { return wsPrefix(ws) + "rate:" + user + ":" + window }

const keyWorkspaces = prefix + "workspaces"

// followField names a follow in the follows hash.
func followField(channel, storyID string) string { return channel + "\x00" + storyID }

// validWorkspace reports a workspace ID that cannot break the key layout.
func validWorkspace(ws string) bool {
	return ws != "" && len(ws) <= 128 && !strings.ContainsAny(ws, "{}\x00 \n")
}
