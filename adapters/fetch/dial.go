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

// dialContext is the Transport's DialContext. addr is the URL's host and
// port (there is no proxy). A host name on the allowlist is dialled as is;
// any other is dialled with the Control hook that checks each address the
// name resolved to, just before the socket connects.
func (c *Client) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	d := &net.Dialer{Timeout: c.timeout, KeepAlive: 30 * time.Second}
	if !c.hosts[normalizeHost(host)] {
		d.Control = c.control(host)
	}
	return d.DialContext(ctx, network, addr)
}

// control returns the net.Dialer Control hook for a dial of host. It runs
// once per address tried, after DNS resolution and before connecting, so
// the address it checks is the one that would be connected to.
func (c *Client) control(host string) func(network, address string, rc syscall.RawConn) error {
	return func(network, address string, rc syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return &fetchError{msg: fmt.Sprintf("fetch: refusing to connect to %s: cannot parse the address", address), sentinel: ErrRefused, cause: err}
		}
		// An IPv4-mapped IPv6 address is checked as the IPv4 address it is.
		ip := ap.Addr().Unmap()
		if err := c.guard.Safe(network, netip.AddrPortFrom(ip, ap.Port()).String(), rc); err != nil {
			target := ip.String()
			if h := strings.Trim(host, "[]"); h != "" && h != target {
				target += " (" + h + ")"
			}
			return &fetchError{
				msg:      fmt.Sprintf("fetch: refusing to connect to %s: %s not allowed (set %s to permit it)", target, reason(ip, err), AllowEnv),
				sentinel: ErrRefused,
				cause:    err,
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
