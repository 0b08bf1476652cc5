package bot

import (
	"regexp"
	"strings"
	"sync"
)

// ParseMention parses what someone wrote to the bot in a mention: a
// command as ParseCommand reads it ("@storybot latest moscow talks"), or a
// plain question ("@storybot what's the latest on the Moscow talks?" is
// latest "Moscow talks"). Questions are understood by their wording: what
// is asked for (the latest, disputes, claims, sources, the list of
// stories, following) and the story words, without filler words at their
// edges. A mention that cannot be understood gets an *Error with
// CodeInvalid whose message points to help.
func ParseMention(text string) (Request, error) {
	text = rePolite().ReplaceAllString(prepare(text), "")
	word, rest := splitWord(text)
	if word == "" {
		return Request{}, errEmpty()
	}
	lw := strings.ToLower(strings.TrimRight(word, ":,"))
	if lw == "follow" && strings.HasPrefix(strings.ToLower(rest), "up ") {
		lw = "" // "follow up on X" asks for the latest
	}
	if commandWords[lw] != "" || lw == "feed" {
		if commandWords[lw] != CmdAdd {
			rest = trimTail(rest)
		}
		req, err := parseWords(lw, rest)
		if err == nil && req.Command != CmdAdd && !strings.HasPrefix(string(req.Command), "feed") {
			req.Story, req.Party = cleanStory(req.Story), cleanStory(req.Party)
		}
		return req, err
	}
	return parseQuestion(reContraction().ReplaceAllString(trimTail(text), "$1 is"))
}

var (
	rePolite      = lazyRegexp(`(?i)^(?:(?:hey|hi|hello|yo|ok|okay|so|and|please|pls|can you|could you|would you|will you|can i|could i|i'd like to|i want to|i would like to|do you know)\b[\s,!]*)+`)
	reTail        = lazyRegexp(`(?i)(?:[\s,]+(?:please|pls|thanks|thank you|thx|cheers))*[\s?!.,]*$`)
	reContraction = lazyRegexp(`(?i)\b(what|who|where|how|that)(?:'|’)?s\b`)
	apostrophes   = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)
)

// trimTail removes end punctuation and closing courtesies.
func trimTail(s string) string {
	return strings.TrimSpace(reTail().ReplaceAllString(apostrophes.Replace(s), ""))
}

// A shape is a question whose wording gives the command; group 1 (and 2)
// capture the story and party as the command wants them.
type shape struct {
	cmd Command
	re  *regexp.Regexp
}

// shapes are tried in order before keywords; compiled when first asked
// for.
var shapes = sync.OnceValue(func() []shape {
	return []shape{
		{CmdHelp, regexp.MustCompile(`(?i)^(?:help|what can you do|how do(?:es)? (?:this|it|you) work|how do i use (?:this|you|it)|what (?:are (?:your|the) )?commands)\b`)},
		{CmdList, regexp.MustCompile(`(?i)^(?:(?:what|which)\b.*\b(?:stories|topics)\b|(?:list|show|give)(?: me)?(?: all| the| your)* (?:stories|topics)\b|what (?:do|are) you (?:follow|following|track|tracking|know about)$)`)},
		{CmdUnfollow, regexp.MustCompile(`(?i)^(?:stop|quit|cancel|end)\s+(?:following|tracking|watching|posting(?: about)?|updates? (?:on|about|for))\s+(.+)$|^unsubscribe from (.+)$`)},
		{CmdFollow, regexp.MustCompile(`(?i)^(?:track|watch|subscribe to|keep me (?:posted|updated|informed) (?:on|about)|keep (?:an )?eye on|send me updates (?:on|about))\s+(.+)$`)},
		{CmdAdd, regexp.MustCompile(`(?i)^(?:(?:read|ingest|save|check out|look at|summari[sz]e)\s+)?(?:this\s*:?\s*)?(https?://\S+)(?:\s+(?:to|into|in|for|under)\s+(.+))?$`)},
		{CmdClaims, regexp.MustCompile(`(?i)^what\s+(?:is|are|does|do|did|has|have|was|were)\s+(.+?)\s+(?:says?|saying|said|claim|claiming|claimed|thinks?|thinking|thought|tells?|telling|told|alleg(?:e|es|ing|ed))\b(?:\s+(?:us|me|reporters))?(?:\s+(?:about|on|of|over|regarding|concerning|in|re))?\s+(.+)$`)},
		{CmdClaims, regexp.MustCompile(`(?i)^(?:what\s+(?:is|are)\s+)?((?:\S+\s+){0,2}?\S+?)'s?\s+(?:claims?|statements?|positions?|stance|views?|side|line)\s+(?:on|about|in|over|regarding|concerning)\s+(.+)$`)},
		{CmdClaims, regexp.MustCompile(`(?i)\b(?:claims|statements|quotes)\s+(?:by|from|of)\s+(.+?)\s+(?:about|on|in|over|regarding|concerning)\s+(.+)$`)},
		{CmdLatest, regexp.MustCompile(`(?i)^(?:where|how)\s+(?:do|does|did|is|are)\s+(.+?)\s+(?:stand|standing|going|progressing|developing|doing|looking)$`)},
	}
})

// keywords are the words that ask for a command; the leftmost wins, and
// the story is what follows it (or else what precedes it); compiled when
// first asked for.
var keywords = sync.OnceValue(func() []shape {
	return []shape{
		{CmdDisputes, regexp.MustCompile(`(?i)\b(?:(?:latest|new|recent)\s+)?(?:disput\w*|disagree\w*|contested|contradict\w*|controvers\w*|conflicting|at odds|inconsisten\w*|discrepanc\w*)\b`)},
		{CmdClaims, regexp.MustCompile(`(?i)\bwho (?:said|says|is saying|claims|claimed|stated)(?: what)?\b|\bwho is claiming\b|\b(?:(?:latest|new|recent)\s+)?(?:claims|statements|quotes)\b|\bwhat (?:are|were) (?:they|people) saying\b`)},
		{CmdSources, regexp.MustCompile(`(?i)\b(?:(?:latest|new|recent)\s+)?(?:sources?|articles?|outlets?|links?|references|citations)\b(?:\s+(?:that\s+|which\s+)?(?:for|on|about|of|in|behind|used|cover|covers|covering|mention|mentions|mentioning)\b|$)|\bwhere (?:did|do|does|have|has) (?:you|it|this|that|they) (?:read|get|got|hear|heard|find|found|see|seen|learn|learned|pick) (?:up )?(?:that |this |it )?|\bwho (?:reported|is reporting|reports|wrote|is writing|covered|is covering|broke)\b|\bwhat (?:did|have) you read\b|\b(?:outlets?|papers?|newspapers?|media|sites?)\s+(?:reported|covered|wrote|are covering|have covered|cover)\b`)},
		{CmdLatest, regexp.MustCompile(`(?i)\b(?:latest|news|follow up|update me|updates?|what is new|anything new|what is happening|what is going on|happening|going on|summary|summari[sz]e|overview|recap|digest|status|tell me (?:more )?about|fill me in|catch me up|brief me|bring me up to speed|know about|what about|how about)\b`)},
	}
})

// genericParties are "parties" that mean everyone.
var genericParties = map[string]bool{"people": true, "they": true, "everyone": true, "everybody": true, "parties": true,
	"sides": true, "both sides": true, "officials": true, "sources": true, "others": true, "media": true, "press": true, "outlets": true, "you": true}

// parseQuestion understands a plain question.
func parseQuestion(q string) (Request, error) {
	for _, s := range shapes() {
		m := s.re.FindStringSubmatch(q)
		if m == nil {
			continue
		}
		req := Request{Command: s.cmd}
		switch s.cmd {
		case CmdHelp, CmdList:
			return req, nil
		case CmdFollow:
			req.Story, req.Schedule, req.TimeZone = splitFollow(strings.Fields(m[1]))
		case CmdAdd:
			req.Target, req.Story = m[1], cleanStory(m[2])
			return req, nil
		case CmdClaims:
			req.Party, req.Story = cleanStory(m[1]), m[2]
			if genericParties[strings.ToLower(req.Party)] {
				req.Party = ""
			}
		default: // the group of the alternative that matched
			req.Story = strings.Join(m[1:], "")
		}
		return withStory(req, req.Story)
	}
	best, at := -1, len(q)+1
	var loc []int
	kws := keywords()
	for i, k := range kws {
		if l := k.re.FindStringIndex(q); l != nil && l[0] < at {
			best, at, loc = i, l[0], l
		}
	}
	if best < 0 {
		return Request{}, Errorf(CodeInvalid, `Sorry, I did not understand that. Type help for the commands, or ask e.g. "what's the latest on the Moscow talks?"`)
	}
	story := cleanStory(q[loc[1]:])
	if story == "" {
		story = q[:loc[0]]
	}
	return withStory(Request{Command: kws[best].cmd}, story)
}

// withStory sets the cleaned story of req, or answers with the usage of
// its command if there is none.
func withStory(req Request, story string) (Request, error) {
	if req.Story = cleanStory(story); req.Story == "" {
		return Request{}, usageError(req.Command)
	}
	return req, nil
}

// edgeWords are filler words removed from the edges of story words:
// "on the Moscow talks story" is "Moscow talks".
var edgeWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an story stories please pls on about in with for of regarding re
		over around behind from to me us any anything there is are was were has have been be do does did what which
		who how now today currently so far yet lately recently thanks thank you news update updates this that`) {
		edgeWords[w] = true
	}
}

// cleanStory removes filler words and punctuation from the edges of story
// words, keeping inner words and their case.
func cleanStory(s string) string {
	w := strings.Fields(s)
	filler := func(x string) bool { return edgeWords[strings.ToLower(strings.Trim(x, `"',.?!:;`))] }
	for len(w) > 0 && filler(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && filler(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return storyText(w)
}

// lazyRegexp returns expr compiled the first time it is asked for, so
// that commands that never parse chat text do not pay for its patterns.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
