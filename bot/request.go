package bot

// Command is a chat command word.
type Command string

// The chat commands of CONTRACT.md.
const (
	CmdLatest     Command = "latest"
	CmdDisputes   Command = "disputes"
	CmdClaims     Command = "claims"
	CmdSources    Command = "sources"
	CmdList       Command = "list"
	CmdAdd        Command = "add"
	CmdFollow     Command = "follow"
	CmdUnfollow   Command = "unfollow"
	CmdFollows    Command = "follows"
	CmdFeeds      Command = "feeds"
	CmdFeedAdd    Command = "feed add"
	CmdFeedRemove Command = "feed remove"
	CmdMerge      Command = "merge"
	CmdMove       Command = "move"
	CmdForget     Command = "forget"
	CmdHelp       Command = "help"
)

// Request is one chat command, however it arrived: a slash command, a
// mention or a terminal line.
type Request struct {
	// Workspace is where the command was given: "slack:T123",
	// "discord:G123" or "local". Stories never cross workspaces.
	Workspace string
	// Channel is where the answer goes and a follow posts.
	Channel string
	// Thread is the thread the request was made in, if any: a follow
	// made there posts its digests there.
	Thread string
	// User is who asked, for logs.
	User    string
	Command Command
	// Story is the story asked about: an id or words that match one.
	Story string
	// Party narrows claims to one side.
	Party string
	// Target is what add reads (a URL, a local path in the terminal, or
	// the article's text), the URL of feed add and feed remove, and the
	// article (its id or URL) move moves.
	Target string
	// Into is the story merge merges Story into, and the story move moves
	// Target to ("new": a story of its own).
	Into string
	// Schedule is follow's schedule as given ("daily 09:00", "hourly",
	// "every 6h", a cron expression), empty for the default.
	Schedule string
	// TimeZone is follow's IANA time zone, empty for UTC.
	TimeZone string
	// Page is the page of list asked for, from 1; 0 is the first.
	Page int
}
