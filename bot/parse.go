package bot

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// usages is one line of help per command, in the order of Usage.
var usages = []struct {
	cmd          Command
	syntax, does string
}{
	{CmdLatest, "latest STORY", "the digest: overview, claims by party, open disputes, sources"},
	{CmdDisputes, "disputes STORY", "open (and recently resolved) disputes only"},
	{CmdClaims, "claims STORY [by PARTY]", "claims, optionally one party's (also party:NAME)"},
	{CmdSources, "sources STORY", "the articles, by outlet and time"},
	{CmdList, "list [PAGE]", "this workspace's stories, most recently updated first, 10 a page (list 2, list more)"},
	{CmdAdd, "add URL_OR_TEXT [to STORY]", "read an article (a link, a file path in the terminal, or pasted text)"},
	{CmdFollow, "follow STORY [SCHEDULE] [TIME_ZONE]", `post what changed to this channel on a schedule: daily 09:00 (the default), hourly, every 6h (every 5m at the most often), weekly mon 09:00, or a cron expression such as "0 9 * * 1-5"; time zone e.g. Europe/Paris (default UTC); following again changes the schedule`},
	{CmdUnfollow, "unfollow STORY", "stop posting that story here"},
	{CmdFollows, "follows", "the follows of this channel, then of the other channels: schedules, time zones, next digests"},
	{CmdFeeds, "feeds", "this workspace's RSS/Atom feeds"},
	{CmdFeedAdd, "feed add URL [to STORY]", "subscribe to an RSS/Atom feed"},
	{CmdFeedRemove, "feed remove URL", "unsubscribe from a feed"},
	{CmdMerge, "merge STORY into STORY", "make one story of two: the first's articles, follows and first-seen times move to the second"},
	{CmdMove, "move ARTICLE to STORY", "move an article (its id or URL) to another story, or to a story of its own with to new"},
	{CmdForget, "forget STORY", "delete a story, its articles and its follows"},
	{CmdHelp, "help", "this help"},
}

// Usage returns the help text: one line per command, in plain text.
func Usage() string {
	var b strings.Builder
	b.WriteString("storybot follows news stories. Commands:\n")
	for _, u := range usages {
		fmt.Fprintf(&b, "  %s - %s\n", u.syntax, u.does)
	}
	b.WriteString("STORY is a story id or words that match one (title, names, places).\n")
	b.WriteString("You can also ask in plain words, e.g. \"what's the latest on the Moscow talks?\"\n")
	return b.String()
}

// usageError is the answer to a command that lacks what it needs.
func usageError(cmd Command) *Error {
	for _, u := range usages {
		if u.cmd == cmd {
			return Errorf(CodeInvalid, "Usage: %s - %s", u.syntax, u.does)
		}
	}
	return Errorf(CodeInvalid, "Type help for the commands.")
}

// commandWords maps the first word of a command, and a few synonyms, to
// its command. "feed" is handled apart: it takes a subcommand.
var commandWords = map[string]Command{
	"latest": CmdLatest, "digest": CmdLatest, "summary": CmdLatest, "summarize": CmdLatest, "summarise": CmdLatest,
	"disputes": CmdDisputes, "dispute": CmdDisputes,
	"claims": CmdClaims, "claim": CmdClaims,
	"sources": CmdSources, "source": CmdSources,
	"list": CmdList, "stories": CmdList,
	"add": CmdAdd, "ingest": CmdAdd,
	"follow": CmdFollow, "unfollow": CmdUnfollow, "follows": CmdFollows, "following": CmdFollows,
	"feeds": CmdFeeds,
	"merge": CmdMerge, "move": CmdMove, "forget": CmdForget,
	"help": CmdHelp, "usage": CmdHelp, "commands": CmdHelp, "?": CmdHelp,
}

var (
	// rePrefix is what may stand before a command: /story, @storybot or
	// a Slack (<@U123>, <@U123|name>) or Discord (<@123>, <@!123>) mention.
	rePrefix    = lazyRegexp(`^(?i)(?:/story|@storybot|<@[!&]?[a-z0-9]+(?:\|[^>]*)?>)[:,]?(?:\s+|$)`)
	reSlackLink = lazyRegexp(`<((?:https?|ftp|file|mailto):[^|>\s]*)(?:\|[^>]*)?>`)
	unescape    = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")
)

// prepare strips the prefix of a command, unwraps Slack's <URL|label>
// links and undoes Slack's escaping of &, < and >.
func prepare(text string) string {
	text = strings.TrimSpace(text)
	for {
		loc := rePrefix().FindStringIndex(text)
		if loc == nil {
			break
		}
		text = strings.TrimSpace(text[loc[1]:])
	}
	return unescape.Replace(reSlackLink().ReplaceAllString(text, "$1"))
}

// errEmpty answers a command with no words.
func errEmpty() error {
	return Errorf(CodeInvalid, "Ask me about a story, e.g. latest ukraine talks. Type help for the commands.")
}

// ParseCommand parses one command line of CONTRACT.md ("latest moscow
// talks", "/story follow strike daily 08:00 Europe/Paris"), with or without
// a leading /story, @storybot or chat mention. It fills Command and, as
// the command takes them, Story, Party, Target, Schedule and TimeZone; the
// caller fills Workspace, Channel and User. Errors are *Error with
// CodeInvalid and a message for the user.
func ParseCommand(text string) (Request, error) {
	word, rest := splitWord(prepare(text))
	if word == "" {
		return Request{}, errEmpty()
	}
	return parseWords(strings.ToLower(strings.TrimRight(word, ":,")), rest)
}

// parseWords parses a command given its lowercase first word.
func parseWords(word, rest string) (Request, error) {
	cmd, known := commandWords[word]
	if word == "feed" || (word == "feeds" && rest != "") {
		return parseFeed(rest)
	}
	if !known {
		return Request{}, Errorf(CodeInvalid, "I don't know the command %q. Type help for the commands.", clip(word, echoMax))
	}
	req := Request{Command: cmd}
	switch cmd {
	case CmdFeeds, CmdHelp, CmdFollows:
		return req, nil
	case CmdList:
		return parseList(rest)
	case CmdClaims:
		req.Story, req.Party = splitParty(strings.Fields(rest))
	case CmdAdd:
		f := strings.Fields(rest)
		switch {
		case len(f) == 0 || len(f) == 2 && isLink(f[0]) && strings.EqualFold(f[1], "to"):
			return Request{}, usageError(cmd)
		case len(f) > 2 && isLink(f[0]) && strings.EqualFold(f[1], "to"):
			req.Target, req.Story = f[0], storyText(f[2:])
		default:
			req.Target = strings.TrimSpace(rest)
		}
		return req, nil
	case CmdFollow:
		req.Story, req.Schedule, req.TimeZone = splitFollow(strings.Fields(rest))
	case CmdMerge:
		f := strings.Fields(rest)
		i := lastIndexFold(f, "into")
		if i < 0 {
			return Request{}, usageError(cmd)
		}
		req.Story, req.Into = storyText(f[:i]), storyText(f[i+1:])
		if req.Into == "" {
			return Request{}, usageError(cmd)
		}
	case CmdMove:
		f := strings.Fields(rest)
		if len(f) < 3 || !strings.EqualFold(f[1], "to") {
			return Request{}, usageError(cmd)
		}
		req.Target, req.Into = strings.Trim(f[0], "<>"), storyText(f[2:])
		if req.Into == "" {
			return Request{}, usageError(cmd)
		}
		return req, nil
	default:
		req.Story = storyText(strings.Fields(rest))
	}
	if req.Story == "" {
		return Request{}, usageError(cmd)
	}
	return req, nil
}

// parseFeed parses what follows "feed": add URL [to STORY], remove URL,
// or list.
func parseFeed(rest string) (Request, error) {
	sub, args := splitWord(rest)
	f := strings.Fields(args)
	switch strings.ToLower(sub) {
	case "", "list", "ls":
		return Request{Command: CmdFeeds}, nil
	case "add", "subscribe":
		switch {
		case len(f) == 1:
			return Request{Command: CmdFeedAdd, Target: f[0]}, nil
		case len(f) > 2 && strings.EqualFold(f[1], "to"):
			return Request{Command: CmdFeedAdd, Target: f[0], Story: storyText(f[2:])}, nil
		}
		return Request{}, usageError(CmdFeedAdd)
	case "remove", "rm", "delete", "del", "unsubscribe":
		if len(f) == 1 {
			return Request{Command: CmdFeedRemove, Target: f[0]}, nil
		}
		return Request{}, usageError(CmdFeedRemove)
	}
	return Request{}, Errorf(CodeInvalid, "I don't know feed %q. Usage: feeds, feed add URL [to STORY], or feed remove URL", clip(sub, echoMax))
}

// lastIndexFold returns the index of the last of words equal to w, case
// folded, or -1.
func lastIndexFold(words []string, w string) int {
	for i := len(words) - 1; i >= 0; i-- {
		if strings.EqualFold(words[i], w) {
			return i
		}
	}
	return -1
}

// splitWord splits s into its first word and the rest, both trimmed.
func splitWord(s string) (word, rest string) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}

// storyText joins story words and trims quotes and end punctuation.
func storyText(words []string) string {
	return strings.Trim(strings.Join(words, " "), ` "'“”‘’?!.,;:`)
}

// isLink reports whether w is a URL or a file path rather than a word of
// pasted text.
func isLink(w string) bool {
	switch strings.ToLower(filepath.Ext(w)) {
	case ".txt", ".html", ".htm", ".md":
		return true
	}
	return strings.Contains(w, "://") || strings.HasPrefix(strings.ToLower(w), "www.") ||
		strings.ContainsAny(w, `/\`) || w == "-"
}

// splitParty splits the words of claims into story and party at
// "party:NAME", or else at the last "/" or "by".
func splitParty(words []string) (story, party string) {
	for i, w := range words {
		lw := strings.ToLower(w)
		if strings.HasPrefix(lw, "party:") || strings.HasPrefix(lw, "party=") {
			return storyText(words[:i]), storyText(append([]string{w[len("party:"):]}, words[i+1:]...))
		}
	}
	for _, sep := range []string{"/", "by"} {
		for i := len(words) - 1; i >= 0; i-- {
			if strings.EqualFold(words[i], sep) {
				return storyText(words[:i]), storyText(words[i+1:])
			}
		}
	}
	return storyText(words), ""
}

// scheduleWords are the words that may begin a schedule.
var scheduleWords = map[string]bool{"hourly": true, "daily": true, "weekly": true, "weekdays": true, "every": true}

// splitFollow splits the words of follow into story, schedule (as given,
// "" for the default) and time zone.
func splitFollow(words []string) (story, schedule, tz string) {
	words, tz = cutZone(words)
	i, ok := findSchedule(words)
	if n := len(words); !ok && tz == "" && n > 1 && reZoneShape().MatchString(words[n-1]) {
		// An unknown zone after a schedule is still meant as the zone,
		// for ParseSchedule to refuse.
		if i, ok = findSchedule(words[:n-1]); ok {
			words, tz = words[:n-1], words[n-1]
		}
	}
	if !ok {
		if i, ok = scheduleAttempt(words); ok {
			// Not a schedule, but meant as one: ParseSchedule says why.
			return storyText(words[:i]), strings.Join(words[i:], " "), tz
		}
		return storyText(words), "", tz
	}
	return storyText(words[:i]), unquote(strings.Join(words[i:], " ")), tz
}

// findSchedule finds the schedule at the end of words: a quoted one, one
// that begins with a schedule word, or five cron fields.
func findSchedule(words []string) (int, bool) {
	for i := len(words) - 1; i >= 0; i-- {
		quoted := strings.Join(words[i:], " ")
		if u := unquote(quoted); u != quoted && isSpec(u) {
			return i, true
		}
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if !scheduleWords[lw] && !strings.HasPrefix(lw, "@") {
			continue
		}
		if _, _, ok, _ := matchSpec(words[i:], ""); ok {
			return i, true
		}
	}
	if n := len(words); n >= 5 && isCron(words[n-5:]) {
		return n - 5, true
	}
	return 0, false
}

var (
	reZoneShape = lazyRegexp(`^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+$`)
	reCronField = lazyRegexp(`^[0-9*?,/-]+$`)
	reCronName  = lazyRegexp(`(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat`)
)

// isSpec reports whether s has the form of a schedule (its values may
// still be wrong).
func isSpec(s string) bool {
	_, _, ok, _ := matchSpec(strings.Fields(s), s)
	up := strings.ToUpper(s)
	return ok || strings.HasPrefix(up, "CRON_TZ=") || strings.HasPrefix(up, "TZ=")
}

// isCron reports whether five words look like the fields of a cron
// expression: digits, * ? , - / and month or day names (not in the
// minute and hour fields).
func isCron(words []string) bool {
	for i, w := range words {
		if i >= 3 {
			w = reCronName().ReplaceAllString(w, "1")
		}
		if !reCronField().MatchString(w) {
			return false
		}
	}
	return true
}

// zoneAreas are the first parts of IANA zone names.
var zoneAreas = map[string]bool{"africa": true, "america": true, "antarctica": true, "arctic": true, "asia": true,
	"atlantic": true, "australia": true, "europe": true, "indian": true, "pacific": true, "etc": true}

// isZone reports whether w names a time zone: a name time.LoadLocation
// knows that has a "/" or is UTC or GMT ("Local" is not a zone here).
// With loose, a name in a known area counts even if unknown, so that
// ParseSchedule can say what is wrong with it.
func isZone(w string, loose bool) bool {
	if up := strings.ToUpper(w); up == "UTC" || up == "GMT" {
		return true
	}
	area, _, found := strings.Cut(w, "/")
	if !found {
		return false
	}
	if loose && zoneAreas[strings.ToLower(area)] {
		return true
	}
	_, err := parseZone(w)
	return err == nil
}

// cutZone removes a time zone from the end of follow's words: "tz:ZONE",
// "in ZONE" or a bare zone name.
func cutZone(words []string) ([]string, string) {
	for i, w := range words {
		lw := strings.ToLower(w)
		for _, p := range []string{"tz:", "tz=", "timezone:", "timezone="} {
			if !strings.HasPrefix(lw, p) {
				continue
			}
			rest := append(words[:i:i], words[i+1:]...)
			if z := w[len(p):]; z != "" || i+1 == len(words) {
				return rest, z
			}
			return append(words[:i:i], words[i+2:]...), words[i+1]
		}
	}
	n := len(words)
	if n >= 2 && strings.EqualFold(words[n-2], "in") && isZone(words[n-1], true) {
		return words[:n-2], words[n-1]
	}
	if n >= 1 && isZone(words[n-1], false) {
		return words[:n-1], words[n-1]
	}
	return words, ""
}

// unquote removes one pair of straight or typographic quotes around s.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range []string{`""`, "''", "“”", "‘’", "``"} {
		open, close := q[:len(q)/2], q[len(q)/2:]
		if len(s) >= len(q) && strings.HasPrefix(s, open) && strings.HasSuffix(s, close) {
			return strings.TrimSpace(s[len(open) : len(s)-len(close)])
		}
	}
	return s
}

// maxPage bounds the page list asks for.
const maxPage = 100000

// parseList parses what follows "list": nothing, a page number, "page
// N" or "more" (the second page); other words ("list stories", "list
// all the stories") only restate the command.
func parseList(rest string) (Request, error) {
	req := Request{Command: CmdList}
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		w = strings.Trim(w, ".,;:!?#")
		switch {
		case w == "more" || w == "next":
			req.Page = max(req.Page, 2)
		case w != "" && strings.Trim(w, "+-0123456789") == "":
			n, err := strconv.Atoi(w)
			if err != nil || n < 1 || n > maxPage {
				return Request{}, Errorf(CodeInvalid, "%q is not a page: list shows the first page of stories, list 2 the second, and so on.", w)
			}
			req.Page = n
		}
	}
	return req, nil
}
