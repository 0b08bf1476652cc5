package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"

	"code.dny.dev/ssrf"
)

var (
	// cgnat is the shared address space of RFC 6598.
	cgnat = netip.MustParsePrefix("100.64.0.0/10")
	// metadata holds the cloud providers' instance-metadata addresses.
	metadata = map[netip.Addr]bool{
		netip.MustParseAddr("169.254.169.254"): true, // AWS, GCP, Azure, OpenStack, …
		netip.MustParseAddr("fd00:ec2::254"):   true, // AWS over IPv6
		netip.MustParseAddr("100.100.100.200"): true, // Alibaba Cloud
	}
)

// defaultPorts are the ports a URL may name without an allowlist entry
// that allows another: HTTP's and HTTPS's. Any other port of a public
// host could be a mail server, a database or an admin console.
var defaultPorts = map[uint16]bool{80: true, 443: true}

// dialContext is the Transport's DialContext. addr is the URL's host and
// port (there is no proxy). Every dial goes through the Control hook that
// checks each address the name resolved to, just before the socket
// connects.
func (c *Client) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	d := &net.Dialer{Timeout: c.timeout, KeepAlive: 30 * time.Second, Control: c.control(host)}
	return d.DialContext(ctx, network, addr)
}

// control returns the net.Dialer Control hook for a dial of host. It runs
// once per address tried, after DNS resolution and before connecting, so
// the address it checks is the one that would be connected to. An
// allowlist entry that matches the host name or the address, and the
// port when it names one, lets the connection through; otherwise the
// address must be public and the port 80 or 443.
func (c *Client) control(host string) func(network, address string, rc syscall.RawConn) error {
	name := normalizeHost(strings.Trim(host, "[]"))
	return func(network, address string, rc syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return &Error{Kind: KindRefused, Detail: fmt.Sprintf("fetch: refusing to connect to %s: cannot parse the address", address), Err: err}
		}
		// An IPv4-mapped IPv6 address is checked as the IPv4 address it is.
		ip := ap.Addr().Unmap()
		for _, r := range c.rules {
			if r.allows(name, ip, ap.Port()) {
				return nil
			}
		}
		target := ip.String()
		if h := strings.Trim(host, "[]"); h != "" && h != target {
			target += " (" + h + ")"
		}
		if err := c.guard.Safe(network, netip.AddrPortFrom(ip, ap.Port()).String(), rc); err != nil {
			why := reason(ip, err)
			return &Error{
				Kind:   KindRefused,
				Detail: fmt.Sprintf("fetch: refusing to connect to %s: %s not allowed (set %s to permit it)", target, why, AllowEnv),
				What:   "refused: " + why,
				Err:    err,
			}
		}
		if !defaultPorts[ap.Port()] {
			return &Error{
				Kind: KindRefused,
				Detail: fmt.Sprintf("fetch: refusing to connect to %s port %d: only ports 80 and 443 are allowed (set %s to permit it, as host:port)",
					target, ap.Port(), AllowEnv),
				What: "refused: only ports 80 and 443 may be fetched",
			}
		}
		return nil
	}
}

// reason says in a few words why ssrf refused ip with err.
func reason(ip netip.Addr, err error) string {
	switch {
	case metadata[ip.WithZone("")]:
		return "cloud metadata address"
	case ip.IsUnspecified():
		return "unspecified address"
	case ip.IsLoopback():
		return "loopback address"
	case ip.IsPrivate():
		return "private address"
	case ip.IsLinkLocalUnicast():
		return "link-local address"
	case ip.IsMulticast():
		return "multicast address"
	case cgnat.Contains(ip):
		return "shared (CGNAT) address"
	case errors.Is(err, ssrf.ErrProhibitedIP):
		return "reserved or special-purpose address"
	}
	return "destination (" + err.Error() + ")"
}
