package bot

import (
	"strings"
	"testing"
)

func TestParseMention(t *testing.T) {
	tests := []struct {
		in   string
		want Request
	}{
		// Commands in a mention.
		{"<@U0123ABC> latest moscow talks", Request{Command: CmdLatest, Story: "moscow talks"}},
		{"@storybot latest on the Moscow talks?", Request{Command: CmdLatest, Story: "Moscow talks"}},
		{"<@!42> please follow the port strike daily 08:00 Europe/London thanks", Request{Command: CmdFollow, Story: "port strike", Schedule: "daily 08:00", TimeZone: "Europe/London"}},
		{"<@42> claims the Moscow talks by the Kremlin", Request{Command: CmdClaims, Story: "Moscow talks", Party: "Kremlin"}},
		{"<@42> summarize the port strike", Request{Command: CmdLatest, Story: "port strike"}},
		{"<@42> add <https://x.y/z> to port strike", Request{Command: CmdAdd, Target: "https://x.y/z", Story: "port strike"}},
		{"<@42> feed add https://n.example/rss", Request{Command: CmdFeedAdd, Target: "https://n.example/rss"}},
		{"<@42> list", Request{Command: CmdList}},
		// The latest.
		{"<@U1> what's the latest on the Moscow talks?", Request{Command: CmdLatest, Story: "Moscow talks"}},
		{"@storybot What’s the latest on the Moscow talks?", Request{Command: CmdLatest, Story: "Moscow talks"}},
		{"<@U1> whats new with the port strike", Request{Command: CmdLatest, Story: "port strike"}},
		{"<@U1> update me on the fare story", Request{Command: CmdLatest, Story: "fare"}},
		{"<@U1> hey, can you tell me about the Carrow nurses pay dispute?", Request{Command: CmdLatest, Story: "Carrow nurses pay dispute"}},
		{"<@U1> any news on the ceasefire today?", Request{Command: CmdLatest, Story: "ceasefire"}},
		{"<@U1> summarise the port strike please", Request{Command: CmdLatest, Story: "port strike"}},
		{"<@U1> give me a summary of the Moscow talks", Request{Command: CmdLatest, Story: "Moscow talks"}},
		{"<@U1> what is going on with the rail fares", Request{Command: CmdLatest, Story: "rail fares"}},
		{"<@U1> where do the Moscow talks stand?", Request{Command: CmdLatest, Story: "Moscow talks"}},
		{"<@U1> how is the port strike going", Request{Command: CmdLatest, Story: "port strike"}},
		{"<@U1> port strike status", Request{Command: CmdLatest, Story: "port strike"}},
		// Disputes.
		{"<@U1> any disputes in the fare story?", Request{Command: CmdDisputes, Story: "fare"}},
		{"<@U1> do the sources disagree on the ceasefire?", Request{Command: CmdDisputes, Story: "ceasefire"}},
		{"<@U1> is the fare story disputed", Request{Command: CmdDisputes, Story: "fare"}},
		{"<@U1> what's contested about the New York transit strike", Request{Command: CmdDisputes, Story: "New York transit strike"}},
		// Claims.
		{"<@U1> who said what about the ceasefire?", Request{Command: CmdClaims, Story: "ceasefire"}},
		{"<@U1> what is Russia saying about the Moscow talks", Request{Command: CmdClaims, Story: "Moscow talks", Party: "Russia"}},
		{"<@U1> what's the Kremlin saying about the Moscow talks?", Request{Command: CmdClaims, Story: "Moscow talks", Party: "Kremlin"}},
		{"<@U1> what does the union say about the strike", Request{Command: CmdClaims, Story: "strike", Party: "union"}},
		{"<@U1> what did Zelensky tell reporters about the ceasefire", Request{Command: CmdClaims, Story: "ceasefire", Party: "Zelensky"}},
		{"<@U1> what are people saying about the port strike", Request{Command: CmdClaims, Story: "port strike"}},
		{"<@U1> what is Ukraine's position on the Moscow talks", Request{Command: CmdClaims, Story: "Moscow talks", Party: "Ukraine"}},
		{"<@U1> show me claims by the RMT about the rail strike", Request{Command: CmdClaims, Story: "rail strike", Party: "RMT"}},
		// Sources.
		{"<@U1> what are the sources for the Moscow talks?", Request{Command: CmdSources, Story: "Moscow talks"}},
		{"<@U1> where did you read about the port strike", Request{Command: CmdSources, Story: "port strike"}},
		{"<@U1> who reported on the ceasefire", Request{Command: CmdSources, Story: "ceasefire"}},
		{"<@U1> which articles cover the fare story", Request{Command: CmdSources, Story: "fare"}},
		// The list, following, adding, help.
		{"<@U1> what stories do you follow?", Request{Command: CmdList}},
		{"<@U1> what stories are there", Request{Command: CmdList}},
		{"<@U1> show me the stories", Request{Command: CmdList}},
		{"<@U1> track the port strike every 6 hours", Request{Command: CmdFollow, Story: "port strike", Schedule: "every 6 hours"}},
		{"<@U1> keep me posted on the Moscow talks daily at 8am in Europe/Berlin", Request{Command: CmdFollow, Story: "Moscow talks", Schedule: "daily at 8am", TimeZone: "Europe/Berlin"}},
		{"<@U1> stop following the port strike", Request{Command: CmdUnfollow, Story: "port strike"}},
		{"<@U1> <https://news.example/a/b>", Request{Command: CmdAdd, Target: "https://news.example/a/b"}},
		{"<@U1> read this: https://news.example/a/b for the port strike", Request{Command: CmdAdd, Target: "https://news.example/a/b", Story: "port strike"}},
		{"<@U1> what can you do?", Request{Command: CmdHelp}},
		{"<@U1> follow up on the strike", Request{Command: CmdLatest, Story: "strike"}},
		{"<@U1> what's the latest on the border dispute?", Request{Command: CmdLatest, Story: "border dispute"}},
		{"<@U1> what are the latest claims on the ceasefire", Request{Command: CmdClaims, Story: "ceasefire"}},
		{"<@U1> which outlets reported the strike", Request{Command: CmdSources, Story: "strike"}},
		{"<@U1> are the parties at odds over the budget?", Request{Command: CmdDisputes, Story: "budget"}},
	}
	for _, tc := range tests {
		got, err := ParseMention(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseMention(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseMentionErrors(t *testing.T) {
	tests := []struct {
		in, contains string
	}{
		{"<@U1>", "help"},
		{"<@U1> hello!", "help"},
		{"<@U1> the weather is nice", "did not understand"},
		{"<@U1> 42", "did not understand"},
		{"<@U1> what's the latest?", "Usage: latest STORY"},
		{"<@U1> any disputes?", "Usage: disputes STORY"},
		{"<@U1> latest", "Usage: latest STORY"},
		{"<@U1> feed add", "Usage: feed add URL"},
	}
	for _, tc := range tests {
		got, err := ParseMention(tc.in)
		if ErrorCode(err) != CodeInvalid || !strings.Contains(ErrorMessage(err), tc.contains) {
			t.Errorf("ParseMention(%q) = %+v, %v; want CodeInvalid containing %q", tc.in, got, err, tc.contains)
		}
	}
}

func TestCleanStory(t *testing.T) {
	for in, want := range map[string]string{
		"on the Moscow talks story": "Moscow talks",
		"the Bank of the West":      "Bank of the West",
		"about the story?":          "",
		`"fare"`:                    "fare",
	} {
		if got := cleanStory(in); got != want {
			t.Errorf("cleanStory(%q) = %q, want %q", in, got, want)
		}
	}
}
