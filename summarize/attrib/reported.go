package attrib

// An outlet's report of someone's words belongs to the one it reports:
// in "Tarn Radio reports Varga's lawyer sent a letter on Friday, claiming
// the firm had broken the deal", "According to the Vell Times, the union
// said ..." or "The Chronicle reports the mayor told staff that ...", the
// outlet only carries the statement; its speaker is the subject of the
// cue in the clause the outlet reports. An outlet's own report, with no
// speaker inside it ("The Vell Herald reported that the depot would
// close"), stays the outlet's.

import (
	"fmt"
	"strings"

	"github.com/storybot/storybot/summarize/lex"
)

// maxThatGap is how many words may stand between an outlet's cue and the
// "that" opening what it reports ("reported on Friday that").
const maxThatGap = 5

// maxSourceWords is how long the outlet's phrase after "according to"
// may be before the comma that closes it.
const maxSourceWords = 12

// attribute finds the speaker of a sentence (attributeFrame); when that
// speaker is a news outlet and the clause it reports has a speaker of
// its own, the statement is that speaker's.
func (a *article) attribute(toks []tok) (*Speaker, bool) {
	sp, ok := a.attributeFrame(toks)
	if !ok || !lex.IsOutletName(sp.Name) {
		return sp, ok
	}
	outer := a.note
	from, to, found := reportedClause(toks, outer)
	if !found {
		return sp, ok
	}
	clause := toks[from:to]
	inner, iok := a.attributeFrame(clause)
	a.curToks = toks
	if !iok || lex.IsOutletName(inner.Name) || !opensClause(clause, a.note.mention) {
		a.note = outer
		return sp, ok
	}
	a.note.at += from
	a.note.resolution += fmt.Sprintf("; in what %s reports (an outlet)", sp.Name)
	return inner, true
}

// reportedClause returns the bounds of the clause an outlet reports, the
// outlet's cue being noted in n: the words after its reporting verb (and
// after "that"), or, for "according to", the clause on the other side
// of the comma ("According to the Vell Times, the union said ...", "The
// union said ..., according to the Vell Times").
func reportedClause(toks []tok, n cueNote) (from, to int, ok bool) {
	v := n.at
	if v < 0 || v >= len(toks) {
		return 0, 0, false
	}
	if n.cue == "according to" {
		if v > 1 && toks[v-1].text == "," {
			return 0, v - 1, true
		}
		for k := v + 2; k < len(toks) && k-v <= maxSourceWords; k++ {
			if toks[k].text == "," {
				return k + 1, len(toks), k+1 < len(toks)
			}
			if toks[k].punct || toks[k].quote > 0 {
				break
			}
		}
		return 0, 0, false
	}
	if !outletCueLemmas[lemmaOf(toks[v].lower)] {
		return 0, 0, false
	}
	from = v + 1
	for k := v + 1; k < len(toks) && k-v <= maxThatGap; k++ {
		if toks[k].punct || toks[k].quote > 0 {
			break
		}
		if toks[k].lower == "that" {
			from = k + 1
			break
		}
	}
	if from >= len(toks) || toks[from].punct || toks[from].quote > 0 {
		return 0, 0, false
	}
	return from, len(toks), true
}

// ownedRole resolves a role that a named owner's possessive opens and no
// person named holds ("Varga's lawyer", "Orlen Media's spokeswoman"): an
// unnamed agent of that owner, whose side the owner's is.
func (a *article) ownedRole(np []tok, words, head string) (*Speaker, bool) {
	for _, t := range np[:len(np)-1] {
		owner := trimPossessive(t.text)
		if owner == t.text {
			continue
		}
		if !t.cap || nonNames[strings.ToLower(owner)] {
			return nil, false
		}
		return a.noted(&Speaker{Name: words, Kind: Unnamed, Generic: head}, "role '%s' -> %s (an unnamed agent of its named owner)", words)
	}
	return nil, false
}

// trimPossessive returns a word without its possessive ending, or the
// word itself when it has none.
func trimPossessive(w string) string {
	for _, s := range []string{"'s", "’s"} {
		if o, ok := strings.CutSuffix(w, s); ok {
			return o
		}
	}
	return w
}

// opensClause reports a mention that is the subject of the reported
// clause: its first words, or words after a comma ("On Monday, the
// union", "Its chief, Ada Renn,"), with at most a determiner and
// modifiers before its head ("the harbour union"), not a noun inside a
// phrase ("one user on Weibo, which ..., posted": Weibo did not post).
func opensClause(clause []tok, mention string) bool {
	if mention == "" {
		return false
	}
	start := 0
	for i := range clause {
		if clause[i].text == "," {
			start = i + 1
			continue
		}
		if !strings.HasPrefix(joinText(clause[i:min(len(clause), i+maxMentionWords)]), mention) {
			continue
		}
		if nounPhrase(clause[start:i]) {
			return true
		}
	}
	return false
}

// maxMentionWords bounds the words opensClause compares with a mention.
const maxMentionWords = 20
