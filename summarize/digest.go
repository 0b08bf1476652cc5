package summarize

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Report is the output of `storybot summarize --json`: every story read.
type Report struct {
	Stories []Digest `json:"stories"`
}

// Digest is what storybot says of one story: its articles, where it stands,
// who claimed what, and what is disputed.
type Digest struct {
	ID       string       `json:"id"`
	Title    string       `json:"title"`
	Updated  time.Time    `json:"updated,omitzero"`
	Articles []ArticleRef `json:"articles"`
	Overview string       `json:"overview"`
	Parties  []Party      `json:"parties"`
	Disputes []Dispute    `json:"disputes"`
}

// ArticleRef describes one article of a digest.
type ArticleRef struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"` // RFC 3339, or ""
	Revision  int    `json:"revision,omitempty"`
	// Language is the ISO 639-1 code of the article's language, when told.
	Language string `json:"language,omitempty"`
	// Truncated says what of the article was left out of its analysis, for
	// an article longer than the limits.
	Truncated *Truncation `json:"truncated,omitempty"`
}

// Party is one side of a story and what it claimed.
type Party struct {
	Name   string  `json:"name"`
	Claims []Claim `json:"claims"`
}

// Claim is one statement by a party, said once however many articles carry
// it.
type Claim struct {
	// ID is stable while the claim's first statement stays its first.
	ID       string   `json:"id"`
	Speaker  string   `json:"speaker"`
	Role     string   `json:"role"`
	Text     string   `json:"text"`
	Quote    string   `json:"quote"`
	Articles []string `json:"articles"`
}

// Dispute kinds.
const (
	BetweenParties = "between_parties"
	BetweenSources = "between_sources"
)

// Dispute statuses.
const (
	Open     = "open"
	Resolved = "resolved"
)

// Dispute is a point the parties contradict each other on, or a fact the
// outlets report differently.
type Dispute struct {
	// ID is stable for one kind of dispute on one topic between the same
	// sides.
	ID      string `json:"id"`
	Topic   string `json:"topic"`
	Kind    string `json:"kind"`
	Status  string `json:"status"`
	Summary string `json:"summary"`
	Sides   []Side `json:"sides"`
}

// Side is one position in a dispute.
type Side struct {
	Party    string   `json:"party"`
	Position string   `json:"position"`
	Articles []string `json:"articles"`
}

// Ref returns the digest entry of the article.
func (a Article) Ref() ArticleRef {
	r := ArticleRef{ID: a.ID, File: a.File, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Language: a.Language}
	if !a.Published.IsZero() {
		r.Published = a.Published.Format(time.RFC3339)
	}
	if a.Revision > 1 {
		r.Revision = a.Revision
	}
	if a.Truncated != nil {
		t := *a.Truncated
		r.Truncated = &t
	}
	return r
}

// shortHash is a stable short name for a list of strings.
func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
