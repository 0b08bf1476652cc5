package page

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"
)

var (
	secret = []byte("test-secret-of-at-least-32-bytes-for-pages")
	now    = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
)

func mustTokens(t testing.TB, key []byte) *Tokens {
	t.Helper()
	tk, err := NewTokens(key)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func TestTokens(t *testing.T) {
	tk := mustTokens(t, secret)
	valid := Link{Workspace: "slack:T0123", Story: "s0123456789", Expires: now.Add(time.Hour)}
	good := tk.Sign(valid)
	raw, err := base64.RawURLEncoding.DecodeString(good)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) string {
		b := bytes.Clone(raw)
		b[i] ^= 1
		return base64.RawURLEncoding.EncodeToString(b)
	}
	other := mustTokens(t, []byte("another-secret-of-at-least-32-bytes!!"))
	tests := []struct {
		name  string
		token string
		at    time.Time
		ok    bool
	}{
		{"valid", good, now, true},
		{"valid until the last second", good, valid.Expires.Add(-time.Second), true},
		{"expired", good, valid.Expires, false},
		{"expired long ago", tk.Sign(Link{Workspace: "local", Story: "s1", Expires: now.Add(-30 * 24 * time.Hour)}), now, false},
		{"wrong secret", other.Sign(valid), now, false},
		{"forged: expiry pushed back", flip(5), now, false},
		{"forged: other workspace", flip(11), now, false},
		{"forged: other story", flip(len(raw) - 33), now, false},
		{"forged: MAC altered", flip(len(raw) - 1), now, false},
		{"forged: random bytes", base64.RawURLEncoding.EncodeToString(bytes.Repeat([]byte{7}, len(raw))), now, false},
		{"truncated by a character", good[:len(good)-1], now, false},
		{"truncated to the payload", base64.RawURLEncoding.EncodeToString(raw[:len(raw)-32]), now, false},
		{"truncated to nothing", "", now, false},
		{"not base64url", strings.ReplaceAll(good, good[:4], "!!!!"), now, false},
		{"padded", good + "=", now, false},
		{"story id without workspace", tk.Sign(Link{Story: "s1", Expires: now.Add(time.Hour)}), now, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := tk.Verify(tt.token, tt.at)
			if tt.ok {
				if err != nil || l.Workspace != valid.Workspace || l.Story != valid.Story || !l.Expires.Equal(valid.Expires) {
					t.Fatalf("Verify = %+v, %v; want %+v", l, err, valid)
				}
				return
			}
			if !errors.Is(err, ErrBadToken) || l != (Link{}) {
				t.Fatalf("Verify = %+v, %v; want ErrBadToken and nothing", l, err)
			}
		})
	}
}

func TestTokensAreUnguessable(t *testing.T) {
	tk := mustTokens(t, secret)
	a := tk.Sign(Link{Workspace: "local", Story: "s1", Expires: now})
	b := tk.Sign(Link{Workspace: "local", Story: "s2", Expires: now})
	if a == b || len(a) < 60 {
		t.Errorf("tokens %q and %q: want distinct tokens carrying a 256-bit MAC", a, b)
	}
	if strings.ContainsAny(a+b, "+/=") {
		t.Errorf("tokens %q, %q are not base64url without padding", a, b)
	}
}

func TestNewTokensRefusesAShortSecret(t *testing.T) {
	if _, err := NewTokens([]byte("short")); err == nil || !strings.Contains(err.Error(), "at least 32") {
		t.Errorf("NewTokens(short) error = %v", err)
	}
}

func TestLinker(t *testing.T) {
	tk := mustTokens(t, secret)
	l, err := NewLinker("https://bot.example.com/news/", tk, 30*24*time.Hour, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	u := l.URL("discord:42", "sabc", time.Time{})
	prefix := "https://bot.example.com/news/s/"
	if !strings.HasPrefix(u, prefix) || strings.Contains(u, "?") {
		t.Fatalf("URL = %q, want it under %q", u, prefix)
	}
	got, err := tk.Verify(strings.TrimPrefix(u, prefix), now)
	if err != nil || got.Workspace != "discord:42" || got.Story != "sabc" || !got.Expires.Equal(now.Add(30*24*time.Hour)) {
		t.Errorf("the link's token grants %+v, %v", got, err)
	}
	since := time.Date(2026, 11, 30, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	if u := l.URL("discord:42", "sabc", since); !strings.HasSuffix(u, "?since=2026-11-30T08%3A00%3A00Z") {
		t.Errorf("URL with since = %q", u)
	}
	for _, base := range []string{"", "storybot.example.com", "javascript:alert(1)", "ftp://x.example"} {
		if _, err := NewLinker(base, tk, time.Hour, nil); err == nil {
			t.Errorf("NewLinker(%q) accepted", base)
		}
	}
	if _, err := NewLinker("https://x.example", tk, 0, nil); err == nil {
		t.Error("NewLinker with no lifetime accepted")
	}
}
