package extract

import (
	"net/url"
	"sort"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// trackingParams are query parameters that mark where a reader came from,
// not which page they read.
var trackingParams = setOf("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid",
	"mc_eid", "igshid", "yclid", "_ga", "_gl", "ref", "ref_src", "ref_url", "referrer", "cmpid",
	"ocid", "smid", "sr_share", "taid", "guccounter", "spm", "ito", "share", "via", "amp",
	"outputtype", "output", "cmp", "src", "fromref", "ns_source", "ns_mchannel", "ns_campaign",
	"ns_linkname", "ns_fee", "rss", "rssfeed", "feed", "partner", "mbid", "soc_src", "soc_trk")

// CanonicalURL returns the one spelling of an article URL: https, lower-case
// host without "www.", "m." or "amp.", no fragment, no tracking parameters,
// no AMP path, no trailing slash, query parameters sorted. Spellings of the
// same article give the same string; "" when raw is no http(s) URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	// Google's AMP cache: https://example-com.cdn.ampproject.org/c/s/example.com/path
	if strings.HasSuffix(host, ".cdn.ampproject.org") {
		p := strings.TrimPrefix(u.Path, "/")
		for _, pre := range []string{"c/s/", "v/s/", "c/", "v/"} {
			if strings.HasPrefix(p, pre) {
				p = strings.TrimPrefix(p, pre)
				break
			}
		}
		if i := strings.IndexByte(p, '/'); i > 0 {
			host, u.Path = strings.ToLower(p[:i]), p[i:]
		}
	}
	host = trimHostPrefix(host)
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // an IPv6 literal
	}
	if port := u.Port(); port != "" && port != "80" && port != "443" {
		host += ":" + port
	}
	p := u.Path
	p = strings.ReplaceAll(p, "/amp/", "/")
	p = strings.TrimSuffix(p, "/amp")
	p = strings.Replace(p, ".amp.html", ".html", 1)
	p = strings.TrimRight(p, "/")

	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if trackingParams[lk] || strings.HasPrefix(lk, "utm_") || strings.HasPrefix(lk, "at_") ||
			strings.HasPrefix(lk, "guce_") {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			qs = append(qs, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	out := "https://" + host + p
	if len(qs) > 0 {
		out += "?" + strings.Join(qs, "&")
	}
	return out
}

func trimHostPrefix(host string) string {
	for _, pre := range []string{"www.", "m.", "amp.", "mobile."} {
		if strings.HasPrefix(host, pre) && strings.Count(host, ".") >= 2 {
			return strings.TrimPrefix(host, pre)
		}
	}
	return host
}

// OutletFromURL names the outlet of a page by its host: the outlet's name
// for a common news host (hostOutlets), else the host without "www.".
func OutletFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	host := trimHostPrefix(strings.ToLower(u.Hostname()))
	if o := lex.OutletOfHost(host); o != "" {
		return o
	}
	return host
}
