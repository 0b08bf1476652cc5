package bot

import (
	"strings"
	"testing"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		in   string
		want Request
	}{
		// Prefixes and case.
		{"latest moscow talks", Request{Command: CmdLatest, Story: "moscow talks"}},
		{"/story latest moscow talks", Request{Command: CmdLatest, Story: "moscow talks"}},
		{"@storybot LATEST Moscow Talks", Request{Command: CmdLatest, Story: "Moscow Talks"}},
		{"@StoryBot: latest x", Request{Command: CmdLatest, Story: "x"}},
		{"<@U0123ABC> disputes fare", Request{Command: CmdDisputes, Story: "fare"}},
		{"<@U0123ABC|storybot> sources fare", Request{Command: CmdSources, Story: "fare"}},
		{"<@123456> latest fare", Request{Command: CmdLatest, Story: "fare"}},
		{"<@!123456>   latest   fare  ", Request{Command: CmdLatest, Story: "fare"}},
		{"  Latest \"moscow talks\"?", Request{Command: CmdLatest, Story: "moscow talks"}},
		{"latest s-3f9a2c", Request{Command: CmdLatest, Story: "s-3f9a2c"}},
		{"latest AT&amp;T strike", Request{Command: CmdLatest, Story: "AT&T strike"}},
		{"unfollow port strike", Request{Command: CmdUnfollow, Story: "port strike"}},
		{"merge port strike into korvel dockers", Request{Command: CmdMerge, Story: "port strike", Into: "korvel dockers"}},
		{"merge talks into Moscow INTO ukraine talks", Request{Command: CmdMerge, Story: "talks into Moscow", Into: "ukraine talks"}},
		{"/story merge s0123456789 into s9876543210", Request{Command: CmdMerge, Story: "s0123456789", Into: "s9876543210"}},
		{"move 0123456789abcdef to port strike", Request{Command: CmdMove, Target: "0123456789abcdef", Into: "port strike"}},
		{"move <https://news.example/a?x=1|news.example/a> TO new", Request{Command: CmdMove, Target: "https://news.example/a?x=1", Into: "new"}},
		{"forget port strike", Request{Command: CmdForget, Story: "port strike"}},
		{"list", Request{Command: CmdList}},
		{"LIST stories", Request{Command: CmdList}},
		{"list 2", Request{Command: CmdList, Page: 2}},
		{"list page 3", Request{Command: CmdList, Page: 3}},
		{"list more", Request{Command: CmdList, Page: 2}},
		{"stories p. 4", Request{Command: CmdList, Page: 4}},
		{"/story list all the stories", Request{Command: CmdList}},
		{"follows", Request{Command: CmdFollows}},
		{"@storybot Follows", Request{Command: CmdFollows}},
		{"following", Request{Command: CmdFollows}},
		{"feeds", Request{Command: CmdFeeds}},
		{"help", Request{Command: CmdHelp}},
		{"help follow", Request{Command: CmdHelp}},
		// claims and its party.
		{"claims moscow talks", Request{Command: CmdClaims, Story: "moscow talks"}},
		{"claims moscow talks party:Russia", Request{Command: CmdClaims, Story: "moscow talks", Party: "Russia"}},
		{"claims moscow talks party: United States", Request{Command: CmdClaims, Story: "moscow talks", Party: "United States"}},
		{"claims moscow talks / Russia", Request{Command: CmdClaims, Story: "moscow talks", Party: "Russia"}},
		{"claims stand by me by Kremlin", Request{Command: CmdClaims, Story: "stand by me", Party: "Kremlin"}},
		{"claims carrow nurses BY the RCN", Request{Command: CmdClaims, Story: "carrow nurses", Party: "the RCN"}},
		// add.
		{"add https://x.y/z", Request{Command: CmdAdd, Target: "https://x.y/z"}},
		{"add <https://x.y/z>", Request{Command: CmdAdd, Target: "https://x.y/z"}},
		{"add <https://x.y/z?a=1&amp;b=2|x.y/z> to moscow talks", Request{Command: CmdAdd, Target: "https://x.y/z?a=1&b=2", Story: "moscow talks"}},
		{"add ./news/a.txt TO Port Strike", Request{Command: CmdAdd, Target: "./news/a.txt", Story: "Port Strike"}},
		{"add article.html", Request{Command: CmdAdd, Target: "article.html"}},
		{"add Talks resumed in Moscow.\n\nThe Kremlin said it was going to the talks.", Request{Command: CmdAdd,
			Target: "Talks resumed in Moscow.\n\nThe Kremlin said it was going to the talks."}},
		// follow.
		{"follow moscow talks", Request{Command: CmdFollow, Story: "moscow talks"}},
		{"follow moscow talks hourly", Request{Command: CmdFollow, Story: "moscow talks", Schedule: "hourly"}},
		{"follow moscow talks daily", Request{Command: CmdFollow, Story: "moscow talks", Schedule: "daily"}},
		{"follow moscow talks daily 08:30", Request{Command: CmdFollow, Story: "moscow talks", Schedule: "daily 08:30"}},
		{"follow moscow talks Daily at 9am", Request{Command: CmdFollow, Story: "moscow talks", Schedule: "Daily at 9am"}},
		{"follow moscow talks daily at 9 pm", Request{Command: CmdFollow, Story: "moscow talks", Schedule: "daily at 9 pm"}},
		{"follow daily mail strike daily 9:30", Request{Command: CmdFollow, Story: "daily mail strike", Schedule: "daily 9:30"}},
		{"follow port strike every 6h", Request{Command: CmdFollow, Story: "port strike", Schedule: "every 6h"}},
		{"follow port strike every 6 hours Europe/London", Request{Command: CmdFollow, Story: "port strike", Schedule: "every 6 hours", TimeZone: "Europe/London"}},
		{"follow port strike weekly on friday at 17:00", Request{Command: CmdFollow, Story: "port strike", Schedule: "weekly on friday at 17:00"}},
		{"follow port strike weekly", Request{Command: CmdFollow, Story: "port strike", Schedule: "weekly"}},
		{"follow port strike 0 9 * * 1-5", Request{Command: CmdFollow, Story: "port strike", Schedule: "0 9 * * 1-5"}},
		{"follow port strike 30 */2 * jan-mar MON,FRI UTC", Request{Command: CmdFollow, Story: "port strike", Schedule: "30 */2 * jan-mar MON,FRI", TimeZone: "UTC"}},
		{`follow port strike "0 9 * * 1-5" Europe/Paris`, Request{Command: CmdFollow, Story: "port strike", Schedule: "0 9 * * 1-5", TimeZone: "Europe/Paris"}},
		{"follow port strike “0 9 * * 1-5”", Request{Command: CmdFollow, Story: "port strike", Schedule: "0 9 * * 1-5"}},
		{"follow port strike @daily", Request{Command: CmdFollow, Story: "port strike", Schedule: "@daily"}},
		{"follow port strike daily 08:00 tz:America/New_York", Request{Command: CmdFollow, Story: "port strike", Schedule: "daily 08:00", TimeZone: "America/New_York"}},
		{"follow port strike tz: Asia/Tokyo", Request{Command: CmdFollow, Story: "port strike", TimeZone: "Asia/Tokyo"}},
		{"follow port strike daily in Europe/Paris", Request{Command: CmdFollow, Story: "port strike", Schedule: "daily", TimeZone: "Europe/Paris"}},
		{"follow port strike in Europe/Pariss", Request{Command: CmdFollow, Story: "port strike", TimeZone: "Europe/Pariss"}},
		{"follow port strike daily 09:00 Mars/Base", Request{Command: CmdFollow, Story: "port strike", Schedule: "daily 09:00", TimeZone: "Mars/Base"}},
		{"follow carrow nurses daily 25:00", Request{Command: CmdFollow, Story: "carrow nurses", Schedule: "daily 25:00"}},
		{"follow port strike GMT", Request{Command: CmdFollow, Story: "port strike", TimeZone: "GMT"}},
		{"follow AC/DC tour", Request{Command: CmdFollow, Story: "AC/DC tour"}},
		{"follow g7 summit 2025 in rome", Request{Command: CmdFollow, Story: "g7 summit 2025 in rome"}},
		{"follow strike in Local", Request{Command: CmdFollow, Story: "strike in Local"}},
		{"follow news from @bbc", Request{Command: CmdFollow, Story: "news from @bbc"}},
		// follow: words meant as a schedule that do not parse are kept
		// as the schedule, for ParseSchedule to refuse, never taken as
		// story words (which would mean the default schedule).
		{"follow port strike every minute", Request{Command: CmdFollow, Story: "port strike", Schedule: "every minute"}},
		{"follow port strike every minute Europe/London", Request{Command: CmdFollow, Story: "port strike", Schedule: "every minute", TimeZone: "Europe/London"}},
		{"follow port strike every fortnight", Request{Command: CmdFollow, Story: "port strike", Schedule: "every fortnight"}},
		{"follow port strike daily at teatime", Request{Command: CmdFollow, Story: "port strike", Schedule: "daily at teatime"}},
		{"follow port strike monthly", Request{Command: CmdFollow, Story: "port strike", Schedule: "monthly"}},
		{"follow port strike monday 9am", Request{Command: CmdFollow, Story: "port strike", Schedule: "monday 9am"}},
		{"follow port strike at 9", Request{Command: CmdFollow, Story: "port strike", Schedule: "at 9"}},
		{"follow port strike 0 9 * *", Request{Command: CmdFollow, Story: "port strike", Schedule: "0 9 * *"}},
		{"follow budget 2025 every 2 fortnights", Request{Command: CmdFollow, Story: "budget 2025", Schedule: "every 2 fortnights"}},
		{"follow the daily mail strike", Request{Command: CmdFollow, Story: "the daily mail strike"}},
		{"follow cyber monday", Request{Command: CmdFollow, Story: "cyber monday"}},
		{"follow budget 2025", Request{Command: CmdFollow, Story: "budget 2025"}},
		{"follow every vote counts campaign", Request{Command: CmdFollow, Story: "every vote counts campaign"}},
		{"follow port strike every week", Request{Command: CmdFollow, Story: "port strike", Schedule: "every week"}},
		// feeds.
		{"feed add https://news.example/rss.xml", Request{Command: CmdFeedAdd, Target: "https://news.example/rss.xml"}},
		{"Feed Add <https://news.example/rss.xml> to port strike", Request{Command: CmdFeedAdd, Target: "https://news.example/rss.xml", Story: "port strike"}},
		{"feed remove <https://news.example/rss.xml|news.example>", Request{Command: CmdFeedRemove, Target: "https://news.example/rss.xml"}},
		{"feed list", Request{Command: CmdFeeds}},
	}
	for _, tc := range tests {
		got, err := ParseCommand(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseCommand(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseCommandErrors(t *testing.T) {
	tests := []struct {
		in, contains string
	}{
		{"", "help"},
		{"   ", "help"},
		{"/story", "help"},
		{"<@U0123ABC>", "help"},
		{"frobnicate the story", `"frobnicate"`},
		{"latest", "Usage: latest STORY"},
		{"latest ?", "Usage: latest STORY"},
		{"disputes", "Usage: disputes STORY"},
		{"claims", "Usage: claims STORY"},
		{"claims by Russia", "Usage: claims STORY"},
		{"sources", "Usage: sources STORY"},
		{"unfollow", "Usage: unfollow STORY"},
		{"merge port strike", "Usage: merge STORY into STORY"},
		{"merge into port strike", "Usage: merge STORY into STORY"},
		{"merge port strike into", "Usage: merge STORY into STORY"},
		{"move 0123456789abcdef", "Usage: move ARTICLE to STORY"},
		{"move 0123456789abcdef port strike", "Usage: move ARTICLE to STORY"},
		{"move 0123456789abcdef to", "Usage: move ARTICLE to STORY"},
		{"forget", "Usage: forget STORY"},
		{"add", "Usage: add URL_OR_TEXT"},
		{"add https://x.y/z to", "Usage: add URL_OR_TEXT"},
		{"follow", "Usage: follow STORY"},
		{"follow daily 09:00", "Usage: follow STORY"},
		{"feed add", "Usage: feed add URL"},
		{"feed add https://a.example/rss https://b.example/rss", "Usage: feed add URL"},
		{"feed remove", "Usage: feed remove URL"},
		{"feed frobnicate x", "feed remove URL"},
		{"list 0", `"0" is not a page`},
		{"list -2", `"-2" is not a page`},
		{"list 99999999999999999999", "is not a page"},
	}
	for _, tc := range tests {
		got, err := ParseCommand(tc.in)
		if ErrorCode(err) != CodeInvalid || !strings.Contains(ErrorMessage(err), tc.contains) {
			t.Errorf("ParseCommand(%q) = %+v, %v; want CodeInvalid containing %q", tc.in, got, err, tc.contains)
		}
	}
	if _, err := ParseCommand("frobnicate"); !strings.Contains(ErrorMessage(err), "help") {
		t.Errorf("unknown command does not point to help: %v", err)
	}
}

func TestUsage(t *testing.T) {
	u := Usage()
	for _, want := range []string{"latest STORY", "disputes STORY", "claims STORY", "sources STORY", "list", "add URL_OR_TEXT",
		"follow STORY", "unfollow STORY", "follows", "feeds", "feed add URL", "feed remove URL", "help"} {
		if !strings.Contains(u, "  "+want) {
			t.Errorf("Usage lacks %q:\n%s", want, u)
		}
	}
	if strings.ContainsAny(strings.ReplaceAll(u, `"0 9 * * 1-5"`, ""), "*`<>") {
		t.Errorf("Usage has platform markup:\n%s", u)
	}
	// Every command word in the usage parses.
	for _, u := range usages {
		line := strings.NewReplacer("[to STORY]", "", "[PAGE]", "2", "[by PARTY]", "", "[SCHEDULE]", "", "[TIME_ZONE]", "",
			"STORY", "x", "URL_OR_TEXT", "https://x.y/z", "URL", "https://x.y/z").Replace(u.syntax)
		if req, err := ParseCommand(line); err != nil || req.Command != u.cmd {
			t.Errorf("usage line %q: %+v, %v", line, req, err)
		}
	}
}
