package bot

import (
	"errors"

	"github.com/storybot/storybot/summarize"
)

// ReplyKind says what a Reply holds.
type ReplyKind int

// Reply kinds.
const (
	// KindText is a message.
	KindText ReplyKind = iota
	// KindError is a message about a request that failed.
	KindError
	// KindDigest is (part of) a story's digest.
	KindDigest
	// KindStories is a list of stories: list, or the candidates of an
	// ambiguous match.
	KindStories
)

// View says which parts of a digest a reply shows.
type View struct {
	Overview, Claims, Disputes, Sources bool
}

// latestView is what latest shows: everything.
var latestView = View{Overview: true, Claims: true, Disputes: true, Sources: true}

// Reply is the platform-neutral answer to a request; each adapter
// renders it (Block Kit, embeds, plain text).
type Reply struct {
	Kind ReplyKind
	// Text is the message, or a line said before the digest or list.
	Text string
	// Code classifies an error reply.
	Code Code
	// Digest is the story, cut to fit a chat message; View says which
	// parts to show.
	Digest summarize.Digest
	View   View
	// Stories are listed, most recently updated first.
	Stories []StoryInfo
	// Omitted counts what was cut from a long answer.
	Omitted Omitted
}

// Omitted counts what a reply left out.
type Omitted struct {
	Parties  int `json:"parties,omitempty"`
	Claims   int `json:"claims,omitempty"`
	Disputes int `json:"disputes,omitempty"`
	Articles int `json:"articles,omitempty"`
	Stories  int `json:"stories,omitempty"`
}

// Any reports whether anything was left out.
func (o Omitted) Any() bool { return o != Omitted{} }

// MaxArticles is how many of its newest articles a reply lists as sources.
const MaxArticles = maxArticles

// Limits on what one chat answer shows; the rest is counted in Omitted.
const (
	maxParties        = 6
	maxClaimsPerParty = 3
	maxClaimsOneParty = 15
	maxDisputes       = 5
	maxArticles       = 10
	maxStories        = 10
	maxCandidates     = 5
)

// cut trims a digest to what one chat answer shows.
func cut(d summarize.Digest, v View, claimsPerParty int) (summarize.Digest, Omitted) {
	var o Omitted
	if v.Claims {
		if len(d.Parties) > maxParties {
			for _, p := range d.Parties[maxParties:] {
				o.Claims += len(p.Claims)
			}
			o.Parties = len(d.Parties) - maxParties
			d.Parties = d.Parties[:maxParties]
		}
		parties := make([]summarize.Party, len(d.Parties))
		for i, p := range d.Parties {
			if len(p.Claims) > claimsPerParty {
				o.Claims += len(p.Claims) - claimsPerParty
				p.Claims = p.Claims[:claimsPerParty]
			}
			parties[i] = p
		}
		d.Parties = parties
	} else {
		d.Parties = nil
	}
	if v.Disputes {
		if len(d.Disputes) > maxDisputes {
			o.Disputes = len(d.Disputes) - maxDisputes
			d.Disputes = d.Disputes[:maxDisputes]
		}
	} else {
		d.Disputes = nil
	}
	if v.Sources && len(d.Articles) > maxArticles {
		// Renderers show the newest maxArticles (the digest keeps them
		// all, to name the outlets of claims).
		o.Articles = len(d.Articles) - maxArticles
	}
	if !v.Overview {
		d.Overview = ""
	}
	return d, o
}

func textReply(msg string) Reply { return Reply{Kind: KindText, Text: msg} }

// errorReply is the answer to a failed request; an ambiguous story query
// lists its candidates.
func errorReply(err error) Reply {
	r := Reply{Kind: KindError, Code: ErrorCode(err), Text: ErrorMessage(err)}
	var e *Error
	if errors.As(err, &e) && len(e.Stories) > 0 {
		r.Kind, r.Stories = KindStories, e.Stories
	}
	return r
}
