package fetch_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storybot/storybot/adapters/fetch"
)

func TestParseAllow(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" , ,", nil},
		{"127.0.0.0/8", []string{"127.0.0.0/8"}},
		{" 127.0.0.0/8 , localhost,10.1.2.3 ,", []string{"127.0.0.0/8", "localhost", "10.1.2.3"}},
		{"intranet.example,Intranet.Example.,news-1.corp_internal.example", []string{"intranet.example", "Intranet.Example.", "news-1.corp_internal.example"}},
		{"::1,fd00::/8,::ffff:10.0.0.0/104", []string{"::1", "fd00::/8", "::ffff:10.0.0.0/104"}},
		{"10.1.2.3/24", []string{"10.1.2.3/24"}},
		{"xn--bcher-kva.example", []string{"xn--bcher-kva.example"}},
		{"intranet.example:8080, 10.0.0.0/8:8443,127.0.0.1:6000", []string{"intranet.example:8080", "10.0.0.0/8:8443", "127.0.0.1:6000"}},
		{"[fd00::1]:8080,[fd00::/8]:443,[::1]", []string{"[fd00::1]:8080", "[fd00::/8]:443", "[::1]"}},
	}
	for _, tt := range tests {
		got, err := fetch.ParseAllow(tt.in)
		if err != nil {
			t.Errorf("ParseAllow(%q): %v", tt.in, err)
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ParseAllow(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if _, err := fetch.New(fetch.Options{Allow: got}); err != nil {
			t.Errorf("New(Allow: %q): %v", got, err)
		}
	}
}

func TestParseAllowBadEntries(t *testing.T) {
	tests := []struct {
		in  string
		bad []string // the entries the error must name
	}{
		{"10.0.0.0/33", []string{"10.0.0.0/33"}},
		{"10.0.0/8", []string{"10.0.0/8"}},
		{"localhost/8", []string{"localhost/8"}},
		{"300.1.2.3", []string{"300.1.2.3"}},
		{"10.1.2", []string{"10.1.2"}},
		{"fe80::1%eth0", []string{"fe80::1%eth0"}},
		{"::g", []string{"::g"}},
		{"not a host", []string{"not a host"}},
		{"*.example.com", []string{"*.example.com"}},
		{"http://intranet.example", []string{"http://intranet.example"}},
		{"intranet.example:", []string{"intranet.example:"}},
		{"intranet.example:0", []string{"intranet.example:0"}},
		{"intranet.example:65536", []string{"intranet.example:65536"}},
		{"intranet.example:http", []string{"intranet.example:http"}},
		{"10.0.0.0/8:", []string{"10.0.0.0/8:"}},
		{"[fd00::1", []string{"[fd00::1"}},
		{"[fd00::1]8080", []string{"[fd00::1]8080"}},
		{"[fd00::1]:", []string{"[fd00::1]:"}},
		{"-bad.example", []string{"-bad.example"}},
		{"bad-.example", []string{"bad-.example"}},
		{"a..b", []string{"a..b"}},
		{".", []string{"."}},
		{"bücher.example", []string{"bücher.example"}},
		{strings.Repeat("a", 64) + ".example", []string{strings.Repeat("a", 64) + ".example"}},
		{"localhost, 10.0.0.0/99 ,intranet.example, bad host", []string{"10.0.0.0/99", "bad host"}},
	}
	for _, tt := range tests {
		got, err := fetch.ParseAllow(tt.in)
		if err == nil {
			t.Errorf("ParseAllow(%q) = %q, want an error", tt.in, got)
			continue
		}
		if got != nil {
			t.Errorf("ParseAllow(%q) returned %q with its error", tt.in, got)
		}
		for _, b := range tt.bad {
			if !strings.Contains(err.Error(), strconv.Quote(b)) {
				t.Errorf("ParseAllow(%q) error %q does not name %q", tt.in, err, b)
			}
		}
		if !strings.HasPrefix(err.Error(), "fetch: ") {
			t.Errorf("ParseAllow(%q) error %q lacks the fetch: prefix", tt.in, err)
		}
	}
}
