package redis

import "strings"

// Key layout. Every key of a workspace W carries the hash tag {W}, so a
// workspace lives in one Redis Cluster slot and one ingest (story, its
// articles, the workspace indexes) is one MULTI transaction even on a
// cluster; many workspaces spread over the shards.
//
//	sb:{W}:story:S            hash   title, fixed, version, created, updated (unix ms),
//	                                 count, digest (JSON), seen (JSON), terms (JSON)
//	sb:{W}:story:S:articles   hash   article ID -> article (deflated JSON: text,
//	                                 metadata, attribution, figures)
//	sb:{W}:story:S:features   hash   article ID -> grouping features (JSON)
//	sb:{W}:stories            zset   story ID, scored by last update (unix ms)
//	sb:{W}:article:A          string the story holding the article of content ID A
//	                                 (dedupe; one key per article so that an ingest
//	                                 can WATCH it)
//	sb:{W}:urls               hash   canonical URL -> story ID and article ID
//	sb:{W}:term:T             zset   story ID, scored by the weight of term T
//	                                 (search index: titles, speakers, parties, places)
//	sb:{W}:follows            hash   channel NUL story ID -> follow (JSON)
//	sb:{W}:feeds              hash   feed URL -> feed (JSON)
//	sb:workspaces             set    the workspaces that exist
const prefix = "sb:"

func wsPrefix(ws string) string { return prefix + "{" + ws + "}:" }

func keyStory(ws, id string) string         { return wsPrefix(ws) + "story:" + id }
func keyStoryArticles(ws, id string) string { return keyStory(ws, id) + ":articles" }
func keyStoryFeatures(ws, id string) string { return keyStory(ws, id) + ":features" }
func keyStories(ws string) string           { return wsPrefix(ws) + "stories" }
func keyArticle(ws, id string) string       { return wsPrefix(ws) + "article:" + id }
func keyURLs(ws string) string              { return wsPrefix(ws) + "urls" }
func keyTerm(ws, term string) string        { return wsPrefix(ws) + "term:" + term }
func keyFollows(ws string) string           { return wsPrefix(ws) + "follows" }
func keyFeeds(ws string) string             { return wsPrefix(ws) + "feeds" }

const keyWorkspaces = prefix + "workspaces"

// followField names a follow in the follows hash.
func followField(channel, storyID string) string { return channel + "\x00" + storyID }

// validWorkspace reports a workspace ID that cannot break the key layout.
func validWorkspace(ws string) bool {
	return ws != "" && len(ws) <= 128 && !strings.ContainsAny(ws, "{}\x00 \n")
}
