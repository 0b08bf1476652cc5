package bot

import "time"

// Metrics receives what the core counts. adapters/metrics implements it
// with Prometheus; NopMetrics discards everything.
type Metrics interface {
	// Command records one answered command, its outcome ("ok" or an
	// error Code) and how long it took.
	Command(cmd Command, outcome string, took time.Duration)
	// Ingest records one article ingested, or one link that could not
	// be, and its outcome: "new_story", "joined", "duplicate", "revised";
	// "failed" (given up: the link is no article, the site refused it, or
	// the tries ran out); "unavailable" (the site could not be read this
	// time; the job is tried again).
	Ingest(outcome string)
	// StoreError records a failed storage operation.
	StoreError(op string)
	// Digest records one tick of a follow that this replica handled: one
	// of the Digest* outcomes.
	Digest(outcome string)
}

// IngestUnavailable is the Ingest outcome of a link that could not be
// read this time (a timeout, a 5xx answer): its job is retried, so one
// link may count it several times before it is added or given up.
const IngestUnavailable = "unavailable"

// Digest outcomes, as counted by Metrics.Digest.
const (
	// DigestPosted: what changed was posted.
	DigestPosted = "posted"
	// DigestSkipped: nothing changed since the last digest (or the story
	// is gone), so nothing was posted.
	DigestSkipped = "skipped"
	// DigestFailed: the digest could not be read or posted; the tick is
	// posted late by a recovery pass.
	DigestFailed = "failed"
)

// The label values the core counts with, so that a metrics backend can
// show every series from the start, at zero. A test keeps them in step
// with the code.
var (
	// Commands are the command words.
	Commands = []Command{CmdLatest, CmdDisputes, CmdClaims, CmdSources, CmdList, CmdAdd,
		CmdFollow, CmdUnfollow, CmdFollows, CmdFeeds, CmdFeedAdd, CmdFeedRemove, CmdMerge, CmdMove, CmdForget, CmdHelp}
	// CommandOutcomes are the outcomes of a command: "ok" or an error Code.
	CommandOutcomes = []string{"ok", string(CodeInvalid), string(CodeNotFound), string(CodeAmbiguous),
		string(CodeUnavailable), string(CodeLimit), string(CodeInternal)}
	// IngestOutcomes are the outcomes of Metrics.Ingest.
	IngestOutcomes = []string{IngestNewStory, IngestJoined, IngestDuplicate, IngestRevised, IngestFailed, IngestUnavailable}
	// DigestOutcomes are the outcomes of Metrics.Digest.
	DigestOutcomes = []string{DigestPosted, DigestSkipped, DigestFailed}
	// StoreOps are the storage operations Metrics.StoreError names.
	StoreOps = []string{"add_workspace", "article_story", "delete_feed", "delete_follow", "digest",
		"doc_freq", "enqueue", "features", "feed_count", "feeds", "find", "follow_count", "follows", "is_stale", "lease", "put_feed",
		"put_follow", "redirect", "save_change", "save_digest", "save_story", "search", "seen", "stale_stories", "stories", "story",
		"story_count", "story_infos", "url_article"}
)

// NopMetrics is a Metrics that records nothing.
type NopMetrics struct{}

// Command implements Metrics.
func (NopMetrics) Command(Command, string, time.Duration) {}

// Ingest implements Metrics.
func (NopMetrics) Ingest(string) {}

// StoreError implements Metrics.
func (NopMetrics) StoreError(string) {}

// Digest implements Metrics.
func (NopMetrics) Digest(string) {}
