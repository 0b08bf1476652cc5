package fetch

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
)

// ParseAllow splits the value of STORYBOT_FETCH_ALLOW ([AllowEnv]) at commas,
// trims the entries, drops empty ones and checks that each is a CIDR
// ("127.0.0.0/8", "fd00::/8"), an IP address ("10.1.2.3") or a host name
// ("intranet.example", "localhost"), each optionally with a port
// ("intranet.example:8080", "10.0.0.0/8:8080", "[fd00::1]:8080"). It
// returns the entries for [Options.Allow], or an error naming every bad
// entry.
func ParseAllow(s string) ([]string, error) {
	var entries []string
	var errs []error
	for _, part := range strings.Split(s, ",") {
		e := strings.TrimSpace(part)
		if e == "" {
			continue
		}
		if _, err := parseEntry(e); err != nil {
			errs = append(errs, err)
			continue
		}
		entries = append(entries, e)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return entries, nil
}

// rule is one allowlist entry: a host name or an address prefix, and the
// one port it allows (0: any port).
type rule struct {
	host   string // normalised; "" for a prefix rule
	prefix netip.Prefix
	port   uint16
}

// allows reports whether r lets the fetcher connect to ip on port when
// the URL named host.
func (r rule) allows(host string, ip netip.Addr, port uint16) bool {
	if r.port != 0 && r.port != port {
		return false
	}
	if r.host != "" {
		return r.host == host
	}
	return r.prefix.Contains(ip)
}

// parseEntry parses one trimmed allowlist entry: a CIDR, an IP address
// or a host name, then an optional ":port" (an IPv6 address or CIDR with
// a port in brackets: "[fd00::/8]:8080").
func parseEntry(e string) (rule, error) {
	bad := func(why string) (rule, error) {
		return rule{}, fmt.Errorf("fetch: allow entry %q: %s", e, why)
	}
	target, portText := e, ""
	switch {
	case strings.HasPrefix(e, "["):
		end := strings.IndexByte(e, ']')
		if end < 0 {
			return bad("no closing bracket")
		}
		target, portText = e[1:end], e[end+1:]
		if portText != "" && !strings.HasPrefix(portText, ":") {
			return bad("want [address]:port")
		}
		portText = strings.TrimPrefix(portText, ":")
		if portText == "" && end+1 < len(e) {
			return bad("empty port")
		}
	case strings.Count(e, ":") == 1:
		target, portText, _ = strings.Cut(e, ":")
		if portText == "" {
			return bad("empty port")
		}
	}
	var r rule
	if portText != "" {
		p, err := strconv.ParseUint(portText, 10, 16)
		if err != nil || p == 0 {
			return bad("not a valid port (want 1 to 65535)")
		}
		r.port = uint16(p)
	}
	if strings.Contains(target, "/") {
		p, err := netip.ParsePrefix(target)
		if err != nil {
			return bad("not a valid CIDR")
		}
		r.prefix = unmapPrefix(p).Masked()
		return r, nil
	}
	if strings.Contains(target, ":") {
		ip, err := netip.ParseAddr(target)
		if err != nil || ip.Zone() != "" {
			return bad("not a valid IP address")
		}
		r.prefix = unmapPrefix(netip.PrefixFrom(ip, ip.BitLen()))
		return r, nil
	}
	if ip, err := netip.ParseAddr(target); err == nil {
		r.prefix = netip.PrefixFrom(ip, ip.BitLen())
		return r, nil
	}
	r.host = normalizeHost(target)
	if why := hostNameProblem(r.host); why != "" {
		return bad(why)
	}
	return r, nil
}

// unmapPrefix turns a prefix of IPv4-mapped IPv6 addresses into the IPv4
// prefix, since dialled addresses are checked unmapped.
func unmapPrefix(p netip.Prefix) netip.Prefix {
	if p.Addr().Is4In6() && p.Bits() >= 96 {
		return netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
	}
	return p
}

// normalizeHost lower-cases a host name and drops a trailing dot, so that
// "Intranet.Example." and "intranet.example" are one name.
func normalizeHost(h string) string {
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// hostNameProblem says what is wrong with the normalised host name h, or
// returns "" when it is a valid name: dot-separated labels of letters,
// digits, hyphens and underscores, 1 to 63 bytes each, 253 in all, with a
// last label that is not all digits (that would be a mistyped IP address).
func hostNameProblem(h string) string {
	if h == "" || len(h) > 253 {
		return "neither a CIDR, an IP address nor a host name"
	}
	for i := 0; i < len(h); i++ {
		if h[i] >= 0x80 {
			return "host names must be ASCII (write the xn-- form)"
		}
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return "neither a CIDR, an IP address nor a host name"
		}
		for i := 0; i < len(l); i++ {
			b := l[i]
			if !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '_') {
				return "neither a CIDR, an IP address nor a host name"
			}
		}
	}
	if strings.Trim(labels[len(labels)-1], "0123456789") == "" {
		return "not a valid IP address"
	}
	return ""
}
