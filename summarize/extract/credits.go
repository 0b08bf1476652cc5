package extract

import (
	"net/url"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

var (
	// An RSS footer: "The post <headline> appeared first on <Outlet>."
	rePostFooter = lazyRegexp(`(?im)[ \t]*\bThe post .{1,300}? appeared first on ([^\n]{2,60}?)\.?[ \t]*$`)
	// A credit opening the lead: "(Outlet, 12 Dec 2023) ", or an empty
	// one left by a scraper: "() — ".
	reLeadCredit = lazyRegexp(`^\((?:(\p{Lu}[-&.' \p{L}]{1,30}),\s*[^()]{0,30}\d{4})?\)\s*(?:[-–—]\s*)?`)
	// A credit closing a paragraph: "... on Monday. (The Times)" or
	// "... he said. — AFP".
	reTrailCredit = lazyRegexp(`(?:[.!?"”’]|^)(\s*(?:\(([\p{L}][-&.' \p{L}]{1,40})\)|[—–-]{1,2}\s*([\p{L}][-&.' \p{L}]{1,40}?))\s*)$`)
	// A line that is only a link.
	reURLLine = lazyRegexp(`^https?://\S+(?:\s.*)?$`)
)

// postFooter takes an RSS "appeared first on" footer out of raw text and
// returns the outlet it names.
func postFooter(raw string) (string, string) {
	if !strings.Contains(raw, "appeared first on") {
		return raw, ""
	}
	m := rePostFooter().FindStringSubmatch(raw)
	if m == nil {
		return raw, ""
	}
	return rePostFooter().ReplaceAllString(raw, ""), strings.TrimSpace(m[1])
}

// leadCredit takes a credit in brackets off the start of a paragraph and
// returns the outlet it names ("" for an empty one).
func leadCredit(s string) (rest, outlet string) {
	if !strings.HasPrefix(s, "(") {
		return s, ""
	}
	m := reLeadCredit().FindStringSubmatchIndex(s)
	if m == nil || m[1] == len(s) {
		return s, ""
	}
	if m[2] >= 0 {
		outlet = agencyOrOutlet(s[m[2]:m[3]])
	}
	return s[m[1]:], outlet
}

// trailCredit takes a credit off the end of a paragraph and returns the
// outlet it names: a known agency, or a name in the shape of an outlet's
// ("(The Times)", "— AFP"). A closing bracket or dash that names no outlet
// ("— he said") stays.
func trailCredit(s string) (rest, outlet string) {
	if !strings.HasSuffix(strings.TrimSpace(s), ")") && !strings.ContainsAny(s[max(0, len(s)-50):], "—–-") {
		return s, ""
	}
	m := reTrailCredit().FindStringSubmatchIndex(s)
	if m == nil {
		return s, ""
	}
	name := sub(s, m, 2)
	if name == "" {
		name = sub(s, m, 3)
	}
	if a, ok := lex.Agency(name); ok {
		if a == "" {
			return s, ""
		}
		return strings.TrimSpace(s[:m[2]]), a
	}
	f := strings.Fields(name)
	if len(f) >= 2 && len(f) <= 5 && (f[0] == "The" || lex.IsOutletWord(strings.ToLower(f[len(f)-1]))) {
		for _, w := range f {
			if !(unicodeUpperStart(w) || w == "of" || w == "and") {
				return s, ""
			}
		}
		return strings.TrimSpace(s[:m[2]]), name
	}
	return s, ""
}

// urlLineOutlet returns the outlet of a line that is only a link.
func urlLineOutlet(s string) string {
	if !strings.HasPrefix(s, "http") || !reURLLine().MatchString(s) {
		return ""
	}
	u, err := url.Parse(strings.Fields(s)[0])
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return OutletFromURL(u.String())
}

func unicodeUpperStart(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}
