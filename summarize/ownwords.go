package summarize

import (
	"sort"

	"github.com/storybot/storybot/summarize/lex"
)

// A reporter tells a speaker's point and then gives the speaker's own
// words on it: "Aisling Dunmore said children would have to walk along
// the bypass to reach their new school." and, in the next sentence,
// "Someone is going to get hurt on that bypass," she said. The quotation
// supports the account, and a reader wants the two as one claim: the
// account, which names the speaker and says the point, with the
// quotation. The join is made for showing claims only; disputes are
// found among the claims as they stand, each statement a position of
// its own.

// supports reports the speaker's own words on the point a reporter told
// in the sentence before: the account quotes nothing, the next sentence
// of its article is all quotation, of the same speaker and side, on the
// same thing (the two share a content word, contentStems, or the account
// is a short lead-in), and does not open in contrast to it ("However,
// he stressed that ...").
func supports(account, own *statement) bool {
	if account.article != own.article || own.st.Sentence != account.st.Sentence+1 ||
		account.who != own.who || account.party != own.party ||
		len(account.quote.words) > 0 || !ownWords(own) {
		return false
	}
	if toks := lex.Tokens(own.st.Text); len(toks) > 0 && lex.StanceOf(toks[0].Lower) == lex.Contrast {
		return false
	}
	if len(lex.Tokens(account.st.Text)) <= maxLeadIn {
		return true // "Teller rejected the findings outright." and his words on them
	}
	words := contentStems(own.st.Text)
	for w := range contentStems(account.st.Text) {
		if words[w] {
			return true
		}
	}
	return false
}

// maxLeadIn is the most tokens of an account that leads in to the
// speaker's words in the next sentence whatever words the two share: a
// sentence that short says little but that the speaker is about to
// speak ("Ms MacAskill said that was not good enough.").
const maxLeadIn = 12

// ownWords reports a statement that is the speaker's own words: its
// quotation holds at least half of its words.
func ownWords(s *statement) bool {
	return len(s.quote.words) > 0 && 2*len(s.quote.words) >= len(lex.Tokens(s.st.Text))
}

// withOwnWords joins each claim that tells a point with the claim that
// gives the speaker's own words on it in the next sentence of one of its
// articles (supports), and returns the claims in their order. The joined
// claim shows what the first showed, with the quotation the second
// showed, so it hides no point: a claim joins one other at most, the
// first shows a reporter's account and the second the speaker's own
// words. The pairs are found by where their statements stand, never by
// comparing every two claims.
func withOwnWords(claims []*claim) []*claim {
	type place struct {
		article  string
		sentence int
	}
	at := map[place]int{}
	shown := make([]*statement, len(claims))
	for i, c := range claims {
		shown[i] = c.shown()
		if !ownWords(shown[i]) {
			continue
		}
		for _, m := range c.members {
			at[place{m.article, m.st.Sentence}] = i
		}
	}
	if len(at) == 0 {
		return claims
	}
	paired := make([]int, len(claims)) // the other claim's index + 1
	joined := false
	for i, c := range claims {
		if paired[i] != 0 || len(shown[i].quote.words) > 0 {
			continue
		}
	members:
		for _, m := range c.members {
			j, ok := at[place{m.article, m.st.Sentence + 1}]
			if !ok || j == i || paired[j] != 0 {
				continue
			}
			for _, o := range claims[j].members {
				if supports(m, o) {
					paired[i], paired[j], joined = j+1, i+1, true
					break members
				}
			}
		}
	}
	// One outlet's account and another's quotation of the same speaker,
	// on one point: pairs found through an index of content words.
	keys := make([][]string, len(claims))
	content := make([]vector, len(claims))
	for i, st := range shown {
		if paired[i] != 0 || !ownWords(st) && len(st.quote.words) > 0 {
			continue
		}
		stems := contentStems(st.st.Text)
		for t := range stems {
			keys[i] = append(keys[i], t)
		}
		sort.Strings(keys[i])
		content[i] = contentTerms(st.terms, stems)
	}
	eachCandidate(keys, nil, nil, func(i, j int) bool {
		x, y := shown[i], shown[j]
		if paired[i] == 0 && paired[j] == 0 && x.party == y.party && x.who == y.who && x.article != y.article &&
			accountAndOwnWords(x, y) && sameAccount(content[i], content[j]) {
			paired[i], paired[j], joined = j+1, i+1, true
		}
		return true
	})
	if !joined {
		return claims
	}
	out := make([]*claim, 0, len(claims))
	for i, c := range claims {
		j := paired[i] - 1
		switch {
		case j < 0:
			out = append(out, c)
		case j > i:
			a, b := c, claims[j]
			if len(shown[i].quote.words) > 0 {
				a, b = b, a
			}
			x := joinClaims([]*claim{a, b})
			x.heads = []*statement{a.shown(), b.shown()}
			x.account, x.own = a.shown(), b.shown()
			out = append(out, x)
		}
	}
	return out
}

// supported returns, when the statement a claim shows is the speaker's
// own words on a point another of its statements tells just before
// (supports) or another outlet tells as the same statement (a head of
// claims sameStatements joined), or that account, the two: the claim
// shows the account with the quotation, not one of them alone.
func (c *claim) supported(shown *statement) (account, own *statement) {
	for _, m := range c.members {
		switch {
		case supports(shown, m):
			return shown, m
		case supports(m, shown):
			return m, shown
		}
	}
	// Claims joined as one statement (withOwnWords, sameStatements): one
	// outlet's account and another's quotation of the same speaker.
	for _, h := range c.heads {
		switch {
		case h == shown || h.who != shown.who:
		case len(shown.quote.words) == 0 && ownWords(h):
			return shown, h
		case ownWords(shown) && len(h.quote.words) == 0:
			return h, shown
		}
	}
	return nil, nil
}

// accountSim is how much of the cosine of a reporter's account of a point
// and the speaker's own words in another article the content words they
// share must carry for the two to be one statement: less than
// sameStatementSim, as the speaker's words are rarely the reporter's.
const accountSim = 0.12

// accountAndOwnWords reports two statements of which one is a reporter's
// account that quotes nothing and the other the speaker's own words
// (ownWords).
func accountAndOwnWords(x, y *statement) bool {
	return len(x.quote.words) == 0 && ownWords(y) || len(y.quote.words) == 0 && ownWords(x)
}

// sameAccount reports a reporter's account and a quotation, in two
// articles, whose content words (contentTerms) share at least
// sameStatementWords words carrying at least accountSim of their cosine.
func sameAccount(cx, cy vector) bool {
	var sim float64
	shared := 0
	cx.common(cy, func(t string, w float64) {
		if !unitWords[t] {
			sim += w
			shared++
		}
	})
	return shared >= sameStatementWords && sim >= accountSim
}
