package extract

import (
	"strings"
)

var (
	reMdImage   = lazyRegexp(`!\[[^\]]*\]\([^)]*\)`)
	reMdLink    = lazyRegexp(`\[([^\]]+)\]\([^)]*\)`)
	reMdRefLink = lazyRegexp(`\[([^\]]+)\]\[[^\]]*\]`)
	reMdRefDef  = lazyRegexp(`^\s*\[[^\]]+\]:\s+\S+`)
	reMdEmph    = lazyRegexp(`(\*\*|__|\*|_|~~|` + "`" + `)([^*_~` + "`" + `\n]+?)(\*\*|__|\*|_|~~|` + "`" + `)`)
	reMdHeading = lazyRegexp(`^(#{1,6})\s+(.*?)\s*#*$`)
	reTag       = lazyRegexp(`</?[a-zA-Z][^>]*>`)
	reFrontKV   = lazyRegexp(`^([A-Za-z_]+)\s*:\s*(.*)$`)
)

// parseMarkdown turns a Markdown article into plain lines: the first
// level-one heading (or a front-matter title) is the headline, other
// headings are subheadings, links keep their text, images go.
func parseMarkdown(src string) Page {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	var m meta
	if strings.HasPrefix(src, "---\n") {
		if end := strings.Index(src[4:], "\n---"); end >= 0 {
			for _, l := range strings.Split(src[4:4+end], "\n") {
				kv := reFrontKV().FindStringSubmatch(strings.TrimSpace(l))
				if kv == nil {
					continue
				}
				v := strings.Trim(strings.TrimSpace(kv[2]), `"'`)
				switch strings.ToLower(kv[1]) {
				case "title":
					m.title = v
				case "url", "link", "canonical":
					m.url = v
				case "source", "outlet", "publisher", "site":
					m.outlet = v
				case "date", "published", "published_at", "updated":
					if t, _, ok := parseDate(v); ok {
						m.published = t
					}
				}
			}
			src = src[4+end+4:]
		}
	}
	var out []string
	inFence := false
	for _, l := range strings.Split(src, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			inFence = !inFence
			continue
		}
		if inFence || reMdRefDef().MatchString(t) || t == "---" || t == "***" || t == "___" {
			continue
		}
		if h := reMdHeading().FindStringSubmatch(t); h != nil {
			text := inlineMarkdown(h[2])
			if len(h[1]) == 1 && m.title == "" {
				m.title = text
				continue
			}
			out = append(out, "", text, "")
			continue
		}
		t = strings.TrimSpace(strings.TrimLeft(t, ">"))
		out = append(out, inlineMarkdown(t))
	}
	return cleanText(strings.Join(out, "\n"), m)
}

func inlineMarkdown(s string) string {
	s = reMdImage().ReplaceAllString(s, "")
	s = reMdLink().ReplaceAllString(s, "$1")
	s = reMdRefLink().ReplaceAllString(s, "$1")
	s = reTag().ReplaceAllString(s, "")
	for range 3 {
		s = reMdEmph().ReplaceAllString(s, "$2")
	}
	return strings.TrimSpace(s)
}
