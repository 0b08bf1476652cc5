package fetch

import (
	"errors"
	"fmt"
	"net/netip"
	"strings"
)

// ParseAllow splits the value of STORYBOT_FETCH_ALLOW ([AllowEnv]) at commas,
// trims the entries, drops empty ones and checks that each is a CIDR
// ("127.0.0.0/8", "fd00::/8"), an IP address ("10.1.2.3") or a host name
// ("intranet.example", "localhost"). It returns the entries for
// [Options.Allow], or an error naming every bad entry.
func ParseAllow(s string) ([]string, error) {
	var entries []string
	var errs []error
	for _, part := range strings.Split(s, ",") {
		e := strings.TrimSpace(part)
		if e == "" {
			continue
		}
		if _, _, err := parseEntry(e); err != nil {
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

// parseEntry parses one trimmed allowlist entry into either an address
// prefix or a normalised host name.
func parseEntry(e string) (netip.Prefix, string, error) {
	bad := func(why string) (netip.Prefix, string, error) {
		return netip.Prefix{}, "", fmt.Errorf("fetch: allow entry %q: %s", e, why)
	}
	if strings.Contains(e, "/") {
		p, err := netip.ParsePrefix(e)
		if err != nil {
			return bad("not a valid CIDR")
		}
		return unmapPrefix(p).Masked(), "", nil
	}
	if strings.Contains(e, ":") {
		ip, err := netip.ParseAddr(e)
		if err != nil || ip.Zone() != "" {
			return bad("not a valid IP address")
		}
		return unmapPrefix(netip.PrefixFrom(ip, ip.BitLen())), "", nil
	}
	if ip, err := netip.ParseAddr(e); err == nil {
		return netip.PrefixFrom(ip, ip.BitLen()), "", nil
	}
	host := normalizeHost(e)
	if why := hostNameProblem(host); why != "" {
		return bad(why)
	}
	return netip.Prefix{}, host, nil
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
