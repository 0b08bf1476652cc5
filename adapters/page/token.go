package page

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// MinSecret is the shortest signing secret Tokens accepts, in bytes.
const MinSecret = 32

// tokenVersion is the first byte of every token's payload: the format.
const tokenVersion = 1

// ErrBadToken is returned for a token that is not one this secret signed,
// is cut or altered, or has expired. Callers answer 404 and say no more.
var ErrBadToken = errors.New("page: bad or expired token")

// Link is what a token grants: one workspace's story until Expires.
type Link struct {
	Workspace string
	Story     string
	Expires   time.Time
}

// Tokens signs and checks the capability tokens of story pages: an
// HMAC-SHA256 over the workspace, the story ID and the expiry, so that a
// link opens one workspace's story and no other, until it expires.
//
// A token is base64url (no padding) of the payload and its 32-byte MAC.
// The payload is a version byte, the expiry in Unix seconds (8 bytes, big
// endian), the workspace's length (uvarint), the workspace, and the story
// ID.
type Tokens struct {
	key []byte
}

// NewTokens returns Tokens that sign with secret, which must hold at
// least MinSecret bytes.
func NewTokens(secret []byte) (*Tokens, error) {
	if len(secret) < MinSecret {
		return nil, fmt.Errorf("page: the signing secret has %d bytes, want at least %d", len(secret), MinSecret)
	}
	return &Tokens{key: append([]byte(nil), secret...)}, nil
}

// Sign returns the token for l.
func (t *Tokens) Sign(l Link) string {
	p := make([]byte, 0, 1+8+binary.MaxVarintLen64+len(l.Workspace)+len(l.Story)+sha256.Size)
	p = append(p, tokenVersion)
	p = binary.BigEndian.AppendUint64(p, uint64(l.Expires.Unix()))
	p = binary.AppendUvarint(p, uint64(len(l.Workspace)))
	p = append(p, l.Workspace...)
	p = append(p, l.Story...)
	p = append(p, t.mac(p)...)
	return base64.RawURLEncoding.EncodeToString(p)
}

// Verify returns the link a token grants at now. It fails with
// ErrBadToken for a token that is malformed, signed with another secret,
// altered, or expired; the MAC is compared in constant time.
func (t *Tokens) Verify(token string, now time.Time) (Link, error) {
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(raw) < 1+8+1+sha256.Size {
		return Link{}, ErrBadToken
	}
	p, sum := raw[:len(raw)-sha256.Size], raw[len(raw)-sha256.Size:]
	if !hmac.Equal(sum, t.mac(p)) {
		return Link{}, ErrBadToken
	}
	if p[0] != tokenVersion {
		return Link{}, ErrBadToken
	}
	exp := time.Unix(int64(binary.BigEndian.Uint64(p[1:9])), 0).UTC()
	rest := p[9:]
	n, k := binary.Uvarint(rest)
	if k <= 0 || n > uint64(len(rest)-k) {
		return Link{}, ErrBadToken
	}
	l := Link{Workspace: string(rest[k : k+int(n)]), Story: string(rest[k+int(n):]), Expires: exp}
	if l.Workspace == "" || l.Story == "" || !now.Before(exp) {
		return Link{}, ErrBadToken
	}
	return l, nil
}

// mac is the HMAC-SHA256 of a payload.
func (t *Tokens) mac(payload []byte) []byte {
	m := hmac.New(sha256.New, t.key)
	m.Write(payload)
	return m.Sum(nil)
}
