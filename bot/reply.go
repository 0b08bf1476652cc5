package bot

import (
	"errors"
	"time"

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
	// KindFollows is the follows of a workspace, this channel's first.
	KindFollows
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
	// Paging, for a paged list of stories, is where the page stands.
	Paging Paging
	// Follows are listed: this channel's first, then the others' by
	// channel.
	Follows []FollowLine
	// Changes, for a digest of what changed, says since when and how
	// to show it.
	Changes *Changes
	// Omitted counts what was cut from a long answer.
	Omitted Omitted
	// PageURL, for a digest, is the link to the story's page (for a
	// digest of changes, to what changed since Changes.Since); "" when
	// pages are not linked (no public URL set).
	PageURL string
	// Now is when the reply was made: article times are shown as how long
	// before it they were published (see PublishedText).
	Now time.Time
}

// Paging is where a page of a long list stands: page Page (from 1) of
// Pages, Total items in all. Zero for a list that is not paged.
type Paging struct {
	Page, Pages, Total int
}

// FollowLine is one follow as the follows command lists it.
type FollowLine struct {
	Follow
	// Here is true for a follow of the channel the command was given in.
	Here bool
	// Next is when its next digest is due, in the follow's time zone;
	// zero if never.
	Next time.Time
}

// Changes describes a digest of what changed: the Digest of the reply
// holds only what is new.
type Changes struct {
	// Since is when the changes start, in Zone.
	Since time.Time
	// Zone is the time zone times are shown in: the follow's.
	Zone *time.Location
	// Articles is how many articles the whole story has.
	Articles int
	// Cited are the older articles that new claims and disputes cite,
	// so that they are named as the new ones are.
	Cited []summarize.ArticleRef
}

// Omitted counts what a reply left out.
type Omitted struct {
	Parties  int `json:"parties,omitempty"`
	Claims   int `json:"claims,omitempty"`
	Disputes int `json:"disputes,omitempty"`
	Articles int `json:"articles,omitempty"`
	Stories  int `json:"stories,omitempty"`
	Follows  int `json:"follows,omitempty"`
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
	maxFollows        = 25
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
