package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Some pages split an article's body into several containers of the same
// kind, one after another with an advertisement or a promotion between
// them (<div class="article-body">…</div><div class="ad">…</div><div
// class="article-body">…</div>). go-trafilatura reads the first element
// its article-body rules match and loses the rest of the article. continuedBody finds the
// containers of the page that carry the same tag and class as the one the
// extracted paragraphs come from and returns the paragraphs of those that
// come after it, so no part of the article is lost; paragraphs in
// containers before it are returned as lead. A container is only taken when
// it holds real paragraphs and stands near the article's (they share an
// ancestor a few levels up), so a teaser box elsewhere on the page that
// happens to share a class adds nothing.

// splitReach is how many levels above two containers their common
// ancestor may be for them to be parts of one article.
const splitReach = 3

// minSplitParagraph is the length in characters of a <p> that counts as a
// paragraph of article text when containers are matched.
const minSplitParagraph = 80

// continuedBody returns the paragraphs, one a line, of the containers that
// continue (after) or open (lead) the article whose extracted text is text.
func continuedBody(doc *html.Node, text string) (lead, after string) {
	have := map[string]bool{}
	for l := range strings.SplitSeq(text, "\n") {
		if k := normKey(l); len(k) >= minSplitParagraph/2 {
			have[k] = true
		}
	}
	if len(have) == 0 {
		return "", ""
	}
	// The containers in document order, with their paragraphs.
	type container struct {
		node  *html.Node
		key   string
		paras []string
		found int // paragraphs already in the extracted text
	}
	var boxes []*container
	byNode := map[*html.Node]*container{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "aside", "nav", "footer", "header", "form":
				return
			case "p":
				box := classedAncestor(n)
				if box == nil {
					return
				}
				t := strings.Join(strings.Fields(nodeText(n)), " ")
				if utf8.RuneCountInString(t) < minSplitParagraph {
					return
				}
				c := byNode[box]
				if c == nil {
					c = &container{node: box, key: box.Data + "." + attr(box, "class")}
					byNode[box] = c
					boxes = append(boxes, c)
				}
				c.paras = append(c.paras, t)
				if have[normKey(t)] {
					c.found++
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// The source container: the one holding most of the extracted paragraphs.
	src := -1
	for i, c := range boxes {
		if c.found > 0 && (src < 0 || c.found > boxes[src].found) {
			src = i
		}
	}
	if src < 0 {
		return "", ""
	}
	near := map[*html.Node]bool{}
	for a, d := boxes[src].node.Parent, 0; a != nil && d < splitReach; a, d = a.Parent, d+1 {
		near[a] = true
	}
	var before, rest []string
	for i, c := range boxes {
		if i == src || c.key != boxes[src].key || c.found > 0 || len(c.paras) < 2 || !nearAny(c.node, near) {
			continue
		}
		if i < src {
			before = append(before, c.paras...)
		} else {
			rest = append(rest, c.paras...)
		}
	}
	return strings.Join(before, "\n"), strings.Join(rest, "\n")
}

// nearAny reports whether one of the first splitReach ancestors of n is in
// near.
func nearAny(n *html.Node, near map[*html.Node]bool) bool {
	for a, d := n.Parent, 0; a != nil && d < splitReach; a, d = a.Parent, d+1 {
		if near[a] {
			return true
		}
	}
	return false
}

// classedAncestor returns the nearest ancestor element of n with a class.
func classedAncestor(n *html.Node) *html.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && attr(a, "class") != "" {
			return a
		}
	}
	return nil
}

// attr returns the trimmed value of an element's attribute.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// nodeText returns the text of an element and its descendants.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
